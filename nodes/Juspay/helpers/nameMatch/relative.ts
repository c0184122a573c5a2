/**
 * What a holder's name may share with the relative named after S/O, W/O … (read.ts adds these words to the name).
 */
import { GIVEN_NAMES } from './givenNames';
import { personWords, wordsOf } from './textWords';
import type { Word } from './word';
import { COMMON_WORDS, GIVEN_NAME_ENDINGS, TITLES } from './words';

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
