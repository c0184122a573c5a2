/**
 * Compares the name a user expects with the name the bank holds, the way a
 * payments team would: the same holder written another way matches, a
 * different person never matches STRONG or EXACT, however few letters apart.
 *
 * Juspay returns only the name at the bank, not a score, so the node judges
 * it here, deterministically and without any dependency:
 * - read.ts reads a name into words (word.ts: each word, its keys and kind;
 *   titles, punctuation, M/S, legal forms, Gujarati BHAI / BEN, S/O and the
 *   relative's name …; relative.ts: where a name is split at S/O or PROP, and the
 *   words it may share with that relative; organisations.ts: a firm's forms as one);
 * - spelling.ts gives each word a key for transliteration variants, and
 *   spellings.ts lists the spellings of one name those rules leave apart,
 *   distinctNames.ts the different names they would bring together (and
 *   englishWords.ts the English words they would); remembered.ts
 *   keeps what a word's text decides, read once per text;
 * - pair.ts pairs the words of the two names (same word, spelling, short
 *   form, joined words (joined.ts), a word the bank cut (cut.ts), a firm's
 *   letters (firmLetters.ts), initials (initials.ts), a given name called by
 *   one of its parts (nameParts.ts); notMissing.ts: the words left over that
 *   are never missing);
 * - judge.ts gives the band and score (order.ts: the order of the words they
 *   share; places.ts: a body's or a firm's place; trades.ts: a trade as a family
 *   name against a firm; plurals.ts: one and many of what a firm is named after),
 *   explain.ts the explanation;
 * - alias.ts compares a name with an alias (URF, ALIAS, @) as two names, joint.ts
 *   a joint account's holders (JT, AND, OR) one by one.
 * docs/verdict.md says what each band means for a payment.
 */
import { matchAliased, splitAlias } from './alias';
import { better, capped } from './bands';
import { explain } from './explain';
import { holdersOf, matchJoint } from './joint';
import { judge, type NameMatchBand } from './judge';
import { pairWords, type Pairing } from './pair';
import { RELIGIOUS_ORDERS } from './notes';
import { FIELD_WIDTH, readName, type Name } from './read';
import { foundFurtherOn } from './relative';
import { isDistinctName } from './distinctNames';
import { GIVEN_NAMES } from './givenNames';
import { keysOf, type Word } from './word';
import { FILLERS, GIVEN_NAME_ENDINGS, JOINED_ENDINGS, NAME_TITLES, TITLES } from './words';

export type { NameMatchBand } from './judge';
export { isVerified, meetsThreshold, nameMatchThresholdOption, thresholdOf, type NameMatchThreshold } from './threshold';

export interface NameMatch {
	/** 0-100, ordering results within a band: branch on the band (or the verdict's `verified`), not on the score. */
	score: number;
	band: NameMatchBand;
	/** Which words differ and which matched how, e.g. "given name differs: ASHA / USHA; same: VERMA". */
	explanation: string;
}

/** `expected` (the name given) against `atBank`; null when either has no letters or digits. */
export function matchNames(expected: string, atBank: string): NameMatch | null {
	// The same letters and digits in the same order are the same name, however common its words (RANI DEVI, RANI BAI).
	if (sameAsWritten(expected, atBank)) return { score: 100, band: 'EXACT', explanation: 'same name' };
	const x = holdersOf(expected);
	const y = holdersOf(atBank);
	// One holder each: as holdersOf read it, less how the account is operated (REKHA NAIR E OR S is REKHA NAIR).
	return x.length === 1 && y.length === 1 ? matchPerson(x[0], y[0]) : matchJoint(x, y, matchPerson, [expected.trim().length, atBank.trim().length]);
}

/** Words of capitals and digits, one space apart: a name as asWritten gives it. */
const WRITTEN = /^[A-Z0-9]+(?: [A-Z0-9]+)*$/;
/** Words of letters and digits in either case, one space apart: asWritten gives such a name in capitals, as long. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Whether two names are the same letters and digits in the same order (asWritten), however cased. */
function sameAsWritten(x: string, y: string): boolean {
	// Most names are plain words already, and most pairs differ in length: told so without writing either in capitals.
	if (PLAIN.test(x) && PLAIN.test(y)) return x.length === y.length && x.toUpperCase() === y.toUpperCase();
	const written = asWritten(x);
	return written !== '' && written === asWritten(y);
}

/** A name's letters and digits, upper case, one space between words; & as AND, brackets kept (a note is no word of the name), apostrophes dropped. */
function asWritten(text: string): string {
	let upper = text.toUpperCase();
	// Most names are written so already (bank records, typed in capitals): one test, and none of the passes below.
	if (WRITTEN.test(upper)) return upper;
	// An apostrophe joins, as in reading (D'SOUZA is DSOUZA, not D SOUZA).
	upper = upper.replace(/['`\u2018\u2019]/g, '');
	if (upper.includes('&')) upper = upper.replace(/&/g, ' AND ');
	if (upper.includes('(') || upper.includes(')')) upper = upper.replace(/[()]/g, ' $& ');
	return upper.replace(/[^A-Z0-9()]+/g, ' ').trim();
}

/** One holder's names (joint.ts): with an alias or without (alias.ts). */
function matchPerson(expected: string, atBank: string): NameMatch | null {
	const x = splitAlias(expected);
	const y = splitAlias(atBank);
	return x.alias === undefined && y.alias === undefined ? matchOne(expected, atBank) : matchAliased(x, y, matchOne);
}

/** Two names, neither with an alias (alias.ts). */
function matchOne(expected: string, atBank: string): NameMatch | null {
	let a = readName(expected);
	let b = readName(atBank);
	if (a.words.length === 0 || b.words.length === 0) return null;
	// A firm's name the bank cut at its width before its firm's word (… CHHATRALAYA TR for TRUST) reads as a person's and
	// splits a BEN or BHAI off its first word (HANSABEN): read it as the firm the other side names.
	// Not against a firm that names its proprietor (… (PROP. RAMESHBHAI CHAUDHARI)): his own name is a person's.
	if (a.business && a.relative === undefined && cutBeforeFirmWord(b)) b = readName(atBank, true);
	else if (b.business && b.relative === undefined && cutBeforeFirmWord(a)) a = readName(expected, true);
	const pairing = pairWords(a, b);
	// Each relative's name read once, for both checks below (the map made only when a name gives a relative).
	let relatives: Map<string, Name> | undefined;
	const readRelative = (text: string) => (relatives ??= new Map()).get(text) ?? relatives.set(text, readName(text)).get(text)!;
	const judgement = judge(a, b, pairing, relativesDiffer(a, b, readRelative) ?? endingOfRelative(expected, b) ?? endingOfRelative(atBank, a) ?? initialOfRelative(a, b, pairing, readRelative) ?? namedAsRelative(a, b, readRelative) ?? ordersDiffer(a, b) ?? notesDiffer(a, b));
	const match = { score: judgement.score, band: judgement.band, explanation: explain(a, b, pairing, judgement) };
	return better(ownerNoted(match, a, b) ?? ownerNoted(match, b, a) ?? match, asProprietor(expected, a, atBank, b));
}

const cutBeforeFirmWord = (name: Name) => !name.business && name.address !== undefined && name.length >= FIELD_WIDTH;

/**
 * A person's name against a proprietorship's (BAJRANG TRADERS PROP RAJESH GUPTA), either way round: the proprietor
 * holds the firm's account in law, so the person is compared with the proprietor, at most STRONG (the firm's name
 * was not the one given).
 */
function asProprietor(expected: string, a: Name, atBank: string, b: Name): NameMatch | null {
	const person = (name: Name) => !name.business && name.relative === undefined;
	if (a.relation === 'PROP' && a.relative !== undefined && person(b)) return capped(matchOne(a.relative, atBank), 'STRONG', `proprietor of ${firmOf(a)}`);
	if (b.relation === 'PROP' && b.relative !== undefined && person(a)) return capped(matchOne(expected, b.relative), 'STRONG', `proprietor of ${firmOf(b)}`);
	return null;
}

const firmOf = (name: Name) => name.words.map((w) => w.written).join(' ');

/** Two clerics of one name in two religious orders (FR THOMAS KURIAN SJ / FR THOMAS KURIAN CMI): two people. */
function ordersDiffer(a: Name, b: Name): string | undefined {
	// Each must have set something aside (most names set nothing).
	if (a.dropped.length === 0 || b.dropped.length === 0) return undefined;
	const [x, y] = [a.dropped.find((said) => RELIGIOUS_ORDERS.has(said)), b.dropped.find((said) => RELIGIOUS_ORDERS.has(said))];
	return x && y && x !== y ? `order differs: ${x} / ${y}` : undefined;
}

/**
 * Both persons' names close with one word in brackets, and the words differ (AMIT SHARMA (BUNTY) / … (MONTY), JOSE
 * THOMAS (KALATHIL) / … (KALLADA)): what each is called, or each one's house, says they are two.
 */
function notesDiffer(a: Name, b: Name): string | undefined {
	const [x, y] = [a.note, b.note];
	if (x === undefined || y === undefined || a.business || b.business || x.includes(' ') || y.includes(' ')) return undefined;
	return keysOf(x).some((key) => keysOf(y).includes(key)) ? undefined : `called differently: ${x} / ${y}`;
}

/**
 * A firm's owner written in brackets after its name on one side (ASHOK HARDWARE (ASHOK MITTAL)) and another
 * proprietor after PROP on the other (… PROP ANUJ MITTAL): a father's firm and his son's of the same words. At most WEAK.
 */
function ownerNoted(match: NameMatch, noted: Name, prop: Name): NameMatch | null {
	// A firm's words in brackets are read as its place; a person's given name first says they are its owner's.
	const owner = noted.note ?? noted.place;
	if (owner === undefined || !/\s/.test(owner) || prop.relation !== 'PROP' || prop.relative === undefined) return null;
	const owners = matchNames(owner, prop.relative);
	if (owners === null || (owners.band !== 'WEAK' && owners.band !== 'NONE')) return null;
	// Read as an owner when it starts with a given name, or shares the proprietor's family name (ANUJ MITTAL / ASHOK MITTAL).
	if (!GIVEN_NAMES.has(owner.split(' ')[0]) && owners.band !== 'WEAK') return null;
	return capped(match, 'WEAK', `proprietor differs: ${owner} / ${prop.relative.trim().toUpperCase()}`);
}

const KIN = ['S/O', 'D/O', 'W/O', 'H/O'];

/** Both names give a relative (S/O …) or a proprietor and they are two people: "relative differs: MOHAN LAL / SOHAN LAL". */
function relativesDiffer(a: Name, b: Name, readRelative: (text: string) => Name): string | undefined {
	if (a.relative === undefined || b.relative === undefined) return undefined;
	// A son, a daughter, a wife and a husband of one man are four people (GEETA W/O MAHESH / GEETA D/O MAHESH).
	if (a.relation !== b.relation && KIN.includes(a.relation ?? '') && KIN.includes(b.relation ?? '')) return `relation differs: ${a.relation} / ${b.relation}`;
	// Each relative read once: for a cut, without a title in front, even one that needs two words after it to be read
	// so (… S/O SRI VENKA, cut); for the explanation, as written. Less the holder's own family or house name, at
	// either end, that the other relative leaves out (KOLLA NARAYANAMMA W/O KOLLA NARAYANA / … W/O NARAYANA).
	const [relativeA, relativeB] = [withoutOwnName(a.relative, a, b.relative), withoutOwnName(b.relative, b, a.relative)];
	const [ra, rb] = [readRelative(relativeA), readRelative(relativeB)];
	const own = (relative: Name) => relative.words.filter((w, i) => !w.optional && !(i === 0 && NAME_TITLES.has(w.text)));
	const [wordsA, wordsB] = [own(ra), own(rb)];
	// A relative of titles only in a record the bank may have cut after them (… S/O LATE, … W/O SHRI): nothing to tell two
	// relatives by. Not a title that is a name too (… S/O HAFIZ, SELVI W/O RAJA), nor in a shorter record.
	const cutAfterTitle = (relative: Name, name: Name) =>
		(name.recordLength ?? 0) >= FIELD_WIDTH && relative.words.length > 0 && relative.words.every((w) => TITLES.has(w.text) && !NAME_TITLES.has(w.text));
	if (cutAfterTitle(ra, a) || cutAfterTitle(rb, b)) return undefined;
	if (relativeCut(wordsA, wordsB, b) || relativeCut(wordsB, wordsA, a)) return undefined;
	const [x, y] = [wordsA, wordsB].map((words) => words.map((w) => w.text).join(' '));
	if (relativeStub(x, a, rb, y) || relativeStub(y, b, ra, x)) return undefined;
	const written = (relative: Name) => relative.words.map((w) => w.written).join(' ');
	const role = [a.relation, b.relation].includes('PROP') ? 'proprietor' : [a.relation, b.relation].includes('PARTNER') ? 'partner' : 'relative';
	const differs = `${role} differs: ${written(ra)} / ${written(rb)}`;
	// Each with a word the other lacks, KUMAR too: RAJ KUMAR / RAJ KISHORE are two fathers, not one with a part missing.
	const pairing = pairWords(ra, rb);
	const extra = (name: Name, rest: Word[]) => rest.length > 0 || pairing.aside.some((w) => name.words.includes(w) && !FILLERS.has(w.text));
	if (extra(ra, pairing.restA) && extra(rb, pairing.restB)) return differs;
	if (foundFurtherOn(wordsA, wordsB, pairing.pairs) || foundFurtherOn(wordsB, wordsA, pairing.pairs)) return differs;
	const match = matchNames(relativeA, relativeB);
	// A relative's name with a part missing or cut by the bank (PARTIAL) is not another relative.
	return match === null || (match.band !== 'WEAK' && match.band !== 'NONE') ? undefined : differs;
}

/**
 * A relative written as one letter, the other's first (… S/O K for S/O KARTAR SINGH), or cut by the bank at its width to
 * three letters or fewer, the start of the other's first name or title (… W/O LATE VE for VENKATARAMANA REDDY, … S/O
 * LATE HAR for S. HARBHAJAN SINGH, … W/O L for LATE BHOPAL SINGH): no other relative, nor the same one.
 */
function relativeStub(text: string, holder: Name, other: Name, otherText: string): boolean {
	if (!/^[A-Z]{1,3}$/.test(text)) return false;
	if (text.length === 1 && otherText.startsWith(text)) return true;
	if ((holder.recordLength ?? 0) < FIELD_WIDTH) return false;
	const firsts = [other.words[0]?.written ?? '', otherText.split(' ').find((w) => w.length > 1) ?? ''];
	return firsts.some((first) => first.length > text.length && first.startsWith(text));
}

/** `relative` less a first or last word of the holder's own (not KUMAR, SINGH: RAJ KUMAR is no RAJ) that `other` lacks. */
function withoutOwnName(relative: string, holder: Name, other: string): string {
	const words = relative.trim().split(/\s+/);
	const otherWords = other.trim().split(/\s+/);
	// Not against a relative cut to a letter or two (… S/O V at the bank's width): that is read below. Nor against one
	// as long, with another word in its place (… D/O GUNDA NARAYANA / … D/O KOLLA NARAYANA: two families).
	if (words.length < 2 || !/[A-Z]{3}/.test(other) || otherWords.length >= words.length) return relative;
	const others = new Set(otherWords);
	// Nor a word the other relative has written onto another (… S/O BHOLA RAM / … S/O BHOLARAM, the holder a RAM too), nor
	// one the bank cut there (… HUF KARTA MAHESH KUMAR / … HUF KARTA MAHE).
	const joinedThere = (word: string) => otherWords.some((o) => (o.length > word.length && (o.startsWith(word) || o.endsWith(word))) || (o.length >= 3 && o.length < word.length && word.startsWith(o)));
	const own = (word: string) => word.length >= 3 && !others.has(word) && !joinedThere(word) && holder.words.some((w) => w.text === word && !w.common && !w.optional);
	const kept = words.filter((word, i) => !((i === 0 || i === words.length - 1) && own(word)));
	return kept.length > 0 ? kept.join(' ') : relative;
}

/**
 * An initial beside S/O, D/O or W/O stands for that relative's name when it is the relative's first letter (Tamil:
 * K RAMESH S/O KRISHNAN): paired with another name of that letter, it is another person's (RAMESH KULKARNI).
 */
function initialOfRelative(a: Name, b: Name, pairing: Pairing, readRelative: (text: string) => Name): string | undefined {
	// Only a name with a relative has an initial that may be the relative's (most names have none).
	if (a.relative === undefined && b.relative === undefined) return undefined;
	for (const { a: wa, b: wb, kind } of pairing.pairs) {
		if (kind !== 'initial' || wa.length !== 1 || wb.length !== 1) continue;
		for (const [initial, word, name] of [[wa[0], wb[0], a], [wb[0], wa[0], b]] as const) {
			if (!initial.initial || word.initial || !KIN.includes(name.relation ?? '') || name.relative === undefined) continue;
			const relative = readRelative(name.relative).words.find((w) => !w.optional && !w.initial);
			if (!relative?.text.startsWith(initial.text) || relative.keys.some((key) => word.keys.includes(key))) continue;
			return `the initial is the relative's: ${initial.text} = ${relative.text}, not ${word.text}`;
		}
	}
	return undefined;
}

/**
 * A name with its father's name joined to a LAL, CHAND … (MUKESH KUMAR RAMESHLAL) against the other's relative of that
 * given name with another (MUKESH KUMAR S/O RAMESH CHAND, RAMESH DUTT): two fathers, so two sons. `text` as written: reading
 * leaves the joined word's LAL out.
 */
function endingOfRelative(text: string, other: Name): string | undefined {
	if (other.relative === undefined || !KIN.includes(other.relation ?? '')) return undefined;
	const relative = other.relative.trim().toUpperCase().split(/\s+/);
	const written = text.toUpperCase().split(/[^A-Z]+/);
	for (let i = 0; i + 1 < relative.length; i++) {
		const [given, ending] = [relative[i], relative[i + 1]];
		if (given.length < 3 || !GIVEN_NAME_ENDINGS.has(ending)) continue;
		const joined = written.find((w) => w.startsWith(given) && w !== given + ending && JOINED_ENDINGS.includes(w.slice(given.length)));
		if (joined) return `relative differs: ${joined} / ${given} ${ending}`;
	}
	return undefined;
}

/**
 * The name given is the one the other gives after S/O, W/O … (RAM NARESH YADAV / NARESH YADAV S/O RAM NARESH YADAV:
 * Naresh's father). Only a relative of two words or more: one of one word may be the holder's middle name (RAHUL
 * BHIMRAO KAMBLE / RAHUL KAMBLE S/O BHIMRAO).
 */
function namedAsRelative(a: Name, b: Name, readRelative: (text: string) => Name): string | undefined {
	// Only a name with a relative names one (most names have none).
	if (a.relative === undefined && b.relative === undefined) return undefined;
	for (const [own, other] of [[a, b], [b, a]] as const) {
		if (own.relative !== undefined || other.relative === undefined || !KIN.includes(other.relation ?? '')) continue;
		const relative = readRelative(other.relative);
		if (relative.words.filter((w) => !w.optional).length < 2) continue;
		const { band } = judge(own, relative, pairWords(own, relative));
		if (band === 'EXACT' || band === 'STRONG') return `the relative's name: ${other.relative.trim().replace(/\s+/g, ' ')}`;
	}
	return undefined;
}

/**
 * The bank cut the whole record (`cut`) at its width, so the relative's name at its end may stop mid-word: … S/O
 * MUKHTIAR SI. `full` and `start`: the two relatives' words.
 */
function relativeCut(full: Word[], start: Word[], cut: Name): boolean {
	if ((cut.recordLength ?? 0) < FIELD_WIDTH || start.length === 0 || start.length > full.length) return false;
	// The words before the cut are the full name's, or their short forms (… S/O GH MOHD PAR for GH MOHAMMAD PARRAY).
	const same = (x: Word, y: Word) => x.text === y.text || x.keys.some((key) => y.keys.includes(key));
	if (!start.slice(0, -1).every((word, i) => same(word, full[i]))) return false;
	const [last, there] = [start[start.length - 1], full[start.length - 1]];
	const cutThere = (there.text.length > last.text.length && there.text.startsWith(last.text)) || (start.length < full.length && same(last, there));
	// At least four letters are left: a lone letter proves nothing; nor does a whole name of its own (SANJAY SAH / SAHNI),
	// but where the holder's own name carries the whole word (NARAYANAN ENTERPRISES PROP K NARA: a firm named after him).
	return cutThere && (start.length > 1 || last.text.length >= 4) && (!isDistinctName(last.text) || cut.words.some((w) => w.text === there.text));
}
