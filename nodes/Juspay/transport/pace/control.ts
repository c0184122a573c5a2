import { LimitKindReader, type Send } from './limitKind';
import { realClock, type Answer, type Clock, type Sharer, type Slot } from './types';
import { SendRate } from './sendRate';

/**
 * What decides the pace: how many requests may be at Juspay at once, or how many may go per second, learned from
 * what Juspay answers. One control serves every Auto run in this n8n process that calls the same Juspay account (see
 * `pace.ts`) and hands its request slots out fairly, the next one to the run with the fewest at Juspay (a resent
 * request first). It outlives the runs, so the next run starts where the last one ended.
 *
 * Auto starts at 16 requests and, until Juspay first says "slow down", quadruples every round trip while answers
 * come back as fast as before (slower answers mean Juspay is queueing: it then only doubles). A 429 costs Juspay no
 * work, but each refused row waits its Retry-After. At a 429 (or 503), once per round trip, `limitKind.ts` reads
 * which limit Juspay holds:
 * - requests in flight, at the same count at the last cuts: the pace holds exactly that count (not 0.95 ×, which at
 *   10 loses one request in ten), probing one more every few round trips. A 429 below that count means the count is
 *   not ours alone: it sends at a rate again;
 * - anything else (a limit per second, not known yet, or one shared with other processes): sends are spread evenly
 *   at a rate (`sendRate.ts`), since answers come back in clumps and, sent on in clumps, overfill a strict window.
 *   A window read full (refused with fewer of ours at Juspay than before) takes nothing until its oldest request
 *   leaves it.
 * Within a round trip a refused request's place is not handed on (a wave of 429s does not feed itself). Fixed does
 * not learn: a 429 pauses every request.
 */

// Tuned over simulated runs (test/unit/paceSimulation.ts) at 1 s ± 300 ms and 800 ± 200 ms latency against limits
// of 10 and 40 in flight, 12 and 15 per second, 40 → 10, 100, and two processes sharing 50 per second.
const START_LIMIT = 16;
/**
 * Once the last cuts show Juspay holds requests in flight at one count: the pace stays at it, probing one more
 * every this many round trips, twice as many after each probe refused at that count (at most the second).
 */
const [HELD_PROBE_ROUND_TRIPS, MAX_HELD_PROBE_ROUND_TRIPS] = [3, 12];
/** Calm round trips after a cut before growing fast again to look for a higher limit. */
const PROBE_AFTER_ROUND_TRIPS = 5;
/** Growth per answer: 3 quadruples the pace every round trip (before any 429), 2 triples it (probing), 1 doubles it. */
const [FIRST_STEP, PROBE_STEP, SLOWED_STEP] = [3, 2, 1];
/** Answers have slowed down when the round trip grows past this multiple of the quickest seen. */
const SLOWED_DOWN = 1.5;
/** Sends may go this much faster than answers come back (and twice as fast while growing fast). */
const [PACING_GAIN, FAST_PACING_GAIN] = [1.3, 2];
/** Sends that may go at once after a quiet spell, as a share of the limit: a timer that fires late costs no send. */
const PACING_BURST = 0.2;
/** At a rate: sends a timer that fired late may catch up at once; requests at once, as a multiple of what the rate keeps at Juspay. */
const [RATE_BURST, RATE_WINDOW] = [1.5, 1.5];
/**
 * A count in flight that dropped (issue 27): refusals in a row (every send since the first refused, but for this
 * many still on their way), at counts of ours at Juspay falling this many times, while this many of the sends Juspay
 * had accepted in the second before the first have left that second since (this long after, for sends that reach
 * Juspay late). Under a limit per second, however shared, each of ours leaving its second frees a place: another
 * process would have to take every one of them as well as its own for us to be refused on. After a count that
 * dropped, Juspay refuses until its answers (to requests it took before) bring ours below the new count.
 */
const [DROP_IN_TRANSIT, DROP_FALLS, DROP_LEFT_WINDOW, DROP_LATE_MS] = [1, 3, 4, 25];
/**
 * Nor in a run's first seconds: there every process sends at once and the window fills (queue mode, two workers:
 * one read its start as a drop, halved, and took 1.23× the other's time in real n8n).
 */
const DROP_AFTER_MS = 3000;

export class PaceControl {
	private limit = START_LIMIT;
	private threshold = Infinity;
	private inFlight = 0;
	private roundTripMs = 0;
	private quickestRoundTripMs = Infinity;
	private epoch = 0;
	private lastCutAt = -Infinity;
	private pausedUntil = 0;
	/** Pacing (see pacingRate): sends in hand, and when they were last topped up. */
	private tokens = 0;
	private refilledAt = 0;
	private wakeAt = Infinity;
	/** Requests in flight at each cut: where the pace settled. */
	readonly cutPoints: number[] = [];
	private readonly limitKind = new LimitKindReader();
	/** Sends spread at a rate (`sendRate.ts`) unless Juspay holds requests in flight at one count. */
	private readonly rate = new SendRate();
	/** Juspay limits requests in flight, at the count it accepted at the last cuts (`heldAt`): the pace cuts to exactly that count. */
	private heldInFlight = false;
	private heldAt = 0;
	private heldProbeRoundTrips = HELD_PROBE_ROUND_TRIPS;
	private lastSentAt = 0;
	/** When the first request was sent since the control was last idle (`join`). */
	private firstSentAt?: number;
	/** Sends so far, to number them (`Slot.seq`). */
	private sends = 0;
	/**
	 * Refusals in a row since send `seq`: `refused` of the sends since, the last at `last` of ours at Juspay, fallen
	 * `falls` times; `window`: the sends of the second before it. `gated`: read as a count that dropped.
	 */
	private streak?: { seq: number; refused: number; falls: number; last: number; window: Send[]; gated: boolean; early: boolean };
	/** The last streak read a count in flight that dropped: the next cut holds the count it comes at. */
	private countDropped = false;
	private readonly sharers: Sharer[] = [];

	constructor(
		readonly mode: 'auto' | 'fixed',
		private readonly clock: Clock = realClock,
	) {
		if (mode === 'fixed') this.limit = Infinity;
	}

	/** Requests allowed at Juspay at once right now, for all runs together (never above their Max Concurrency). */
	get allowed(): number {
		// At a rate: what the rate keeps at Juspay over a round trip, and half again for slower answers.
		const limit = this.rate.perSecond ? Math.ceil((RATE_WINDOW * this.rate.perSecond * this.roundTripMs) / 1000) : this.limit;
		return Math.max(1, Math.floor(Math.min(limit, this.ceiling())));
	}

	/** A run starts using the control; joining an idle one starts from what the last run learned. */
	join(sharer: Sharer): void {
		// A control outlives its runs (a queue-mode worker's): the drop rule's start gate counts from this run's first send.
		if (this.sharers.length === 0) this.firstSentAt = undefined;
		if (this.sharers.length === 0 && this.cutPoints.length > 0) {
			this.lastCutAt = this.clock.now();
			this.rate.restart(this.lastCutAt);
			// Where Juspay held the count, not where the last run's calm tail probed up to: no 429s at the start.
			if (this.heldInFlight) this.limit = Math.min(this.limit, this.heldAt);
			this.threshold = this.limit;
		}
		this.sharers.push(sharer);
	}

	/** A run is over (or failed): its share goes to the others. */
	leave(sharer: Sharer): void {
		const index = this.sharers.indexOf(sharer);
		if (index >= 0) this.sharers.splice(index, 1);
		this.wake();
	}

	/**
	 * Transport: resolves when one more request of `sharer` may go to Juspay (pair with `release`). `resent`: a request
	 * sent again after its wait goes first: a refused row does not wait its turn twice, nor do runs end on rows refused late.
	 */
	async acquire(sharer: Sharer, resent = false): Promise<Slot> {
		if ((resent || sharer.waitingRequests.length === 0) && this.maySend(sharer) && !this.othersWaitWithFewer(sharer)) {
			this.sent(sharer);
		} else {
			await new Promise<void>((resolve) => {
				if (resent) sharer.waitingRequests.unshift(resolve);
				else sharer.waitingRequests.push(resolve);
				this.wake();
			});
		}
		const now = this.clock.now();
		const slot: Slot = { sentAt: now, epoch: this.epoch, busy: this.inFlight * 2 >= this.allowed, seq: this.sends++ };
		this.firstSentAt ??= now;
		if (this.mode === 'auto') this.limitKind.sent(slot);
		return slot;
	}

	/** Transport: the request is over; `answer` is what Juspay did with it. */
	release(sharer: Sharer, slot: Slot, answer: Answer): void {
		this.inFlight--;
		sharer.inFlight--;
		const now = this.clock.now();
		if (answer === 'answered') {
			if (this.mode === 'auto') this.limitKind.answered(now);
			// A send since the streak began was accepted: no streak.
			if (this.streak && slot.seq >= this.streak.seq) this.streak = undefined;
			this.grow(slot, now);
		} else if (answer === 'rateLimited' || answer === 'overloaded') {
			this.cut(slot, now);
		}
		this.wake();
	}

	/** Every request waits until then (Fixed mode's answer to "slow down", and 503s). */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
	}

	/** The most requests at once: each run's Max Concurrency, added up (a learned pace above it is kept for the next runs). */
	private ceiling(): number {
		if (this.mode === 'fixed' || this.sharers.length === 0) return Infinity;
		return this.sharers.reduce((sum, sharer) => sum + sharer.concurrency, 0);
	}

	private sendableAt(): number {
		const rate = this.pacingRate();
		if (rate === 0) return this.pausedUntil;
		this.refill(rate);
		return Math.max(this.pausedUntil, this.tokens >= 1 ? 0 : this.clock.now() + (1 - this.tokens) / rate);
	}

	private maySend(sharer: Sharer): boolean {
		return this.clock.now() >= this.sendableAt() && this.inFlight < this.allowed && this.underOwnCap(sharer);
	}

	/** Auto: a run never has more than its Max Concurrency at Juspay. Fixed: its items hold it, not its requests. */
	private underOwnCap(sharer: Sharer): boolean {
		return this.mode === 'fixed' || sharer.inFlight < sharer.concurrency;
	}

	/** Fair share: another run waits for a slot with fewer requests at Juspay than `sharer` has. */
	private othersWaitWithFewer(sharer: Sharer): boolean {
		return this.sharers.some((other) => other !== sharer && other.waitingRequests.length > 0 && other.inFlight < sharer.inFlight);
	}

	/** Requests of every run still to go. */
	private backlog(): number {
		return this.sharers.reduce((sum, sharer) => sum + sharer.backlog, 0);
	}

	/** The run with requests waiting and the fewest at Juspay: the next slot is its. */
	private nextInLine(): Sharer | undefined {
		let next: Sharer | undefined;
		for (const sharer of this.sharers) {
			if (sharer.waitingRequests.length === 0 || !this.underOwnCap(sharer)) continue;
			if (!next || sharer.inFlight < next.inFlight) next = sharer;
		}
		return next;
	}

	/**
	 * Pacing, once Juspay has said "slow down": sends spread over the round trip at (limit × gain), from a small
	 * bucket of tokens (answers come back in clumps, and sends in clumps overfill a per-second window; the bucket
	 * lets a late timer cost no send). Before any "slow down" nothing is paced. Sends per ms; 0: not paced.
	 */
	private pacingRate(): number {
		if (this.rate.perSecond) return this.rate.perSecond / 1000;
		if (this.mode !== 'auto' || !this.roundTripMs || this.cutPoints.length === 0) return 0;
		const growing = this.limit < this.threshold && this.limit < this.ceiling();
		return (this.allowed * (growing ? FAST_PACING_GAIN : PACING_GAIN)) / this.roundTripMs;
	}

	private refill(rate: number): void {
		const now = this.clock.now();
		const burst = this.rate.perSecond ? RATE_BURST : Math.max(1, this.allowed * PACING_BURST);
		this.tokens = Math.min(burst, this.tokens + (now - this.refilledAt) * rate);
		this.refilledAt = now;
	}

	/** `queued`: the request waited for its turn, so the pace (not the rows) holds the runs back. */
	private sent(sharer: Sharer, queued = false): void {
		this.inFlight++;
		sharer.inFlight++;
		if (this.pacingRate() > 0) this.tokens -= 1;
		const now = this.clock.now();
		if (queued && this.rate.perSecond) this.rate.grow(now, now - this.lastSentAt, this.roundTripMs, this.backlog());
		this.lastSentAt = now;
	}

	private grow(slot: Slot, now: number): void {
		const rtt = now - slot.sentAt;
		this.roundTripMs = this.roundTripMs ? 0.8 * this.roundTripMs + 0.2 * rtt : rtt;
		this.quickestRoundTripMs = Math.min(this.quickestRoundTripMs, this.roundTripMs);
		// Answers to requests sent before the last cut say nothing about the new pace.
		const ceiling = this.ceiling();
		if (this.mode !== 'auto' || this.rate.perSecond || !slot.busy || slot.epoch !== this.epoch || this.limit >= ceiling) return;
		if (this.limit < this.threshold) {
			const slowed = this.roundTripMs > SLOWED_DOWN * this.quickestRoundTripMs;
			this.limit += slowed ? SLOWED_STEP : this.cutPoints.length === 0 ? FIRST_STEP : PROBE_STEP;
		} else {
			// One more per round trip, or per few at a known count, none there in a run's last round trip (a probe costs a row a Retry-After).
			if (this.heldInFlight && this.backlog() < this.limit) return;
			this.limit += 1 / (this.limit * (this.heldInFlight ? this.heldProbeRoundTrips : 1));
			const calm = Math.max(PROBE_AFTER_ROUND_TRIPS, this.heldInFlight ? this.heldProbeRoundTrips + 2 : 0);
			if (now - this.lastCutAt >= calm * this.roundTripMs) this.threshold = Infinity;
		}
		this.limit = Math.min(this.limit, ceiling);
	}

	private cut(slot: Slot, now: number): void {
		if (this.mode !== 'auto') return;
		slot.refused = true;
		if (this.countDropping(slot, now)) return;
		const accepted = Math.max(1, this.inFlight);
		const cutEvery = this.rate.perSecond ? SendRate.cutEvery(this.roundTripMs) : this.roundTripMs;
		const windowFull = this.limitKind.refused(accepted, now - this.lastCutAt);
		if (slot.epoch === this.epoch && now - this.lastCutAt >= cutEvery) {
			// A new round trip (a second, when sending at a rate): cut once, below what Juspay accepted just now.
			const judged = this.limitKind.atCut(now, accepted);
			// Refused below the count Juspay held: not a limit of ours alone. Else a held count stays until a limit per second shows.
			const refusedBelowHeld = this.heldInFlight && accepted < this.heldAt;
			if (refusedBelowHeld) this.limitKind.forget();
			const kind = refusedBelowHeld ? undefined : (judged ?? (this.heldInFlight || this.countDropped ? 'inFlight' : undefined));
			this.countDropped = false;
			const probeRefused = this.heldInFlight && kind === 'inFlight' && accepted === this.heldAt;
			this.heldInFlight = kind === 'inFlight';
			this.heldProbeRoundTrips = probeRefused ? Math.min(2 * this.heldProbeRoundTrips, MAX_HELD_PROBE_ROUND_TRIPS) : HELD_PROBE_ROUND_TRIPS;
			this.heldAt = accepted;
			// The first cut: a run's first answers are slow (connections opening): between the average and the quickest.
			const roundTrip = this.cutPoints.length === 0 ? (this.roundTripMs + this.quickestRoundTripMs) / 2 : this.roundTripMs;
			const perSecond = this.limitKind.acceptedPerSecond(now, accepted, roundTrip, windowFull || judged === 'perSecond');
			// A full second's window takes nothing more before its oldest request leaves it (a run's first round trips).
			if (windowFull) this.pausedUntil = Math.max(this.pausedUntil, this.limitKind.windowFreesAt(now));
			// No answer yet (no round trip to measure a rate by), or nothing accepted in the last second: requests at
			// once, as many as Juspay holds (each 429 comes back at once), not a rate of one a second.
			if (this.heldInFlight || perSecond < 1 || !this.roundTripMs) this.rate.stop();
			else this.rate.cut(now, perSecond, judged === 'perSecond');
			// At a rate, the rate holds the pace, so requests at once must not.
			this.limit = this.rate.perSecond ? this.ceiling() : Math.max(1, Math.min(this.limit, accepted));
			this.threshold = this.limit;
			this.lastCutAt = now;
			this.epoch++;
			this.cutPoints.push(accepted);
			if (this.cutPoints.length > 20) this.cutPoints.shift();
		} else if (this.rate.perSecond) {
			this.rate.refused(now, slot.epoch === this.epoch);
		} else {
			// Same wave: do not hand the refused request's place to another one.
			this.limit = Math.max(1, Math.min(this.limit, accepted));
		}
	}

	/**
	 * Whether the refusals in a row show a count in flight that dropped (`DROP_FALLS`): then it halves the count at
	 * once (and again at each request sent under it and refused), grows back fast up to the count it was refused at,
	 * and holds the count of the next cut. True: the refusal is dealt with (a cut would read the drain as a rate).
	 * 40 in flight dropping to 10: 1.094 → 1.043 requests per row in the simulation (busy n8n: 1.083 → 1.047); the
	 * queue's two workers sharing 50 per second read it once in 48 runs (docs/pace.md).
	 */
	private countDropping(slot: Slot, now: number): boolean {
		const count = this.inFlight;
		const streak = this.streak;
		const begin = () => (this.streak = { seq: this.sends, refused: 0, falls: 0, last: count, window: this.limitKind.lastSecond(now), gated: false, early: now - (this.firstSentAt ?? now) < DROP_AFTER_MS });
		// A request sent before the streak began: its refusal is of the first wave.
		if (!streak || slot.seq < streak.seq) {
			if (!streak) begin();
			return streak?.gated ?? false;
		}
		streak.refused++;
		if (this.sends - streak.seq - streak.refused > DROP_IN_TRANSIT || count > streak.last) {
			begin();
			return false;
		}
		if (count < streak.last) streak.falls++;
		streak.last = count;
		if (streak.falls < DROP_FALLS || (streak.gated && count > this.limit) || streak.early) return streak.gated;
		const leftWindow = streak.window.filter((send) => !send.refused && send.sentAt <= now - 1000 - DROP_LATE_MS).length;
		if (leftWindow < DROP_LEFT_WINDOW) return false;
		streak.gated = this.countDropped = true;
		this.rate.stop();
		this.heldInFlight = false;
		this.limitKind.forget();
		this.limit = Math.max(1, Math.floor(count / 2));
		this.threshold = count;
		this.lastCutAt = now;
		this.epoch++;
		return true;
	}

	/** Hands free slots to waiting requests (the run with the fewest at Juspay first), then lets runs start items. */
	private wake(): void {
		for (let next = this.nextInLine(); next; next = this.nextInLine()) {
			if (this.maySend(next)) {
				this.sent(next, true);
				next.waitingRequests.shift()!();
				continue;
			}
			// The clock again: a timer fires up to 1 ms early, and a request due by now has nothing else to wake it.
			const now = this.clock.now();
			const at = this.sendableAt();
			if (at <= now && this.maySend(next)) continue;
			if (at > now && at < this.wakeAt) {
				this.wakeAt = at;
				void this.clock.sleep(at - now).then(() => {
					if (this.wakeAt === at) this.wakeAt = Infinity;
					this.wake();
				});
			}
			break;
		}
		for (const sharer of this.sharers) sharer.wakeItems();
	}
}
