import type { JuspayFailure } from './errors';

/**
 * When a failed call may be sent again, and how long to wait first. A 429
 * never reaches here: the pace (`pace/pace.ts`, `send`) sends it again.
 *
 * - A request that never left (connection refused, DNS): resendable too.
 * - GET on 5xx, timeouts, reset connections and unreadable answers: reads
 *   are safe to repeat.
 * - POST on 5xx, timeouts, resets or unreadable answers: the outcome is
 *   unknown, and a validation may have happened. Never resent here; the
 *   operation decides (beneficiaries check status by beneId first).
 */
export function isRetryable(method: 'GET' | 'POST', failure: JuspayFailure | undefined): boolean {
	if (!failure) return false;
	if (failure.code === 'ECONNREFUSED' || failure.code === 'ENOTFOUND' || failure.code === 'EAI_AGAIN') return true;
	if (method !== 'GET') return false;
	if (failure.code === 'UNREADABLE_RESPONSE') return true;
	if (failure.httpCode !== undefined) return failure.httpCode >= 500;
	return failure.code !== undefined;
}

/**
 * Every retryable fault but 429. A 429 is retried for as long as the run's
 * budget (Max Wait When Rate Limited) allows instead: see `pace/pace.ts`.
 */
export const RETRY = {
	/** Attempts per call, the first included. */
	maxAttempts: 4,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	/** A call gives up once waiting longer would pass this. */
	maxTotalMs: 90_000,
};

/** Retry-After when Juspay gave one, else exponential backoff with jitter. */
export function retryDelayMs(attempt: number, failure: JuspayFailure, random = Math.random): number {
	if (failure.retryAfterSeconds !== undefined) return Math.min(failure.retryAfterSeconds * 1000, RETRY.maxDelayMs);
	const ceiling = Math.min(RETRY.baseDelayMs * 2 ** (attempt - 1), RETRY.maxDelayMs);
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
