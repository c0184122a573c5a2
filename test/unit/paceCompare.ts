/**
 * Issue 27: the shipped pace beside a simpler controller (simpleControl.ts)
 * over simulated time, for docs/pace.md. Not a test; run it with
 * `npx tsc --outDir /tmp/sim … test/unit/paceCompare.ts` and node (see
 * docs/pace.md). Env: SEEDS, LAG (answer lag, ms), SENDLAG, LATE (timer
 * lateness), TRACE=scenario (per second), CUTLOG.
 */
import type { PaceControl } from '../../nodes/Juspay/transport/pace/control';
import { currentPace, paceWith, simulateRuns, type PaceMaker, type SimulatedJuspay, type SimulatedPace, type SimulatedRun } from './paceSimulation';
import { SimpleControl } from './simpleControl';

const knobs = {};
const oldPace = currentPace;
const simplePace: PaceMaker = paceWith((clock) => new SimpleControl('auto', clock) as unknown as PaceControl);

const AUTO = { mode: 'auto' as const, concurrency: 50, rateLimitBudgetMs: 600_000 };
const short = (mode: SimulatedJuspay['mode'], limit: number, then?: SimulatedJuspay['then']): SimulatedJuspay => ({ mode, limit, latencyMs: 800, jitterMs: 200, then });
const slow = (mode: SimulatedJuspay['mode'], limit: number, then?: SimulatedJuspay['then']): SimulatedJuspay => ({ mode, limit, latencyMs: 1000, jitterMs: 300, then });

interface Scenario {
	name: string;
	juspay: SimulatedJuspay;
	runs: SimulatedRun[];
	idealMs: number;
	queue?: boolean;
}

const queueRuns = (rows: number): SimulatedRun[] => [
	{ rows, settings: AUTO, process: 0, startAt: 0 },
	{ rows, settings: AUTO, process: 0, startAt: 200 },
	{ rows, settings: AUTO, process: 1, startAt: 100 },
	{ rows, settings: AUTO, process: 1, startAt: 600 },
];

const SCENARIOS: Scenario[] = [
	{ name: 'short10', juspay: short('inFlight', 10), runs: [{ rows: 600, settings: AUTO }], idealMs: 48_000 },
	{ name: 'short15ps', juspay: short('perSecond', 15), runs: [{ rows: 600, settings: AUTO }], idealMs: 40_000 },
	{ name: 'short40', juspay: short('inFlight', 40), runs: [{ rows: 600, settings: AUTO }], idealMs: 12_000 },
	{ name: 'shortdrop', juspay: short('inFlight', 40, { after: 300, limit: 10 }), runs: [{ rows: 600, settings: AUTO }], idealMs: 30_000 },
	{ name: 'long10', juspay: slow('inFlight', 10), runs: [{ rows: 1000, settings: AUTO }], idealMs: 100_000 },
	{ name: 'long12ps', juspay: slow('perSecond', 12), runs: [{ rows: 1000, settings: AUTO }], idealMs: 83_333 },
	{ name: 'long40', juspay: slow('inFlight', 40), runs: [{ rows: 1000, settings: AUTO }], idealMs: 25_000 },
	{ name: 'longdrop', juspay: slow('inFlight', 40, { after: 500, limit: 10 }), runs: [{ rows: 1000, settings: AUTO }], idealMs: 62_500 },
	{ name: 'long100', juspay: slow('inFlight', 100), runs: [{ rows: 3000, settings: { ...AUTO, concurrency: 100 } }], idealMs: 30_000 },
	{ name: 'raise10to40', juspay: slow('inFlight', 10, { after: 300, limit: 40 }), runs: [{ rows: 1500, settings: AUTO }], idealMs: 30_000 + 30_000 },
	{ name: 'solo50', juspay: { mode: 'perSecond', limit: 50, latencyMs: 400, jitterMs: 50 }, runs: [{ rows: 4000, settings: AUTO }], idealMs: 80_000, queue: true },
	{ name: 'queue250', juspay: { mode: 'perSecond', limit: 50, latencyMs: 400, jitterMs: 50 }, runs: queueRuns(250), idealMs: 20_000, queue: true },
	{ name: 'queue1000', juspay: { mode: 'perSecond', limit: 50, latencyMs: 400, jitterMs: 50 }, runs: queueRuns(1000), idealMs: 80_000, queue: true },
];

async function measure(scenario: Scenario, paces: PaceMaker, seed: number) {
	const result = await simulateRuns(scenario.juspay, scenario.runs, { seed, timerLatenessMs: Number(process.env.LATE ?? 20), answerLagMs: Number(process.env.LAG ?? 0), sendLagMs: Number(process.env.SENDLAG ?? 0), paces });
	const rows = scenario.runs.reduce((sum, run) => sum + run.rows, 0);
	const failed = result.runs.reduce((sum, run) => sum + run.failedRows, 0);
	const took = result.runs.map((run) => run.endedAt - run.startedAt);
	const sends = result.runs.flatMap((run) => [...run.acceptedAt, ...run.refusedAt]);
	const lastAccepted = Math.max(...result.runs.flatMap((run) => run.acceptedAt));
	const used = result.accepted / (scenario.juspay.limit * ((lastAccepted - Math.min(...sends)) / 1000 + 1));
	return {
		ratio: result.ms / scenario.idealMs,
		perRow: (result.accepted + result.rateLimited) / rows,
		failed,
		spread: Math.max(...took) / Math.min(...took),
		used,
	};
}

async function trace(scenario: Scenario, seed: number) {
	const traces: string[] = [];
	const paces: PaceMaker = (clock) => {
		const make = process.env.OLD ? oldPace(clock) : simplePace(clock);
		return (settings, process) => {
			const pace = make(settings, process) as SimulatedPace & { control: { debug(): string } };
			if (!pace.control || !('debug' in pace.control)) (pace as unknown as { control: { debug(): string } }).control = { debug: () => '' };
			const tick = async (): Promise<void> => {
				traces.push(`${(clock.now() / 1000).toFixed(1)} p${process} ${pace.control.debug()}`);
				await clock.sleep(500);
				if (traces.length < 400) return await tick();
			};
			void tick();
			return pace;
		};
	};
	const result = await simulateRuns(scenario.juspay, scenario.runs, { seed, timerLatenessMs: Number(process.env.LATE ?? 20), answerLagMs: Number(process.env.LAG ?? 0), sendLagMs: Number(process.env.SENDLAG ?? 0), paces });
	const perSecond = new Map<number, [number, number]>();
	for (const run of result.runs) {
		for (const t of run.acceptedAt) (perSecond.get(Math.floor(t / 1000)) ?? perSecond.set(Math.floor(t / 1000), [0, 0]).get(Math.floor(t / 1000))!)[0]++;
		for (const t of run.refusedAt) (perSecond.get(Math.floor(t / 1000)) ?? perSecond.set(Math.floor(t / 1000), [0, 0]).get(Math.floor(t / 1000))!)[1]++;
	}
	if (scenario.queue && !process.env.SHOWTRACE) {
		const byProcess = [0, 1].map((p) => {
			const counts: number[] = [];
			result.runs.filter((_, i) => (scenario.runs[i].process ?? 0) === p).forEach((run) => run.acceptedAt.forEach((t) => (counts[Math.floor(t / 1000)] = (counts[Math.floor(t / 1000)] ?? 0) + 1)));
			return counts;
		});
		const refused: number[] = [];
		result.runs.forEach((run, i) => run.refusedAt.forEach((t) => (refused[Math.floor(t / 1000)] = (refused[Math.floor(t / 1000)] ?? 0) + ((scenario.runs[i].process ?? 0) === 0 ? 1 : 100))));
		const secs = Math.ceil(result.ms / 1000);
		for (const [label, counts] of [['w0', byProcess[0]], ['w1', byProcess[1]], ['ref', refused]] as const) console.log(label.padEnd(4), Array.from({ length: secs }, (_, i) => String(counts[i] ?? 0).padStart(3)).join(''));
		for (const run of result.runs) {
			const counts: number[] = [];
			run.acceptedAt.forEach((t) => (counts[Math.floor(t / 1000)] = (counts[Math.floor(t / 1000)] ?? 0) + 1));
			console.log('run ', Array.from({ length: secs }, (_, i) => String(counts[i] ?? 0).padStart(3)).join(''));
		}
		const total = (from: number, to: number) => result.runs.reduce((sum, run) => sum + run.acceptedAt.filter((t) => t >= from * 1000 && t < to * 1000).length, 0) / (to - from);
		console.log(`per second: 0-5 ${total(0, 5).toFixed(1)}, 5-15 ${total(5, 15).toFixed(1)}, 15-60 ${total(15, 60).toFixed(1)}, 60-end ${total(60, Math.ceil(result.ms / 1000)).toFixed(1)}`);
		console.log('runs', result.runs.map((r) => `${(r.startedAt / 1000).toFixed(1)}-${(r.endedAt / 1000).toFixed(1)}`).join(' '));
		return;
	}
	if (process.env.SHOWTRACE) for (const line of traces) console.log(line);
	for (const line of traces) {
		const second = Math.floor(Number(line.split(' ')[0]));
		const [a, r] = perSecond.get(second) ?? [0, 0];
		console.log(`${line}   acc=${a} ref=${r}`);
		if (Number(line.split(' ')[0]) * 1000 > result.ms) break;
	}
	console.log('ms', result.ms);
}

async function main() {
	if (process.env.TRACE) {
		for (const [key, value] of Object.entries(JSON.parse(process.env.KNOBS ?? '{}'))) (knobs as Record<string, unknown>)[key] = value;
		return await trace(SCENARIOS.find((s) => s.name === process.env.TRACE)!, Number(process.env.SEED ?? 1));
	}
	const pick = process.argv[2]?.split(',');
	const seeds = Array.from({ length: Number(process.env.SEEDS ?? 6) }, (_, i) => i + 1);
	const which = (process.argv[3] ?? 'old,new').split(',');
	for (const [key, value] of Object.entries(JSON.parse(process.env.KNOBS ?? '{}'))) (knobs as Record<string, unknown>)[key] = value;
	for (const scenario of SCENARIOS.filter((s) => !pick || pick.includes(s.name))) {
		const line: string[] = [scenario.name.padEnd(12)];
		for (const [label, paces] of [
			['old', oldPace],
			['new', simplePace],
		] as const) {
			if (!which.includes(label)) continue;
			const figures: Array<Awaited<ReturnType<typeof measure>>> = [];
			for (const seed of seeds) figures.push(await measure(scenario, paces, seed));
			const avg = (f: (x: (typeof figures)[0]) => number) => figures.reduce((s, x) => s + f(x), 0) / figures.length;
			const max = (f: (x: (typeof figures)[0]) => number) => Math.max(...figures.map(f));
			line.push(
				scenario.queue
					? `${label}: used ${(avg((x) => x.used) * 100).toFixed(1)}% (min ${(Math.min(...figures.map((x) => x.used)) * 100).toFixed(1)}) spread ${avg((x) => x.spread).toFixed(2)} (max ${max((x) => x.spread).toFixed(2)}) req/row ${avg((x) => x.perRow).toFixed(3)} failed ${max((x) => x.failed)}`
					: `${label}: ×${avg((x) => x.ratio).toFixed(3)} (max ${max((x) => x.ratio).toFixed(3)}) req/row ${avg((x) => x.perRow).toFixed(3)} (max ${max((x) => x.perRow).toFixed(3)}) failed ${max((x) => x.failed)}`,
			);
		}
		console.log(line.join('  |  '));
	}
}

void main();
