/**
 * Bands of matches put together, for a name read as several names (alias.ts: one person's two names; joint.ts: a
 * joint account's holders): the worse or the better of two matches, and a match held to a band at most.
 */
import { SCORE_RANGE, type NameMatchBand } from './judge';

/** What a match gives: the band, its score and why (index.ts's NameMatch). */
export interface Match {
	score: number;
	band: NameMatchBand;
	explanation: string;
}

export type MatchOne = (expected: string, atBank: string) => Match | null;

const RANK: NameMatchBand[] = ['NONE', 'WEAK', 'PARTIAL', 'STRONG', 'EXACT'];

/** Bands in order, then scores: null below any match. */
export const rank = (match: Match | null) => (match === null ? -1 : RANK.indexOf(match.band) * 1000 + match.score);

export const lower = (x: NameMatchBand, y: NameMatchBand) => RANK[Math.min(RANK.indexOf(x), RANK.indexOf(y))];

export const inBand = (band: NameMatchBand, score: number) => Math.min(SCORE_RANGE[band][1], Math.max(SCORE_RANGE[band][0], score));

/** `match` held to `most` at best, with what was said of it in front of its explanation. */
export function capped(match: Match | null, most: NameMatchBand, said: string): Match | null {
	if (match === null) return null;
	const band = lower(match.band, most);
	return { band, score: inBand(band, match.score), explanation: `${said}; ${match.explanation}` };
}

export const better = (x: Match | null, y: Match | null) => (rank(y) > rank(x) ? y : x);
