/** Which words of the other name an initial, or a run of initials, may stand for (pair.ts). */
import { GIVEN_NAMES } from './givenNames';
import type { Free, Pair, Put } from './pair';
import { GENERATIONS } from './generations';
import type { Name } from './read';
import { keysOf, type Word } from './word';
import { BUSINESS_WORDS, LETTERED_SHORT_FORMS, SHORT_FORMS } from './words';

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

/** The initials of `x` (R, RK, a title read as letters: MS DHONI, Manipuri TH.), paired with the words of `y` they stand for (pair.ts). */
export function byInitials(x: Name, y: Name, put: Put, free: Free, pairs: Pair[]): void {
	for (const word of x.words.filter((w) => free(w) && w.initial && !w.optional)) {
		if (!free(word)) continue; // taken with the initial before it (R. K. = RAMKUMAR)
		// Never a firm's word (GANESH S is not SRI GANESH SILKS), nor a generation (RAM SINGH I is not RAM SINGH II).
		const whole = closest(word, x, y, y.words.filter((w) => free(w) && !w.initial && !w.legal && !w.tail && !BUSINESS_WORDS.has(w.text) && !GENERATIONS.has(w.text) && startsWith(w, word.text)));
		const tail = whole && y.words[whole.index + 1];
		if (!whole) continue;
		const next = x.words[word.index + 1];
		const nextFree = next !== undefined && next.initial && !next.optional && free(next);
		if (!tail?.tail || !free(tail)) {
			// Two initials that Nepal writes for one name (B. K. = BISHWAKARMA): both stand for it.
			const lettered = nextFree && LETTERED_SHORT_FORMS.has(word.text + next.text) && letteredFor(word.text + next.text, whole);
			put(lettered ? [word, next] : [word], [whole], lettered ? 'short form' : 'initial');
			continue;
		}
		// The next initial may be the tail's (R. K. = RAMKUMAR, read as RAM KUMAR): both stand for the joined name, unless
		// another word may be its (B. R. KAMBLE is RAHUL BHIMRAO KAMBLE: B for the father's BHIMRAO, R for RAHUL).
		const anotherFor = (letter: string) => y.words.some((w) => w !== tail && free(w) && !w.initial && !w.optional && startsWith(w, letter));
		put(nextFree && startsWith(tail, next.text) && !anotherFor(next.text) ? [word, next] : [word], [whole, tail], 'initial');
	}
	for (const word of x.words.filter((w) => free(w) && w.letters)) {
		// A title read as initials must stand right before the name (MS DHONI), never for words elsewhere.
		// A person's initials (given names and initials only) never stand for a firm's word: MURUGAN S is not MURUGAN
		// STORES. A place's or a cut firm's may (GP KHEDLI, … RICE T for TRADERS).
		const persons = x.words.every((w) => w.optional || w.initial || w.letters || GIVEN_NAMES.has(w.text));
		const fits = persons ? (w: Word) => free(w) && !BUSINESS_WORDS.has(w.text) : free;
		const run = initialsRun(word, y.words, fits, word.optional ? frontOf(x, y, pairs) ?? -1 : undefined);
		if (run) put([word], run, 'initial');
	}
	// A two-letter initial of one word (Manipuri TH. = THOKCHOM, NG. = NINGTHOUJAM; Telugu CH. = a house name); SH. is Shri.
	for (const word of x.words.filter((w) => free(w) && w.letters && /^(?:[BCDGKPT]H|NG)$/.test(w.text))) {
		const stands = (w: Word) => w.text.startsWith(word.text) || (word.text === 'NG' && /^N[AEIOU]NG/.test(w.text));
		const whole = closest(word, x, y, y.words.filter((w) => free(w) && w.full && !w.legal && !w.optional && stands(w)));
		if (whole) put([word], [whole], 'initial');
	}
}

/** Where the other name's words paired with this name's first word begin (undefined if not paired yet). */
function frontOf(own: Name, other: Name, pairs: Pair[]): number | undefined {
	const first = own.words.find((w) => !w.optional);
	const pair = pairs.find((p) => p.a.includes(first as Word) || p.b.includes(first as Word));
	if (!pair) return undefined;
	const theirs = pair.a.includes(first as Word) ? pair.b : pair.a;
	return theirs.every((w) => other.words.includes(w)) ? Math.min(...theirs.map((w) => w.index)) : undefined;
}
