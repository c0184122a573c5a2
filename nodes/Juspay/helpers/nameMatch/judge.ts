import { GIVEN_NAMES } from './givenNames';
import { byStart, orderOf, type WordOrder } from './order';
import { anyWord, isFiller, meaningful, titlesOnly, type Pair, type PairKind, type Pairing } from './pair';
import type { Name } from './read';
import type { Word } from './word';
import { callingsDiffer, marriedAndUnmarried } from './titles';
import { eitherSex, formsOfAddressDiffer, hisNameAfterHerTitle, isMans, maybeHusbandsName, opensHisName, sexesDiffer, titleBeforeInitials } from './sexes';
import { ammalOnHisName, herNamesJoinedIntoHis, hersWithClosingA } from './hersFromHis';
import { placesDiffer, placeSpelledAnotherWay } from './places';
import { kumarForKumari, kumariAfterEitherSex } from './shortFormsOfHers';
import { tradeNameAgainstFirm } from './trades';
import { oneAndMany } from './plurals';
import { BUSINESS_WORDS, FATHERS_GIVEN_NAMES, FIRM_WORDS, isWomansName as isWomans, MARRIED_TITLES } from './words';

export type { WordOrder } from './order';

export type NameMatchBand = 'EXACT' | 'STRONG' | 'PARTIAL' | 'WEAK' | 'NONE';

export interface Judgement {
	band: NameMatchBand;
	score: number;
	order: WordOrder;
	/**
	 * Why a person should look though the words pair (at most PARTIAL): a married woman's title with a man's given
	 * name (it may be her husband's), or a father's initial taken for a given name.
	 */
	lookFirst?: string;
	/** What says the two are different people, whatever the words (at most WEAK), e.g. "relative differs: MOHAN LAL / SOHAN LAL". */
	conflict?: string;
}

const WORTH: Record<PairKind, number> = { same: 1, spelling: 0.95, 'short form': 0.95, joined: 0.95, 'one A': 0.8, cut: 0.8, 'last part': 0.8, 'first part': 0.8, initial: 0.75 };
export const SCORE_RANGE: Record<NameMatchBand, [number, number]> = {
	EXACT: [100, 100],
	STRONG: [80, 99],
	PARTIAL: [60, 79],
	WEAK: [30, 59],
	NONE: [0, 29],
};

/** A pair that says who it is: a whole word that is not a legal form or a common word (KUMAR, SINGH). */
export const identifies = (pair: Pair) => pair.kind !== 'initial' && anyWord(pair, (w) => !w.common && !w.legal && !isFiller(w));

/**
 * The band, rules in order:
 * - NONE: no word in common (legal forms and AND aside);
 * - WEAK: each name has a word the other lacks ("ASHA VERMA" / "USHA VERMA");
 * - EXACT: the same words in the same order (case, punctuation, titles and
 *   the spelling of legal forms aside);
 * - every word accounted for: STRONG, unless only initials and common words
 *   match, the order changed beyond a surname moved, or the bank cut a word
 *   (PARTIAL);
 * - one name has words the other lacks (a middle or father's name, a legal
 *   form): PARTIAL when a word that identifies matched, and a lone word is the
 *   other's first ("GOPAL" / "GOPAL KRISHNAN", not "KUMAR" / "ANIL KUMAR"); else WEAK.
 */
export function judge(a: Name, b: Name, pairing: Pairing, relativeConflict?: string): Judgement {
	const { pairs, restA, restB } = pairing;
	const order = orderOf(pairs);
	const husbandsName = maybeHusbandsName(a, b);
	const fathers = fathersInitial(a, b, pairs) ?? crossedInitials(pairs);
	const hisName = husbandsName ? undefined : hisNameAfterHerTitle(a, b);
	const lookFirst = husbandsName
		? `a married woman's title with ${husbandsName}: may be her husband's name`
		: hisName
			? `a woman's title with ${hisName}, a man's name`
			: (fathers && `given names may differ: ${fathers}`) || eitherSex(a, b) || titleBeforeInitials(a, b) || kumariAfterEitherSex(a, b, pairs) || callingsDiffer(a, b) || marriedAndUnmarried(a, b) || placeSpelledAnotherWay(a, b, pairs) || tradeNameAgainstFirm(a, b, pairs) || oneAndMany(a, b, pairs);
	const conflict = relativeConflict ?? formsOfAddressDiffer(a, b) ?? sexesDiffer(a, b) ?? hersWithClosingA(a, b, pairs) ?? herNamesJoinedIntoHis(a, b, pairs) ?? kumarForKumari(a, b, pairs) ?? ammalOnHisName(a, b, pairs) ?? placesDiffer(a, b);
	const matched = bandOf(a, b, pairing, order);
	const band = conflict && matched !== 'NONE' ? 'WEAK' : lookFirst && (matched === 'EXACT' || matched === 'STRONG') ? 'PARTIAL' : matched;
	// Score: the share of words paired, each pair by its worth, less 5 for another order; kept within the band's range.
	// One pass over the pairs, titles aside: no filtered list, no closures for every judgement.
	let worth = 0;
	let paired = 0;
	for (const pair of pairs) {
		if (titlesOnly(pair)) continue;
		worth += WORTH[pair.kind] * (pair.a.length + pair.b.length);
		paired += pair.a.length + pair.b.length;
	}
	const total = paired + restA.length + restB.length;
	const raw = total === 0 ? 0 : Math.round((100 * worth) / total) - (order === 'same' ? 0 : 5);
	const [low, high] = SCORE_RANGE[band];
	// The look-first and conflict set only when there is one, as before, without spreading an object for each.
	const judgement: Judgement = { band, score: Math.min(high, Math.max(low, raw)), order };
	if (lookFirst) judgement.lookFirst = lookFirst;
	if (conflict) judgement.conflict = conflict;
	return judgement;
}

/**
 * Each side writing out a given name the other gives only as an initial, a woman's on one side and a man's on the
 * other (D SUNANDA KAMATH / DEVDAS S KAMATH: Sunanda, Devdas's wife or daughter, against Devdas): two people of one
 * family. Not two names of one man (GOPAL K SHETTY / G KRISHNA SHETTY: Gopal Krishna). Returns "SUNANDA / DEVDAS (…)",
 * as fathersInitial does.
 */
function crossedInitials(pairs: Pair[]): string | undefined {
	let ofA: Word | undefined;
	let ofB: Word | undefined;
	for (const pair of pairs) {
		if (pair.kind !== 'initial') continue;
		const x = pair.a[0];
		const y = pair.b[0];
		if (y.initial && !x.initial) ofA = x;
		else if (x.initial && !y.initial) ofB = y;
	}
	if (!ofA || !ofB) return undefined;
	const sexOf = (w: Word) => (isWomans(w.text) ? 'hers' : isMans(w.text) ? 'his' : undefined);
	const sexA = sexOf(ofA);
	return sexA && sexOf(ofB) && sexA !== sexOf(ofB) ? `${ofA.written} / ${ofB.written} (each side's initial stands for the other's given name)` : undefined;
}

/**
 * South Indian names carry the father's name as an initial (RAMASAMY K, K MURUGAN). Such an initial taken for the
 * other name's given name makes two people of one family: after a given name, both given names (KARTHIK RAMASAMY,
 * Karthik, Ramasamy's son / RAMASAMY K), or for a woman's given name beside only a man's (KAVITHA MURUGAN / K
 * MURUGAN, Murugan, K's son). Returns "KARTHIK / RAMASAMY (…)".
 */
function fathersInitial(a: Name, b: Name, pairs: Pair[]): string | undefined {
	for (const pair of pairs) {
		if (pair.kind !== 'initial') continue;
		for (const [[letter], [word], own, other] of [[pair.a, pair.b, a, b], [pair.b, pair.a, b, a]] as const) {
			const ownWords = own.words.filter((w) => !w.optional);
			const given = ownWords[0];
			if (!letter.initial) continue;
			// Last, or before only words the other name lacks (GOPAKUMAR S NAIR: a Nair's caste name).
			const after = ownWords.slice(ownWords.indexOf(letter) + 1);
			const last = after.every((w) => !pairs.some((p) => p.a.includes(w) || p.b.includes(w))) && other.words.find((w) => !w.optional) === word;
			// Not a woman's given name beside a man's: he is her father (AISHWARYA LAKSHMI V / VENKATARAMAN AISHWARYA LAKSHMI).
			const hers = isWomans(given.text) && isMans(word.text);
			if (last && !hers && !given.initial && GIVEN_NAMES.has(given.text) && GIVEN_NAMES.has(word.text)) return `${word.written} / ${given.written} (an initial after a given name is the father's)`;
			// Kerala: the father's initial before a Christian given name (M GEORGE, George, Mathew's son) against two such names
			// written out (MATHEW GEORGE, Mathew, George's son): a father and his son.
			const otherWords = other.words.filter((w) => !w.optional);
			const fathersFirst = letter === given && ownWords.length === 2 && otherWords.length === 2 && otherWords[0] === word && otherWords.every((w) => FATHERS_GIVEN_NAMES.has(w.text));
			if (fathersFirst) return `${word.written} / ${ownWords[1].written} (an initial before a Christian given name is the father's)`;
			const whole = ownWords.filter((w) => !w.initial);
			const mansOnly = whole.length > 0 && whole.every((w) => GIVEN_NAMES.has(w.text) && !isWomans(w.text));
			// SELVI: a Tamil woman's name as well as her title (TMT. SELVI MURUGESAN / S MURUGESAN); not one that opens a man's
			// name there (ASHA RAM MEENA / A R MEENA).
			if (((isWomans(word.text) && !opensHisName(word, other)) || word.text === 'SELVI') && mansOnly) return `${word.written} / ${whole.map((w) => w.written).join(' ')} (an initial beside a man's name is his father's)`;
		}
	}
	return undefined;
}

function bandOf(a: Name, b: Name, pairing: Pairing, order: WordOrder): NameMatchBand {
	const { pairs, restA, restB } = pairing;
	if (!pairs.some(meaningful)) return 'NONE';
	// The given name paired only with the other's relative: K. RAMESH / KRISHNAN S/O RAMESH is Ramesh's son.
	const fromRelative = (p: Pair) => anyWord(p, (w) => w.family !== undefined);
	// Unless both give one relative and the holders' names are one common name, nothing left over (MOHD BIN UMER
	// CHAUSH / MOHAMMED BIN OMER CHAUSH): STRONG with every word of both relatives paired (a relative's initial beside
	// its given name), else PARTIAL (a cut; MOHAMMED S/O MOHAMMED HUSSAIN may be the son of MOHAMMED S/O HUSSAIN).
	if (pairs.some((p) => identifies(p) && fromRelative(p)) && !pairs.some((p) => identifies(p) && !fromRelative(p))) {
		const bothRelatives = (p: Pair) => [...p.a, ...p.b].every((w) => w.family !== undefined);
		const ownNames = pairs.some((p) => !fromRelative(p) && p.kind !== 'initial' && meaningful(p));
		const oneRelative = restA.length === 0 && restB.length === 0 && ownNames && pairs.filter((p) => identifies(p) && fromRelative(p)).every(bothRelatives);
		if (!oneRelative) return 'WEAK';
		const paired = new Set(pairs.flatMap((p) => [...p.a, ...p.b]));
		const givenPaired = (name: Name, initial: Word) => name.words.some((w) => w.family === 'given' && paired.has(w) && w.text.startsWith(initial.text));
		const relativesPaired = [a, b].every((name) => name.words.every((w) => w.family === undefined || paired.has(w) || (w.family === 'initial' && givenPaired(name, w))));
		if (!relativesPaired) return 'PARTIAL';
	}
	// Words left on both sides are two names, unless one side's are only its legal form and the other's one closing place
	// (BHARATI SAHAKARI BANK PUNE / … BANK LTD: the place missing at the bank, the legal form as typed).
	if (restA.length > 0 && restB.length > 0 && !placeAgainstLegalForm(a, restA, restB) && !placeAgainstLegalForm(b, restB, restA)) return 'WEAK';
	if (restA.length === 0 && restB.length === 0) {
		if (isExact(a, b, pairing)) return 'EXACT';
		if (!pairs.some(identifies) || order === 'other' || pairs.some((p) => p.kind === 'cut' || p.kind === 'one A' || p.kind === 'last part' || p.kind === 'first part') || firmByInitials(a, b, pairs) || firstIsRelatives(a, b, pairs)) return 'PARTIAL';
		return 'STRONG';
	}
	// A firm's letters with only a legal form left over (BHEL / BHARAT HEAVY ELECTRICALS LTD) are PARTIAL, as letters are.
	const lettersAndLegal = pairs.some(isFirmsLetters) && [...restA, ...restB].every((w) => w.legal);
	if (!pairs.some(identifies) && !lettersAndLegal) return 'WEAK';
	// The name with nothing left over is the shorter; with one word, it must be the other's first.
	const [short, long, side] = restA.length > 0 ? [b, a, 'b' as const] : [a, b, 'a' as const];
	const shortWords = short.words.filter((w) => !w.optional);
	// Its first word taken for the other's relative's: BHIMRAO DESAI / SULOCHANA DESAI W/O BHIMRAO DESAI is her husband.
	const firstPair = pairs.find((p) => p[side].includes(shortWords[0]));
	if (firstPair?.[side === 'a' ? 'b' : 'a'].some((w) => w.family)) return 'WEAK';
	if (shortWords.length === 1) {
		const pair = pairs.find((p) => p[side].includes(shortWords[0]));
		const theirs = pair ? (side === 'a' ? pair.b : pair.a) : [];
		// Its first word that identifies: MOHD SALIM's is SALIM, TH. IBEMHAL DEVI's IBEMHAL (a Meitei clan's initial).
		// Or, of two words, a given name after a family name the bank writes first (GUNDA MALLAIAH, PATIL RAMESH).
		const first = long.words.find((w) => !w.optional && !w.common && !w.initial && !(w.letters && /^(?:[BCDGKPT]H|NG)$/.test(w.text)));
		const [family, given, more] = long.words.filter((w) => !w.optional);
		const givenName = (w: Word) => GIVEN_NAMES.has(w.text) || /(?:AIAH|AYYA|AMMA|APPA|UDD?H?EEN|UDDIN)$/.test(w.text); // YADAIAH, AIYAPPA, SHAMSUDHEEN
		const familyFirst = !more && given !== undefined && family === first && !GIVEN_NAMES.has(family.text) && givenName(given);
		if (!pair || !(identifies(pair) || (lettersAndLegal && isFirmsLetters(pair))) || !(theirs.includes(first as Word) || (familyFirst && theirs.includes(given)))) return 'WEAK';
	}
	return 'PARTIAL';
}

/**
 * `rest`, left of a business's `name`, is one word closing it that is no firm's word nor the start of one (a place), and
 * `other` only legal forms, not a closing INDIA (STATE BANK OF INDIA / … OF INDORE are two banks).
 */
function placeAgainstLegalForm(name: Name, rest: Word[], other: Word[]): boolean {
	if (!name.business || rest.length !== 1 || !other.every((w) => w.legal && w.text !== 'INDIA')) return false;
	const [word] = rest;
	if (word !== name.words[name.words.length - 1] || word.text.length < 3 || word.legal || word.text === 'COMPANY') return false;
	// Rare (a legal form against a closing word): the look through every firm's word is paid only here.
	for (const firm of FIRM_WORDS) if (firm.startsWith(word.text)) return false;
	return true;
}

/**
 * A firm's name written as its letters (RK TRADERS / RAVI KUMAR TRADERS, GPS RAMPUR / GURU PUBLIC SCHOOL RAMPUR: GPS
 * is as often a GOVERNMENT PRIMARY SCHOOL of that place, NIT NAGPUR the Nagpur Improvement Trust), or as initials
 * against words only a business word backs: the letters fit other names as well, so a person looks. A firm's name
 * with a person's initials and a word of its own (R K SHARMA AND SONS) is read as a person's.
 */
function firmByInitials(a: Name, b: Name, pairs: Pair[]): boolean {
	if (!a.business && !b.business) return false;
	const initials = pairs.filter((p) => p.kind === 'initial');
	if (initials.length === 0) return false;
	if (initials.some(isFirmsLetters) || initials.some((p) => beforeLocality(p, a, b))) return true;
	return !pairs.some((p) => identifies(p) && anyWord(p, (w) => !w.common && !w.legal && !isFiller(w) && !BUSINESS_WORDS.has(w.text) && !LOCALITY_WORDS.has(w.text)));
}

/**
 * A locality called by one letter right before the same locality's word on both sides (T NAGAR / TT NAGAR, … / THILLAI
 * NAGAR): it stands for more than one locality, whatever else the firm's names share (SRI BALAJI MEDICALS T NAGAR).
 * Two letters or more (N S ROAD = NETAJI SUBHAS ROAD) tell one locality.
 */
function beforeLocality(p: Pair, a: Name, b: Name): boolean {
	if (p.a.length !== 1 || p.b.length !== 1) return false;
	const [x, y] = [p.a[0], p.b[0]];
	const oneLetter = (w: Word, name: Name) => w.text.length === 1 && !(name.words[w.index - 1]?.text.length === 1);
	if (!oneLetter(x, a) && !oneLetter(y, b)) return false;
	const after = a.words[x.index + 1]?.text;
	return after !== undefined && LOCALITY_WORDS.has(after) && after === b.words[y.index + 1]?.text;
}

/** A locality's kind after its initials (T NAGAR, K R PURAM, M G ROAD): it backs them no more than a business word does (T NAGAR / THILLAI NAGAR). */
const LOCALITY_WORDS = new Set(['NAGAR', 'PURAM', 'PURA', 'PET', 'PETH', 'PALLI', 'PALLY', 'GANJ', 'GUNJ', 'ROAD', 'MARG', 'COLONY', 'LAYOUT', 'VIHAR', 'ENCLAVE', 'CHOWK', 'BAZAR', 'BAZAAR']);

/** A firm's letters for several of the other's words (GPS = GURU PUBLIC SCHOOL, GP = GRAM PANCHAYAT), not a name's initial and its tail. */
function isFirmsLetters(p: Pair): boolean {
	const words = p.a.length === 1 ? p.b : p.a;
	return Math.min(p.a.length, p.b.length) === 1 && words.length >= 2 && !words.some((w) => w.tail);
}

const fromARelative = (word: Word) => word.family !== undefined;

/**
 * A name's first word, written out, paired with the other's relative: KANNAN RAMASAMY / RAMASAMY S/O KANNAN is
 * Kannan's son only if KANNAN is a Tamil father's name written first; IMRAN ABDUL RAHIM SHAIKH / ABDUL RAHIM SHAIKH
 * S/O IMRAN SHAIKH may be a grandfather and a grandson of one name. A person looks, unless the other name carries the
 * relative's initial, as a Tamil name does (BALASUBRAMANIAN KARTHIKEYAN / B KARTHIKEYAN S/O BALASUBRAMANIAN).
 */
function firstIsRelatives(a: Name, b: Name, pairs: Pair[]): boolean {
	// Only a word taken from a relative makes one (most names give none: nothing to read then).
	if (!a.words.some(fromARelative) && !b.words.some(fromARelative)) return false;
	for (const [own, side, otherSide, other] of [[a, 'a', 'b', b], [b, 'b', 'a', a]] as const) {
		// The relative's family name is the holder's too, and often written first (BIRADAR SHARANAMMA SANGAPPA / SHARANAMMA
		// W/O SANGAPPA BIRADAR): the holder's given name is the word after it (KUMBAR SIDDAPPA BASAVARAJ is Siddappa, not
		// BASAVARAJ S/O SIDDAPPA KUMBAR).
		const familyName = (word: Word) => pairs.some((p) => p[side].includes(word) && p[otherSide].some((w) => w.family === 'name'));
		const [first, second] = own.words.filter((w) => !w.optional && !familyName(w));
		// Or its second, when the two are one man's given name (JYOTI PRAKASH SINHA / JYOTI SINHA W/O PRAKASH SINHA), not
		// after a woman's title (SMT UMA SHANKAR / UMA W/O SHANKAR).
		const hers = own.words.some((w) => w.optional && (MARRIED_TITLES.has(w.text) || w.text === 'KUMARI' || w.text === 'MISS'));
		const compound = second !== undefined && !hers && GIVEN_NAMES.has(first.text + second.text) ? second : undefined;
		const fromRelative = (word: Word | undefined) => word !== undefined && !word.initial && pairs.some((p) => p[side].includes(word) && p[otherSide].some((w) => w.family !== undefined && w.family !== 'initial'));
		if (!fromRelative(first) && !fromRelative(compound)) continue;
		const relativesName = /[A-Z]{3,}/.exec(other.relative ?? '')?.[0] ?? '';
		if (!other.words.some((w) => w.initial && !w.family && relativesName.startsWith(w.text))) return true;
	}
	return false;
}

function isExact(a: Name, b: Name, { pairs, aside }: Pairing): boolean {
	// An & or a SRI one name leaves out is not missing, but the names are not the same words.
	if (a.dropped.length > 0 || b.dropped.length > 0 || aside.length > 0) return false;
	const named = pairs.filter((p) => !(titlesOnly(p) && p.kind === 'same'));
	if (!named.every((p) => p.kind === 'same' && p.a.length === 1 && p.b.length === 1 && !p.a[0].optional && !p.b[0].optional)) return false;
	const sorted = byStart(named);
	return sorted.every((p, i) => i === 0 || p.b[0].index > sorted[i - 1].b[0].index);
}
