/**
 * Sending at a rate: the pace's mode once Juspay's 429s do not show one fixed
 * count of requests at once, that is a limit per second, or any limit shared
 * with other n8n processes (queue-mode workers), whose sends this process
 * cannot see. `control.ts` spreads sends evenly at `perSecond`.
 *
 * Between cuts the rate grows by one request per round trip, per round trip
 * (at least a tenth and at most a quarter of the rate per second): the same
 * step for processes at the same round trip, unless the quarter holds one
 * back. Each 429 after a cut slows it by 2% of its own rate, so of two
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
 * Two cases learn more from the cuts (issue 27: each probe costs a request):
 * - a limit per second of this process alone (`limitKind.ts` says so, and
 *   the last cuts read the same count): the rate grows back to just under
 *   what Juspay accepted of ours in the second before the cut and stays
 *   there, probing higher only after a few calm seconds, instead of about
 *   one refusal a second;
 * - a limit that dropped (a count Juspay held was refused below it): the
 *   cut's rate comes from the second before the drop, so while refusals keep
 *   coming at it, every few of them halve it.
 */

/** At a cut: this share of what Juspay accepted of ours in the last second. */
const CUT_TO = 0.95;
/** Growth per second: at least this share of the rate (one request per round trip is little when round trips are long), at most this. */
const [MIN_GROWTH, MAX_GROWTH] = [0.1, 0.25];
/** Each refusal between cuts: this much slower, never below RATE_FLOOR of the rate the cut set. */
const [CUT_PER_REFUSAL, RATE_FLOOR] = [0.02, 0.9];
/** No 429 for this long (and this many round trips): the rate doubles every round trip. */
const [CALM_MS, CALM_ROUND_TRIPS] = [1000, 3];
/**
 * A limit per second known to be ours (the same at this many cuts): held at this share of it, probed above only
 * after this long without a 429, twice as long after each probe refused at that count (at most the second).
 */
const [KNOWN_HOLD, KNOWN_CUTS, KNOWN_PROBE_MS, MAX_KNOWN_PROBE_MS] = [0.98, 3, 5000, 10_000];
/** After a drop: this many refusals (a share of the rate, at least the second) halve the rate. */
const [DROP_REFUSALS, MIN_DROP_REFUSALS] = [0.2, 3];

/** What a cut read besides what Juspay accepted. */
export interface CutReading {
	/** The cuts show a limit per second of this process alone: what Juspay accepted of ours in the last second (0: not known). */
	knownLimit: number;
	/** A count Juspay held was refused below it: the limit dropped. */
	dropped: boolean;
}

export class SendRate {
	/** Sends per second; 0: not sending at a rate. */
	perSecond = 0;
	private setAtCut = 0;
	private lastRefusedAt = -Infinity;
	private reading: CutReading = { knownLimit: 0, dropped: false };
	private refusedSinceCut = 0;
	private readonly knownAtCuts: number[] = [];
	private knownProbeMs = KNOWN_PROBE_MS;

	/** How long after a cut the next may come. */
	static cutEvery(roundTripMs: number): number {
		return Math.max(1000, roundTripMs);
	}

	/** A cut: send just under `acceptedPerSecond`, what Juspay accepted of ours in the last second. */
	cut(now: number, acceptedPerSecond: number, reading: CutReading): void {
		this.perSecond = Math.max(1, acceptedPerSecond * CUT_TO);
		this.setAtCut = this.perSecond;
		this.lastRefusedAt = now;
		this.refusedSinceCut = 0;
		if (reading.knownLimit) this.knownAtCuts.push(reading.knownLimit);
		else this.knownAtCuts.length = 0;
		if (this.knownAtCuts.length > KNOWN_CUTS) this.knownAtCuts.shift();
		// Held only when the last cuts all read the same count (within one): a share of a limit that other processes
		// use too moves with theirs, and holding it would be slow to take up what they leave.
		const steady = this.knownAtCuts.length === KNOWN_CUTS && Math.max(...this.knownAtCuts) - Math.min(...this.knownAtCuts) <= 1;
		// Held before and refused again at that count: the next probe waits longer.
		this.knownProbeMs = steady && this.reading.knownLimit ? Math.min(2 * this.knownProbeMs, MAX_KNOWN_PROBE_MS) : KNOWN_PROBE_MS;
		this.reading = { ...reading, knownLimit: steady ? reading.knownLimit : 0 };
	}

	/** Not sending at a rate any more (Juspay holds requests in flight at one count). */
	stop(): void {
		this.perSecond = 0;
	}

	/** A 429 after the last cut; `atThisRate`: the request was sent at the rate the cut set. */
	refused(now: number, atThisRate: boolean): void {
		this.lastRefusedAt = now;
		if (!this.perSecond || !atThisRate) return;
		if (this.reading.dropped && ++this.refusedSinceCut >= Math.max(MIN_DROP_REFUSALS, DROP_REFUSALS * this.setAtCut)) {
			this.perSecond = this.setAtCut = Math.max(1, this.perSecond / 2);
			this.refusedSinceCut = 0;
			return;
		}
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
		const additive = seconds * Math.min(Math.max(1 / (roundTrip * roundTrip), MIN_GROWTH * this.perSecond), MAX_GROWTH * this.perSecond);
		const { knownLimit } = this.reading;
		if (knownLimit && now - this.lastRefusedAt < this.knownProbeMs) {
			this.perSecond = Math.max(this.perSecond, Math.min(this.perSecond + additive, KNOWN_HOLD * knownLimit));
			return;
		}
		const calm = now - this.lastRefusedAt >= Math.max(CALM_MS, CALM_ROUND_TRIPS * roundTripMs);
		this.perSecond += calm ? Math.max(additive, (this.perSecond * Math.LN2 * seconds) / roundTrip) : additive;
	}
}
