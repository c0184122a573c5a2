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
 *   words it may share with that relative; organisations.ts: a firm's forms as one;
 *   generations.ts and titlesInside.ts: a JR, a II or a title where a bank puts it);
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
 *   a joint account's holders (JT, AND, OR) one by one, relativesDiffer.ts two
 *   names' relatives or proprietors (S/O …, PROP …), cut by the bank or not,
 *   owners.ts a firm's owner written beside it with no PROP or in the other order.
 * docs/verdict.md says what each band means for a payment.
 */
import { matchAliased, splitAlias } from './alias';
import { better, capped } from './bands';
import { explain } from './explain';
import { holdersOf, matchJoint } from './joint';
import { judge, type NameMatchBand } from './judge';
import { pairWords, type Pairing } from './pair';
import { RELIGIOUS_ORDERS } from './notes';
import { firmAndProprietor, firmOf, partsSwapped } from './owners';
import { FIELD_WIDTH, readName, type Name } from './read';
import { KIN } from './relative';
import { relativesDiffer, relativesOf, relativesRunOn } from './relativesDiffer';
import { GIVEN_NAMES } from './givenNames';
import { keysOf } from './word';
import { GIVEN_NAME_ENDINGS, JOINED_ENDINGS } from './words';

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
	let read: Map<string, Name> | undefined;
	const readRelative = (text: string) => (read ??= new Map()).get(text) ?? read.set(text, readName(text)).get(text)!;
	const relatives = relativesOf(a, b, readRelative);
	const judgement = judge(a, b, pairing, relativesDiffer(a, b, relatives, matchNames) ?? endingOfRelative(expected, b) ?? endingOfRelative(atBank, a) ?? initialOfRelative(a, b, pairing, readRelative) ?? namedAsRelative(a, b, readRelative) ?? ordersDiffer(a, b) ?? notesDiffer(a, b));
	let match: NameMatch = { score: judgement.score, band: judgement.band, explanation: explain(a, b, pairing, judgement) };
	const runOn = relatives && relativesRunOn(relatives, a, b);
	if (runOn && (match.band === 'EXACT' || match.band === 'STRONG')) match = capped(match, 'PARTIAL', runOn)!;
	// An owner in brackets against another proprietor is two people, however the words are read together.
	const noted = ownerNoted(match, a, b) ?? ownerNoted(match, b, a);
	const result = better(noted ?? match, asProprietor(expected, a, atBank, b) ?? (noted ? null : firmAndProprietor(expected, a, atBank, b, matchOne)));
	return result?.band === 'EXACT' || result?.band === 'STRONG' ? result : better(result, partsSwapped(expected, atBank, matchOne));
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

/** Two clerics of one name in two religious orders (FR THOMAS KURIAN SJ / FR THOMAS KURIAN CMI): two people. */
function ordersDiffer(a: Name, b: Name): string | undefined {
	// Each must have set something aside (most names set nothing).
	if (a.dropped.length === 0 || b.dropped.length === 0) return undefined;
	const [x, y] = [a.dropped.find((said) => RELIGIOUS_ORDERS.has(said)), b.dropped.find((said) => RELIGIOUS_ORDERS.has(said))];
	return x && y && x !== y ? `order differs: ${x} / ${y}` : undefined;
}

/**
 * Both persons' names give one word in brackets, closing the name or inside it, and the words differ (AMIT SHARMA
 * (BUNTY) / … (MONTY), AMIT (BUNTY) SHARMA / AMIT (MONTY) SHARMA, JOSE THOMAS (KALATHIL) / … (KALLADA)): what each is
 * called, or each one's house, says they are two.
 */
function notesDiffer(a: Name, b: Name): string | undefined {
	const [x, y] = [a.note ?? a.nickname, b.note ?? b.nickname];
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
