/**
 * A firm's coined word: a name, a place or a word with an English ending written onto it (AKSHAYMAX, MEDICARE,
 * AGROTECH, LENSKART, NIRMALMART). The spelling rules read Indian names, and would read two such words as one
 * (MEDICARE / MEDICORE, LALITMAX / LALITAMAX): the ending is the word's English and must be the same, and the start
 * must not be another name or English word (a closing A added or changed makes a woman's name of a man's, another name
 * or another town: NIRMAL / NIRMALA, SONA / SONI, PATNA / PATAN; WONDERLAND / WANDERLAND). Nor are two English words
 * after one English beginning one (INDOGULF / INDOGOLF).
 */
import { areDistinctNames } from './distinctNames';
import { englishNotAName, isEnglish, twoEnglishWords } from './englishWords';
import { GIVEN_NAMES } from './givenNames';
import { BUSINESS_FORMS, FIRM_WORDS } from './words';

/** Endings a firm writes onto a name or a word, longest first (LABS before LAB). */
const ENDINGS = ['BRIDGE', 'WORLD', 'FRESH', 'SPARK', 'SMART', 'VISTA', 'TRACK', 'CREST', 'POINT', 'CARE', 'CURE', 'CORE', 'PURE', 'PORE', 'MART', 'SOFT', 'PLUS', 'TECH', 'LINE', 'LANE', 'ZONE', 'KART', 'CART', 'CHEM', 'LABS', 'LAND', 'CITY', 'STAR', 'WAYS', 'LIFE', 'HOME', 'EDGE', 'GLOW', 'NOVA', 'AUTO', 'AGRO', 'MAX', 'MIX', 'TEK', 'LAB'];

/** TEK is a brand's TECH (CYBERTEK, INFOTEK). */
const TECH = (ending: string) => (ending === 'TEK' ? 'TECH' : ending);

/** The start and the ending of a coined word, the start three letters or more; undefined for any other word. */
function coinedParts(word: string): [string, string] | undefined {
	const ending = ENDINGS.find((end) => word.length >= end.length + 3 && word.endsWith(end));
	return ending === undefined ? undefined : [word.slice(0, -ending.length), ending];
}

/**
 * A name of three letters or more and a firm's word written onto it (ANKITMEDICOS, VIJAYTRAVELS): the name and the firm's
 * word, the longest that fits; in a firm's name only (a person's RAMNIWAS is RAMANIWAS), or before a firm's short form
 * with no vowel that no name ends in (VIMALTRDG). Not a firm's word as a whole (PATSANSTHA).
 */
function nameAndFirmWord(word: string, firm: boolean): [string, string] | undefined {
	if (FIRM_WORDS.has(word)) return undefined;
	for (let at = 3; at <= word.length - 4; at++) {
		const ending = word.slice(at);
		if (firm ? FIRM_WORDS.has(ending) : BUSINESS_FORMS.has(ending) && !/[AEIOU]/.test(ending)) return [word.slice(0, at), ending];
	}
	return undefined;
}

/** English beginnings a firm writes onto a word (INDOGULF, EUROTECH), longest first. */
const BEGINNINGS = ['ELECTRO', 'TECHNO', 'PHARMA', 'MICRO', 'MULTI', 'SUPER', 'ULTRA', 'HYDRO', 'INTER', 'TRANS', 'AGRO', 'AQUA', 'DURA', 'EURO', 'INDO', 'INFO', 'MEDI', 'MEGA', 'NANO', 'OMNI', 'POLY', 'BIO', 'ECO', 'NEO'];

/** The longest English word of four letters or more, no given name, that both words start with, if any. */
function englishStart(x: string, y: string): string | undefined {
	let same = 0;
	while (same < x.length && x[same] === y[same]) same++;
	for (let at = same; at >= 4; at--) if (englishNotAName(x.slice(0, at))) return x.slice(0, at);
	return undefined;
}

/** Two coined words the spelling rules bring together that are two firms' (MEDICARE / MEDICORE, LALITMAX / LALITAMAX). */
export function coinedApart(x: string, y: string, firm: boolean): boolean {
	// One beginning before two English words (INDOGULF / INDOGOLF); in a firm's name, an English word's of four letters
	// or more too (GOODLUCK / GOODLOCK, FASTTRACK / FASTTRUCK; a person's HIREMATH is no HIRE MATH, SHAMSHAD no SHAM SHAD).
	const beginning = BEGINNINGS.find((start) => x.startsWith(start) && y.startsWith(start)) ?? (firm ? englishStart(x, y) : undefined);
	const [rest, otherRest] = beginning === undefined ? ['', ''] : [x.slice(beginning.length), y.slice(beginning.length)];
	if (Math.min(rest.length, otherRest.length) >= 3 && twoEnglishWords(rest, otherRest)) return true;
	const [one, other] = [coinedParts(x), coinedParts(y)];
	if (one === undefined || other === undefined) return namesApart(nameAndFirmWord(x, firm), nameAndFirmWord(y, firm)) || (firm ? givenNameApart(x, y) || givenNameApart(y, x) : petNamesApart(x, y));
	const [[start, ending], [otherStart, otherEnding]] = [one, other];
	return TECH(ending) !== TECH(otherEnding) || areDistinctNames(start, otherStart) || closingsApart(start, otherStart) || twoEnglishWords(start, otherStart);
}

/**
 * Two names whose closing letters make two names: one with a closing A the other lacks or changes (ANKIT / ANKITA, SONA /
 * SONI), or a boy's pet name closing in U or O and a girl's in I or E (SONU / SONI, BABLU / BABLI, GUDDU / GUDDI).
 */
function closingsApart(x: string, y: string): boolean {
	return x.endsWith('A') !== y.endsWith('A') || boyAndGirl(x, y);
}

/**
 * A boy's and a girl's pet name written onto one firm's word, in a name not read as a firm's for want of a word apart
 * (BABLUMOBILES / BABLIMOBILES, GUDDUELECTRICALS / GUDDIELECTRICALS).
 */
function petNamesApart(x: string, y: string): boolean {
	const [one, other] = [nameAndFirmWord(x, true), nameAndFirmWord(y, true)];
	return one !== undefined && other !== undefined && one[1] === other[1] && boyAndGirl(one[0], other[0]);
}

/** A boy's pet name closing in U or O and a girl's in I or E, either way round (SONU / SONI). */
const boyAndGirl = (x: string, y: string) => hisAndHers(x, y) || hisAndHers(y, x);
const hisAndHers = (his: string, hers: string) => his.length === hers.length && his.length >= 3 && /[UO]$/.test(his) && /[IE]$/.test(hers) && his.slice(0, -1) === hers.slice(0, -1);

/**
 * In a firm's name, two names written onto one firm's word, a closing A apart or two names (ANKIT / ANKITA MEDICOS, SHIVA /
 * SHIVAM MOTORS). Before a firm's word that starts with a vowel a closing A runs into it (BALIKASHRAM is BALIKA ASHRAM):
 * there only a given name and its closing A (NIKHILAGENCIES is NIKHIL's, and may be NIKHILA's: not surely one firm).
 */
function namesApart(one: [string, string] | undefined, other: [string, string] | undefined): boolean {
	if (one === undefined || other === undefined || one[1] !== other[1]) return false;
	const closingA = one[0].endsWith('A') !== other[0].endsWith('A');
	if ('AEIOU'.includes(one[1][0])) return (closingA && (GIVEN_NAMES.has(one[0]) || GIVEN_NAMES.has(other[0]))) || boyAndGirl(one[0], other[0]);
	return closingsApart(one[0], other[0]) || areDistinctNames(one[0], other[0]);
}

/**
 * A given name's closing A run into a firm's word that starts with a vowel, as one word (JAYAGENCIES for the words JAYA
 * AGENCIES): the same firm, or a JAY's. coinedApart keeps them apart; joined.ts pairs them as a person looks (PARTIAL).
 */
export function closingARunInto(word: string, words: string): boolean {
	const [joined, apart] = [nameAndFirmWord(word, true), nameAndFirmWord(words, true)];
	return joined !== undefined && apart !== undefined && joined[1] === apart[1] && 'AEIOU'.includes(apart[1][0]) && `${joined[0]}A` === apart[0];
}

/**
 * In a firm's name, a given name with an English word written onto it (NIKHILGOLD, ANKITJOY, PREMLIGHT) against the same
 * word after the name with a closing A (NIKHILAGOLD, ANKITAJOY: a woman's name of a man's): two firms. So with another
 * given name that starts with a vowel (ARPITANKIT is ARPIT's and ANKIT's, or ARPITA's with one A: not surely
 * ARPITAANKIT's); before one that starts otherwise the A is the name's own as often (RAMKRISHNA = RAMAKRISHNA).
 */
function givenNameApart(word: string, other: string): boolean {
	for (let at = 3; at <= word.length - 3; at++) {
		const [name, ending] = [word.slice(0, at), word.slice(at)];
		if (GIVEN_NAMES.has(name) && other === `${name}A${ending}` && (isEnglish(ending) || ('AEIOU'.includes(ending[0]) && GIVEN_NAMES.has(ending)))) return true;
	}
	return false;
}

