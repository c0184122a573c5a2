import type { Pair, PairKind, Pairing } from './pair';
import type { Name, Word } from './read';

export type NameMatchBand = 'EXACT' | 'STRONG' | 'PARTIAL' | 'WEAK' | 'NONE';

/**
 * How the words that identify someone stand in the two names: in the same
 * order; moved as a surname moves to the front ("VERMA ASHA"); or otherwise
 * ("RAMESH SURESH PATIL" / "SURESH RAMESH PATIL": father and son).
 */
export type WordOrder = 'same' | 'moved' | 'other';

export interface Judgement {
	band: NameMatchBand;
	score: number;
	order: WordOrder;
}

/** Words that join others and say nothing of who holds the account. */
const FILLERS = new Set(['AND', 'OF', 'THE', 'FOR']);
export const isFiller = (word: Word) => FILLERS.has(word.text);
const WORTH: Record<PairKind, number> = { same: 1, spelling: 0.95, 'short form': 0.95, joined: 0.95, cut: 0.8, initial: 0.75 };
const SCORE_RANGE: Record<NameMatchBand, [number, number]> = {
	EXACT: [100, 100],
	STRONG: [80, 99],
	PARTIAL: [60, 79],
	WEAK: [30, 59],
	NONE: [0, 29],
};

const words = (pair: Pair) => [...pair.a, ...pair.b];
/** A pair that says who it is: a whole word that is not a legal form or a common word (KUMAR, SINGH). */
export const identifies = (pair: Pair) => pair.kind !== 'initial' && words(pair).some((w) => !w.common && !w.legal && !isFiller(w));
const meaningful = (pair: Pair) => words(pair).some((w) => !w.legal && !isFiller(w));

/**
 * The band, rules in order:
 * - NONE: no word in common (legal forms and AND aside);
 * - WEAK: each name has a word the other lacks ("ASHA VERMA" / "USHA VERMA");
 * - EXACT: the same words in the same order (case, punctuation, titles and
 *   the spelling of legal forms aside);
 * - every word accounted for: STRONG, unless only initials and common words
 *   match, the order changed beyond a surname moved, or the bank cut a word
 *   (PARTIAL);
 * - one name has words the other lacks (a middle or father's name, a legal
 *   form): PARTIAL when a word that identifies matched, and a lone word is the
 *   other's first ("GOPAL" / "GOPAL KRISHNAN", not "KUMAR" / "ANIL KUMAR"); else WEAK.
 */
export function judge(a: Name, b: Name, pairing: Pairing): Judgement {
	const { pairs, restA, restB } = pairing;
	const order = orderOf(pairs);
	const band = bandOf(a, b, pairing, order);
	// Score: the share of words paired, each pair by its worth, less 5 for another order; kept within the band's range.
	const named = pairs.filter((p) => !titlesOnly(p));
	const worth = named.reduce((sum, pair) => sum + WORTH[pair.kind] * (pair.a.length + pair.b.length), 0);
	const paired = named.reduce((sum, pair) => sum + pair.a.length + pair.b.length, 0);
	const total = paired + restA.length + restB.length;
	const raw = total === 0 ? 0 : Math.round((100 * worth) / total) - (order === 'same' ? 0 : 5);
	const [low, high] = SCORE_RANGE[band];
	return { band, score: Math.min(high, Math.max(low, raw)), order };
}

function bandOf(a: Name, b: Name, { pairs, restA, restB }: Pairing, order: WordOrder): NameMatchBand {
	if (!pairs.some(meaningful)) return 'NONE';
	if (restA.length > 0 && restB.length > 0) return 'WEAK';
	if (restA.length === 0 && restB.length === 0) {
		if (isExact(a, b, pairs)) return 'EXACT';
		if (!pairs.some(identifies) || order === 'other' || pairs.some((p) => p.kind === 'cut')) return 'PARTIAL';
		return 'STRONG';
	}
	if (!pairs.some(identifies)) return 'WEAK';
	// The name with nothing left over is the shorter; with one word, it must be the other's first.
	const [short, long, side] = restA.length > 0 ? [b, a, 'b' as const] : [a, b, 'a' as const];
	const shortWords = short.words.filter((w) => !w.optional);
	if (shortWords.length === 1) {
		const pair = pairs.find((p) => p[side].includes(shortWords[0]));
		const theirs = pair ? (side === 'a' ? pair.b : pair.a) : [];
		const first = long.words.find((w) => !w.optional);
		if (!pair || !identifies(pair) || !theirs.includes(first as Word)) return 'WEAK';
	}
	return 'PARTIAL';
}

/** A title on both sides (MRS / MRS.) is left out like a title on one side. */
const titlesOnly = (pair: Pair) => pair.a.every((w) => w.optional) && pair.b.every((w) => w.optional);

function isExact(a: Name, b: Name, pairs: Pair[]): boolean {
	if (a.dropped.length > 0 || b.dropped.length > 0) return false;
	const named = pairs.filter((p) => !(titlesOnly(p) && p.kind === 'same'));
	if (!named.every((p) => p.kind === 'same' && p.a.length === 1 && p.b.length === 1 && !p.a[0].optional && !p.b[0].optional)) return false;
	const sorted = [...named].sort((p, q) => p.a[0].index - q.a[0].index);
	return sorted.every((p, i) => i === 0 || p.b[0].index > sorted[i - 1].b[0].index);
}

/** The order of the words that identify (initials and common words may stand anywhere). */
function orderOf(pairs: Pair[]): WordOrder {
	const start = (ws: Word[]) => Math.min(...ws.map((w) => w.index));
	const placed = pairs.filter(identifies).sort((p, q) => start(p.a) - start(q.a));
	const ranks = placed.map((p) => start(p.b));
	const sorted = [...ranks].sort((x, y) => x - y);
	const rank = ranks.map((value) => sorted.indexOf(value));
	const n = rank.length;
	if (rank.every((r, i) => r === i)) return 'same';
	// The last word moved to the front, or the first to the end: a surname written first.
	if (rank.every((r, i) => r === (i + 1) % n) || rank.every((r, i) => r === (i + n - 1) % n)) return 'moved';
	return 'other';
}
