/** A name's text as words: what letters, digits and punctuation make, what is written onto a person's word (BHAI, KUMAR), a doctor's degrees. */
import { GIVEN_NAMES } from './givenNames';
import { keysOf, type Word } from './word';
import { ADDRESS_WORDS, JOINED_ENDINGS } from './words';

const LETTER_RUNS = ['LLP', 'HUF'];
const IZAFAT = /^-([EI]|AL)-[A-Z]{3}/;
/** NISA and its spellings, closing a name joined (MEHRUNNISA, KHAIRUNNESSA). */
const NISA = /^N?N[IE]S{1,2}A(?![A-Z])/;
const RUN_STARTS = new Set(LETTER_RUNS.map((form) => form[0]));

/**
 * The words of an upper-case name, in one pass: letters and digits make
 * words, `&` is the word AND, an apostrophe joins (D'SOUZA = DSOUZA), a
 * hyphen joins a part of one or two letters (MOHI-UD-DIN, ZIAUR for ZIA-UR-REHMAN) but an izafat or AL, and
 * anything else separates (SHARMA-KAPOOR is two names).
 */
export function wordsOf(text: string): string[] {
	const words: string[] = [];
	let word = '';
	// Where the run of letters and digits being read began (-1: none): taken in one slice, not a letter at a time.
	let from = -1;
	let part = 0;
	let digits = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
			if (from < 0) from = i;
			if (code <= 57) digits = true;
			part++;
			continue;
		}
		if (from >= 0) {
			word += text.slice(from, i);
			from = -1;
		}
		if (code === 39 || code === 96 || code === 0x2018 || code === 0x2019) continue;
		// A hyphen inside a word joins a short part to it: CO-OPERATIVE = COOPERATIVE (not CO, COMPANY), MOHI-UD-DIN =
		// MOHIUDDIN; between two longer parts it parts two names (SHARMA-KAPOOR, a double surname).
		else if (code === 45 && word !== '' && isLetter(text, i + 1)) {
			// Urdu's izafat between two words, -E- or -I- (MADRASA-E-FAIZ-E-AAM, ANJUMAN-I-ISLAM), and Arabic's article
			// (ABDULLAH-AL-MAMUN): a word of its own, as banks write it (MADRASA E FAIZ E AAM, ABDULLAH AL MAMUN).
			const izafat = part >= 3 ? IZAFAT.exec(text.slice(i, i + 7)) : null;
			if (izafat) {
				words.push(word, izafat[1]);
				word = '';
				part = 0;
				i += izafat[1].length + 1;
				continue;
			}
			// A part of two letters joined onto a name before a name of its own (ZIA-UR-REHMAN, SAIF-UL-ISLAM): ZIAUR REHMAN, as
			// banks write it; a closing DIN, LAH or NISA stays joined (MOHI-UD-DIN, ABD-UL-LAH, MEHR-UN-NISA).
			// No closure here: one that held the loop's `i` would make every letter's step allocate (a context per iteration).
			const nextLong = isLetter(text, i + 2) && isLetter(text, i + 3);
			if (nextLong && (part >= 3 || (part === 2 && word.length > part && isLetter(text, i + 4) && !NISA.test(text.slice(i + 1, i + 7))))) {
				words.push(word);
				word = '';
			}
			part = 0;
		} else {
			part = 0;
			if (word !== '') words.push(word);
			word = '';
			if (code === 38) words.push('AND');
		}
	}
	if (from >= 0) word += text.slice(from);
	if (word !== '') words.push(word);
	// Letters and one digit (A1 TAILORS): the letters, then the digit (A ONE TAILORS).
	return digits && words.some((w) => /^[A-Z]+\d$/.test(w)) ? words.flatMap((w) => (/^[A-Z]+\d$/.test(w) ? [w.slice(0, -1), w.slice(-1)] : [w])) : words;
}

/** Whether the character at `i` is a letter A-Z (none past the end). */
function isLetter(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code >= 65 && code <= 90;
}

/** L L P → LLP, H U F → HUF: a legal form spelled letter by letter. */
export function joinLetterRuns(words: string[]): string[] {
	// Most names have no lone letter that starts such a form: their words as they are.
	if (!words.some((w) => w.length === 1 && RUN_STARTS.has(w))) return words;
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const run = words[i].length === 1 ? LETTER_RUNS.find((form) => words.slice(i, i + form.length).join('') === form) : undefined;
		out.push(run ?? words[i]);
		if (run) i += run.length - 1;
	}
	return out;
}

// And a pharmacist's, a veterinarian's and a physiotherapist's (B.PHARM, BVSC & AH, BPT); a civil servant's service
// (PRAKASH RAO IAS (RETD)), an officer's medal (VSM, AVSM, PVSM) and an advocate's ADV closing a name too.
const OTHER_DEGREES = String.raw`[BDM]\.?\s?PHARMA?|[BM]VSC(?:\s*(?:&|AND)\s*A\.?\s?H)?|[BM]PT|IAS|IPS|[AP]?VSM|ADV|ADVOCATE`;
const DEGREES = new RegExp(String.raw`(?:[\s,.]+(?:MBBS|BAMS|BHMS|BUMS|BDS|MDS|DNB|FRCS|MRCP|MCH|PHD|DGO|DCH|MD|MS|DM|${OTHER_DEGREES})\b\.?(?:\s*\([A-Z .]+\))?)+[\s.]*$`);
const SURE_DEGREE = new RegExp(String.raw`\b(?:MBBS|BAMS|BHMS|BUMS|BDS|MDS|DNB|FRCS|MRCP|MCH|PHD|DGO|DCH|${OTHER_DEGREES})\b`);

/**
 * A doctor's degrees closing a name, and a speciality in brackets after them (DR ALOK MISHRA MBBS, MD (MED)), set
 * aside into `dropped`: what the holder studied, not who. MD and MS (also MOHAMMAD, and initials) only after DR or
 * beside another degree; never the whole name.
 */
export function withoutDegrees(text: string, dropped: string[]): string {
	const degrees = DEGREES.exec(text);
	if (!degrees || !(/^\s*DR\b/.test(text) || SURE_DEGREE.test(degrees[0])) || wordsOf(text.slice(0, degrees.index)).length < 2) return text;
	dropped.push(wordsOf(degrees[0]).join(' '));
	return text.slice(0, degrees.index);
}

/**
 * One word of a person's name as the words it stands for: a Gujarati form of
 * address is set aside (JIGNESHBHAI → JIGNESH, a lone BEN after a name), and
 * a common word written joined onto a name is split off (NITINKUMAR → NITIN KUMAR).
 */
const LONG_ONLY = ['DEVI', 'DEBI', 'DEI', 'BANU', 'BANO', 'BANOO', 'MIYA', 'MIYAN'];
const ADDRESSES = new Set(ADDRESS_WORDS);
/** One test for every ending below: most words end in none. */
const ENDS_ADDRESSED = new RegExp(`(?:${ADDRESS_WORDS.join('|')})$`);
const ENDS_JOINED = new RegExp(`(?:${JOINED_ENDINGS.join('|')})$`);

export function personWords(word: string, afterFirst: boolean, dropped: string[]): string[] {
	// A Rajput's JI after SINH is a mark of respect: PRAVINSINHJI = PRAVINSINH.
	if (word.length >= 9 && word.endsWith('SINHJI')) word = word.slice(0, -2);
	// A Parsi BHOY is BHAI, as a given name's and a family name's (DADABHOY = DADABHAI, JEJEEBHOY = JIJIBHAI).
	if (word.length >= 7 && word.endsWith('BHOY')) word = `${word.slice(0, -4)}BHAI`;
	// A Tamil or Malayali woman's AMMA as a word of its own is her AMMAL (LAKSHMI AMMA); joined, it is her name's (LAKSHMAMMA).
	// Not a MIYAN of its own: MIAN is a family name too (ALTAF AHMED MIAN), and MIYAN its spelling.
	if (afterFirst && ((ADDRESSES.has(word) && word !== 'MIYAN') || word === 'AMMA')) {
		dropped.push(word);
		return [];
	}
	// Not AMMAL after an A: GNANAMMAL is GNANAMMA (spelling.ts), not GNAN (LAKSHMIAMMAL is LAKSHMI); DEVI and DEBI only after four letters,
	// BANU and BANO after five: LAKSHMIDEVI is LAKSHMI DEVI, RAMADEVI RAMA DEVI and NAZIRABANU NAZIRA BANU, but SRIDEVI, SREEDEVI,
	// UMADEVI and SHAHBANU are names of their own.
	// Nor after its own first letter: LABBAI is one name, not LAB BAI (but YAKUBBHAI is YAKUB BHAI, GULABBAI is GULAB BAI); nor MUMBAI's (BRIHANMUMBAI in a firm's name the
	// bank cut before its business word), nor REUBEN's.
	const address = ENDS_ADDRESSED.test(word) && ADDRESS_WORDS.find(
		(ending) =>
			endsJoined(word, ending) && (ending !== 'AMMAL' || /[EIOU]AMMAL$/.test(word)) && (!LONG_ONLY.includes(ending) || word.length >= minimumLength(word, ending) || (ending.startsWith('MIYA') && GIVEN_NAMES.has(word.slice(0, -ending.length)))) && (word.at(-ending.length - 1) !== ending[0] || ending === 'BHAI' || ending.startsWith('MIYA') || GIVEN_NAMES.has(word.slice(0, -ending.length))) && !word.endsWith('MUMBAI') && word !== 'REUBEN',
	);
	if (address) {
		dropped.push(address);
		const rest = word.slice(0, -address.length);
		return personWords(address === 'BHAI' ? withLetterOnce(rest, address) : rest, afterFirst, dropped);
	}
	// APPA only after a name of five letters or more (MAHADEVAPPA = MAHADEV; BASAPPA is one name).
	// KR only after a consonant (PARESHKR = PARESH KUMAR): after a vowel it is a bank's cut (RAMAKR for RAMAKRISHNAN).
	const ending = ENDS_JOINED.test(word) && JOINED_ENDINGS.find((end) => endsJoined(word, end) && (end !== 'APPA' || word.length >= 9) && (end !== 'KR' || /[^AEIOU]KR$/.test(word)));
	if (!ending) return [word];
	const rest = word.slice(0, -ending.length);
	// Not after a short name in A: BABARAO is BABA RAO, no BABAR.
	return [ending === 'RAO' && rest.length >= 5 ? withLetterOnce(rest, ending) : rest, ending];
}

/**
 * A name closing in the letter a joined BHAI or RAO opens with, written once, not twice (YAKUBHAI is YAKUB BHAI, AYUBHAI
 * AYUB BHAI, SHANKARAO SHANKAR RAO): the name with its letter, when that is a given name and what is left is not.
 */
const withLetterOnce = (rest: string, ending: string) => (!GIVEN_NAMES.has(rest) && GIVEN_NAMES.has(rest + ending[0]) ? rest + ending[0] : rest);

/**
 * A Gujarati name's joined BHAI that the bank cut at its width (… GHANSHYAMBHA, … HASMUKHBH): the name with its BHAI,
 * when what stands before the cut is a given name (SAURABH, VAIBH and SHOBHA are not). Only for a record's last word.
 */
export function bhaiCut(word: string): string {
	if (!word.endsWith('BH') && !word.endsWith('BHA')) return word;
	const name = word.slice(0, word.endsWith('BH') ? -2 : -3);
	return name.length >= 3 && GIVEN_NAMES.has(name) ? `${name}BHAI` : word;
}

/** Whether `text` is `name` (or a spelling of it) with the first letters of `said` after it: PARSHOTTAMBHA of PARSOTTAM BHAI. */
export function addressCutOff(text: string, said: string, name: Word): boolean {
	for (let kept = said.length - 1; kept >= 1; kept--) {
		if (!text.endsWith(said.slice(0, kept))) continue;
		const stem = text.slice(0, -kept);
		if (stem.length >= 3 && (stem === name.text || keysOf(stem).some((key) => name.keys.includes(key)))) return true;
	}
	return false;
}

/** How long a word must be for a DEVI, BANU or MIYA to be split off it: never off a SRIDEVI or SHREEDEVI, a name of its own. */
function minimumLength(word: string, ending: string): number {
	if (!ending.startsWith('DE') || ending.length !== 4) return 9;
	return /^S?H?R[IE]+DE/.test(word) ? Infinity : 8;
}

/** Whether `word` is a name of three letters or more with `ending` written onto it. */
function endsJoined(word: string, ending: string): boolean {
	return word.length >= ending.length + 3 && word.endsWith(ending) && /[AEIOU]/.test(word.slice(0, -ending.length));
}
