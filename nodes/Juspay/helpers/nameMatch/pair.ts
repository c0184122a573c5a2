import { areDistinctNames } from './distinctNames';
import { restAndAside } from './notMissing';
import { byFirmLetters } from './firmLetters';
import { GIVEN_NAMES } from './givenNames';
import type { Name } from './read';
import { byCut } from './cut';
import { byJoinedWords, byWomansWordJoined } from './joined';
import { byFirstPart, byLastPart } from './nameParts';
import { britishAndAmerican, englishApart, twoEnglishWords } from './englishWords';
import { oneVowelApart } from './spelling';
import { byInitials, closest, onSameName } from './initials';
import { coinedApart } from './coined';
import { HINDI_DIGITS, SPOKEN_DIGITS } from './numbers';
import { betweenWords, keysOf, type Word } from './word';
import { BUSINESS_WORDS, SECOND_PARTS } from './words';

/** How words of the two names were found to be the same. */
export type PairKind = 'same' | 'spelling' | 'short form' | 'joined' | 'one A' | 'cut' | 'last part' | 'first part' | 'initial';

/** Words of one name that stand for words of the other (one each, except joined words and initials). */
export interface Pair {
	a: Word[];
	b: Word[];
	kind: PairKind;
}

export interface Pairing {
	pairs: Pair[];
	/** Words of each name that stand for nothing in the other (titles left out). */
	restA: Word[];
	restB: Word[];
	/** Words of either name neither paired nor missing: an & or a SRI one name leaves out, a KUMAR written onto a given name. */
	aside: Word[];
}

/** How a pairing step records a pair it found (pairWords' `add`, or the same with the names the other way round). */
export type Put = (x: Word[], y: Word[], kind: PairKind) => void;
/** Whether a word is still free in this pairing. */
export type Free = (word: Word) => boolean;

/**
 * Pairs the words of two names, surest first: the same word, the same
 * spelling key or short form, words written joined, a word the bank cut,
 * then initials. Each step runs both ways, so the pairing of (a, b) mirrors
 * that of (b, a).
 */
export function pairWords(a: Name, b: Name): Pairing {
	// Each word this pairing takes is marked with its own token (word.ts, takenBy): free() is then one read, not a
	// search of the words used, asked of every word at every step; another pairing of the same name (with a
	// relative's, index.ts) has another token, so its words start free.
	const taken = {};
	const pairs: Pair[] = [];
	const free = (word: Word) => word.takenBy !== taken;
	const add = (pa: Word[], pb: Word[], kind: PairKind) => {
		pairs.push({ a: pa, b: pb, kind });
		for (const w of pa) w.takenBy = taken;
		for (const w of pb) w.takenBy = taken;
	};
	// Every step below pairs a free word of each name: once either name has none left (most pairings, after the same
	// words and their spellings), the steps are skipped.
	const open = () => a.words.some(free) && b.words.some(free);
	const both = (step: (x: Name, y: Name, put: Put) => void) => {
		if (!open()) return;
		step(a, b, add);
		step(b, a, (pb, pa, kind) => add(pa, pb, kind));
	};

	// A word more often in one name than in the other (RAM DEV RAM / RAMDEV RAM): the fewer pair the other's at the
	// nearest place, so that (a, b) and (b, a) pair alike; as often in both, in order.
	const again = (name: Name, after: Word) => name.words.some((w) => w.index > after.index && w.text === after.text && free(w));
	const many = (name: Name, text: string) => name.words.filter((w) => w.text === text && free(w));
	const alike = (name: Name, word: Word) => name.words.filter((w) => free(w) && w.full && (w.text === word.text || (w.keys.some((key) => word.keys.includes(key)) && !areDistinctNames(w.text, word.text))));
	for (const x of a.words) {
		if (!free(x)) continue;
		// The text first: most words differ.
		const y = b.words.find((w) => w.text === x.text && free(w));
		if (!y) continue;
		// A word many share may stand twice, once spelled otherwise (MOHAMMED RAFI MOHD SALIM): counted with its spellings below.
		if (!again(a, x) && !again(b, y) && !x.common) {
			add([x], [y], 'same');
			continue;
		}
		const [xs, ys] = [many(a, x.text), many(b, x.text)];
		// As often once its spellings count (THAVAR SING NAHAR SINH / THAVAR SINH NAHAR SINH): in order, each with its own.
		const [xk, yk] = [alike(a, x), alike(b, x)];
		if ((xs.length !== ys.length || xs.length === 1) && x.full && xk.length === yk.length) xk.forEach((w, i) => add([w], [yk[i]], w.text === yk[i].text ? 'same' : w.short || yk[i].short ? 'short form' : 'spelling'));
		else if (xs.length === ys.length) xs.forEach((w, i) => add([w], [ys[i]], 'same'));
		else if (xs.length < ys.length) for (const w of xs) add([w], [(onSameName(w, a, b, many(b, x.text)) ?? closest(w, a, b, many(b, x.text))) as Word], 'same');
		else for (const w of ys) add([(onSameName(w, b, a, many(a, x.text)) ?? closest(w, b, a, many(a, x.text))) as Word], [w], 'same');
	}
	// A firm's short word with a consonant doubled, or a letter tripled, is another firm's (AECC GLOBAL is not AEC
	// GLOBAL, IIIT not IIT, MALLA CONSTRUCTIONS not MALA; AARTI is ARTI), but a name's second part or a business word
	// (BHAGWAN DASS & SONS, ZILA PARISHAD), or one listed as the other's spelling (UNAO = UNNAO, a town).
	const once = (text: string) => text.replace(/([^AEIOU])\1|(.)\2\2+/g, '$1$2');
	const named = (w: Word) => SECOND_PARTS.has(w.text) || BUSINESS_WORDS.has(w.text);
	const letters = (x: Word, y: Word) =>
		a.business && b.business && Math.min(x.text.length, y.text.length) <= 4 && x.text !== y.text && once(x.text) === once(y.text) && !named(x) && !named(y) && x.spelled !== y.spelled;
	// Spellings of one word, not two names listed apart, nor two English words (englishWords.ts: GREEN / GRIN; one only
	// as British and American), nor a firm's two coined words (coined.ts: MEDICARE / MEDICORE).
	const apart = (x: Word, y: Word) => areDistinctNames(y.text, x.text) || englishApart(x, a, y, b) || coinedApart(x.text, y.text, a.business || b.business);
	for (const x of open() ? a.words.filter((w) => free(w) && w.full) : []) {
		const y = b.words.find((w) => free(w) && w.full && (w.keys.some((key) => x.keys.includes(key)) || britishAndAmerican(x, w)) && !letters(x, w) && !apart(x, w));
		if (y) add([x], [y], x.short || y.short ? 'short form' : 'spelling');
	}
	for (const x of open() ? a.words.filter((w) => free(w) && w.full && !w.short) : []) {
		const y = b.words.find((w) => free(w) && w.full && !w.short && oneVowelApart(x.text, w.text) && !apart(x, w));
		if (y) add([x], [y], 'spelling');
	}
	both((x, y, put) => byJoinedWords(x, y, put, free));
	both((x, y, put) => {
		// A business word cut short by its firm (MED = MEDICALS, HOSP = HOSPITAL, ELEC = ELECTRICALS); never a name
		// word (RAM TRADERS is not RAMESH TRADERS), nor what another word's short form is (INDU, a name, is no INDUS).
		const business = x.business || y.business;
		if (business) {
			for (const word of x.words.filter((w) => free(w) && w.full && !w.legal && w.text.length >= 3 && w.text.length <= 5)) {
				const whole = y.words.find((w) => free(w) && BUSINESS_WORDS.has(w.text) && w.text.length >= word.text.length + 2 && w.text.startsWith(word.text) && !areDistinctNames(w.written, word.text));
				if (whole) put([word], [whole], 'short form');
			}
		}
		// One and many of a word, or a possessive (SUPPLIER / SUPPLIERS, IYENGAR / IYENGARS BAKERY), also of its spelling
		// (ST ANTHONY'S, read as ANTHONY, is ST ANTONYS). A word written with its 'S is that word in any name, also in one
		// not read as a firm's (ST MARY'S ORTHODOX VALIYAPALLY KOTTA, cut before its place).
		const spelledPlural = (w: Word, word: Word) => {
			const one = w.text.slice(0, -1);
			// Not a word in -IES, whose one is in -Y (above), not in -IE.
			return w.text.endsWith('S') && !w.text.endsWith('IES') && one.length >= 4 && keysOf(one).some((key) => word.keys.includes(key)) && !areDistinctNames(one, word.text) && !twoEnglishWords(one, word.text);
		};
		for (const word of x.words.filter((w) => free(w) && w.full && !w.legal && w.text.length >= 3 && (business || x.possessives?.includes(w.text)))) {
			// Not two given names (SHREYA / SHREYAS CREATIONS: hers and his).
			const plural = y.words.find((w) => free(w) && (w.text === `${word.text}S` || (word.text.endsWith('Y') && w.text === `${word.text.slice(0, -1)}IES`) || spelledPlural(w, word)) && !areDistinctNames(w.text, word.text) && !(GIVEN_NAMES.has(word.text) && GIVEN_NAMES.has(w.text)));
			if (plural) put([word], [plural], 'spelling');
		}
	});
	both((x, y, put) => {
		// & written N at the bank (PIPES N FITTINGS): a lone N stands for AND.
		const and = x.words.find((w) => free(w) && w.text === 'AND');
		const n = and && y.words.find((w) => free(w) && w.text === 'N');
		if (and && n) put([and], [n], 'short form');
		// A firm's 2 and 4 between two words are TO and FOR (DOOR 2 DOOR, FIT 4 LIFE).
		if (!x.business) return;
		for (const [digit, said] of SPOKEN_DIGITS) {
			const written = x.words.find((w) => free(w) && w.written === digit && betweenWords(x, w));
			const word = written && y.words.find((w) => free(w) && w.text === said);
			if (written && word) put([written], [word], 'short form');
		}
		for (const digit of x.words) {
			const hindi = free(digit) ? HINDI_DIGITS.get(digit.written) : undefined;
			const word = hindi && y.words.find((w) => free(w) && hindi.includes(w.text));
			if (word) put([digit], [word], 'short form');
		}
	});
	both((x, y, put) => byCut(x, y, put, free));
	// A short name with DEVI, Bengali's DEBI or Odia's and Awadhi's DEI joined on one side (UMADEVI, RAMDEI: read whole)
	// and apart on the other (UMA DEVI, RAM DEI, the word set aside as a woman's): one name.
	both((x, y, put) => byWomansWordJoined(x, y, put, free));
	// A given name called by one of its parts (nameParts.ts): a Mizo name by its last, a Bengali or Odia man's by its first.
	both((x, y, put) => byLastPart(x, y, put, free));
	both((x, y, put) => byFirstPart(x, y, put, free));
	// A firm's name written as its letters (firmLetters.ts), before initials: R V COLLEGE OF ENGINEERING is RVCE, not R for RVCE.
	both((x, y, put) => byFirmLetters(x, y, put, free));
	both((x, y, put) => byInitials(x, y, put, free, pairs));
	return { pairs, ...restAndAside(a, b, pairs, free) };
}

export const isFiller = (word: Word) => word.filler;
/** Whether some word, or every word, of a pair's two sides is so (without building one list of them). */
export const anyWord = (pair: Pair, is: (word: Word) => boolean) => pair.a.some(is) || pair.b.some(is);
export const everyWord = (pair: Pair, is: (word: Word) => boolean) => pair.a.every(is) && pair.b.every(is);
/** A pair of words that count: not a legal form, nor a filler (AND). */
export const meaningful = (pair: Pair) => anyWord(pair, (w) => !w.legal && !isFiller(w));
/** A title on both sides (MRS / MRS.) is left out like a title on one side. */
export const titlesOnly = (pair: Pair) => pair.a.every((w) => w.optional) && pair.b.every((w) => w.optional);

/** The word-for-word pairs of one kind, each both ways round: this name's word, the other's, and their names. */
export function* wordPairsBothWays(a: Name, b: Name, pairs: Pair[], kind: PairKind): Generator<[Word, Word, Name, Name]> {
	for (const { a: [x], b: [y], kind: pairKind } of pairs) {
		if (pairKind !== kind || !x || !y) continue;
		yield [x, y, a, b];
		yield [y, x, b, a];
	}
}
