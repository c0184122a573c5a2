import type { Word } from './word';
import { FILLERS } from './words';

/**
 * A firm's name written as its letters (KEM = KING EDWARD MEMORIAL): which words of the other name the letters stand
 * for. Letters alone say less than words (CESC is two companies), so `judge.ts` holds such a pair at PARTIAL unless a
 * word of the name's own (a place, a name) says which.
 *
 * Adjacent free words whose first letters are `letters`, with an OF, AND or THE between them (ALL INDIA INSTITUTE OF
 * MEDICAL SCIENCES), an initial among them (RVCE = R V COLLEGE OF ENGINEERING), INDIA too (SBI = STATE BANK OF INDIA).
 */
export function lettersOf(letters: string, words: Word[], free: (w: Word) => boolean): Word[] | undefined {
	const fits = (w: Word, letter: string) => free(w) && (!w.legal || w.text === 'INDIA') && !w.optional && !FILLERS.has(w.text) && w.text[0] === letter;
	for (let start = 0; start < words.length; start++) {
		const run: Word[] = [];
		let at = 0;
		for (let i = start; i < words.length && at < letters.length; i++) {
			const w = words[i];
			if (fits(w, letters[at])) {
				run.push(w);
				at++;
			} else if (at > 0 && free(w) && FILLERS.has(w.text)) run.push(w);
			else break;
		}
		if (at === letters.length) return run;
	}
	return undefined;
}
