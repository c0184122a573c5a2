/** Which words of the other name an initial, or a run of initials, may stand for (pair.ts). */
import type { Name } from './read';
import { keysOf, type Word } from './word';
import { SHORT_FORMS } from './words';

/** Whether a short form written as letters (BK) stands for the word (BISHWAKARMA, or a spelling of it). */
export function letteredFor(letters: string, whole: Word): boolean {
	return (SHORT_FORMS.get(letters) ?? []).some((full) => keysOf(full).some((key) => whole.keys.includes(key)));
}

/** Whether a word may be written as this initial (its first letter, or a spelling's). */
export function startsWith(word: Word, letter: string): boolean {
	// Telugu writes a first E as YE: E SRINIVAS = YERRAMSETTI SRINIVAS (not the other way: Y SHARMA is no EKTA SHARMA).
	const telugu = letter === 'E' && word.text.startsWith('YE');
	return telugu || word.text.startsWith(letter) || word.keys.some((key) => key.startsWith(letter));
}

/** Of the words an initial may stand for, the one at the nearest place in its name (front, middle, end). */
export function closest(initial: Word, own: Name, other: Name, candidates: Word[]): Word | undefined {
	const place = (word: Word, name: Name) => word.index / Math.max(1, name.words.length - 1);
	const distance = (word: Word) => Math.abs(place(word, other) - place(initial, own));
	let best: Word | undefined;
	for (const word of candidates) if (!best || distance(word) < distance(best)) best = word;
	return best;
}

/**
 * Of the other name's tails of one text (SINH, KUMAR), the one written onto the same name as `tail` (DHARMENDRASINH
 * BHUPENDRASINH / CHUDASAMA DHARMENDRASINH BHUPENDRAS: the SINH of DHARMENDRA), whatever the order of the names.
 */
export const onSameName = (tail: Word, own: Name, other: Name, candidates: Word[]) =>
	tail.tail && tail.index > 0 ? candidates.find((w) => w.tail && w.index > 0 && other.words[w.index - 1].text === own.words[tail.index - 1].text) : undefined;

/**
 * Adjacent free words of the other name whose first letters are `word`'s
 * letters in order (RK = RAVI KUMAR). `endBefore`: the index the run must end
 * just before (a title read as initials, MS DHONI, stands right before the name).
 */
export function initialsRun(word: Word, words: Word[], free: (w: Word) => boolean, endBefore?: number): Word[] | undefined {
	const letters = [...word.text];
	for (let start = 0; start + letters.length <= words.length; start++) {
		const run = words.slice(start, start + letters.length);
		const fits = run.every((w, i) => free(w) && !w.initial && !w.legal && !w.optional && startsWith(w, letters[i]));
		if (fits && (endBefore === undefined || start + letters.length === endBefore)) return run;
	}
	return undefined;
}
