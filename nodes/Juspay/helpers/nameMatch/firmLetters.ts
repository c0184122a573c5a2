import { GIVEN_NAMES } from './givenNames';
import type { Free, Put } from './pair';
import type { Name } from './read';
import type { Word } from './word';
import { BUSINESS_WORDS, FILLERS } from './words';

/**
 * A firm's name written as its letters (KEM = KING EDWARD MEMORIAL): which words of the other name the letters stand
 * for. Letters alone say less than words (CESC is two companies), so `judge.ts` holds such a pair at PARTIAL unless a
 * word of the name's own (a place, a name) says which.
 *
 * Adjacent free words whose first letters are `letters`, with an OF, AND or THE between them (ALL INDIA INSTITUTE OF
 * MEDICAL SCIENCES), an initial among them (RVCE = R V COLLEGE OF ENGINEERING), INDIA too (SBI = STATE BANK OF INDIA).
 * Failing that, as India's public-sector firms are named: a word may give its first two or three letters (BHEL =
 * BHARAT HEAVY ELECTRICALS, IFFCO, ISKCON) if it is the last, an AND its A, and a closing LIMITED its L (HUL, BPCL).
 */
export function lettersOf(letters: string, words: Word[], free: (w: Word) => boolean): Word[] | undefined {
	return firstLetters(letters, words, free) ?? longerLetters(letters, words, free);
}

/** What a co-operative bank's or society's name closes with. */
const CLOSERS = new Set(['BANK', 'SOCIETY']);

/** A word of the name, already paired with the other's same word (JALGAON, SAHAKARI, BANK), that may give its letter still. */
const saidAgain = (w: Word, free: (w: Word) => boolean) => !free(w) && !w.legal && !w.optional && !FILLERS.has(w.text);

const stands = (w: Word, free: (w: Word) => boolean) => free(w) && (!w.legal || w.text === 'INDIA') && !w.optional && !FILLERS.has(w.text);

/**
 * A co-operative bank's letters with some of its words said again (KJSB BANK, JJSB JALGAON, TJSB SAHAKARI BANK for
 * THANE JANATA SAHAKARI BANK, ADCC BANK AHMEDNAGAR for AHMEDNAGAR DIST CENTRAL CO-OP BANK): words already paired give
 * their letters too, in a run that closes with BANK or SOCIETY or right before it and has two free words at least; the
 * run is the free words.
 */
function firstLetters(letters: string, words: Word[], free: (w: Word) => boolean): Word[] | undefined {
	for (let start = 0; start < words.length; start++) {
		const run: Word[] = [];
		let at = 0;
		let [given, again] = [0, 0];
		let last = -1;
		for (let i = start; i < words.length && at < letters.length; i++) {
			const w = words[i];
			if (w.text[0] === letters[at] && (stands(w, free) || saidAgain(w, free))) {
				if (free(w)) {
					run.push(w);
					given++;
				} else again++;
				last = i;
				at++;
			} else if (at > 0 && free(w) && FILLERS.has(w.text)) run.push(w);
			else break;
		}
		const closes = CLOSERS.has(words[last]?.text ?? '') || CLOSERS.has(words[last + 1]?.text ?? '');
		if (at === letters.length && (again === 0 || (closes && given >= 2))) return run;
	}
	return undefined;
}

/** Up to three letters from a word, one from an AND or a closing LIMITED; every word of the run gives at least its first unless a filler. */
function longerLetters(letters: string, words: Word[], free: (w: Word) => boolean): Word[] | undefined {
	// A LIMITED already paired with the other's LTD still gives its L (BPCL LTD / BHARAT PETROLEUM CORPORATION LTD).
	const limited = (w: Word) => w.text === 'LIMITED' && w.index === words.length - 1;
	const from = (i: number, at: number): Word[] | undefined => {
		if (at === letters.length) return [];
		const w = words[i];
		if (!w) return undefined;
		const rest = letters.slice(at);
		if (free(w) && FILLERS.has(w.text)) {
			const skipped = from(i + 1, at);
			if (skipped) return [w, ...skipped];
			const tail = w.text === 'AND' && rest[0] === 'A' ? from(i + 1, at + 1) : undefined;
			return tail && [w, ...tail];
		}
		if (limited(w)) return rest !== 'L' ? undefined : free(w) ? [w] : [];
		if (!stands(w, free)) return undefined;
		// More than a first letter only from the run's last word, or the last before LIMITED's L (BHEL: BHARAT
		// ELECTRONICS LTD is another firm's BH E L).
		const last = (length: number) => length === rest.length || (rest.length === length + 1 && rest.endsWith('L') && limited(words[i + 1] ?? w));
		for (let length = Math.min(3, rest.length); length >= 1; length--) {
			// Or a word that is letters itself (APSRTC = AP STATE ROAD TRANSPORT CORPORATION).
			const letters = w.letters && w.text === rest.slice(0, length);
			if (!w.text.startsWith(rest.slice(0, length)) || (length > 1 && !last(length) && !letters)) continue;
			const tail = from(i + 1, at + length);
			if (tail) return [w, ...tail];
		}
		return undefined;
	};
	for (let start = 0; start < words.length; start++) {
		if (!stands(words[start], free)) continue;
		const run = from(start, 0);
		// Two words at least: one word's first letters are a cut, not letters.
		if (run && run.filter((w) => !FILLERS.has(w.text)).length >= 2) return run;
	}
	return undefined;
}

/** A word of `x` that is a firm's letters (RVCE), paired with the words of `y` they stand for (pair.ts). */
export function byFirmLetters(x: Name, y: Name, put: Put, free: Free): void {
	// A firm's name written as its letters (KEM = KING EDWARD MEMORIAL, AIIMS = ALL INDIA INSTITUTE OF MEDICAL
	// SCIENCES, DEO SAGAR), never a name or a firm's word (SAI is no SHREE ANAND INDUSTRIES); at most PARTIAL (judge.ts).
	if (!y.business) return;
	for (const word of x.words.filter((w) => free(w) && !w.initial && !w.legal && !w.optional && /^[A-Z]{3,7}$/.test(w.text) && !GIVEN_NAMES.has(w.text) && !BUSINESS_WORDS.has(w.text))) {
		const run = lettersOf(word.text, y.words, free);
		if (run) put([word], run, 'initial');
	}
}
