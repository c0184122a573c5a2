import { cachedForRun } from '../../helpers/runCache';

import { PaceControl } from './control';
import { realClock, type Answer, type Clock, type Sharer } from './types';

export type { Answer, Clock } from './types';

/**
 * The pace: how many items and requests a node run has at Juspay, and what
 * happens on a 429. The router runs items through `runItems`, `request.ts`
 * sends every request through `send`; operations do not know it exists.
 *
 * A 429 means Juspay refused the request before acting on it, so `send`
 * sends it again after its Retry-After (plus a little jitter), ahead of the
 * run's requests still waiting for their first turn, for as long as Max Wait
 * When Rate Limited allows; nothing else about a request changes. How many
 * go at once and how fast is decided by the run's `PaceControl`
 * (`control.ts`), which learns it from the 429s (`limitKind.ts` reads which
 * limit Juspay holds, `sendRate.ts` paces a limit per second).
 *
 * In Auto, runs in this n8n process that call the same Juspay account (host,
 * merchant and key, known by a hash) share one control: executions in regular
 * mode, or several on one queue-mode worker, split Juspay's limit fairly
 * instead of competing, and the next run starts from what they learned (in
 * memory only). Fixed keeps a control of its own per run: exactly N items at
 * once, and a 429 pauses them all for its Retry-After.
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

/** One exchange with Juspay, as the pace needs it: what Juspay did, and a 429's Retry-After. */
export interface Exchanged<T> {
	outcome: T;
	answer: Answer;
	retryAfterSeconds?: number;
}

/** The last exchange's outcome, how long 429s kept it waiting, and whether that outlasted the budget. */
export interface Sent<T> {
	outcome: T;
	rateLimitedMs: number;
	outOfBudget: boolean;
}

export class Pace implements Sharer {
	inFlight = 0;
	readonly waitingRequests: Array<() => void> = [];
	private items = 0;
	/** Items the run has, and has started: the rest still wait to start. */
	private expected = 0;
	private started = 0;
	/** Items waiting out a retry delay: they hold an item place but no place at Juspay. */
	private backingOff = 0;
	private wakeItem?: () => void;
	private firstSentAt?: number;
	private lastAnsweredAt: number;
	private answered = 0;
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

	/** Requests still to go: items not started yet, and requests waiting for a place. */
	get backlog(): number {
		return Math.max(0, this.expected - this.started) + this.waitingRequests.length;
	}

	/** Requests allowed at Juspay at once right now (for every run sharing the control). */
	get allowed(): number {
		return this.control.allowed;
	}

	/**
	 * Runs items 0 … count-1, each once the pace has room for it, and resolves
	 * when all started ones are over. `runItem` resolves false to start no more.
	 */
	async runItems(count: number, runItem: (index: number) => Promise<boolean>): Promise<void> {
		const { mode, concurrency } = this.settings;
		const room = () => this.items < (mode === 'fixed' ? concurrency : Math.min(concurrency, this.allowed + this.backingOff));
		const running: Array<Promise<void>> = [];
		let goOn = true;
		this.expected = count;
		try {
			for (let index = 0; index < count; index++) {
				while (!room()) await new Promise<void>((resolve) => (this.wakeItem = resolve));
				if (!goOn) break;
				this.items++;
				this.started++;
				const done = () => {
					this.items--;
					this.wakeItems();
				};
				running.push(runItem(index).then((more) => void (goOn &&= more)).finally(done));
			}
			await Promise.all(running);
		} finally {
			// Also when the run fails: its share of the pace goes to the other runs.
			this.control.leave(this);
		}
	}

	wakeItems(): void {
		const wake = this.wakeItem;
		this.wakeItem = undefined;
		wake?.();
	}

	/** Sends one request when the pace allows, and again after each 429 while the budget lasts. `resent`: after a fault. */
	async send<T>(exchange: () => Promise<Exchanged<T>>, resent = false): Promise<Sent<T>> {
		let rateLimitedMs = 0;
		for (let attempt = 1; ; attempt++) {
			const slot = await this.control.acquire(this, resent || attempt > 1);
			this.firstSentAt ??= slot.sentAt;
			let exchanged: Exchanged<T> | undefined;
			try {
				exchanged = await exchange();
			} finally {
				this.count(exchanged?.answer ?? 'noAnswer');
				// Runs in this process share the control: a place never given back would hold all of them back.
				this.control.release(this, slot, exchanged?.answer ?? 'noAnswer');
			}
			const { outcome, answer, retryAfterSeconds } = exchanged;
			if (answer !== 'rateLimited') return { outcome, rateLimitedMs, outOfBudget: false };
			const delay = rateLimitDelayMs(attempt, retryAfterSeconds, this.settings.mode, this.clock.random);
			if (!this.mayWait(rateLimitedMs, delay)) return { outcome, rateLimitedMs, outOfBudget: true };
			rateLimitedMs += delay;
			if (this.settings.mode === 'fixed') this.control.pause(delay);
			await this.backoff(delay);
		}
	}

	/** Waits out a retry delay without holding a place at Juspay. */
	async backoff(ms: number): Promise<void> {
		this.backingOff++;
		this.wakeItems();
		try {
			await this.clock.sleep(ms);
		} finally {
			this.backingOff--;
		}
	}

	/** Every request waits until then (a 503). */
	pause(ms: number): void {
		this.control.pause(ms);
	}

	report(): PaceReport {
		const recent = this.control.cutPoints.slice(-5);
		const elapsed = this.lastAnsweredAt - (this.firstSentAt ?? this.lastAnsweredAt);
		return {
			mode: this.settings.mode,
			concurrency: this.settings.concurrency,
			...this.counts,
			...(recent.length ? { settledAt: Math.round(recent.reduce((a, b) => a + b, 0) / recent.length) } : {}),
			...(elapsed > 0 ? { perSecond: Math.round((this.answered / elapsed) * 10_000) / 10 } : {}),
		};
	}

	private count(answer: Answer): void {
		if (answer === 'answered') {
			this.answered++;
			this.lastAnsweredAt = this.clock.now();
		} else if (answer !== 'noAnswer') {
			this.counts[answer]++;
		}
	}

	/**
	 * Whether a row refused with 429 may wait `delayMs` more, having waited
	 * `waitedMs` for 429s already: the budget holds per row, and for the run,
	 * so once Juspay has accepted nothing of this run for the whole budget,
	 * rows fail at once instead of each waiting the budget out again.
	 */
	private mayWait(waitedMs: number, delayMs: number): boolean {
		const budget = this.settings.rateLimitBudgetMs;
		const ok = waitedMs + delayMs <= budget && this.clock.now() + delayMs - this.lastAnsweredAt <= budget;
		if (!ok) this.counts.outOfBudget++;
		return ok;
	}
}

/**
 * How long a row refused with 429 waits: Retry-After (else exponential
 * backoff), plus a random share again, at least 100 ms, so refused rows do not
 * all come back at once: a tenth in Auto (the control spreads its sends), half
 * in Fixed (it sends whatever comes back).
 */
export function rateLimitDelayMs(attempt: number, retryAfterSeconds: number | undefined, mode: PaceSettings['mode'], random = Math.random): number {
	const base = retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : Math.min(500 * 2 ** (attempt - 1), 30_000);
	return Math.round(base + random() * Math.max(base * (mode === 'auto' ? 0.1 : 0.5), 100));
}

/** Auto controls by Juspay account (a hash, never the key itself), for this n8n process. */
const sharedControls = new Map<string, PaceControl>();

/** Tests: forget what earlier runs learned, so a run starts from scratch. */
export function forgetLearnedPaces(): void {
	sharedControls.clear();
}

/**
 * The pace of one node run (its execute context). The router creates it with
 * the run's settings and the Juspay account it calls; `request.ts` finds it.
 */
export function paceOf(run: object, settings?: PaceSettings, account?: string): Pace {
	return cachedForRun(run, 'pace', () => {
		const chosen = settings ?? { mode: 'fixed', concurrency: 1, rateLimitBudgetMs: 600_000 };
		if (chosen.mode === 'fixed' || !account) return new Pace(chosen);
		if (!sharedControls.has(account)) sharedControls.set(account, new PaceControl('auto'));
		return new Pace(chosen, realClock, sharedControls.get(account));
	});
}
