/**
 * A run of the pace over simulated time: a Juspay look-alike with a limit on
 * requests in flight or per second (429 at once beyond it, Retry-After 1),
 * latency with jitter, and rows driven the way the router and `request.ts`
 * drive the real pace. Nothing sleeps for real, so a 1,000-row run at 1 s
 * latency takes milliseconds and gives the same answer on a loaded machine.
 */
import { Pace, type Clock, type PaceSettings } from '../../nodes/Juspay/transport/pace';
import { rateLimitDelayMs } from '../../nodes/Juspay/transport/retry';
import { mulberry32 } from '../sandbox/faults';

export class SimulatedClock implements Clock {
	private time = 0;
	private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
	private seq = 0;

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		await new Promise<void>((resolve) => {
			this.timers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, resolve });
		});
	}

	/** Runs timers in time order until `done` settles; returns the simulated time it took. */
	async runUntil(done: Promise<unknown>): Promise<number> {
		let finished = false;
		void done.then(
			() => (finished = true),
			() => (finished = true),
		);
		for (;;) {
			// Let every promise that can move, move, before time advances.
			await new Promise((resolve) => setImmediate(resolve));
			if (finished) return this.time;
			if (this.timers.length === 0) throw new Error('simulation stalled: nothing scheduled and the run is not over');
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.timers.shift()!;
			this.time = next.at;
			next.resolve();
		}
	}
}

export interface SimulatedJuspay {
	mode: 'inFlight' | 'perSecond';
	limit: number;
	latencyMs: number;
	jitterMs: number;
	/** After this many accepted requests the limit becomes `then.limit`. */
	then?: { after: number; limit: number };
}

export interface SimulationResult {
	ms: number;
	rows: number;
	failedRows: number;
	accepted: number;
	rateLimited: number;
	maxInFlight: number;
	maxAllowed: number;
	/** When Juspay's limit changed (`then`), if it did. */
	changedAt?: number;
	/** The pace's allowed requests at once, sampled at each answer, with the time. */
	allowedOverTime: Array<[number, number]>;
	pace: Pace;
}

export async function simulate(
	rows: number,
	juspay: SimulatedJuspay,
	settings: PaceSettings,
	seed = 1,
	/** Up to this many ms late for the pace's own timers, as timers on a busy n8n fire. */
	timerLatenessMs = 0,
): Promise<SimulationResult> {
	const clock = new SimulatedClock();
	const random = mulberry32(seed);
	const paceClock = {
		now: () => clock.now(),
		sleep: async (ms: number) => await clock.sleep(ms + random() * timerLatenessMs),
	};
	const pace = new Pace(settings, paceClock);
	let limit = juspay.limit;
	let active = 0;
	let accepted = 0;
	let rateLimited = 0;
	let maxInFlight = 0;
	let maxAllowed = 0;
	let failedRows = 0;
	let changedAt: number | undefined;
	const acceptedAt: number[] = [];
	const allowedOverTime: Array<[number, number]> = [];

	const call = async (): Promise<'answered' | 'rateLimited'> => {
		const now = clock.now();
		while (acceptedAt.length && acceptedAt[0] <= now - 1000) acceptedAt.shift();
		const full = juspay.mode === 'inFlight' ? active >= limit : acceptedAt.length >= limit;
		if (full) {
			rateLimited++;
			return 'rateLimited';
		}
		accepted++;
		acceptedAt.push(now);
		if (juspay.then && accepted === juspay.then.after) {
			limit = juspay.then.limit;
			changedAt = now;
		}
		active++;
		maxInFlight = Math.max(maxInFlight, active);
		await clock.sleep(juspay.latencyMs + (random() * 2 - 1) * juspay.jitterMs);
		active--;
		return 'answered';
	};

	const row = async () => {
		let waited = 0;
		for (let attempt = 1; ; attempt++) {
			const slot = await pace.acquire();
			maxAllowed = Math.max(maxAllowed, pace.allowed);
			const answer = await call();
			pace.release(slot, answer);
			allowedOverTime.push([clock.now(), pace.allowed]);
			if (answer === 'answered') return;
			const delay = rateLimitDelayMs(attempt, { outcomeUnknown: false, retryAfterSeconds: 1 }, random);
			if (!pace.mayWaitForRateLimit(waited, delay)) {
				failedRows++;
				return;
			}
			waited += delay;
			await pace.backoff(delay);
		}
	};

	const run = async () => {
		const running: Array<Promise<void>> = [];
		for (let next = 0; next < rows; next++) {
			await pace.startItem();
			running.push(row().finally(() => pace.itemDone()));
		}
		await Promise.all(running);
	};

	const ms = await clock.runUntil(run());
	return { ms, rows, failedRows, accepted, rateLimited, maxInFlight, maxAllowed, changedAt, allowedOverTime, pace };
}
