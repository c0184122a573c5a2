import { realClock, type Answer, type Clock, type Sharer } from '../../nodes/Juspay/transport/pace/types';

/**
 * The simpler controller of issue 27, run beside the shipped one in the
 * simulation (test/unit/paceCompare.ts) for docs/pace.md; never shipped.
 *
 * How many requests may be at Juspay at once (`window`), and, once Juspay
 * has shown a limit per second, how many may go per second (`rate`), learned
 * from its 429s. One control serves every Auto run in this n8n process that
 * calls the same Juspay account (`pace.ts`), hands places out fairly (the next
 * one to the run with the fewest at Juspay, a resent request first), and
 * outlives the runs, so the next run starts where the last one ended.
 *
 * It starts at 16 at once and quadruples every round trip until the first
 * 429. At a 429:
 * - no request goes until the oldest of ours that Juspay accepted in the last
 *   second has left that second (Juspay counts a second back);
 * - refused with more of ours at Juspay than it has just accepted at once: a
 *   limit on requests in flight, so the window is set to exactly that count;
 * - refused at a count it has accepted: a limit per second (or one shared
 *   with other processes), so at most 98% of what Juspay accepted of ours in
 *   the last second go per second, spread out;
 * - refused again before any request got through since the last 429, below
 *   that count: the limit dropped, so everyone waits a second for the
 *   requests at Juspay to drain, and the next 429 finds the new count.
 * A request sent before the last 429 and refused after it does not change the
 * pace again, but its place is not handed on. In between, the window grows
 * one place every few round trips, the rate half a request per second every
 * second; after a calm spell (no 429 for 3 s) both grow fast, to find a
 * raised limit or take up what another process left.
 *
 * Fixed does not learn: every request may go (the run's item count holds it),
 * and a 429 or 503 pauses every request for the Retry-After.
 */

/** A request's place at Juspay. */
export interface Slot {
	sentAt: number;
	/** Cuts before it was sent: only answers to requests sent since the last cut say anything about the pace. */
	epoch: number;
	/** Requests of ours at Juspay when it went. */
	before: number;
	/** It took the window's last place, or waited for the rate with room in the window: what to grow. */
	full: boolean;
	paced: boolean;
	refused?: boolean;
}

// Tuned over simulated runs (test/unit/paceSimulation.ts): see docs/pace.md.
const START = 16;
const [SLOW_START_STEP, PROBE_ROUND_TRIPS, CALM_MS] = [3, 3, 3000];
/** Rate: cut to this share of what Juspay accepted; grows this many requests per second, every second. */
const [RATE_CUT, RATE_GROWTH] = [0.98, 0.5];
/** Sends are spread at this multiple of the rate, at most this many at once after a pause. */
const [SPREAD, BURST] = [1.2, 2];

export class SimpleControl {
	private window = START;
	private rate = 0;
	private inFlight = 0;
	private rttMs = 0;
	private epoch = 0;
	private lastCut?: { slot: Slot; held: boolean };
	private lastRefusedAt = -Infinity;
	private lastHeldAt = -Infinity;
	private grownAt = 0;
	private pausedUntil = 0;
	private tokens = 0;
	private refilledAt = 0;
	private wakeAt = Infinity;
	/** Our sends of the last second, oldest first. */
	private recent: Slot[] = [];
	/** Requests at Juspay at each cut, for the execution hint. */
	readonly cutPoints: number[] = [];
	private readonly sent = new WeakMap<Sharer, number>();
	private readonly sharers: Sharer[] = [];

	constructor(
		readonly mode: 'auto' | 'fixed',
		private readonly clock: Clock = realClock,
	) {
		if (mode === 'fixed') this.window = Infinity;
	}

	/** Requests allowed at Juspay at once right now, for all runs together (never above their Max Concurrency). */
	get allowed(): number {
		return Math.max(1, Math.floor(Math.min(this.window, this.ceiling())));
	}

	/** A run joins; joining an idle control holds what the last run learned for a calm spell before probing up. */
	join(sharer: Sharer): void {
		if (this.sharers.length === 0 && this.lastCut) this.lastRefusedAt = this.lastHeldAt = this.clock.now();
		this.sharers.push(sharer);
	}

	/** A run is over (or failed): its share goes to the others. */
	leave(sharer: Sharer): void {
		this.sharers.splice(this.sharers.indexOf(sharer) >>> 0, 1);
		this.wake();
	}

	/** Resolves when one more request of `sharer` may go (`resent`: first in its line). Pair with `release`. */
	async acquire(sharer: Sharer, resent: boolean): Promise<Slot> {
		if ((resent || sharer.waitingRequests.length === 0) && this.maySend(sharer) && this.nextInLine(sharer) === sharer) return this.take(sharer, false);
		return await new Promise<Slot>((resolve) => {
			const go = () => resolve(this.take(sharer, true));
			if (resent) sharer.waitingRequests.unshift(go);
			else sharer.waitingRequests.push(go);
			this.wake();
		});
	}

	release(sharer: Sharer, slot: Slot, answer: Answer): void {
		this.inFlight--;
		sharer.inFlight--;
		const now = this.clock.now();
		if (answer === 'answered') this.grow(slot, now);
		else if (answer !== 'noAnswer' && this.mode === 'auto') this.cut(slot, now);
		this.wake();
	}

	/** Every request waits until then. */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
	}

	private ceiling(): number {
		if (this.mode === 'fixed' || this.sharers.length === 0) return Infinity;
		return this.sharers.reduce((sum, sharer) => sum + sharer.concurrency, 0);
	}

	private take(sharer: Sharer, queued: boolean): Slot {
		const roomy = this.inFlight + 1 < this.allowed;
		const slot: Slot = { sentAt: this.clock.now(), epoch: this.epoch, before: this.inFlight, full: !roomy, paced: queued && roomy && this.rate > 0 };
		this.inFlight++;
		sharer.inFlight++;
		this.sent.set(sharer, (this.sent.get(sharer) ?? 0) + 1);
		if (this.rate) this.tokens--;
		this.recent.push(slot);
		return slot;
	}

	/** Our sends in the last second that Juspay did not refuse (so far). */
	private accepted(now: number): Slot[] {
		while (this.recent.length > 0 && this.recent[0].sentAt <= now - 1000) this.recent.shift();
		return this.recent.filter((slot) => !slot.refused);
	}

	/** When the next request may go: after any pause and, at a rate, once a second holds fewer than the rate, spread out. */
	private sendableAt(now: number): number {
		if (!this.rate) return this.pausedUntil;
		const perMs = (SPREAD * this.rate) / 1000;
		this.tokens = Math.min(BURST, this.tokens + (now - this.refilledAt) * perMs);
		this.refilledAt = now;
		const accepted = this.accepted(now);
		const full = accepted.length - Math.floor(this.rate);
		const windowFreeAt = full >= 0 ? accepted[full].sentAt + 1000 : 0;
		return Math.max(this.pausedUntil, windowFreeAt, this.tokens >= 1 ? 0 : now + (1 - this.tokens) / perMs);
	}

	private maySend(sharer: Sharer): boolean {
		const now = this.clock.now();
		return now >= this.sendableAt(now) && this.inFlight < this.allowed && (this.mode === 'fixed' || sharer.inFlight < sharer.concurrency);
	}

	/** The run whose turn it is: requests waiting (or `asking`), under its own cap, fewest at Juspay, then fewest sent. */
	private nextInLine(asking?: Sharer): Sharer | undefined {
		let next: Sharer | undefined;
		for (const sharer of this.sharers) {
			if ((sharer !== asking && sharer.waitingRequests.length === 0) || (this.mode === 'auto' && sharer.inFlight >= sharer.concurrency)) continue;
			if (!next || sharer.inFlight < next.inFlight || (sharer.inFlight === next.inFlight && (this.sent.get(sharer) ?? 0) < (this.sent.get(next) ?? 0))) next = sharer;
		}
		return next ?? asking;
	}

	private grow(slot: Slot, now: number): void {
		this.rttMs = this.rttMs ? 0.8 * this.rttMs + 0.2 * (now - slot.sentAt) : now - slot.sentAt;
		if (this.mode !== 'auto' || slot.epoch !== this.epoch) return;
		if (this.epoch === 0 || slot.full) {
			const calm = now - this.lastHeldAt >= CALM_MS;
			const step = this.epoch === 0 ? SLOW_START_STEP : calm ? 1 : 1 / (this.window * PROBE_ROUND_TRIPS);
			this.window = Math.min(this.window + step, Math.max(this.window, this.ceiling()));
		}
		if (slot.paced) {
			const seconds = Math.min(1000, now - this.grownAt) / 1000;
			const calm = now - this.lastRefusedAt >= CALM_MS;
			this.rate += seconds * (calm ? (500 * this.rate) / Math.max(this.rttMs, 100) : RATE_GROWTH);
		}
		this.grownAt = now;
	}

	private cut(slot: Slot, now: number): void {
		slot.refused = true;
		this.lastRefusedAt = now;
		const accepted = this.accepted(now);
		// Juspay counts a second back: nothing goes until the oldest of ours it counted has left that second.
		this.pause(accepted.length > 0 ? accepted[0].sentAt + 1000 - now : 1000);
		if (slot.epoch !== this.epoch) {
			// Sent before the last cut: the pace is set already, but the refused place is not handed on.
			if (this.lastCut?.held) this.window = Math.min(this.window, Math.max(1, this.inFlight));
			return;
		}
		// What Juspay had accepted of ours before this request: requests sent after it may not be answered yet.
		const before = this.recent.slice(0, Math.max(0, this.recent.indexOf(slot))).filter((sent) => !sent.refused);
		const last = this.lastCut?.slot;
		const dropped = last !== undefined && this.recent.includes(last) && slot.before <= last.before && this.recent.slice(this.recent.indexOf(last) + 1, this.recent.indexOf(slot)).every((sent) => sent.refused);
		const held = !dropped && slot.before > Math.max(-1, ...before.map((sent) => sent.before));
		if (dropped) {
			this.window = Math.max(1, Math.min(this.window, slot.before));
			this.pause(1000);
		} else if (held) {
			this.window = Math.max(1, slot.before);
		} else {
			this.rate = Math.max(1, before.length * RATE_CUT);
		}
		if (held || dropped) this.lastHeldAt = now;
		this.lastCut = { slot, held: held || dropped };
		this.epoch++;
		this.cutPoints.push(Math.max(1, slot.before));
		if (this.cutPoints.length > 20) this.cutPoints.shift();
	}

	/** Hands free places to waiting requests (the run whose turn it is first), then lets runs start items. */
	private wake(): void {
		const now = this.clock.now();
		for (let next = this.nextInLine(); next && this.maySend(next); next = this.nextInLine()) next.waitingRequests.shift()!();
		const at = this.sendableAt(now);
		if (this.nextInLine() && at > now && at < this.wakeAt) {
			this.wakeAt = at;
			void this.clock.sleep(at - now).then(() => {
				if (this.wakeAt === at) this.wakeAt = Infinity;
				this.wake();
			});
		}
		for (const sharer of this.sharers) sharer.wakeItems();
	}
}
