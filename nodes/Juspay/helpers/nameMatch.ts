/**
 * Compares the name a user expects with the name the bank holds.
 *
 * Juspay returns only the name at the bank, not a score, so the node scores
 * it locally. Indian bank names differ from what people type in predictable
 * ways, each handled here, deterministically:
 *  - case, dots, commas and extra spaces: "R. Kumar" = "R KUMAR";
 *  - honorifics: MR, MRS, MS, MISS, SHRI, SRI, SMT, KUM, KUMARI (only as a
 *    title in front), DR, M/S are dropped;
 *  - initials: "R" matches "RAHUL" (worth less than the full word);
 *  - order: "KUMAR RAHUL" = "RAHUL KUMAR";
 *  - joined names: "RAHULKUMAR" = "RAHUL KUMAR";
 *  - small typos: one or two letters off in a longer word ("KUMAAR").
 *
 * Score 0-100 is a Dice-style overlap of the two token lists, where each
 * token pairs with at most one token of the other name: an exact word counts
 * 1, an initial 0.7, a close spelling 0.65-0.9. Bands: EXACT (same words, same
 * order), STRONG >= 80, PARTIAL >= 60, WEAK >= 40, NONE below.
 */

export type NameMatchBand = 'EXACT' | 'STRONG' | 'PARTIAL' | 'WEAK' | 'NONE';

export interface NameMatch {
	score: number;
	band: NameMatchBand;
}

const HONORIFICS = new Set(['MR', 'MRS', 'MS', 'MISS', 'SHRI', 'SHREE', 'SRI', 'SMT', 'KUM', 'DR', 'MX', 'SHRIMATI']);

/** Upper-cased words with honorifics, punctuation and M/S removed. */
export function nameTokens(name: string): string[] {
	const words = name
		.toUpperCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\bM\s*\/\s*S\b/g, ' ')
		.replace(/[^A-Z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	// Titles only count as titles in front ("KUMARI" may also be a surname).
	let start = 0;
	while (start < words.length - 1 && (HONORIFICS.has(words[start]) || words[start] === 'KUMARI')) start++;
	return words.slice(start);
}

export function matchNames(expected: string, atBank: string): NameMatch | null {
	let a = nameTokens(expected);
	let b = nameTokens(atBank);
	if (a.length === 0 || b.length === 0) return null;
	if (a.join(' ') === b.join(' ')) return { score: 100, band: 'EXACT' };
	[a, b] = [splitJoined(a, b), splitJoined(b, a)];
	if ([...a].sort().join(' ') === [...b].sort().join(' ')) return { score: 95, band: 'STRONG' };

	const total = pairUp(a, b);
	const score = Math.round((200 * total) / (a.length + b.length));
	return { score, band: bandOf(score) };
}

function bandOf(score: number): NameMatchBand {
	if (score >= 80) return 'STRONG';
	if (score >= 60) return 'PARTIAL';
	if (score >= 40) return 'WEAK';
	return 'NONE';
}

/** Splits a token of `tokens` that is two or more adjacent tokens of `other` joined. */
function splitJoined(tokens: string[], other: string[]): string[] {
	const out: string[] = [];
	for (const token of tokens) {
		const parts = joinedParts(token, other);
		out.push(...(parts ?? [token]));
	}
	return out;
}

function joinedParts(token: string, other: string[]): string[] | undefined {
	for (let start = 0; start < other.length; start++) {
		let joined = '';
		for (let end = start; end < other.length; end++) {
			joined += other[end];
			if (joined.length > token.length) break;
			if (joined === token && end > start) return other.slice(start, end + 1);
		}
	}
	return undefined;
}

/** Greedy best pairing: each token pairs once; returns the summed worth. */
function pairUp(a: string[], b: string[]): number {
	const candidates: Array<{ i: number; j: number; worth: number }> = [];
	a.forEach((x, i) => b.forEach((y, j) => {
		const worth = tokenWorth(x, y);
		if (worth > 0) candidates.push({ i, j, worth });
	}));
	// Highest worth first; ties by position, so the result never depends on sort stability.
	candidates.sort((p, q) => q.worth - p.worth || p.i - q.i || p.j - q.j);
	const usedA = new Set<number>();
	const usedB = new Set<number>();
	let total = 0;
	for (const { i, j, worth } of candidates) {
		if (usedA.has(i) || usedB.has(j)) continue;
		usedA.add(i);
		usedB.add(j);
		total += worth;
	}
	return total;
}

function tokenWorth(x: string, y: string): number {
	if (x === y) return 1;
	if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 0.7;
	const longest = Math.max(x.length, y.length);
	if (Math.min(x.length, y.length) < 3) return 0;
	const similarity = 1 - levenshtein(x, y) / longest;
	return similarity >= 0.75 ? Math.round(similarity * 100) / 100 - 0.1 : 0;
}

function levenshtein(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}
