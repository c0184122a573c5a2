/**
 * How a relative is written after a holder's name (S/O, W/O …, PROP), where the name is split there
 * (`splitAtRelation`), and what the holder's name may share with that relative (read.ts adds these words to the name).
 */
import { isEnglish } from './englishWords';
import { GIVEN_NAMES } from './givenNames';
import type { Pair } from './pair';
import { personWords, wordsOf } from './textWords';
import type { Word } from './word';
import { COMMON_WORDS, GIVEN_NAME_ENDINGS, isBusinessWord, TITLES } from './words';

/**
 * S/O, D/O, W/O, H/O, C/O (son, daughter, wife, husband, care of; a bank may drop the slash: S O), U/G (under
 * guardian, F/G and M/G, father or mother guardian, THROUGH or THRU, FATHER, MOTHER or NG after it, or MINOR, THROUGH, BY or NATURAL GUARDIAN, or a GUARDIAN or REP BY after a MINOR: a minor's account; THRU or THR a POA, a POWER OF ATTORNEY or an LR, an attorney or a legal representative, also closing a record the bank cut) after a name, or PROP (proprietor, PROPRIETRESS too) or PARTNER(S) after a firm's: a relative's or owner's name follows.
 * Also a hospital's BABY OF (a newborn named by its mother: BABY OF PRIYA is no BABY PRIYA) and an HUF's KARTA (the
 * family's manager: RAJESH BANSAL HUF KARTA RAJESH is the HUF).
 */
export const RELATION = /[^A-Z](?:[SDWCH]\s*\/\s*O|WD\s*\/\s*O|[SDW] ?O(?= [A-Z]{2})|[UFM]\s*\/\s*G|UG(?= [A-Z]{2})|(?<=\bBABY )OF(?= [A-Z])|(?<=\bHUF\)? )KARTA(?= [A-Z]{2})|UNDER GUARDIAN(?:SHIP)?(?: OF)?|(?:(?:MINOR |THROUGH |THRU |(?:REP(?:RESENTED)? )?BY )(?:NATURAL )?|NATURAL |(?<=\bM(?:INO|N)R\b.*))(?:GUARDIAN|GDN)(?= [A-Z]{2})|(?<=\bM(?:INO|N)R\b.*)REP(?:RESENTED)? BY(?: (?:FATHER|MOTHER))?(?= [A-Z]{2})|(?:LEGAL )?HEIRS? OF|L\s*\/?\s*[HR] OF(?= [A-Z])|NOMINEE(?: OF)?|(?:SON|DAUGHTER|WIFE|WIDOW|HUSBAND|CARE) OF(?= [A-Z])|(?:BIN|BINT[IE]?|IBN|A\s*\/\s*L)(?= [A-Z])|(?:DHARA?M ?)?PATNI(?= [A-Z])|BEWA(?= (?!WD?\s*\/\s*O)[A-Z])|PUTR[AI](?= [A-Z])|(?:THROUGH|THRU|THR) (?:POA|L\.? ?R\.?|LEGAL REPRESENTATIVES?|POWER OF ATTORNEY(?: HOLDER)?)(?= [A-Z]{2}|\s*$)|(?:THROUGH|THRU)(?: (?:FATHER|MOTHER|NG))?(?= [A-Z]{2})|PROP(?:RIETOR|RIETRIX|RIETRESS)?(?=[\s.:-])|PARTNERS?(?=[\s.:-]))(?![A-Z])/;
/** What a relation, M/S or a proprietor needs, in one test: most names have none and skip reading them. */
const RELATION_HINT = /\/|MESSRS|PROP|PARTNER|BABY OF | (?:THROUGH|THRU|THR|KARTA|[SDW] ?O|UG|UNDER|GUARDIAN|GDN|REP(?:RESENTED)? BY|HEIRS?|L\/?[HR] OF|NOMINEE|(?:SON|DAUGHTER|WIFE|WIDOW|HUSBAND|CARE) OF|BIN|BINT[IE]?|IBN|(?:DHARA?M ?)?PATNI|BEWA|PUTR[AI]) /;
/** A relation written out (SON OF, WIFE OF; an Arab name's BIN, BINT and IBN: SALEH BIN OMER), as its short form. */
const KIN_IN_WORDS = new Map([
	['SONOF', 'S/O'],
	['CAREOF', 'C/O'],
	['BIN', 'S/O'],
	['A/L', 'S/O'], // a Malaysian Indian's anak lelaki, son of (SURESH A/L MUNIANDY); its A/P is an Indian address's AT POST as often
	['IBN', 'S/O'],
	['BINT', 'D/O'],
	['BINTI', 'D/O'],
	['BINTE', 'D/O'],
	['DAUGHTEROF', 'D/O'],
	['WIFEOF', 'W/O'],
	['WIDOWOF', 'W/O'],
	['HUSBANDOF', 'H/O'],
	['PATNI', 'W/O'], // Hindi: wife of (DHARMPATNI, DHARAMPATNI), and BEWA, widow of
	['DHARMPATNI', 'W/O'],
	['DHARAMPATNI', 'W/O'],
	['BEWA', 'W/O'],
	['PUTRA', 'S/O'], // Hindi: son of, daughter of
	['PUTRI', 'D/O'],
	['OF', 'B/O'], // BABY OF: the baby of the mother named after it
]);

/** A holder's kin: son, daughter, wife, husband of the relative named. */
export const KIN = ['S/O', 'D/O', 'W/O', 'H/O'];

/** Relations whose relative's words the holder's name does not carry: a firm's owner, an HUF's karta, a newborn's mother. */
export const NAMED_APART = new Set(['PROP', 'PARTNER', 'KARTA', 'B/O']);

/**
 * Words the holder's name may carry from the relative after S/O, W/O … (taken as optional: never counted missing):
 * the relative's family name (SHANTI DEVI W/O RAM NIWAS MEENA is SHANTI DEVI MEENA), unless a common word (KUMAR,
 * LAL) or an initial; a relative of one name as the holder's second (MANJULA W/O PRAKASH is MANJULA PRAKASH in
 * Karnataka); the relative's given name, which Marathi names carry in the middle (SULOCHANA DESAI W/O BHIMRAO DESAI
 * is SULOCHANA BHIMRAO DESAI); and its initial, as South Indian banks write the father's or husband's (KALA W/O
 * MANICKAM is KALA M), paired only with that letter.
 */
export function fromRelative(relative: string): Array<[string, NonNullable<Word['family']>]> {
	// Titles in front only: a last word may be a family name too (KARIYAPPA PUJARI).
	const all = wordsOf(relative);
	const front = all.findIndex((w, i) => !TITLES.has(w) || i === all.length - 1);
	const words = all.slice(Math.max(0, front));
	const last = words[words.length - 1];
	const given = words.find((w) => w.length >= 3);
	// SINGH is a family name too (RAJU S/O MOHAN SINGH is RAJU SINGH); KUMAR, LAL are not. A relative of one word is
	// the relative's whole name, a common word too (LAKSHMI W/O PRASAD), read as the holder's own words are (BHIMRAO
	// as BHIM RAO) so that it pairs with them.
	const named: Array<[string, NonNullable<Word['family']>]> =
		last?.length >= 3 && (!COMMON_WORDS.has(last) || last === 'SINGH' || words.length === 1) ? (words.length === 1 ? personWords(last, false, []).map((w): [string, 'whole'] => [w, 'whole']) : [[last, 'name']]) : [];
	// Every given name before the family name (IMRAN SHAIKH S/O ABDUL RAHIM SHAIKH is IMRAN ABDUL RAHIM SHAIKH).
	// A common last word is the given name's too (BHERU LAL is BHERULAL, the holder's middle name: RAMESH BHERULAL MEENA).
	const givens = words.length >= 2 ? words.slice(words.indexOf(given ?? ''), named.length > 0 ? -1 : undefined).filter((w) => w.length >= 3) : [];
	// Written as one by the holder too (RAJESH RAMCHANDRA PATIL / RAJESH PATIL S/O RAM CHANDRA PATIL; a relative of two
	// words, SHIV DAYAL, RAM KISHOR, is one given name when the second ends one or is one: not UMER CHAUSH).
	const two = givens.length === 2 ? givens : words.length === 2 && words[0].length >= 2 && (GIVEN_NAME_ENDINGS.has(words[1]) || GIVEN_NAMES.has(words[1])) ? words : [];
	const joined = two.length === 2 ? [two.join('')] : [];
	const givenWords = [...givens.flatMap((w) => personWords(w, false, [])), ...joined].map((w): [string, 'given'] => [w, 'given']);
	return given ? [...named, ...givenWords, [given[0], 'initial']] : named;
}

/** What stands before PROP when it is the proprietor (not PROPERTY: SAI PROP DEALERS): a bracket, a comma, a dash or a word, with its dot (a business word, below: KUMAR BROS. PROP). */
const BEFORE_PROPRIETOR = /(?:[(,-]\s*|\b([A-Z]+)\.?\s+)$/;
const MESSRS = /\bM\s*\/\s*S\b|\bMESSRS\b/g;

function isProprietor(before: string): boolean {
	const match = BEFORE_PROPRIETOR.exec(before);
	if (!match) return false;
	// Or a business word earlier in the firm's name (DUTTA MEDICAL HALL PROP SANJIB DUTTA: HALL is no business word alone).
	return match[1] === undefined || before.split(/[^A-Z]+/).some(isBusinessWord);
}

/** Words after PROP that read as a person's: a given name first, or words of no firm's and no English (KETKI VOR), but a last one the bank cut (PARAG MOD). */
function personAfter(words: string[]): boolean {
	const own = words.filter((w) => !TITLES.has(w));
	const firms = (w: string) => isEnglish(w) || isBusinessWord(w);
	return own.length > 0 && (GIVEN_NAMES.has(own[0]) || (own.length >= 2 && !own.slice(0, -1).some(firms)));
}

const LEADING_PROP = /^\s*PROP(?:RIETOR|RIETRIX|RIETRESS)?\b[.:\s-]*(?=[A-Z]{2})/;

/** A name split at its relation (S/O, W/O …, PROP): what is left of it, the relative's or proprietor's name, and how related. */
export interface Relation {
	/** The holder's name (a firm's, when the proprietor is written first), less M/S. */
	text: string;
	relative?: string;
	/** How the relative is related, as said: S/O, D/O, W/O, H/O, C/O, U/G, PROP, PARTNER, KARTA or B/O. */
	kin?: string;
	/** Whether M/S or MESSRS says it is a firm's name. */
	messrs: boolean;
}

/** `text` (upper case) split at its relation, if any; what is set aside (the relation as said, a MINOR) goes to `dropped`. */
export function splitAtRelation(text: string, dropped: string[]): Relation {
	let messrs = false;
	let relative: string | undefined;
	let kin: string | undefined;
	// S/0 typed with a zero is S/O; THROUGH ITS PROPRIETOR is its PROPRIETOR.
	if (text.includes('/0')) text = text.replace(/\b([SDWCH])\s*\/\s*0\b/g, '$1/O');
	// A hospital's B/O in front is BABY OF (B/O SUNITA DEVI = BABY OF SUNITA DEVI).
	if (text.includes('/')) text = text.replace(/^\s*B\s*\/\s*O\b\.?/, 'BABY OF');
	if (text.includes('THROUGH')) text = text.replace(/\bTHROUGH\s+(?:(?:ITS|HIS|HER)\s+)?(?=PROP|PARTNER)/g, '');
	// PROP opening a name says what the holder is, as a title would (PROP. NEELAM BANSAL W/O RAKESH BANSAL).
	if (text.includes('PROP')) text = text.replace(LEADING_PROP, () => (dropped.push('PROP'), ''));
	if (RELATION_HINT.test(text)) {
		const relation = RELATION.exec(text);
		const [before, after] = relation ? [text.slice(0, relation.index), text.slice(relation.index + relation[0].length)] : ['', ''];
		const proprietor = relation !== null && /PROP|PARTNER/.test(relation[0]);
		// What stands before PROP, with the bracket, comma or space that ends it.
		// The proprietor may be written first: SUNIL JADHAV PROP SHREE GANESH KIRANA is the firm, its proprietor Sunil.
		const [owner, firm] = [wordsOf(before), wordsOf(after)];
		// Or a given name after PROP, after a firm's English word that is no business word (CHAMUNDA KITCHENWARE PROP KETKI
		// VORA; not SAI PROP DEALERS, nor a person's name before: RAMKISHORE AHIRWAR PROP JAI HANUMAN BRICKS).
		const byFirm = relation !== null && (isProprietor(before + relation[0][0]) || (proprietor && owner.some(isEnglish) && personAfter(firm)));
		// Also in brackets: ANIL KUMAR (PROP ANIL TRADERS).
		// Or a firm's English word after a person's name of none (DINESH VERMA PROP SHREE GANESH PIPES).
		const firmAfter = proprietor && owner.length >= 2 && !owner.some(isBusinessWord) && firm.length >= 2 && (firm.some(isBusinessWord) || (!owner.some(isEnglish) && firm.some(isEnglish)));
		if (relation && /[A-Z]/.test(before) && (!proprietor || firmAfter || byFirm)) {
			// WD/O: widow of, as W/O.
			const said = relation[0].slice(1).replace(/\s/g, '').replace(/^WD/, 'W');
			const shown = KIN_IN_WORDS.get(said) ?? (/^[SDW]O$/.test(said) ? `${said[0]}/O` : /^(?:UG|UNDER|REP)|GUARDIAN$|GDN$|^[FM]\/G$|^(?:THROUGH|THRU)(?:FATHER|MOTHER|NG)?$/.test(said) ? 'U/G' : /^THR/.test(said) ? 'THRU' : said.replace(/OF$/, '').replace(/^(?:LEGAL)?HEIRS?$|^L\/?[HR]$/, 'HEIR OF'));
			dropped.push(/^(?:BIN|IBN|A\/L)/.test(said) ? said : shown); // as written: BIN, not S/O
			// A partner is not the firm: its account is the partnership's, not his (asProprietor, index.ts, is the proprietor's only).
			kin = shown.startsWith('PROP') ? 'PROP' : shown.startsWith('PARTNER') ? 'PARTNER' : shown;
			[text, relative] = firmAfter ? [after, before] : [before, after];
			// ROHAN KUMAR MINOR U/G …; and a child's BABY in front (BABY RIYA THROUGH MOTHER SUNITA), elsewhere a given name as often (BABY JOSEPH).
			if (kin === 'U/G') text = text.replace(/\bM(?:INO|N)R\b|^\s*BABY(?=\s+[A-Z]{2})/g, (word: string) => (dropped.push(word.trim()), ' '));
		}
		text = text.replace(MESSRS, () => {
			messrs = true;
			return ' ';
		});
	}
	return { text, relative, kin, messrs };
}

/**
 * Whether one relative's name of two words or more (`short`) is found only further on in the other's longer record
 * (`long`), whose own first word is a name that pairs with nothing: a place named after a man (… S/O NAHAR SINGH BURJ HARI
 * SINGH against … S/O HARI SINGH), another father. Not a house name first (GUNDLA LACHAIAH / LACHAIAH), nor a role's
 * words (LEGAL REP …).
 */
export function foundFurtherOn(short: Word[], long: Word[], pairs: Pair[]): boolean {
	const pairedWith = (word: Word) => pairs.find((p) => p.a.includes(word) || p.b.includes(word));
	if (short.length < 2 || short.length >= long.length || long[0].initial || isEnglish(long[0].text) || pairedWith(long[0])) return false;
	const pair = pairedWith(short[0]);
	return pair !== undefined && (pair.a.includes(short[0]) ? pair.b : pair.a).every((w) => long.indexOf(w) > 0);
}
