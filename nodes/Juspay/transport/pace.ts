import { perRun } from '../helpers/perRun';

import { PaceControl } from './paceControl';
import { realClock, type Answer, type Clock, type Sharer, type Slot } from './paceTypes';

export type { Answer, Clock, Slot } from './paceTypes';

/**
 * A node run's side of the pace: how many items the router may have started,
 * what Juspay answered this run's requests (counted for the execution hint),
 * and how long 429s may keep a row waiting. How many requests may be at
 * Juspay at once is decided by the run's `PaceControl` (`paceControl.ts`).
 *
 * In Auto, runs in this n8n process that call the same Juspay account (the
 * same host, merchant and key) share one control: n8n loads a node's module
 * once per process, so executions in regular mode, or several executions on
 * one queue-mode worker, find the same control here and split Juspay's limit
 * fairly instead of each finding the pace alone and competing. Each worker
 * process learns from its own 429s. The control stays after its runs end, so
 * the next run starts from what they learned (in memory only: a restart
 * starts from scratch). Fixed keeps a control of its own per run: exactly N
 * items at once, as before Auto.
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

/** Cuts remembered to say where the pace settled: the recent ones. */
const SETTLED_SAMPLES = 5;

export class Pace implements Sharer {
	inFlight = 0;
	readonly waitingRequests: Array<() => void> = [];
	private items = 0;
	/** Items the run has (told by the router) and has started: the rest still wait to start. */
	private expected = 0;
	private started = 0;
	/** Items waiting out a retry delay: they hold an item slot but no request slot. */
	private waiting = 0;
	private readonly itemQueue: Array<() => void> = [];
	private firstSentAt?: number;
	private lastAnsweredAt: number;
	private answered = 0;
	private ended = false;
	private readonly counts = { rateLimited: 0, overloaded: 0, outOfBudget: 0 };

	constructor(
		readonly settings: PaceSettings,
		private readonly clock: Clock = realClock,
		readonly control: PaceControl = new PaceControl(settings.mode, clock),
	) {
		this.lastAnsweredAt = clock.now();
		control.join(this);
	}

	get concurrency(): number {
		return this.settings.concurrency;
	}

	/** Requests allowed at Juspay at once right now (for every run sharing the control). */
	get allowed(): number {
		return this.control.allowed;
	}

	/** Items the router may have started: in Auto, one per request slot plus the ones waiting out a retry. */
	private get itemCap(): number {
		const { mode, concurrency } = this.settings;
		return mode === 'fixed' ? concurrency : Math.min(concurrency, this.allowed + this.waiting);
	}

	/** Router: how many items the run has. */
	expect(items: number): void {
		this.expected = items;
	}

	/** Requests still to go: items not started yet, and requests waiting for a slot. */
	get backlog(): number {
		return Math.max(0, this.expected - this.started) + this.waitingRequests.length;
	}

	/** Router: resolves when one more item may start. Pair with `itemDone`. */
	async startItem(): Promise<void> {
		if (this.itemQueue.length === 0 && this.items < this.itemCap) {
			this.items++;
		} else {
			await new Promise<void>((resolve) => {
				this.itemQueue.push(resolve);
				this.wakeItems();
			});
		}
		this.started++;
	}

	itemDone(): void {
		this.items--;
		this.wakeItems();
	}

	/** Router: the run is over (also when it failed): its share of the pace goes to the other runs. */
	end(): void {
		if (this.ended) return;
		this.ended = true;
		this.control.leave(this);
	}

	wakeItems(): void {
		while (this.itemQueue.length > 0 && this.items < this.itemCap) {
			this.items++;
			this.itemQueue.shift()!();
		}
	}

	/**
	 * Transport: resolves when one more request may go to Juspay (`resent`: a
	 * request sent again, after a 429 or a fault: first in line). Pair with `release`.
	 */
	async acquire(resent = false): Promise<Slot> {
		const slot = await this.control.acquire(this, resent);
		this.firstSentAt ??= slot.sentAt;
		return slot;
	}

	/** Transport: the request is over; `answer` is what Juspay did with it. */
	release(slot: Slot, answer: Answer): void {
		if (answer === 'answered') {
			this.answered++;
			this.lastAnsweredAt = this.clock.now();
		} else if (answer === 'rateLimited' || answer === 'overloaded') {
			this.counts[answer]++;
		}
		this.control.release(this, slot, answer);
	}

	/** Every request waits until then (Fixed mode's answer to "slow down", and 503s). */
	pause(ms: number): void {
		this.control.pause(ms);
	}

	/** Waits out a retry delay without holding a request slot. */
	async backoff(ms: number): Promise<void> {
		this.waiting++;
		this.wakeItems();
		try {
			await this.clock.sleep(ms);
		} finally {
			this.waiting--;
		}
	}

	/**
	 * Whether a row refused with 429 may wait `delayMs` more, having waited
	 * `waitedMs` for 429s already. The budget holds per row, and for the run:
	 * once Juspay has accepted nothing of this run for the whole budget, rows
	 * fail at once instead of each waiting the budget out again.
	 */
	mayWaitForRateLimit(waitedMs: number, delayMs: number): boolean {
		const budget = this.settings.rateLimitBudgetMs;
		const ok = waitedMs + delayMs <= budget && this.clock.now() + delayMs - this.lastAnsweredAt <= budget;
		if (!ok) this.counts.outOfBudget++;
		return ok;
	}

	report(): PaceReport {
		const recent = this.control.cutPoints.slice(-SETTLED_SAMPLES);
		const elapsed = this.lastAnsweredAt - (this.firstSentAt ?? this.lastAnsweredAt);
		return {
			mode: this.settings.mode,
			concurrency: this.settings.concurrency,
			...this.counts,
			...(recent.length ? { settledAt: Math.round(recent.reduce((a, b) => a + b, 0) / recent.length) } : {}),
			...(elapsed > 0 ? { perSecond: Math.round((this.answered / elapsed) * 10_000) / 10 } : {}),
		};
	}
}

/** Auto controls by Juspay account (`accountKey`: a hash, never the key itself), for this n8n process. */
const sharedControls = new Map<string, PaceControl>();

/** The Auto control every run calling `account` shares. */
export function sharedControl(account: string, clock?: Clock): PaceControl {
	let control = sharedControls.get(account);
	if (!control) {
		control = new PaceControl('auto', clock);
		sharedControls.set(account, control);
	}
	return control;
}

/** Tests: forget what earlier runs learned, so a run starts from scratch. */
export function forgetLearnedPaces(): void {
	sharedControls.clear();
}

/**
 * The pace of one node run (its execute context). The router creates it with
 * the run's settings and the Juspay account it calls (Auto runs calling the
 * same account share a control), and ends it when the run is over.
 */
export function paceOf(run: object, settings?: PaceSettings, account?: string): Pace {
	return perRun(run, 'pace', () => {
		const chosen = settings ?? { mode: 'fixed', concurrency: 1, rateLimitBudgetMs: 600_000 };
		return new Pace(chosen, realClock, chosen.mode === 'auto' && account ? sharedControl(account) : undefined);
	});
}
