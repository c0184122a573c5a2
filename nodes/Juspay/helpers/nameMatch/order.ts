/**
 * The order of the words two names share: the same, a surname moved to the front, or another (father and son).
 * judge.ts reads it; initials that moved past a name are read here too.
 */
import { GIVEN_NAMES } from './givenNames';
import { anyWord, everyWord, meaningful, titlesOnly, type Pair } from './pair';
import { GENERATIONS } from './generations';
import { isMans } from './sexes';
import { spellingKey } from './spelling';
import { isGivenNamePrefix, type Word } from './word';
import { FATHERS_GIVEN_NAMES, GIVEN_NAME_ENDINGS, HIMALAYAN_GIVEN_NAMES, HONORIFICS, isWomansName as isWomans, SWAPPED_GIVEN_NAMES } from './words';

const HIMALAYAN_KEYS = new Set([...HIMALAYAN_GIVEN_NAMES].map(spellingKey));

/** Where a pair's words stand in one name: its first word's place. */
function start(ws: Word[]): number {
	let first = Infinity;
	for (const w of ws) if (w.index < first) first = w.index;
	return first;
}

/**
 * How the words that identify someone stand in the two names: in the same
 * order; moved as a surname moves to the front ("VERMA ASHA"); or otherwise
 * ("RAMESH SURESH PATIL" / "SURESH RAMESH PATIL": father and son).
 */
export type WordOrder = 'same' | 'moved' | 'other';

/**
 * `list` in the order of its pairs' places in the first name. Most lists come so already (pairing goes word by word):
 * then no sort, whose comparer calls cost more than the test (a stable sort of a list in order leaves it as it is).
 * judge.ts and explain.ts order their pairs by it too.
 */
export function byStart(list: Pair[]): Pair[] {
	for (let i = 1; i < list.length; i++) if (start(list[i].a) < start(list[i - 1].a)) return list.sort((p, q) => start(p.a) - start(q.a));
	return list;
}

/** Whether the pairs, in their order in one name, keep theirs in the other. */
const inOrder = (list: Pair[]) => list.every((p, i) => i === 0 || start(p.b) > start(list[i - 1].b));
/** Initials on both sides (K V) may stand before or after the name (K V ANIL KUMAR = ANIL KUMAR K V), kept in their order. */
const lettersOnly = (p: Pair) => everyWord(p, (w) => w.initial);

const honorific = (p: Pair) => everyWord(p, (w) => HONORIFICS.has(w.text));
const generation = (p: Pair) => everyWord(p, (w) => GENERATIONS.has(w.text));
// A title in front that the other name holds among its names, not in front, is a name there too (PANDIT RAMESH JADHAV /
// RAMESH PANDIT JADHAV: a father PANDIT and his son RAMESH), unless it is a word many share (KUMARI ARCHANA JHA).
const inFront = (ws: Word[]) => ws.every((w) => w.optional && w.index === 0);
const titleNamed = (p: Pair) => (inFront(p.a) ? p.b : inFront(p.b) ? p.a : []).some((w) => !w.optional && !w.common && w.index > 0);

/**
 * The order of the whole words (initials may stand anywhere). Common words
 * count too: ALI MOHAMMAD and MOHAMMAD ALI are different people.
 */
export function orderOf(pairs: Pair[]): WordOrder {
	// Most pairings have no initials: nothing to read of theirs then.
	const anyInitials = pairs.some((p) => p.kind === 'initial' || lettersOnly(p));
	const initials = anyInitials ? byStart(pairs.filter(lettersOnly)) : [];
	if (!inOrder(initials)) return 'other';
	// Names written out on one side and as initials on the other keep their order too, when a name's first word or
	// only given names are among them: B R KAMBLE / RAHUL BHIMRAO KAMBLE, SACHIN R PATIL / R S PATIL or P T JOSE /
	// P J THOMAS is one man's son against his father. Not a Kerala house name's initial and a father's, in either
	// order (THOMAS P V / THOMAS VARGHESE PUTHENPURAYIL).
	const lettered = anyInitials ? byStart(pairs.filter((p) => p.kind === 'initial' || lettersOnly(p))) : [];
	if (lettered.length >= 2 && !inOrder(lettered)) {
		// A family name written first on one side only is not where the given names start (Gujarati: R N PATEL / PATEL
		// NATUBHAI RAMESHBHAI is Ramesh, Natu's son, against Natu, Ramesh's son); a given name moved is (Kerala: V C
		// KURIAKOSE / KURIAKOSE CHACKO VADAKKEL, the house's and the father's initials in front).
		const words = pairs.filter((p) => !titlesOnly(p));
		const ends = (side: 'a' | 'b') => [Math.min(...words.map((p) => start(p[side]))), Math.max(...words.map((p) => start(p[side])))];
		const [[firstOfA, lastOfA], [firstOfB, lastOfB]] = [ends('a'), ends('b')];
		const familyMoved = (p: Pair) => p.kind === 'same' && !GIVEN_NAMES.has(p.a[0].text) && ((start(p.a) === lastOfA && start(p.b) === firstOfB) || (start(p.a) === firstOfA && start(p.b) === lastOfB));
		const placedAt = (side: 'a' | 'b') => Math.min(...words.filter((p) => words.length < 3 || !familyMoved(p)).map((p) => start(p[side])));
		const [firstA, firstB] = [placedAt('a'), placedAt('b')];
		const spelledOut = lettered.filter((p) => p.kind === 'initial');
		const spellsFirst = spelledOut.some((p) => (!p.a[0].initial && start(p.a) === firstA) || (!p.b[0].initial && start(p.b) === firstB));
		// Each name written out on one side as an initial on the other, in the other order: a father's and a son's (Kodava:
		// B C POOVAIAH / B P CHENGAPPA is Poovaiah, Chengappa's son, against Chengappa, Poovaiah's son).
		const crossed = spelledOut.some((p) => p.a[0].initial) && spelledOut.some((p) => p.b[0].initial);
		if (spellsFirst || crossed || spelledOut.every((p) => anyWord(p, (w) => !w.initial && GIVEN_NAMES.has(w.text)))) return 'other';
	}
	// Only an initial written out on one side can have moved past the name (most pairings have none: nothing to read then).
	if (pairs.some((p) => p.kind === 'initial') && initialMoved(pairs)) return 'other';
	// Words taken from a relative have no place in the name, nor has a title (KUMARI ARCHANA JHA / ARCHANA KUMARI JHA),
	// nor a generation closing it on both sides (VIKRAM SINGH RATHORE JR / RATHORE VIKRAM SINGH JR), nor a Marathi RAO or PANT
	// written onto a word on both sides, which stands where that word does (GANGADHARRAO SOPANRAO).
	// An honorific written onto a name is part of it (SREEKUMAR, read as SREE KUMAR, moves as one name: MENON SREEKUMAR).
	const startsJoined = (ws: Word[], side: 'a' | 'b') => ws.some((w) => pairs.some((q) => q[side].some((x) => x.tail === true && x.index === w.index + 1)));
	const honorificAlone = (p: Pair) => honorific(p) && !startsJoined(p.a, 'a') && !startsJoined(p.b, 'b');
	const placed = byStart(
		pairs.filter((p) => p.kind !== 'initial' && !lettersOnly(p) && meaningful(p) && !honorificAlone(p) && !generation(p) && !everyWord(p, (w) => w.tail === true && (w.text === 'RAO' || w.text === 'PANT')) && !anyWord(p, (w) => w.family !== undefined || (w.optional && !titleNamed(p)))),
	);
	const ranks = placed.map((p) => start(p.b));
	// The same order: places rising in the other name too (ranks 0, 1, 2 …), told without sorting them (most names).
	if (ranks.every((r, i) => i === 0 || r > ranks[i - 1])) return 'same';
	const sorted = [...ranks].sort((x, y) => x - y);
	const rank = ranks.map((value) => sorted.indexOf(value));
	const n = rank.length;
	// The last word moved to the front, or the first to the end: a surname written first. Not when the word
	// that moved starts a given name (MOHAMMAD): DIN MOHAMMAD and MOHAMMAD DIN are two people.
	// Two words may move as one surname in a name of four or more (JAYESH MAGAN DHODIA PATEL / DHODIA PATEL JAYESH MAGAN).
	const shift = [1, 2].find((k) => (k === 1 || n >= 4) && (rank.every((r, i) => r === (i + k) % n) || rank.every((r, i) => r === (i + n - k) % n))) ?? 0;
	const toFront = shift > 0 && rank.every((r, i) => r === (i + shift) % n);
	const toEnd = shift > 0 && !toFront;
	// The words that moved: the last to the front, or the first to the end (in a name of two, either).
	const mover = (i: number) => n === 2 || (toFront ? i >= n - shift : i < shift);
	// Of the two blocks that changed places, one is a family or house name, with no given name (not KISHANLAL
	// RAMPRASAD / RAMPRASAD KISHANLAL: a father's and a son's names).
	// A compound written joined and split here counts as a given name (KHEMCHAND MOTILAL / MOTILAL KHEMCHAND).
	const givenLike = (w: Word) => GIVEN_NAMES.has(w.text) || (w.tail === true && GIVEN_NAME_ENDINGS.has(w.text));
	const hasGiven = (inBlock: boolean) => placed.some((p, i) => mover(i) === inBlock && anyWord(p, givenLike));
	// So is a Marwari given name in -MAL (KESARIMAL, CHOTHMAL), one written word, that changed places with a compound
	// written joined on both sides and split here (KESARIMAL MOTILAL / MOTILAL KESARIMAL): a father's and a son's names.
	// Not any given name there: Tamil writes a father's name first or last (JAYAKUMAR SUBRAMANI / SUBRAMANI JAYAKUMAR).
	const marwariMoved =
		n === 3 &&
		shift === 1 &&
		placed.some((p, i) => !mover(i) && everyWord(p, (w) => w.tail === true)) &&
		placed.some((p, i) => mover(i) && p.a.length === 1 && p.b.length === 1 && everyWord(p, (w) => w.tail !== true && /^[A-Z]{4,}MAL$/.test(w.text)));
	const givenPairMoved = (shift === 2 && hasGiven(true) && hasGiven(false)) || (marwariMoved && hasGiven(false));
	const moved = (toFront || toEnd) && !givenPairMoved;
	// Not when it moved with the name it starts, joined on one side (MUHAMMED ALI THAYYIL / THAYYIL MUHAMMEDALI).
	const prefixMoved = placed.some((p, i) => mover(i) && p.a.length === p.b.length && anyWord(p, isGivenNamePrefix));
	// A woman's given name and a man's: hers with her father's or husband's, whichever first (JINCY VARGHESE /
	// VARGHESE JINCY, SUJATHA VENKATESH / VENKATESH SUJATHA, MARIAMMAL ARUMUGAM / ARUMUGAM MARIAMMA). Not KUMAR
	// RAHUL / RAHUL KUMAR: as Bihar writes it, one man; as Tamil Nadu does, SIVA KUMAR / KUMAR SIVA are father and son.
	const hersWithFathers = n === 2 && placed.some((p) => everyWord(p, (w) => isWomans(w.text) || w.ammal === true)) && placed.some((p) => everyWord(p, (w) => isMans(w.text)));
	const givenSwapped =
		n === 2 &&
		!hersWithFathers &&
		// Not a compound written joined on one side that moved as one (PRAVIN CHANDRA PARIKH / PARIKH PRAVINCHANDRA).
		(placed.some((p) => p.a.length === p.b.length && anyWord(p, (w) => SWAPPED_GIVEN_NAMES.has(w.text))) ||
			placed.every((p) => everyWord(p, (w) => FATHERS_GIVEN_NAMES.has(w.text))) ||
			placed.every((p) => everyWord(p, (w) => w.keys.some((key) => HIMALAYAN_KEYS.has(key)))) ||
			compoundsOfOneEnding(placed) ||
			// Unless one of them is a given name for certain, BHAI or BEN written onto it (JAGDISHBHAI SONI / SONI JAGDISHBHAI).
			(placed.every((p) => anyWord(p, (w) => GIVEN_NAMES.has(w.text))) && placed.filter((p) => anyWord(p, (w) => w.addressed === true)).length !== 1));
	// A nun's two names in the other order are another sister's religious name (SR MARY JOSEPH / SR JOSEPH MARY), her
	// order's, not a given name and a father's.
	const sisters = n === 2 && pairs.some((p) => anyWord(p, (w) => w.optional && w.index === 0 && SISTERS.has(w.text)));
	return moved && !prefixMoved && !givenSwapped && !sisters ? 'moved' : 'other';
}

/** A nun's title, as read (SISTER is SR). */
const SISTERS = new Set(['SR', 'SISTER']);

/** A given name written as one word with a given name's close (KESARIMAL, BISHANDAS, KEDARNATH): that close. */
const COMPOUND_CLOSE = /^[A-Z]{3,}(MAL|DAS|NATH|CHAND)S?$/;

/**
 * Two such words with one close, a word each (KESARIMAL SAGARMAL / SAGARMAL KESARIMAL, BISHANDAS KISHANDAS): a son's
 * given name and his father's, not a family name moved (orderOf). Not two closes (PARIMAL DEBNATH, a Bengali family name).
 */
function compoundsOfOneEnding(placed: Pair[]): boolean {
	const closes = placed.map((p) => (p.a.length === 1 && p.b.length === 1 ? COMPOUND_CLOSE.exec(p.a[0].text)?.[1] : undefined));
	return closes[0] !== undefined && closes.every((close) => close === closes[0]);
}

/** Whether an initial written out on one side moved past the name as a father's or a daughter's would (orderOf). */
function initialMoved(pairs: Pair[]): boolean {
	// Initials written out on one side that do not all keep their side of the name: one moved past it alone (K J
	// MATHEW / KIZHAKKETHIL MATHEW JOSEPH is Joseph's son Mathew, against Mathew's son Joseph). All moving together is
	// a name's initials written after it instead (S RAVI KUMAR / RAVI KUMAR SUBRAMANIAN).
	const named = pairs.filter((p) => p.kind !== 'initial' && !lettersOnly(p) && meaningful(p));
	const anchor = named[0];
	const flips = anchor ? pairs.filter((p) => p.kind === 'initial').map((p) => start(p.a) < start(anchor.a) !== start(p.b) < start(anchor.b)) : [];
	if (flips.some(Boolean) && !flips.every(Boolean)) return true;
	// An initial that moved past the name for a woman's name is no father's initial (PRIYA KANDASAMY / KANDASAMY P is
	// Priya, Kandasamy's daughter, against Kandasamy).
	// Not when the whole name, initials too, only had its family name moved to the front (Telugu: VENKATA RAMANA
	// KOTHAPALLI / KOTHAPALLI V RAMANA, LAKSHMI NARASIMHA REDDY BANDI / BANDI L N REDDY): the initials after the house
	// name are the holder's own given names, neither a father's nor a daughter's.
	// Only names with an initial written out on one side can have turned round that way.
	const turnedRound = pairs.some((p) => p.kind === 'initial') && surnameFirst(pairs);
	// Not when her given name is written out on both sides: the initial is then her house's (RAJITHA B / BATHINI RAJITHA).
	const hersWritten = named.some((q) => everyWord(q, (w) => isWomans(w.text)));
	const hersMoved = (p: Pair, i: number) => flips[i] && !hersWritten && anyWord(p, (w) => !w.initial && isWomans(w.text));
	if (!turnedRound && pairs.filter((p) => p.kind === 'initial').some(hersMoved)) return true;
	// Nor an initial for a given name that moved past another given name, written out on both sides, while the
	// surname moved too (SUNIL RAJESH PATIL / PATIL RAJESH S, Marathi order: Rajesh, S.'s son): a son's names against
	// his father's. Not with the names written out kept in their order (KARTHIK SUBRAMANIAM / S KARTHIK).
	const given = (p: Pair) => anyWord(p, (w) => !w.initial && (GIVEN_NAMES.has(w.text) || w.addressed === true));
	const passedGiven = (p: Pair) => named.some((q) => given(q) && start(p.a) < start(q.a) !== start(p.b) < start(q.b));
	const namesMoved = !inOrder([...named].sort((p, q) => start(p.a) - start(q.a)));
	if (!turnedRound && namesMoved && pairs.some((p) => p.kind === 'initial' && given(p) && passedGiven(p))) return true;
	// Nor can one tell whose an initial is that moved past a name of one word to stand for the other's first word
	// written out, a given name: RAMASAMY K / KUMAR RAMASAMY is Ramasamy, K.'s son, read the Tamil way (the father's
	// name first), but Kumar, Ramasamy's son, read given name first. A person looks. Not for a house or family name
	// (RAJAN P / PUTHENVEETTIL RAJAN), nor with the initial kept last (S RAVI / RAVI SUBRAMANIAN).
	const firstWritten = (p: Pair, side: 'a' | 'b') =>
		!p[side][0].initial && !p[side][0].letters && (GIVEN_NAMES.has(p[side][0].text) || p[side][0].common) && start(p[side]) === Math.min(...pairs.filter((q) => !titlesOnly(q)).map((q) => start(q[side])));
	const crossed = (p: Pair) => p.kind === 'initial' && p.a.length === 1 && p.b.length === 1 && (firstWritten(p, 'a') || firstWritten(p, 'b'));
	if (flips.length === 1 && flips[0] && named.length === 1 && pairs.filter((p) => p.kind === 'initial').every(crossed)) return true;
	// An initial between a given name and a surname is the father's (JAMSHED A SURTI): the word it stands for first in
	// the other name, before every other, is that name's given name (ARDESHIR JAMSHED SURTI): father and son.
	// The family name closing this name may stand first in the other (RAJESH S PATIL / PATIL SUNIL RAJESH).
	const fathersInitial = (p: Pair, side: 'a' | 'b', other: 'a' | 'b') => {
		const family = named.reduce<Pair | undefined>((last, q) => (last === undefined || start(q[side]) > start(last[side]) ? q : last), undefined);
		const before = (q: Pair) => start(q[other]) > start(p[other]) || (q === family && start(q[other]) === Math.min(...named.map((n) => start(n[other]))));
		return p[side].every((w) => w.initial) && named.some((q) => start(q[side]) < start(p[side])) && named.some((q) => start(q[side]) > start(p[side])) && named.every(before);
	};
	if (!turnedRound && pairs.some((p) => p.kind === 'initial' && (fathersInitial(p, 'a', 'b') || fathersInitial(p, 'b', 'a')))) return true;
	return false;
}

/** Every word, initials too, in the same order but the last moved to the front (or the first to the end). */
function surnameFirst(pairs: Pair[]): boolean {
	const words = pairs.filter((p) => !titlesOnly(p)).sort((p, q) => start(p.a) - start(q.a));
	const n = words.length;
	if (n < 3) return false;
	const sorted = words.map((p) => start(p.b)).sort((x, y) => x - y);
	const rank = words.map((p) => sorted.indexOf(start(p.b)));
	return rank.every((r, i) => r === (i + 1) % n) || rank.every((r, i) => r === (i + n - 1) % n);
}
