/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * A run of the pace over simulated time: a Juspay look-alike with a limit on
 * requests in flight or per second (429 at once beyond it, Retry-After 1),
 * latency with jitter, and rows driven the way the router and `request.ts`
 * drive the real pace. Nothing sleeps for real, so a 1,000-row run at 1 s
 * latency takes milliseconds and gives the same answer on a loaded machine.
 */
import { PaceControl } from '../../nodes/Juspay/transport/pace/control';
import { Pace, type Clock, type Exchanged, type PaceReport, type PaceSettings, type Sent } from '../../nodes/Juspay/transport/pace/pace';
import { mulberry32 } from '../sandbox/faults';

export class SimulatedClock implements Clock {
	private time = 0;
	private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
	private seq = 0;

	constructor(readonly random: () => number = Math.random) {}

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

/** What the simulation drives: one node run's pace, as the router and `request.ts` use it. */
export interface SimulatedPace {
	runItems(count: number, runItem: (index: number) => Promise<boolean>): Promise<void>;
	send<T>(exchange: () => Promise<Exchanged<T>>): Promise<Sent<T>>;
	readonly allowed: number;
	readonly inFlight: number;
	report(): PaceReport;
}

/** Makes the paces of a simulation: Auto runs of one process share what `process` gives them. */
export type PaceMaker = (clock: Clock) => (settings: PaceSettings, process: number) => SimulatedPace;

/** The pace with a control of `makeControl`'s, one per process (as `paceOf` shares one per account). */
export function paceWith(makeControl: (clock: Clock) => PaceControl): PaceMaker {
	return (clock) => {
		const controls = new Map<number, PaceControl>();
		return (settings, process) => {
			if (settings.mode === 'fixed') return new Pace(settings, clock);
			if (!controls.has(process)) controls.set(process, makeControl(clock));
			return new Pace(settings, clock, controls.get(process));
		};
	};
}

/** The shipped pace. */
export const currentPace = paceWith((clock) => new PaceControl('auto', clock));

export interface SimulatedJuspay {
	mode: 'inFlight' | 'perSecond';
	limit: number;
	latencyMs: number;
	jitterMs: number;
	/** Retry-After on a 429, in seconds (default 1). */
	retryAfterSeconds?: number;
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
	/** When Juspay refused a request (429). */
	refusedAt: number[];
	/** When Juspay's limit changed (`then`), if it did. */
	changedAt?: number;
	/** The pace's allowed requests at once, sampled at each answer, with the time. */
	allowedOverTime: Array<[number, number]>;
	/** Requests at Juspay at once, with the time, at each change. */
	inFlightOverTime: Array<[number, number]>;
	pace: SimulatedPace;
}

/** One run among several sharing a Juspay (and, in Auto, one control). */
export interface SimulatedRun {
	rows: number;
	settings: PaceSettings;
	/** Starts at this simulated time (ms), or when run number `after` (0-based) has ended. */
	startAt?: number;
	after?: number;
	/** Which n8n process runs it (default 0): Auto runs share the control of their process. */
	process?: number;
}

export interface RunResult {
	startedAt: number;
	endedAt: number;
	failedRows: number;
	/** Requests of this run Juspay accepted, and refused with 429. */
	accepted: number;
	rateLimited: number;
	/** When Juspay accepted each of this run's requests, and when it refused one. */
	acceptedAt: number[];
	refusedAt: number[];
	/** The most requests of this run at Juspay at once. */
	maxInFlight: number;
	pace: SimulatedPace;
}

export interface SharedSimulationResult {
	ms: number;
	runs: RunResult[];
	accepted: number;
	rateLimited: number;
	maxInFlight: number;
	/** Requests at Juspay at once, on average over the whole time. */
	meanInFlight: number;
	inFlightOverTime: Array<[number, number]>;
	allowedOverTime: Array<[number, number]>;
	changedAt?: number;
}

export interface SimulationOptions {
	seed?: number;
	/** Up to this many ms late for the pace's own timers, as timers on a busy n8n fire. */
	timerLatenessMs?: number;
	/** Up to this many ms between Juspay's answer (its count goes down) and the pace hearing it, as on a busy n8n. */
	answerLagMs?: number;
	/** Up to this many ms between the pace letting a request go and Juspay seeing it (n8n's HTTP stack). */
	sendLagMs?: number;
	/**
	 * Real time as code sees it: the clock moves on this much at each read (time passes while code runs), and
	 * a timer may fire up to this much before the time it was set for (Node's timers count whole milliseconds).
	 */
	nowDriftMs?: number;
	/**
	 * A request that finds no idle connection of its process (n8n's HTTP agent keeps them open) opens one first and
	 * reaches Juspay this many ms later (uniform between the two): a run's first bursts arrive late, later requests
	 * not. A model of a worker busy starting its executions, not a measurement: with the first requests more than
	 * the 25 ms late that control.ts allows for sends, queue mode's start reads as a count that dropped, as it did
	 * in real n8n (pace.test.ts; at 20 or 25 ms it never did in 8 seeds, at 30 ms in 4, at 40 ms in 7).
	 */
	connectMs?: [number, number];
	paces?: PaceMaker;
}

export async function simulate(rows: number, juspay: SimulatedJuspay, settings: PaceSettings, options: SimulationOptions = {}): Promise<SimulationResult> {
	const result = await simulateRuns(juspay, [{ rows, settings }], options);
	const [run] = result.runs;
	const maxAllowed = Math.max(...result.allowedOverTime.map(([, allowed]) => allowed));
	return { ...result, rows, failedRows: run.failedRows, maxAllowed, refusedAt: run.refusedAt, pace: run.pace };
}

/**
 * Runs that call the same Juspay account: Auto runs in one n8n process share
 * one control, as `paceOf` gives them (here one control per process and
 * simulation keeps simulations apart), and processes (queue-mode workers)
 * each learn alone. A run that starts after another has ended starts from
 * what that one learned.
 */
export async function simulateRuns(juspay: SimulatedJuspay, specs: SimulatedRun[], options: SimulationOptions = {}): Promise<SharedSimulationResult> {
	const { seed = 1, timerLatenessMs = 0, answerLagMs = 0, sendLagMs = 0, nowDriftMs = 0, connectMs, paces = currentPace } = options;
	const random = mulberry32(seed);
	const clock = new SimulatedClock(random);
	let drift = 0;
	const paceClock: Clock = {
		now: () => clock.now() + (drift += nowDriftMs),
		sleep: async (ms: number) => await clock.sleep(ms + random() * timerLatenessMs - (nowDriftMs ? random() : 0)),
		random,
	};
	const paceOf = paces(paceClock);
	let limit = juspay.limit;
	let active = 0;
	let accepted = 0;
	let rateLimited = 0;
	let maxInFlight = 0;
	let changedAt: number | undefined;
	const acceptedAt: number[] = [];
	const allowedOverTime: Array<[number, number]> = [];
	/** Requests at Juspay over time, integrated (request·ms): the mean in flight is this over the run's time. */
	let inFlightMs = 0;
	let countedAt = 0;
	const inFlightOverTime: Array<[number, number]> = [];
	const count = () => {
		inFlightOverTime.push([clock.now(), active]);
		inFlightMs += active * (clock.now() - countedAt);
		countedAt = clock.now();
	};

	/** Idle kept-alive connections of each process (`connectMs`): when each was last used, newest last. */
	const idle = new Map<number, number[]>();
	const call = async (worker: number): Promise<'answered' | 'rateLimited'> => {
		if (connectMs) {
			// A server closes a connection idle for 5 s (Node's keepAliveTimeout): a later batch opens its own again.
			const open = (idle.get(worker) ?? []).filter((usedAt) => usedAt > clock.now() - 5000);
			idle.set(worker, open);
			if (open.pop() === undefined) await clock.sleep(connectMs[0] + random() * (connectMs[1] - connectMs[0]));
		}
		const answer = await reach();
		if (connectMs) idle.get(worker)?.push(clock.now());
		return answer;
	};
	const reach = async (): Promise<'answered' | 'rateLimited'> => {
		if (sendLagMs) await clock.sleep(random() * sendLagMs);
		const now = clock.now();
		while (acceptedAt.length && acceptedAt[0] <= now - 1000) acceptedAt.shift();
		const full = juspay.mode === 'inFlight' ? active >= limit : acceptedAt.length >= limit;
		if (full) {
			rateLimited++;
			if (answerLagMs) await clock.sleep(random() * answerLagMs);
			return 'rateLimited';
		}
		accepted++;
		acceptedAt.push(now);
		if (juspay.then && accepted === juspay.then.after) {
			limit = juspay.then.limit;
			changedAt = now;
		}
		count();
		active++;
		maxInFlight = Math.max(maxInFlight, active);
		await clock.sleep(juspay.latencyMs + (random() * 2 - 1) * juspay.jitterMs);
		count();
		active--;
		if (answerLagMs) await clock.sleep(random() * answerLagMs);
		return 'answered';
	};

	const row = async (pace: SimulatedPace, result: RunResult, worker: number): Promise<boolean> => {
		const sent = await pace.send(async () => {
			const sentAt = clock.now();
			result.maxInFlight = Math.max(result.maxInFlight, pace.inFlight);
			const answer = await call(worker);
			result[answer === 'answered' ? 'accepted' : 'rateLimited']++;
			result[answer === 'answered' ? 'acceptedAt' : 'refusedAt'].push(sentAt);
			allowedOverTime.push([clock.now(), pace.allowed]);
			return { outcome: answer, answer, retryAfterSeconds: juspay.retryAfterSeconds ?? 1 };
		});
		if (sent.outOfBudget) result.failedRows++;
		return true;
	};

	/** As the router runs a node run: items as the pace allows, and the run's share given back at the end. */
	const run = async (spec: SimulatedRun): Promise<RunResult> => {
		const pace = paceOf(spec.settings, spec.process ?? 0);
		const result: RunResult = { startedAt: clock.now(), endedAt: 0, failedRows: 0, accepted: 0, rateLimited: 0, acceptedAt: [], refusedAt: [], maxInFlight: 0, pace };
		await pace.runItems(spec.rows, async () => await row(pace, result, spec.process ?? 0));
		result.endedAt = clock.now();
		return result;
	};

	const started: Array<Promise<RunResult>> = [];
	specs.forEach((spec, index) => {
		const begin = spec.after !== undefined ? started[spec.after].then(() => undefined) : clock.sleep(spec.startAt ?? 0);
		started[index] = begin.then(async () => await run(spec));
	});
	const all = Promise.all(started);
	const ms = await clock.runUntil(all);
	return { ms, runs: await all, accepted, rateLimited, maxInFlight, meanInFlight: inFlightMs / ms, inFlightOverTime, allowedOverTime, changedAt };
}
