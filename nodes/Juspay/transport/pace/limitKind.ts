/**
 * Reads Juspay's 429s to tell which limit it holds: requests in flight, or
 * requests per second. At each "slow down" it notes both counts (requests in
 * flight, requests accepted in the second before); the one Juspay limits is
 * the same at every 429, the other wanders, for its size. With a limit shared
 * with other processes both wander together: not known. `control.ts`
 * acts on the answer: holding the pace at the in-flight count Juspay keeps
 * accepting, or sending at a rate. It also says how many requests per second
 * Juspay accepted of ours, for the rate.
 */

export type LimitKind = 'perSecond' | 'inFlight';

/** A request as the reader sees it: when it went, and whether Juspay refused it. */
export interface Send {
	sentAt: number;
	refused?: boolean;
}

/** Cuts compared to tell a limit per second from a limit on requests at once (see `steadyCount` for the four). */
const [KIND_SAMPLES, STEADY_SAMPLES] = [3, 4];
/** The rate at the cuts must have moved by at least this many for a steady count in flight to read as the limit. */
const MIN_WANDER = 2;
/** From this many in flight, a count exactly the same at four cuts is seldom chance (`steadyCount`). */
const MANY_IN_FLIGHT = 8;

export class LimitKindReader {
	/** At each cut: requests in flight, and requests accepted in the second before. */
	private readonly samples: Array<{ inFlight: number; lastSecond: number }> = [];
	/** Sends of the last second, to count how many Juspay accepted in it. */
	private readonly lastSecondSends: Send[] = [];
	/** When Juspay answered (not 429) our requests in the last second. */
	private readonly answers: number[] = [];
	/** The fewest of ours at Juspay at a 429 since the last cut (the cut's own count included). */
	private fewestAtRefusal = Infinity;

	sent(send: Send): void {
		this.lastSecondSends.push(send);
		this.forgetBefore(send.sentAt - 1000);
	}

	/**
	 * Juspay said "slow down" with `inFlight` requests of ours accepted at it.
	 * Returns which limit the last cuts show (undefined: not known, or a limit
	 * shared with other processes, where both counts move together).
	 */
	atCut(now: number, inFlight: number): LimitKind | undefined {
		this.fewestAtRefusal = inFlight;
		this.samples.push({ inFlight, lastSecond: this.acceptedInLastSecond(now) });
		if (this.samples.length > STEADY_SAMPLES) this.samples.shift();
		return this.judge();
	}

	/**
	 * Whether Juspay limits requests per second or in flight, judged over the
	 * last cuts: the limit Juspay holds is the count that stays (nearly) the
	 * same at every 429 while the other one wanders. Undefined when both
	 * wander, as when the limit itself changes.
	 */
	private judge(): LimitKind | undefined {
		if (this.samples.length < KIND_SAMPLES) return undefined;
		const last = this.samples.slice(-KIND_SAMPLES);
		const inFlight = last.map((sample) => sample.inFlight);
		const lastSecond = last.map((sample) => sample.lastSecond);
		if (holds(lastSecond, inFlight)) return 'perSecond';
		// A count at once is held only when the rate wandered by more than the one a count over a sliding second
		// moves by itself: a few requests in flight hold by chance under a limit per second too, when answers take
		// about as long each time (and a share of a limit other workers use holds as steady as ours would).
		if (spread(lastSecond) >= MIN_WANDER && holds(inFlight, lastSecond)) return 'inFlight';
		if (this.steadyCount()) return 'inFlight';
		return undefined;
	}

	/**
	 * Sent at a rate, evenly, the rate at the cuts may move by only one for a long time: 10 in flight then took up
	 * to 25 s to read, refused about once a second meanwhile. So 8 or more of ours at Juspay, exactly as many at four
	 * cuts in a row while the rate moved at all, read as a count in flight too (10 in flight: 1.045 → 1.031
	 * requests per row in the simulation; at three cuts a limit of 15 per second read as 12 in flight half again as
	 * often, and below 8 a limit of 5 per second as 4 in flight).
	 */
	private steadyCount(): boolean {
		if (this.samples.length < STEADY_SAMPLES) return false;
		const inFlight = this.samples.map((sample) => sample.inFlight);
		return inFlight[0] >= MANY_IN_FLIGHT && spread(inFlight) === 0 && spread(this.samples.map((sample) => sample.lastSecond)) >= 1;
	}

	/**
	 * A 429 with `inFlight` of ours at Juspay, `sinceCutMs` after the last cut. Whether it shows a second's window
	 * full: refused with fewer of ours at Juspay than at any 429 since that cut, within a second of it (a run's first
	 * round trips, before Juspay's limit is known): a count Juspay held would have let that one in.
	 */
	refused(inFlight: number, sinceCutMs: number): boolean {
		const windowFull = sinceCutMs < 1000 && inFlight < this.fewestAtRefusal;
		this.fewestAtRefusal = Math.min(this.fewestAtRefusal, inFlight);
		return windowFull;
	}

	/** When the oldest request Juspay accepted in the second before `now` leaves it: a full window takes no more till then. */
	windowFreesAt(now: number): number {
		this.forgetBefore(now - 1000);
		const oldest = this.lastSecondSends.find((send) => !send.refused);
		return oldest ? oldest.sentAt + 1000 : now;
	}

	/** Juspay answered one of our requests (not a 429). */
	answered(now: number): void {
		this.answers.push(now);
		this.forgetBefore(now - 1000);
	}

	/**
	 * What Juspay accepted of ours per second, at a cut: the most of the sends
	 * it accepted in the last second, its answers in the last second, and the
	 * requests at it now per round trip. Right after a burst, or with round
	 * trips near a second, any one of them alone can read far too low. But
	 * a second's window that is full (`windowFull`: one read full, or a limit
	 * per second) holds exactly what Juspay allows us in a second: the sends
	 * it accepted in it. The others read higher when answers come back in
	 * clumps (15 per second: 1.063 → 1.043 requests per row in `npm run bench`).
	 * In a second in which Juspay refused most of what we sent while some of
	 * ours are at it, its answers are to requests it took before its limit
	 * dropped: the sends it accepted and the requests at it now say what it
	 * takes (40 in flight dropping to 10: 63 refusals after the drop → 43 in
	 * the simulation, no slower). With none of ours at it, the answers stay:
	 * nothing else says what it took.
	 */
	acceptedPerSecond(now: number, inFlight: number, roundTripMs: number, windowFull: boolean): number {
		const atJuspay = roundTripMs ? (inFlight * 1000) / roundTripMs : 0;
		const accepted = this.acceptedInLastSecond(now); // also forgets answers older than a second
		if (windowFull) return accepted;
		if (inFlight > 0 && accepted < this.lastSecondSends.length / 2) return Math.max(accepted, atJuspay);
		return Math.max(accepted, this.answers.length, atJuspay);
	}

	/** The sends of the second before `now` (a 429 still to come marks one refused). */
	lastSecond(now: number): Send[] {
		this.forgetBefore(now - 1000);
		return [...this.lastSecondSends];
	}

	/** Requests Juspay accepted (not refused) in the second before `now`. */
	private acceptedInLastSecond(now: number): number {
		this.forgetBefore(now - 1000);
		return this.lastSecondSends.filter((send) => !send.refused).length;
	}

	/** The last cuts no longer say which limit Juspay holds: judge afresh from the next ones. */
	forget(): void {
		this.samples.length = 0;
	}

	private forgetBefore(time: number): void {
		const sends = this.lastSecondSends;
		while (sends.length > 0 && sends[0].sentAt <= time) sends.shift();
		while (this.answers.length > 0 && this.answers[0] <= time) this.answers.shift();
	}
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
/** Spread as a share of the largest: requests in flight and per second are counts of different sizes. */
const relativeSpread = (values: number[]) => spread(values) / Math.max(1, ...values);

/**
 * Whether the counts `held` at the last 429s stayed the same (within one, or
 * 5% of a larger count) while the counts `other` moved more, for their size.
 */
function holds(held: number[], other: number[]): boolean {
	return relativeSpread(held) < relativeSpread(other) && spread(held) <= Math.max(1, 0.05 * Math.max(...held));
}
