import { sleep } from 'n8n-workflow';

import { perRun } from '../helpers/perRun';

/**
 * The pace of one node run: how many requests may be at Juspay at once, and
 * how many items the router may have started.
 *
 * Auto (the default) finds the fastest pace Juspay accepts, the way TCP
 * congestion control does (AIMD): it starts at 10 requests and triples every
 * round trip while Juspay answers (slow start), and when Juspay says "slow
 * down" (429, or 503) it cuts to 0.95 × what Juspay had accepted at that
 * moment, once per round trip, so a burst of 429s from one wave cuts once.
 * After a cut it grows by one request per round trip, and after a few calm
 * round trips it grows fast again to find out whether the limit was raised.
 * A 429 comes back at once and costs Juspay no work, so probing upward is
 * cheap; the refused row waits its Retry-After while other rows use the pace.
 * Within a round trip after a cut, a refused request's place is not handed
 * to another one: that is what stops a wave of 429s from feeding itself.
 *
 * Juspay may limit requests in flight or requests per second. At each cut
 * the pace notes both counts (requests in flight, requests accepted in the
 * second before); the one Juspay limits is the same at every 429, the other
 * wanders. Once the last three cuts show a per-second limit, sends are
 * spread evenly at 0.95 × the rate Juspay accepted, probed upward by 2% per
 * second while rows wait, and cut again on the next 429; requests in flight
 * are then only held by Max Concurrency. Answers come back in clumps (the
 * latency varies), and requests in flight alone would send them on in clumps
 * that overfill a strict one-second window: that pace settled ~15% below
 * the limit.
 *
 * Fixed keeps the behaviour from before Auto: exactly N items at once, and a
 * 429 or 503 pauses every item for the Retry-After.
 *
 * The router asks for an item slot, `request.ts` for a request slot per HTTP
 * call (an item may make several: a status read, the POST, polls) and tells
 * the pace what Juspay answered. Operations do not know it exists.
 */

export interface PaceSettings {
	mode: 'auto' | 'fixed';
	/** Auto: the most requests at once. Fixed: exactly this many items at once. */
	concurrency: number;
	/** How long 429s may keep a row (and the run) waiting before the row fails. */
	rateLimitBudgetMs: number;
}

/** What Juspay did with a request, as far as the pace is concerned. */
export type Answer = 'answered' | 'rateLimited' | 'overloaded' | 'noAnswer';

/** Time as the pace sees it; tests give it a simulated clock. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface Slot {
	sentAt: number;
	/** Which round trip (counted in cuts) the request was sent in. */
	epoch: number;
	/** Whether the pace was in use (at least half full) when it was sent: only then may it grow. */
	busy: boolean;
	/** Juspay answered 429 or 503: the request does not count against its limit. */
	refused?: boolean;
}

/** What the run went through, for the execution hint. */
export interface PaceReport {
	mode: PaceSettings['mode'];
	concurrency: number;
	rateLimited: number;
	overloaded: number;
	/** Rows failed because 429s outlasted Max Wait When Rate Limited. */
	outOfBudget: number;
	/** Auto: about how many requests at once Juspay accepted when it said "slow down". */
	settledAt?: number;
	/** Accepted answers per second while requests were flowing. */
	perSecond?: number;
}

// Tuned over simulated runs (test/unit/paceSimulation.ts) at 1 s ± 300 ms
// latency against limits of 10 and 40 in flight, 12 per second, 40 → 10, 100.
const START_LIMIT = 10;
/** On "slow down": this share of what Juspay had accepted at that moment. */
const CUT_TO = 0.95;
/** Calm round trips after a cut before growing fast again to look for a higher limit. */
const PROBE_AFTER_ROUND_TRIPS = 5;
/** Growth per answer while growing fast: 2 triples the pace every round trip. */
const FAST_STEP = 2;
/** Sends may go this much faster than answers come back (and twice as fast while growing fast). */
const PACING_GAIN = 1.3;
const FAST_PACING_GAIN = 2;
/** Sends that may go at once after a quiet spell, as a share of the limit: a timer that fires late costs no send. */
const PACING_BURST = 0.2;
/** Cuts remembered to say where the pace settled: the recent ones. */
const SETTLED_SAMPLES = 5;
/** Cuts compared to tell a limit per second from a limit on requests at once. */
const KIND_SAMPLES = 3;
/** Per-second limit: sends a timer that fired late may catch up at once, in sends. */
const RATE_BURST = 1.5;
/** Per-second limit: while rows wait to be sent, the rate grows by this share per second, to find a raised limit. */
const RATE_PROBE = 0.02;

const realClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

export class Pace {
	private limit: number;
	private threshold = Infinity;
	private inFlight = 0;
	private items = 0;
	/** Items waiting out a retry delay: they hold an item slot but no request slot. */
	private waiting = 0;
	private roundTripMs = 0;
	private epoch = 0;
	private lastCutAt = -Infinity;
	private lastAnsweredAt: number;
	private firstSentAt?: number;
	private answered = 0;
	private pausedUntil = 0;
	/** Pacing (see pacingRate): sends in hand, and when they were last topped up. */
	private tokens = 0;
	private refilledAt = 0;
	private wakeAt = Infinity;
	private readonly requestQueue: Array<() => void> = [];
	private readonly itemQueue: Array<() => void> = [];
	private readonly cutPoints: number[] = [];
	/** At each cut: requests in flight, and requests accepted in the second before. */
	private readonly cutSamples: Array<{ inFlight: number; lastSecond: number }> = [];
	/** Sends of the last second, to count how many Juspay accepted in it. */
	private readonly lastSecondSends: Slot[] = [];
	/** Juspay limits requests per second: sends are spread at this many per second (0: it limits requests at once). */
	private perSecond = 0;
	private lastSentAt = 0;
	private readonly counts = { rateLimited: 0, overloaded: 0, outOfBudget: 0 };

	constructor(
		readonly settings: PaceSettings,
		private readonly clock: Clock = realClock,
	) {
		this.limit = settings.mode === 'auto' ? Math.min(START_LIMIT, settings.concurrency) : Infinity;
		this.lastAnsweredAt = clock.now();
	}

	/** Requests allowed at Juspay at once right now. */
	get allowed(): number {
		return Math.max(1, Math.floor(this.limit));
	}

	/** Items the router may have started: in Auto, one per request slot plus the ones waiting out a retry. */
	private get itemCap(): number {
		const { mode, concurrency } = this.settings;
		return mode === 'fixed' ? concurrency : Math.min(concurrency, this.allowed + this.waiting);
	}

	/** Router: resolves when one more item may start. Pair with `itemDone`. */
	async startItem(): Promise<void> {
		if (this.itemQueue.length === 0 && this.items < this.itemCap) {
			this.items++;
			return;
		}
		await new Promise<void>((resolve) => {
			this.itemQueue.push(resolve);
			this.wake();
		});
	}

	itemDone(): void {
		this.items--;
		this.wake();
	}

	/** Transport: resolves when one more request may go to Juspay. Pair with `release`. */
	async acquire(): Promise<Slot> {
		if (this.requestQueue.length === 0 && this.maySend()) {
			this.sent();
		} else {
			await new Promise<void>((resolve) => {
				this.requestQueue.push(resolve);
				this.wake();
			});
		}
		const now = this.clock.now();
		this.firstSentAt ??= now;
		const slot: Slot = { sentAt: now, epoch: this.epoch, busy: this.inFlight * 2 >= this.allowed };
		if (this.settings.mode === 'auto') {
			this.lastSecondSends.push(slot);
			this.forgetSendsBefore(now - 1000);
		}
		return slot;
	}

	/** Transport: the request is over; `answer` is what Juspay did with it. */
	release(slot: Slot, answer: Answer): void {
		this.inFlight--;
		const now = this.clock.now();
		if (answer === 'answered') {
			this.answered++;
			this.lastAnsweredAt = now;
			this.grow(slot, now);
		} else if (answer === 'rateLimited' || answer === 'overloaded') {
			this.counts[answer]++;
			this.cut(slot, now);
		}
		this.wake();
	}

	/** Every item waits until then before its next request (Fixed mode's answer to "slow down", and 503s). */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
	}

	/** Waits out a retry delay without holding a request slot. */
	async backoff(ms: number): Promise<void> {
		this.waiting++;
		this.wake();
		try {
			await this.clock.sleep(ms);
		} finally {
			this.waiting--;
		}
	}

	/**
	 * Whether a row refused with 429 may wait `delayMs` more, having waited
	 * `waitedMs` for 429s already. The budget holds per row, and for the run:
	 * once Juspay has accepted nothing for the whole budget, rows fail at once
	 * instead of each waiting the budget out again.
	 */
	mayWaitForRateLimit(waitedMs: number, delayMs: number): boolean {
		const budget = this.settings.rateLimitBudgetMs;
		const ok = waitedMs + delayMs <= budget && this.clock.now() + delayMs - this.lastAnsweredAt <= budget;
		if (!ok) this.counts.outOfBudget++;
		return ok;
	}

	report(): PaceReport {
		const recent = this.cutPoints.slice(-SETTLED_SAMPLES);
		const elapsed = this.lastAnsweredAt - (this.firstSentAt ?? this.lastAnsweredAt);
		return {
			mode: this.settings.mode,
			concurrency: this.settings.concurrency,
			...this.counts,
			...(recent.length ? { settledAt: Math.round(recent.reduce((a, b) => a + b, 0) / recent.length) } : {}),
			...(elapsed > 0 ? { perSecond: Math.round((this.answered / elapsed) * 10_000) / 10 } : {}),
		};
	}

	private sendableAt(): number {
		const rate = this.pacingRate();
		if (rate === 0) return this.pausedUntil;
		this.refill(rate);
		return Math.max(this.pausedUntil, this.tokens >= 1 ? 0 : this.clock.now() + (1 - this.tokens) / rate);
	}

	private maySend(): boolean {
		return this.clock.now() >= this.sendableAt() && this.inFlight < this.allowed;
	}

	/**
	 * Pacing, once Juspay has said "slow down": sends are spread over the
	 * round trip at (limit × gain) per round trip, from a small bucket of
	 * tokens. With a per-second limit, requests that go out in clumps (answers
	 * come back in clumps) are refused even when the average rate is within
	 * it. The bucket lets a few go at once, so a timer that fires late on a
	 * busy n8n costs no send. Before any "slow down" there is nothing to
	 * respect and sends are not paced. Returns sends per ms; 0: not paced.
	 */
	private pacingRate(): number {
		if (this.perSecond) return this.perSecond / 1000;
		if (this.settings.mode !== 'auto' || !this.roundTripMs || this.cutPoints.length === 0) return 0;
		const growing = this.limit < this.threshold && this.limit < this.settings.concurrency;
		return (this.limit * (growing ? FAST_PACING_GAIN : PACING_GAIN)) / this.roundTripMs;
	}

	private refill(rate: number): void {
		const now = this.clock.now();
		const burst = this.perSecond ? RATE_BURST : Math.max(1, this.limit * PACING_BURST);
		this.tokens = Math.min(burst, this.tokens + (now - this.refilledAt) * rate);
		this.refilledAt = now;
	}

	/** `queued`: the request waited for its turn, so the pace (not the rows) holds the run back. */
	private sent(queued = false): void {
		this.inFlight++;
		if (this.pacingRate() > 0) this.tokens -= 1;
		const now = this.clock.now();
		// Probe a per-second limit upward slowly while rows wait: a 429 costs one send's turn.
		if (this.perSecond && queued) this.perSecond *= 1 + (RATE_PROBE * Math.min(1000, now - this.lastSentAt)) / 1000;
		this.lastSentAt = now;
	}

	private grow(slot: Slot, now: number): void {
		const rtt = now - slot.sentAt;
		this.roundTripMs = this.roundTripMs ? 0.8 * this.roundTripMs + 0.2 * rtt : rtt;
		// Answers to requests sent before the last cut say nothing about the new pace.
		if (this.settings.mode !== 'auto' || this.perSecond || !slot.busy || slot.epoch !== this.epoch) return;
		if (this.limit < this.threshold) {
			this.limit += FAST_STEP;
		} else {
			this.limit += 1 / this.limit; // one more per round trip
			if (now - this.lastCutAt >= PROBE_AFTER_ROUND_TRIPS * this.roundTripMs) this.threshold = Infinity;
		}
		this.limit = Math.min(this.limit, this.settings.concurrency);
	}

	private cut(slot: Slot, now: number): void {
		if (this.settings.mode !== 'auto') return;
		slot.refused = true;
		const accepted = Math.max(1, this.inFlight);
		if (slot.epoch === this.epoch && now - this.lastCutAt >= this.roundTripMs) {
			// A new round trip: cut once, below what Juspay accepted just now.
			const lastSecond = this.acceptedInLastSecond(now);
			this.cutSamples.push({ inFlight: accepted, lastSecond });
			this.perSecond = this.limitedPerSecond() ? Math.max(1, lastSecond * CUT_TO) : 0;
			// Per second: the rate holds the pace, so requests at once must not.
			this.limit = this.perSecond ? this.settings.concurrency : Math.max(1, Math.min(this.limit, accepted) * CUT_TO);
			this.threshold = this.limit;
			this.lastCutAt = now;
			this.epoch++;
			this.cutPoints.push(accepted);
		} else if (!this.perSecond) {
			// Same wave: do not hand the refused request's place to another one.
			this.limit = Math.max(1, Math.min(this.limit, accepted));
		}
	}

	private forgetSendsBefore(time: number): void {
		const sends = this.lastSecondSends;
		while (sends.length > 0 && sends[0].sentAt <= time) sends.shift();
	}

	private acceptedInLastSecond(now: number): number {
		this.forgetSendsBefore(now - 1000);
		return this.lastSecondSends.filter((slot) => !slot.refused).length;
	}

	/**
	 * Whether Juspay limits requests per second rather than requests at once,
	 * judged over the last cuts: the limit Juspay holds is the count that
	 * stays (nearly) the same at every 429 (requests at once, or requests
	 * accepted in the second before) while the other one wanders. Undecided
	 * (both wander, as when the limit itself changes): as it was.
	 */
	private limitedPerSecond(): boolean {
		const recent = this.cutSamples.slice(-KIND_SAMPLES);
		if (recent.length < KIND_SAMPLES) return false;
		const inFlight = recent.map((sample) => sample.inFlight);
		const lastSecond = recent.map((sample) => sample.lastSecond);
		if (holds(lastSecond, inFlight)) return true;
		if (holds(inFlight, lastSecond)) return false;
		return this.perSecond > 0;
	}

	/** Hands free slots to waiting requests first, then to waiting items. */
	private wake(): void {
		const now = this.clock.now();
		while (this.requestQueue.length > 0 && this.maySend()) {
			this.sent(true);
			this.requestQueue.shift()!();
		}
		const at = this.sendableAt();
		if (this.requestQueue.length > 0 && at > now && at < this.wakeAt) {
			this.wakeAt = at;
			void this.clock.sleep(at - now).then(() => {
				if (this.wakeAt === at) this.wakeAt = Infinity;
				this.wake();
			});
		}
		while (this.itemQueue.length > 0 && this.items < this.itemCap) {
			this.items++;
			this.itemQueue.shift()!();
		}
	}
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

/** Whether the counts `held` at the last 429s stayed the same (within 10%) while the counts `other` moved more. */
function holds(held: number[], other: number[]): boolean {
	return spread(held) < spread(other) && spread(held) <= 1 + 0.1 * Math.max(...held);
}

/** The pace of one node run (its execute context): the router creates it with the run's settings. */
export function paceOf(run: object, settings?: PaceSettings): Pace {
	return perRun(run, 'pace', () => new Pace(settings ?? { mode: 'fixed', concurrency: 1, rateLimitBudgetMs: 600_000 }));
}
