/**
 * Numbers in a name, written one way: a firm's TWENTY FIRST CENTURY is the
 * bank's 21ST CENTURY, a unit's II is 2 (not an initial), a ward's XVII or
 * SEVENTEEN is 17, HOSTEL NO. 2 is HOSTEL 2. (Single digits become words
 * later, in a business's name: 2 = TWO.)
 */

const TENS = ['TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
const UNITS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
const ORDINALS = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH'];
const NUMBER_WORDS = new RegExp(`\\b(${TENS.join('|')})(?:[\\s-]+(${[...UNITS, ...ORDINALS].join('|')}))?\\b`, 'g');
/** The Roman numbers one to nine, by their value (generations.ts writes a generation's digit so). */
export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
/** ELEVEN to NINETEEN, as a word alone (WARD TWELVE = WARD 12); not TEN, as often a word the bank cut (… TENT). */
const TEENS = ['ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
const TEEN_WORDS = new RegExp(`\\b(${TEENS.join('|')})\\b`, 'g');
const TEEN_HINT = /TEEN|ELEVEN|TWELVE/;
const DIGIT_LETTER = /\d[A-Z]/;
const LONG_ORDINAL = /\b(\d{2,})(?:ST|ND|RD|TH)\b/g;
/** Two numbers with a slash, an X or a star between them (24/7, 24 X 7, 24*7), never inside a longer number. */
const ROUND_THE_CLOCK = /(?<![\d/])(\d{1,3})\s*[/X*]\s*(\d{1,3})(?![\d/])/g;
/** NO. before a number, in digits or a word (WARD NO SEVEN = WARD 7). */
const NO_BEFORE_NUMBER = new RegExp(`\\bNO\\b\\.?\\s*(?=\\d|(?:${UNITS.join('|')})\\b)`, 'g');
/** A Roman number after the word that numbers something. */
const NUMBERED = /\b(UNIT|NO|PHASE|PH|PLANT|BLOCK|SECTOR|SEC|WARD|BRANCH|DIVISION|TYPE|TOWER|STAGE|CIRCLE|SHG|JLG)[.-]?\s*(X{0,2}(?:I{1,3}|IV|VI{0,3}|IX)|X{1,2}|\d+)\b/g;

/** The words NUMBERED needs, in one test without a replacer: most names have none. Keep it in step with NUMBERED. */
const NUMBERED_HINT = /UNIT|NO|PHASE| PH[\s.-]|PLANT|BLOCK|SEC|WARD|BRANCH|DIVISION|TYPE|TOWER|STAGE|CIRCLE|SHG|JLG/;
/**
 * A one-digit ordinal, in a digit or a word, before what it numbers: PEENYA 2ND STAGE is PEENYA II STAGE, KORAMANGALA
 * FIFTH BLOCK is … 5TH BLOCK (elsewhere 1ST, 2ND … are left as written).
 */
const ORDINAL_BEFORE = new RegExp(`\\b(?:([1-9])(?:ST|ND|RD|TH)|(${ORDINALS.join('|')}))\\s+(?=(?:STAGE|PHASE|BLOCK|SECTOR|CROSS|MAIN|FLOOR|BRANCH|UNIT|WARD)\\b)`, 'g');
const ORDINAL_HINT = /\d(?:ST|ND|RD|TH)|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH/;

/** `text` (upper case) with its numbers as digits. */
export function numbersAsDigits(text: string): string {
	if (text.includes('TY')) text = text.replace(NUMBER_WORDS, (_, tens: string, unit?: string) => numberOf(tens, unit));
	if (TEEN_HINT.test(text)) text = text.replace(TEEN_WORDS, (teen: string) => String(TEENS.indexOf(teen) + 11));
	if (text.includes('NUMBER')) text = text.replace(/\bNUMBER\b\.?/g, 'NO'); // WARD NUMBER 12 = WARD NO. 12
	// Marathi's and Hindi's KRAMANK (KR.) before a number is NO (BACHAT GAT KRAMANK 4 = BACHAT GAT KR 4 = … NO 4).
	if (text.includes('KR')) text = text.replace(/\bKR(?:AMANK)?\b\.?(?=\s*\d)/g, 'NO');
	// A number's leading zeros say nothing (WARD NO 05 = WARD NO 5).
	if (text.includes('0')) text = text.replace(/\b0+(?=\d)/g, '');
	// TEN before another word (TOP TEN FASHION = TOP 10 FASHION); closing a name it may be a word the bank cut (… TENT).
	if (text.includes('TEN')) text = text.replace(/\bTEN\b(?=\s+[A-Z0-9])/g, '10');
	// A share however written (100% PURE = 100 PERCENT PURE = 100 PER CENT PURE), and A TO Z (A2Z, A 2 Z, A-Z).
	if (text.includes('%') || text.includes('CENT')) text = text.replace(/(\d)\s*(?:%|PER\s*CENT\b)/g, '$1 PERCENT');
	if (text.includes('Z')) text = text.replace(/\bA\s*(?:2|TO|-)\s*Z\b/g, 'ATOZ');
	// A number of two digits or more is one with its ordinal's letters or without (21ST CENTURY = 21 CENTURY).
	if (DIGIT_LETTER.test(text)) text = text.replace(LONG_ORDINAL, '$1');
	if (ORDINAL_HINT.test(text)) text = text.replace(ORDINAL_BEFORE, (_, digit: string | undefined, word: string | undefined) => `${digit ?? ORDINALS.indexOf(word ?? '') + 1} `);
	// Round the clock however written: 24/7, 24 X 7 and 24X7 are one word (24X7 MEDICALS).
	if (text.includes('/') || text.includes('X') || text.includes('*')) text = text.replace(ROUND_THE_CLOCK, '$1X$2');
	// Also as UNIT-II or UNIT-2: a hyphen there parts a word from its number (it joins MOHI-UD-DIN).
	if (NUMBERED_HINT.test(text)) text = text.replace(NUMBERED, (_, what: string, number: string) => `${what} ${/\d/.test(number) ? number : romanValue(number)}`);
	return text.includes('NO') ? text.replace(NO_BEFORE_NUMBER, ' ') : text;
}

/** Digits a firm's name writes for words (DOOR 2 DOOR, FIT 4 LIFE). */
export const SPOKEN_DIGITS: ReadonlyArray<[string, string]> = [
	['2', 'TO'],
	['4', 'FOR'],
];
/** A firm's digit said in Hindi (TEEN BHAI = 3 BHAI, SAAT SAHELI = 7 SAHELI); not DAS, a family name (DAS BROTHERS). */
export const HINDI_DIGITS = new Map([
	['1', ['EK']],
	['2', ['DO']],
	['3', ['TEEN']],
	['4', ['CHAR', 'CHAAR']],
	['5', ['PANCH', 'PAANCH']],
	['6', ['CHHE', 'CHHAH']],
	['7', ['SAAT']],
	['8', ['AATH']],
	['9', ['NAU']],
]);

/** A digit, as written or as a word (ONE … NINE). */
const DIGITS = new Map<string, string>(UNITS.flatMap((unit, i): Array<[string, string]> => [[unit, String(i + 1)], [String(i + 1), String(i + 1)]]));

/** A digit and a letter after it are one word however written (4 G = 4G, THREE D = 3D, FOUR S = 4S); 15A is not 15. */
export function joinSpokenDigits(words: string[]): string[] {
	// Most names have no lone letter after a digit: their words as they are, after one look at each.
	let at = 0;
	while (++at < words.length && !(words[at].length === 1 && DIGITS.has(words[at - 1])));
	if (at >= words.length) return words;
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const digit = DIGITS.get(words[i]);
		const letter = words[i + 1];
		if (digit !== undefined && letter?.length === 1 && letter >= 'A' && letter <= 'Z') out.push(digit + words[++i]);
		else out.push(words[i]);
	}
	return out;
}

/** A Roman number, as a word (II = TWO), else undefined. */
const romanAsWord = (word: string): string | undefined => (ROMAN.indexOf(word) > 0 ? UNITS[ROMAN.indexOf(word) - 1] : undefined);

/**
 * A business's Roman numbers as words, in place (`texts`, and `written` for the closing one). Closing it after a word,
 * one numbers a unit (VAISHNAVI COLD STORAGE II): not an initial; an I, V, VI or X there, the record at the bank's
 * `width`, may be what is left of a word (… POLYMER I for INDUSTRIES, … SPORTS CLUB VI for VILLAGE). Inside it,
 * one of two letters or more after a word numbers a place (GREATER KAILASH II RWA).
 */
export function romansAsWords(texts: string[], written: string[], width: number): void {
	const last = texts.length - 1;
	const cutI = /^(?:I|V|VI|X)$/.test(texts[last]) && written.join(' ').length >= width;
	const unit = last > 0 && texts[last - 1].length > 1 && !cutI ? romanAsWord(texts[last]) : undefined;
	if (unit) texts[last] = written[written.length - 1] = unit;
	for (let i = 1; i < last; i++) {
		const number = texts[i].length > 1 && texts[i - 1].length > 1 ? romanAsWord(texts[i]) : undefined;
		if (number) texts[i] = number;
	}
}

/** A Roman number up to XXIX: its tens (X, XX), then its units (XIV = 14). */
const romanValue = (roman: string): number => 10 * (roman.length - roman.replace(/^X+/, '').length) + ROMAN.indexOf(roman.replace(/^X+/, ''));

/** TWENTY = 20, TWENTY FOUR = 24, TWENTY FIRST = 21ST. */
function numberOf(tens: string, unit?: string): string {
	const digit = unit === undefined ? 0 : (UNITS.includes(unit) ? UNITS.indexOf(unit) : ORDINALS.indexOf(unit)) + 1;
	const number = `${TENS.indexOf(tens) + 2}${digit}`;
	if (unit === undefined || UNITS.includes(unit)) return number;
	return number + (digit === 1 ? 'ST' : digit === 2 ? 'ND' : digit === 3 ? 'RD' : 'TH');
}
