/**
 * Sending at a rate: the pace's mode once Juspay's 429s do not show one fixed
 * count of requests at once, that is a limit per second, or any limit shared
 * with other n8n processes (queue-mode workers), whose sends this process
 * cannot see. `control.ts` spreads sends evenly at `perSecond`.
 *
 * Between cuts the rate grows by one request per round trip, per round trip
 * (at least a tenth and at most half the rate per second; a quarter
 * of that once the cuts read a limit per second): the same step for
 * processes at the same round trip, unless the half holds one back.
 * Each 429 after a cut slows it by 2% of its own rate, so of two
 * processes refused as often the faster slows more and the shares drift
 * together, slowly: the one that started first reuses its own slots as
 * Juspay's window frees them, and keeps more (docs/queue-mode.md). A cut
 * (once a second at most: Juspay counts a second back, so a cut shows in
 * full only a second later) sets it just under what Juspay accepted of ours
 * in the last second. After a calm second with no 429 it
 * doubles every round trip, to take up what another process has left or a
 * raised limit. It grows only while more requests wait than a second at this
 * rate sends: near the end of the runs a faster rate saves less than a
 * refusal costs its row (a Retry-After).
 *
 * Two rules that cost fewer 429s alone were tried (issue 27) and taken out,
 * since across queue-mode workers the shares stopped evening out
 * (docs/pace.md): holding just under a limit per second the cuts read as
 * steady, and halving the rate after a drop while refusals keep coming.
 */

/** At a cut: this share of what Juspay accepted of ours in the last second. */
const CUT_TO = 0.95;
/**
 * Growth per second: at least this share of the rate (one request per round trip is little when round trips are long),
 * at most this. The most is kept out of the way of processes sharing a limit: capped by its own rate, the one sending
 * less grew less than the other, and their shares stopped evening out (queue mode, two workers at 400 ms against 50 per
 * second: a quarter held the one behind at 5 more per second against the other's 6.25, and 6 of 40 simulated runs took
 * over 1.15× the fastest execution; at a half, 1 of 40).
 */
const [MIN_GROWTH, MAX_GROWTH] = [0.1, 0.5];
/** Each refusal between cuts: this much slower, never below RATE_FLOOR of the rate the cut set. */
const [CUT_PER_REFUSAL, RATE_FLOOR] = [0.02, 0.9];
/**
 * Growth once the cuts read a limit per second: this share of the above. The rate refused there is Juspay's limit,
 * so creeping back up to it slowly costs fewer 429s (15 per second: 1.12 → 1.08 requests per row in the simulation)
 * and leaves the queue's shares as even as before (docs/pace.md).
 */
const PER_SECOND_GROWTH = 0.25;
/** No 429 for this long (and this many round trips): the rate doubles every round trip. */
const [CALM_MS, CALM_ROUND_TRIPS] = [1000, 3];

export class SendRate {
	/** Sends per second; 0: not sending at a rate. */
	perSecond = 0;
	private setAtCut = 0;
	private lastRefusedAt = -Infinity;
	/** The last cut read Juspay's limit as one per second (`limitKind.ts`). */
	private limitPerSecond = false;

	/** How long after a cut the next may come. */
	static cutEvery(roundTripMs: number): number {
		return Math.max(1000, roundTripMs);
	}

	/** A cut: send just under `acceptedPerSecond`, what Juspay accepted of ours in the last second. */
	cut(now: number, acceptedPerSecond: number, limitPerSecond = false): void {
		this.limitPerSecond = limitPerSecond;
		this.perSecond = Math.max(1, acceptedPerSecond * CUT_TO);
		this.setAtCut = this.perSecond;
		this.lastRefusedAt = now;
	}

	/** Not sending at a rate any more (Juspay holds requests in flight at one count). */
	stop(): void {
		this.perSecond = 0;
	}

	/** A 429 after the last cut; `atThisRate`: the request was sent at the rate the cut set. */
	refused(now: number, atThisRate: boolean): void {
		this.lastRefusedAt = now;
		if (!this.perSecond || !atThisRate) return;
		const slower = Math.max(RATE_FLOOR * this.setAtCut, this.perSecond * (1 - CUT_PER_REFUSAL));
		this.perSecond = Math.max(1, Math.min(this.perSecond, slower));
	}

	/** A run joins an idle pace: it starts at the rate learned, calm only after a calm spell of its own. */
	restart(now: number): void {
		this.lastRefusedAt = now;
	}

	/**
	 * A send that waited for its turn, `sinceLastSendMs` after the one before:
	 * the rate grows (none before the first answer: growth counts round trips).
	 */
	grow(now: number, sinceLastSendMs: number, roundTripMs: number, backlog: number): void {
		if (!this.perSecond || !roundTripMs || backlog < this.perSecond) return;
		const seconds = Math.min(1000, sinceLastSendMs) / 1000;
		const roundTrip = Math.max(50, roundTripMs) / 1000;
		const additive = (this.limitPerSecond ? PER_SECOND_GROWTH : 1) * seconds * Math.min(Math.max(1 / (roundTrip * roundTrip), MIN_GROWTH * this.perSecond), MAX_GROWTH * this.perSecond);
		const calm = now - this.lastRefusedAt >= Math.max(CALM_MS, CALM_ROUND_TRIPS * roundTripMs);
		this.perSecond += calm ? Math.max(additive, (this.perSecond * Math.LN2 * seconds) / roundTrip) : additive;
	}
}
