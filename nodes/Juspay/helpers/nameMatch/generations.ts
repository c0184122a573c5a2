/**
 * A generation closing a person's name (JR, SR, II, III): words that tell a father from his son (order.ts, initials.ts,
 * read.ts), and the other ways it is written, read as its Roman number (CAJETAN FERNANDES 3RD, NAVEEN REDDY 2,
 * BALWANT SINGH-II, ABRAHAM THOMAS (3)).
 */
import { ROMAN } from './numbers';
import { ORGANISATION_WORDS } from './organisations';
import { wordsOf } from './textWords';
import { isBusinessWord } from './words';

/** Words that tell a father from his son: never a note. */
export const GENERATIONS = new Set(['JR', 'JUNIOR', 'SR', 'SENIOR', 'II', 'III']);
/** A generation closing a person's name as a digit (… REDDY 2, … THOMAS (3)) or joined by a hyphen (… SINGH-II, … TIRKEY-2). */
const GENERATION_AS_DIGIT = /(?<=[A-Z]{2})(?:\s+\(?\s*([234])\s*\)?|\s*-\s*([234]|III|II|IV|I))\s*$/;

/** `text`'s last character before any spaces or dots. */
function lastLetter(text: string): string {
	let i = text.length - 1;
	while (i >= 0 && (text[i] === ' ' || text[i] === '.')) i--;
	return i >= 0 ? text[i] : '';
}

/** How a generation may end a name (2, 3, 4, I, V, a bracket). */
const GENERATION_ENDS = ['2', '3', '4', 'I', 'V', ')'];

/** `text` with its closing generation as II, III or IV, where the words before are a person's: no other number, nor what a number counts (GALI NO 3, KENDRA 2). */
function generationAsRoman(text: string): string {
	const match = GENERATION_AS_DIGIT.exec(text) as RegExpExecArray;
	const before = wordsOf(text.slice(0, match.index));
	if (/\d/.test(text.slice(0, match.index)) || before.length < 2 || before.some((w) => isBusinessWord(w) || ORGANISATION_WORDS.has(w) || NUMBERED_WORDS.has(w))) return text;
	const number = match[1] ?? match[2];
	return `${text.slice(0, match.index)} ${/\d/.test(number) ? ROMAN[Number(number)] : number}`;
}

const NUMBERED_WORDS = new Set(['NO', 'WARD', 'GALI', 'SECTOR', 'BLOCK', 'PHASE', 'UNIT', 'GROUP', 'SHG', 'STAGE', 'PLOT', 'HOUSE', 'LANE', 'ROAD', 'STREET']);

/**
 * `text` (upper case) with a generation closing it as an ordinal (… 3RD, or THIRD; not SECOND, a cut of SECONDARY), a
 * digit or after a hyphen written as its Roman number. Each needs a name closing in D or H (2ND, 3RD, THIRD, 4TH), or
 * in a digit, an I, a V or a bracket: one look at the last letter first, as most names have none.
 */
export function generationsAsRoman(text: string): string {
	const end = lastLetter(text);
	if ((end === 'D' || end === 'H') && /(?:\d(?:ND|RD|TH)|THIRD)\.?\s*$/.test(text)) return text.replace(/\s2ND\.?\s*$/, ' II').replace(/\s(?:3RD|THIRD)\.?\s*$/, ' III').replace(/\s4TH\.?\s*$/, ' IV');
	return GENERATION_ENDS.includes(end) && GENERATION_AS_DIGIT.test(text) ? generationAsRoman(text) : text;
}
