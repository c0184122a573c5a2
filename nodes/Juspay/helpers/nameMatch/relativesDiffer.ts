/**
 * Two names that each give a relative (S/O …) or a proprietor (PROP …): whether the relatives say two people, and
 * where a record the bank cut at its width ends in one (… S/O MUKHTIAR SI, … PROP HARSHIT PARI), whether the cut
 * leaves the same relative or shows another. The matcher does not know which side is the bank's, so either record
 * of the bank's width may be the cut one.
 */
import type { MatchOne } from './bands';
import { areDistinctNames, isDistinctName } from './distinctNames';
import { GIVEN_NAMES } from './givenNames';
import { pairWords } from './pair';
import { FIELD_WIDTH, type Name } from './read';
import { foundFurtherOn, KIN } from './relative';
import { orderOf } from './order';
import { formsOfAddressDiffer, sexesDiffer } from './sexes';
import type { Word } from './word';
import { FILLERS, GIVEN_NAME_ENDINGS, NAME_TITLES, TITLES } from './words';

/** Both names' relatives, each read once: less a title in front and the holder's own family name the other leaves out. */
export interface Relatives {
	/** As written less the holder's own name: what is compared as a name. */
	textA: string;
	textB: string;
	ra: Name;
	rb: Name;
	/** Each relative's own words: not optional, nor a title that opens it. */
	wordsA: Word[];
	wordsB: Word[];
}

/** The two names' relatives, when both give one; `readRelative` reads each text once for every check that needs it. */
export function relativesOf(a: Name, b: Name, readRelative: (text: string) => Name): Relatives | undefined {
	if (a.relative === undefined || b.relative === undefined) return undefined;
	// Each relative read once: for a cut, without a title in front, even one that needs two words after it to be read
	// so (… S/O SRI VENKA, cut); for the explanation, as written. Less the holder's own family or house name, at
	// either end, that the other relative leaves out (KOLLA NARAYANAMMA W/O KOLLA NARAYANA / … W/O NARAYANA).
	const [textA, textB] = [withoutOwnName(a.relative, a, b.relative), withoutOwnName(b.relative, b, a.relative)];
	const [ra, rb] = [readRelative(textA), readRelative(textB)];
	const own = (relative: Name) => relative.words.filter((w, i) => !w.optional && !(i === 0 && NAME_TITLES.has(w.text)));
	return { textA, textB, ra, rb, wordsA: own(ra), wordsB: own(rb) };
}

/** Both names give a relative (S/O …) or a proprietor and they are two people: "relative differs: MOHAN LAL / SOHAN LAL". */
export function relativesDiffer(a: Name, b: Name, relatives: Relatives | undefined, matchNames: MatchOne): string | undefined {
	if (relatives === undefined) return undefined;
	// A son, a daughter, a wife and a husband of one man are four people (GEETA W/O MAHESH / GEETA D/O MAHESH).
	if (a.relation !== b.relation && KIN.includes(a.relation ?? '') && KIN.includes(b.relation ?? '')) return `relation differs: ${a.relation} / ${b.relation}`;
	const { textA, textB, ra, rb, wordsA, wordsB } = relatives;
	// A relative of titles only in a record the bank may have cut after them (… S/O LATE, … W/O SHRI): nothing to tell two
	// relatives by. Not a title that is a name too (… S/O HAFIZ, SELVI W/O RAJA), nor in a shorter record.
	const cutAfterTitle = (relative: Name, name: Name) =>
		(name.recordLength ?? 0) >= FIELD_WIDTH && relative.words.length > 0 && relative.words.every((w) => TITLES.has(w.text) && !NAME_TITLES.has(w.text));
	if (cutAfterTitle(ra, a) || cutAfterTitle(rb, b)) return undefined;
	// As written, a nested relative after its relation, not lent to the name (… PROP KIRAN W/O MOHAN LAL, not KIRAN MOHAN LAL M).
	const written = (relative: Name) => {
		const own = relative.words.filter((w) => w.family === undefined).map((w) => w.written);
		return (relative.relative === undefined ? own : [...own, relative.relation, relative.relative.toUpperCase().replace(/[^A-Z0-9/]+/g, ' ').trim()]).join(' ');
	};
	const role = [a.relation, b.relation].includes('PROP') ? 'proprietor' : [a.relation, b.relation].includes('PARTNER') ? 'partner' : 'relative';
	const differs = `${role} differs: ${written(ra)} / ${written(rb)}`;
	// A cut leaves the same relative, unless what is left says a man's BHAI against a woman's BEN (… PROP KIRANBEN for
	// KIRANBHAI PATEL) or MR against MRS (… PROP MR SUNDA / … PROP MRS SUNDARI IYER); a cut that runs on past a whole
	// name is held to PARTIAL by relativesRunOn, below.
	if (relativeCut(wordsA, wordsB, b) || relativeCut(wordsB, wordsA, a)) return formsOfAddressDiffer(ra, rb) ?? sexesDiffer(ra, rb) ? differs : undefined;
	// Given names apart that the spelling rules would bring together (MANISH / MANISHA SH): two people, however the rest reads.
	if (wordsA.length > 0 && wordsB.length > 0 && areDistinctNames(wordsA[0].text, wordsB[0].text)) return differs;
	const [x, y] = [wordsA, wordsB].map((words) => words.map((w) => w.text).join(' '));
	if (relativeStub(x, a, rb, y) || relativeStub(y, b, ra, x)) return undefined;
	// Each with a word the other lacks, KUMAR too: RAJ KUMAR / RAJ KISHORE are two fathers, not one with a part missing.
	const pairing = pairWords(ra, rb);
	const extra = (name: Name, rest: Word[]) => rest.length > 0 || pairing.aside.some((w) => name.words.includes(w) && !FILLERS.has(w.text));
	if (extra(ra, pairing.restA) && extra(rb, pairing.restB)) return differs;
	if (foundFurtherOn(wordsA, wordsB, pairing.pairs) || foundFurtherOn(wordsB, wordsA, pairing.pairs)) return differs;
	// Their words in another order, initials crossed too (… PROP G KRISHNAMURTHY / … PROP K GOPALAKRISHNAN): a father's
	// name and his son's, two relatives.
	if (pairing.pairs.length >= 2 && orderOf(pairing.pairs) === 'other') return differs;
	const match = matchNames(textA, textB);
	// A relative's name with a part missing or cut by the bank (PARTIAL) is not another relative.
	return match === null || (match.band !== 'WEAK' && match.band !== 'NONE') ? undefined : differs;
}

const NESTED_KIN = /^[SDWH]\/O$/;

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
	// Not a first word a relation follows: the proprietor's own name (… PROP JYOTI W/O RAVI SHANKAR, of JYOTI PIPES).
	const kept = words.filter((word, i) => !((i === 0 || i === words.length - 1) && own(word) && !(i === 0 && NESTED_KIN.test(words[1]))));
	return kept.length > 0 ? kept.join(' ') : relative;
}

/** One word for another before the cut: the same, or a spelling or short form of it, never another name (MANISH / MANISHA). */
const same = (x: Word, y: Word) => x.text === y.text || (x.keys.some((key) => y.keys.includes(key)) && !areDistinctNames(x.text, y.text));

/** Whether `start` is the first letters of `whole`, as written or by their spelling (KADI of QADIR, KAPU of KAPOOR). */
const startOf = (start: Word, whole: Word) =>
	(whole.text.length > start.text.length && whole.text.startsWith(start.text)) || whole.keys.some((key) => start.keys.some((s) => s.length >= 3 && key.length > s.length && key.startsWith(s)));

/**
 * Where in `full` the last word of `start` falls, when the words before it are full's first words one by one, or the
 * same letters written joined or apart (RAMKISHORE SON for RAM KISHORE SONI, LAXMI NARAYAN AG for LAXMINARAYAN …); -1 when not.
 */
function cutAt(full: Word[], start: Word[]): number {
	const before = start.slice(0, -1);
	if (before.length < full.length && before.every((word, i) => same(word, full[i]))) return before.length;
	const letters = before.map((w) => w.text).join('');
	let joined = '';
	for (let i = 0; i < full.length && joined.length <= letters.length; i++) {
		if (joined === letters) return i;
		joined += full[i].text;
	}
	return -1;
}

/** Whether `word` is the last written of the relative that ends `holder`'s record: not before a DEVI, nor a place (… PROP SITA DEVI is no SITARAM cut). */
const endsRecord = (word: Word, holder: Name) => holder.place === undefined && LAST_WORD.exec(holder.relative ?? '')?.[0].toUpperCase() === word.text;
const LAST_WORD = /[A-Za-z0-9]+(?=[^A-Za-z0-9]*$)/;

/**
 * The bank cut the whole record (`cut`) at its width, so the relative's name at its end may stop mid-word: … S/O
 * MUKHTIAR SI. `full` and `start`: the two relatives' words.
 */
function relativeCut(full: Word[], start: Word[], cut: Name): boolean {
	if ((cut.recordLength ?? 0) < FIELD_WIDTH || start.length === 0 || !endsRecord(start[start.length - 1], cut)) return false;
	const at = cutAt(full, start);
	if (at < 0) return false;
	const [last, there] = [start[start.length - 1], full[at]];
	const cutThere = startOf(last, there) || (at < full.length - 1 && same(last, there));
	// At least four letters are left: a lone letter proves nothing; nor does a whole name of its own (SANJAY SAH / SAHNI),
	// but where the holder's own name carries the whole word (NARAYANAN ENTERPRISES PROP K NARA: a firm named after him).
	return cutThere && (start.length > 1 || last.text.length >= 4) && (!isDistinctName(last.text) || cut.words.some((w) => w.text === there.text));
}

const isWholeName = (text: string) => isDistinctName(text) || GIVEN_NAMES.has(text) || GIVEN_NAME_ENDINGS.has(text);

/** What a joined BHAI may be cut to: letters the other name's reading set aside (KIRANBH for KIRANBHAI). */
const BHAI_CUT = /^BHA?$/;

/**
 * One relative's last word runs on past the other's whole name (… PROP AMAN KHANN for AMAN KHAN, … PROP SUMAN KUMARI
 * for SUMAN KUMAR, … S/O NASIR for NASIRUDDIN), where either ends a record of the bank's width: either the longer
 * names another (KHANNA, a woman), or the shorter is the longer cut at a width. Which side is the bank's decides, and
 * the matcher does not know it: at most PARTIAL, with what was seen.
 */
export function relativesRunOn({ wordsA, wordsB }: Relatives, a: Name, b: Name): string | undefined {
	const [x, y] = [runsOn(wordsA, wordsB, b, a), runsOn(wordsB, wordsA, a, b)];
	return x ? `relative cut or another: ${x[0]} / ${x[1]}` : y ? `relative cut or another: ${y[1]} / ${y[0]}` : undefined;
}

/** The whole name in `full` and the word of `long` that runs on past it, [KHAN, KHANN], either ending a record of the bank's width. */
function runsOn(full: Word[], long: Word[], holder: Name, fullHolder: Name): [string, string] | undefined {
	if (long.length === 0) return undefined;
	const at = cutAt(full, long);
	if (at < 0) return undefined;
	const [last, there] = [long[long.length - 1], full[at]];
	// Only a word that ends its relative and record (not … S/O RAMLOCHAN VILL BELSAR), where a cut may be.
	const atWidth = (word: Word, name: Name) => (name.recordLength ?? 0) >= FIELD_WIDTH && endsRecord(word, name);
	if (!atWidth(last, holder) && !atWidth(there, fullHolder)) return undefined;
	// Only past a whole name (KHAN, KUMAR, RAMESH; not RA, DEBEND: a cut itself), and not a spelling of it (KISHOR / KISHORE).
	// A doubled letter closing it is no spelling's (KHANN: KHANNA cut).
	const spelling = last.keys.some((key) => there.keys.includes(key)) && !/([^AEIOU])\1$/.test(last.text);
	if (last.text.length <= there.text.length || !last.text.startsWith(there.text) || !isWholeName(there.text) || spelling) return undefined;
	// Nor the next words written on (RAMESHKU for RAMESH KUMAR), nor a joined BHAI cut, nor the longer word the shorter
	// one's holder carries itself (NARAYANAN ENTERPRISES PROP K NARA: a firm named after him, cut).
	const rest = last.text.slice(there.text.length);
	const carried = fullHolder.words.some((w) => w.text === last.text);
	return full.slice(at).map((w) => w.text).join('').startsWith(last.text) || BHAI_CUT.test(rest) || carried ? undefined : [there.text, last.text];
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
