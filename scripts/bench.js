#!/usr/bin/env node
/**
 * `npm run bench`: bulk validation speed in a real n8n 2.41.1 against the
 * local sandbox, side by side with n8n's own HTTP Request node doing the same
 * beneficiary-validate calls (what a user would build instead). Not part of
 * `npm test`.
 *
 * Scenarios (pick with `--scenario=a,b`; default all, in this order):
 *   fast         1,000 rows, 50 ms, no limit: Auto against today's fixed pace
 *                at equal concurrency (one run at a time: it is CPU-bound)
 *   inflight10   1,000 rows, 1,000 ± 300 ms, Juspay allows 10 in flight
 *   inflight40   the same, 40 in flight
 *   persecond12  the same, 12 requests per second
 *   drop40to10   the same, 40 in flight, 10 after 500 validations
 *   short10, short15ps, short40, shortdrop40to10
 *                600 rows, 800 ± 200 ms: 10 in flight, 15 per second, 40 in
 *                flight, 40 then 10 after 300 validations; default options,
 *                with typed Beneficiary IDs and with the ID left empty (the
 *                recommended path), which then runs the same sheet again
 *                (a re-run: every row is known to Juspay, nothing to pay)
 *   inflight100  3,000 rows, 100 in flight, Max Concurrency raised to 100
 *   names        the name matcher over the labelled set, pairs per second
 *                (scripts/lib/bench-names.js: no n8n, printed only), in this
 *                Node and in each n8n line's own Node (24 for 2.x, 22 for
 *                1.x), where the matcher runs in a user's n8n
 * In the 1 s scenarios the three contenders (default options, Fixed 5, the
 * HTTP Request node batched to the limit) run at the same time, each in its
 * own n8n against its own sandbox, so a scenario takes as long as its
 * slowest contender (Fixed 5: about 200 s per 1,000 rows). The 600-row
 * sheets run their typed-ID runs at the same time, then their empty-ID runs.
 *
 * Per run: the node's own execution time (from n8n's run data), × ideal
 * (rows × latency ÷ allowed in flight, or rows ÷ allowed per second), rows
 * valid, rows failed, answers of 429, validations the sandbox carried out
 * (answered 2xx: a penny drop each), and every request the sandbox received
 * (429s included) per row.
 * Results are merged into bench/results.json run by run after each scenario
 * (a partial run keeps the others), and bench/results.md and the table in
 * docs/bulk-runs.md are written from it.
 *
 * Flags: --render-only (rewrite the tables from results.json), --scenario=LIST, --contenders=auto,fixed,http (the runs to redo;
 * the others' last results are kept), --rows=N (for a quick try; results
 * are then not written), --baseline=REF: the 600-row sheets also run the
 * package as built at that git commit (e.g. today's pace beside a change),
 * each run in its own n8n at the same time as the others. Env: N8N_LINE (2).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureRuntime, N8n, packTarball, packTarballAt, ROOT } = require('./lib/n8n');
const { startSandbox } = require('../test/sandbox/server');
const { isValidation } = require('../test/sandbox/limits');

const LINE = process.env.N8N_LINE === '1' ? '1' : '2';
const API_KEY = 'bench_api_key';
const MERCHANT = 'bench_merchant';
const JUSPAY_CREDENTIAL = { id: 'benchJuspayCred', name: 'Juspay (bench)' };
const BASIC_CREDENTIAL = { id: 'benchBasicAuth1', name: 'Juspay Basic Auth (bench)' };
const SLOW = { latencyMs: 1000, jitterMs: 300 };
const SHORT = { latencyMs: 800, jitterMs: 200 };

/* ------------------------------------------------------------------ what runs */

const auto = (maxConcurrency) => ({ label: maxConcurrency ? `Juspay node, Auto (Max Concurrency ${maxConcurrency})` : 'Juspay node, default options (Auto)', node: () => juspayNode(maxConcurrency ? { maxConcurrency } : {}), kind: 'auto', auto: true, concurrency: maxConcurrency ?? 50 });
/** The recommended path: default options and the Beneficiary ID left empty; then the same sheet again (a re-run). */
const autoEmptyId = () => ({ label: 'Juspay node, default options, Beneficiary ID empty', node: () => juspayNode({}, { emptyId: true }), kind: 'auto', auto: true, emptyId: true, concurrency: 50, rerun: true });
/** The same run with the package as built at the --baseline commit. */
const atBaseline = (contender, commit) => ({ ...contender, label: `${contender.label} [${commit}]`, build: 'baseline', baseline: commit });
const RERUN = ', re-run of the same sheet';
const fixed = (n) => ({ label: `Juspay node, Fixed ${n}${n === 5 ? ' (the old default)' : ''}`, node: () => juspayNode({ concurrency: n }), kind: 'fixed', concurrency: n });
const http = (batchSize, intervalMs, note = '') => ({ label: `HTTP Request node, batch ${batchSize} every ${intervalMs / 1000} s${note}`, node: (url) => httpRequestNode(url, batchSize, intervalMs), kind: 'http', concurrency: batchSize });

/** 600 rows at 800 ± 200 ms, default options with typed and with empty Beneficiary IDs, to be within 1.15× ideal. */
function shortSheet(limitTitle, limits, ideal, rerunIdeal = ideal) {
	const withLatency = (rows) => ({ ...(typeof limits === 'function' ? limits(rows) : limits), ...SHORT });
	return { title: `600 rows, 800 ± 200 ms, ${limitTitle}`, rows: 600, limits: withLatency, ideal, rerunIdeal, target: 1.15, contenders: [auto(), autoEmptyId()], compare: true };
}

const SCENARIOS = {
	fast: {
		title: '1,000 rows, 50 ms, no limit',
		rows: 1000,
		limits: { mode: 'none', latencyMs: 50, jitterMs: 0 },
		sequential: true,
		// Ideal at each contender's own concurrency (Auto: its Max).
		ideal: (rows, contender) => (rows * 50) / (contender.concurrency ?? 50),
		contenders: [auto(), auto(10), fixed(10), fixed(5), http(10, 50)],
	},
	inflight10: {
		title: '1,000 rows, 1 s ± 300 ms, 10 in flight',
		rows: 1000,
		limits: { mode: 'inFlight', limit: 10, ...SLOW },
		ideal: (rows) => (rows * 1000) / 10,
		contenders: [auto(), fixed(5), http(10, 1000)],
	},
	inflight40: {
		title: '1,000 rows, 1 s ± 300 ms, 40 in flight',
		rows: 1000,
		limits: { mode: 'inFlight', limit: 40, ...SLOW },
		ideal: (rows) => (rows * 1000) / 40,
		contenders: [auto(), fixed(5), http(40, 1000)],
	},
	persecond12: {
		title: '1,000 rows, 1 s ± 300 ms, 12 requests per second',
		rows: 1000,
		limits: { mode: 'perSecond', limit: 12, ...SLOW },
		ideal: (rows) => (rows / 12) * 1000,
		contenders: [auto(), fixed(5), http(12, 1000)],
	},
	drop40to10: {
		title: '1,000 rows, 1 s ± 300 ms, 40 in flight, then 10 after half the rows',
		rows: 1000,
		limits: (rows) => ({ mode: 'inFlight', limit: 40, then: { afterValidations: Math.floor(rows / 2), limit: 10 }, ...SLOW }),
		ideal: (rows) => (Math.floor(rows / 2) * 1000) / 40 + ((rows - Math.floor(rows / 2)) * 1000) / 10,
		// Batched for the lower limit: tuned to the first one, every row after the drop would be refused.
		contenders: [auto(), fixed(5), http(10, 1000, ' (tuned to the later limit)')],
	},
	// Short sheets (issue 19): a new user's first runs, where finding the pace costs a larger share.
	short10: shortSheet('10 in flight', { mode: 'inFlight', limit: 10 }, (rows) => (rows * 800) / 10),
	short15ps: shortSheet('15 requests per second', { mode: 'perSecond', limit: 15 }, (rows) => (rows / 15) * 1000),
	short40: shortSheet('40 in flight', { mode: 'inFlight', limit: 40 }, (rows) => (rows * 800) / 40),
	shortdrop40to10: shortSheet(
		'40 in flight, then 10 after half the rows',
		(rows) => ({ mode: 'inFlight', limit: 40, then: { afterValidations: Math.floor(rows / 2), limit: 10 } }),
		(rows) => (Math.floor(rows / 2) * 800) / 40 + ((rows - Math.floor(rows / 2)) * 800) / 10,
		// A re-run validates nothing, so the limit stays at 40.
		(rows) => (rows * 800) / 40,
	),
	inflight100: {
		title: '3,000 rows, 1 s ± 300 ms, 100 in flight',
		rows: 3000,
		limits: { mode: 'inFlight', limit: 100, ...SLOW },
		ideal: (rows) => (rows * 1000) / 100,
		contenders: [auto(100), fixed(5), http(100, 1000)],
	},
};

/* ------------------------------------------------------------------ workflows */

let nodeId = 0;
const uuid = () => `00000000-0000-4000-9000-${String(++nodeId).padStart(12, '0')}`;

/** Manual Trigger → rows (Set, JSON) → Split Out → the node under test. */
function benchWorkflow(id, name, runTag, rows, node) {
	const data = Array.from({ length: rows }, (_, i) => ({
		customer: `bench_cust_${i % 50}`,
		bene: `${runTag}_${i}`,
		account: String(10_000_000_000 + i).padStart(15, '0'),
		ifsc: 'YESB0000262',
	}));
	const nodes = [
		{ id: uuid(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{ id: uuid(), name: 'Rows', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [200, 0], parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows: data }), options: {} } },
		{ id: uuid(), name: 'Sheet Rows', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [400, 0], parameters: { fieldToSplitOut: 'rows', include: 'noOtherFields', options: {} } },
		// On Error → Continue, as docs/bulk-runs.md advises for a sheet: a failed row is counted, not a stopped run.
		{ ...node, id: uuid(), name: 'Under Test', position: [600, 0], onError: 'continueRegularOutput' },
	];
	const connections = {
		Start: { main: [[{ node: 'Rows', type: 'main', index: 0 }]] },
		Rows: { main: [[{ node: 'Sheet Rows', type: 'main', index: 0 }]] },
		'Sheet Rows': { main: [[{ node: 'Under Test', type: 'main', index: 0 }]] },
	};
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

function juspayNode(options, { emptyId = false } = {}) {
	return {
		type: 'n8n-nodes-juspay.juspay',
		typeVersion: 1,
		credentials: { juspayApi: JUSPAY_CREDENTIAL },
		parameters: {
			resource: 'beneficiary',
			operation: 'validate',
			customerId: '={{ $json.customer }}',
			beneId: emptyId ? '' : '={{ $json.bene }}',
			beneficiaryType: 'ACCOUNT_IFSC',
			accountNumber: '={{ $json.account }}',
			ifsc: '={{ $json.ifsc }}',
			options,
		},
	};
}

function httpRequestNode(sandboxUrl, batchSize, batchInterval) {
	return {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		credentials: { httpBasicAuth: BASIC_CREDENTIAL },
		parameters: {
			method: 'POST',
			url: `${sandboxUrl}/payout/merchant/v1/benedetails`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpBasicAuth',
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'x-merchantid', value: MERCHANT }] },
			sendBody: true,
			specifyBody: 'json',
			jsonBody:
				'={{ JSON.stringify({ beneId: $json.bene, customerId: $json.customer, command: "validate", beneDetails: { details: { ifsc: $json.ifsc, account: $json.account }, type: "ACCOUNT_IFSC" } }) }}',
			// n8n's batching sends batchSize requests, then waits batchInterval
			// before the next batch without waiting for answers: batchSize per
			// latency is the closest a user gets to "N in flight" or "N per second".
			options: { batching: { batch: { batchSize, batchInterval } } },
		},
	};
}

/* ------------------------------------------------------------------ running */

function parseArgs() {
	const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
	const known = [...Object.keys(SCENARIOS), 'names'];
	const names = (arg('scenario') ?? known.join(',')).split(',').filter(Boolean);
	for (const name of names) if (!known.includes(name)) throw new Error(`unknown scenario ${name}; known: ${known.join(', ')}`);
	const rows = arg('rows') ? Number(arg('rows')) : undefined;
	const kinds = (arg('contenders') ?? 'auto,fixed,http').split(',');
	return { names, rows, kinds, baseline: arg('baseline') };
}

/** Peak resident memory (VmHWM) of a process, polled until it exits. */
function watchPeakRss(pid) {
	let peakKb = 0;
	const read = () => {
		try {
			const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
			if (match) peakKb = Math.max(peakKb, Number(match[1]));
		} catch {
			// the process has exited
		}
	};
	const timer = setInterval(read, 200);
	return () => {
		clearInterval(timer);
		read();
		return peakKb;
	};
}

/** One n8n with its own sandbox: contenders of a scenario run side by side on separate lanes. */
async function lane(runtime, tarball, build) {
	const sandbox = await startSandbox({ apiKey: API_KEY, merchantId: MERCHANT });
	const n8n = await N8n.create(runtime, tarball);
	n8n.importCredentials([
		{ ...JUSPAY_CREDENTIAL, type: 'juspayApi', data: { apiKey: API_KEY, merchantId: MERCHANT, environment: 'custom', baseUrl: sandbox.url } },
		{ ...BASIC_CREDENTIAL, type: 'httpBasicAuth', data: { user: API_KEY, password: '' } },
	]);
	return { sandbox, n8n, build };
}

/** One run; `again`: the same sheet once more against the same sandbox (what Juspay knows is kept). */
async function runOne(laneOf, run, again = false) {
	const { sandbox, n8n } = laneOf;
	if (again) sandbox.clear();
	else sandbox.reset();
	sandbox.setLimits(run.limits);
	const pending = n8n.execute(run.id, { timeoutMs: 3_600_000 });
	const child = [...n8n.children].pop();
	const stopWatching = watchPeakRss(child.pid);
	const result = await pending;
	const peakRssKb = stopWatching();
	const task = result.run.data.resultData.runData['Under Test']?.[0];
	const out = result.json('Under Test');
	const limits = sandbox.limits();
	const ms = task.executionTime;
	const idealMs = again ? run.rerunIdealMs : run.idealMs;
	const paid = sandbox.requests.filter((entry) => isValidation(entry) && entry.status >= 200 && entry.status < 300).length;
	const entry = {
		scenario: run.scenario,
		run: run.contender.label + (again ? RERUN : ''),
		...(run.contender.baseline ? { baseline: run.contender.baseline } : {}),
		rows: run.rows,
		wallMs: ms,
		idealMs: Math.round(idealMs),
		ratioToIdeal: Math.round((ms / idealMs) * 100) / 100,
		items: out.length,
		valid: out.filter((json) => json.valid === true || json.status === 'VALID').length,
		failed: out.filter((json) => json.error !== undefined).length,
		rateLimited: limits.rateLimited,
		// Validations Juspay carried out (a penny drop each), not those it refused (429, or E05 for a known ID).
		validations: paid,
		requests: sandbox.requests.length,
		requestsPerRow: Math.round((sandbox.requests.length / run.rows) * 1000) / 1000,
		validationsPerRow: Math.round((paid / run.rows) * 1000) / 1000,
		peakInFlight: limits.peakInFlight,
		peakRssMb: Math.round(peakRssKb / 1024),
		...(run.contender.auto ? { hint: task.hints?.[0]?.message } : {}),
	};
	console.log(`  ${entry.run}: ${(ms / 1000).toFixed(1)} s, ${entry.ratioToIdeal}× ideal, ${entry.valid} valid, ${entry.failed} failed, ${entry.rateLimited} × 429, ${entry.validations} validations, ${entry.requestsPerRow} requests per row`);
	return entry;
}

/** A run, and for the recommended path its re-run of the same sheet. */
async function runWithRerun(laneOf, run) {
	const first = await runOne(laneOf, run);
	return run.contender.rerun ? [first, await runOne(laneOf, run, true)] : [first];
}

/** The names bench here, then in each n8n line's Node: the matcher runs in n8n's process, and Node versions differ by a tenth. */
function benchNamesEverywhere() {
	console.log(`\nin this Node (${process.version}):`);
	require('./lib/bench-names').benchNames();
	for (const line of ['2', '1']) {
		const runtime = ensureRuntime(line);
		const version = execFileSync(runtime.nodeBin, ['--version'], { encoding: 'utf8' }).trim();
		console.log(`\nin n8n ${runtime.version}'s Node (${version}):`);
		execFileSync(runtime.nodeBin, [path.join(__dirname, 'lib', 'bench-names.js')], { cwd: ROOT, stdio: 'inherit' });
	}
}

async function main() {
	if (process.argv.includes('--render-only')) return writeTable(JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8')).scenarios);
	const { names: picks, rows: rowsOverride, kinds, baseline } = parseArgs();
	if (picks.includes('names')) benchNamesEverywhere();
	const names = picks.filter((name) => name !== 'names');
	if (names.length === 0) return;
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'juspay-bench-pack-'));
	const runtime = ensureRuntime(LINE);
	const tarballs = { this: packTarball(packDir) };
	let commit;
	if (baseline) ({ tarball: tarballs.baseline, commit } = packTarballAt(baseline, packDir));
	const picked = (scenario) => [
		...scenario.contenders.filter((contender) => kinds.includes(contender.kind)),
		...(commit && scenario.compare && kinds.includes('auto') ? scenario.contenders.map((contender) => atBaseline(contender, commit)) : []),
	];
	// Lanes by build: a scenario's runs of one build each get their own n8n and sandbox.
	const lanes = { this: [], baseline: [] };
	const laneOf = (run) => lanes[run.contender.build ?? 'this'][run.laneIndex];
	try {
		// Every run's workflow, imported into the lane that runs it.
		let counter = 0;
		const plan = names.map((name) => {
			const scenario = SCENARIOS[name];
			const rows = rowsOverride ?? scenario.rows;
			const limits = typeof scenario.limits === 'function' ? scenario.limits(rows) : scenario.limits;
			const perBuild = { this: 0, baseline: 0 };
			const runs = picked(scenario).map((contender, index) => {
				const build = contender.build ?? 'this';
				const laneIndex = scenario.sequential ? 0 : perBuild[build]++;
				const id = `benchRun${String(++counter).padStart(8, '0')}`;
				return { id, scenario: name, contender, rows, limits, laneIndex, idealMs: scenario.ideal(rows, contender), rerunIdealMs: (scenario.rerunIdeal ?? scenario.ideal)(rows, contender), tag: `b${Date.now().toString(36)}${name}${index}` };
			});
			return { name, scenario, runs };
		});
		for (const build of Object.keys(lanes)) {
			const width = Math.max(0, ...plan.flatMap(({ runs }) => runs.filter((run) => (run.contender.build ?? 'this') === build).map((run) => run.laneIndex + 1)));
			for (let i = 0; i < width; i++) lanes[build].push(await lane(runtime, tarballs[build], build));
		}
		for (const build of Object.keys(lanes)) {
			lanes[build].forEach((l, laneIndex) => {
				const mine = plan.flatMap(({ runs }) => runs.filter((run) => (run.contender.build ?? 'this') === build && run.laneIndex === laneIndex));
				const workflows = mine.map((run) => benchWorkflow(run.id, `${run.scenario}: ${run.contender.label}`, run.tag, run.rows, run.contender.node(l.sandbox.url)));
				if (workflows.length) l.n8n.importWorkflows(workflows);
			});
		}

		for (const { name, scenario, runs } of plan) {
			console.log(`\n${name}: ${scenario.title}`);
			const results = [];
			if (scenario.sequential) {
				for (const run of runs) results.push(...(await runWithRerun(laneOf(run), run)));
			} else {
				// Side by side, but on a 2-core machine not four n8n at once: typed IDs first, then the ID empty.
				const phases = scenario.compare ? [runs.filter((run) => !run.contender.emptyId), runs.filter((run) => run.contender.emptyId)] : [runs];
				for (const phase of phases) results.push(...(await Promise.all(phase.map(async (run) => await runWithRerun(laneOf(run), run)))).flat());
			}
			if (rowsOverride === undefined) write(name, results, runtime.version);
		}
		if (rowsOverride !== undefined) console.log('\n(--rows given: results not written)');
	} finally {
		for (const l of [...lanes.this, ...lanes.baseline]) {
			await l.n8n.dispose();
			await l.sandbox.stop();
		}
		fs.rmSync(packDir, { recursive: true, force: true });
	}
}

/* ------------------------------------------------------------------ reporting */

/** Merges one scenario's fresh runs into bench/results.json, then writes results.md and the table in docs/bulk-runs.md. */
function write(name, fresh, version) {
	const dir = path.join(ROOT, 'bench');
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, 'results.json');
	const before = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
	const scenarios = Array.isArray(before.scenarios) ? before.scenarios : [];
	const date = new Date().toISOString();
	const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
	const stamped = fresh.map((r) => ({ ...r, date, n8n: version, machine }));
	const old = scenarios.find((s) => s.name === name);
	// Runs known to the scenario (and their re-runs), then the baseline's: the freshest baseline only.
	const order = SCENARIOS[name].contenders.flatMap((c) => [c.label, c.label + RERUN]);
	const baseOf = (r) => baseOfRun(r.run);
	const baseline = fresh.find((r) => r.baseline)?.baseline;
	const rank = (r) => order.indexOf(baseOf(r)) + (r.baseline ? order.length : 0);
	const results = [...(old?.results ?? []).filter((r) => !fresh.some((f) => f.run === r.run)), ...stamped]
		.filter((r) => order.includes(baseOf(r)) && (!r.baseline || !baseline || r.baseline === baseline))
		.sort((a, b) => rank(a) - rank(b));
	const merged = [...scenarios.filter((s) => s.name !== name), { name, title: SCENARIOS[name].title, results }]
		.sort((a, b) => Object.keys(SCENARIOS).indexOf(a.name) - Object.keys(SCENARIOS).indexOf(b.name));
	fs.writeFileSync(file, `${JSON.stringify({ scenarios: merged }, null, 2)}\n`);
	writeTable(merged);
}

/** bench/results.md and the table in docs/bulk-runs.md, from the merged results. */
function writeTable(scenarios) {
	const dir = path.join(ROOT, 'bench');
	const table = render(scenarios);
	fs.writeFileSync(path.join(dir, 'results.md'), `${table}\n`);
	const pagePath = path.join(ROOT, 'docs', 'bulk-runs.md');
	const page = fs.readFileSync(pagePath, 'utf8');
	fs.writeFileSync(pagePath, page.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
}

function render(scenarios) {
	const first = scenarios[0]?.results[0];
	const dates = [...new Set(scenarios.flatMap((s) => s.results.map((r) => r.date.slice(0, 10))))].sort().join(', ');
	const baselines = [...new Set(scenarios.flatMap((s) => s.results.map((r) => r.baseline).filter(Boolean)))];
	const lines = [
		`Benchmark (\`npm run bench\`, ${dates}): n8n ${first?.n8n}, beneficiary validations against the local sandbox, ${first?.machine}, shared with other work. Time is the node's own execution time from n8n's run data. Ideal: rows × latency ÷ requests allowed in flight, or rows ÷ requests allowed per second (in the 50 ms scenario: at the run's own concurrency). Requests per row: every request the sandbox received (429s included) ÷ rows. Every run has On Error → Continue.` +
			(baselines.length ? ` Runs marked [${baselines.join(', ')}] used the package as built at that commit (\`--baseline\`), at the same time as the others.` : ''),
		'',
		'| scenario | run | time (s) | × ideal | rows valid | rows failed | answers of 429 | validations carried out | validations per row | requests per row |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	];
	for (const s of scenarios) {
		for (const r of s.results) {
			const perRow = (value) => (value === undefined ? '' : value.toFixed(2));
			lines.push(`| ${s.title} | ${r.run} | ${(r.wallMs / 1000).toFixed(1)} | ${r.ratioToIdeal} | ${r.valid} | ${r.failed} | ${r.rateLimited} | ${r.validations} | ${perRow(r.validationsPerRow)} | ${perRow(r.requestsPerRow)} |`);
		}
	}
	lines.push('', 'Targets (default options, every limit at or under the default Max Concurrency of 50: within 1.2× ideal, 1.15× for the 600-row sheets; 0 rows failed; one validation per row; with the Beneficiary ID empty also at most 1.05 requests per row, and its re-run 0 validations and at most 2 requests per row):', '');
	const met = (ok) => (ok ? 'met' : 'missed');
	for (const s of scenarios) {
		if (s.name === 'fast') continue;
		const own = s.results.filter((r) => !r.baseline);
		const typed = own.find((r) => r.run.startsWith('Juspay node, default options (Auto)') || (s.name === 'inflight100' && r.run.startsWith('Juspay node, Auto')));
		const empty = own.find((r) => r.run === autoEmptyId().label);
		const rerun = own.find((r) => r.run === autoEmptyId().label + RERUN);
		const checks = (r) => [
			`${met(r.ratioToIdeal <= (SCENARIOS[s.name]?.target ?? 1.2))} ${r.ratioToIdeal}× ideal`,
			`${met(r.failed === 0)} ${r.failed} failed`,
			`${met(r.validations === r.rows && r.items === r.rows)} ${r.validations} validations for ${r.rows} rows`,
		];
		if (typed) {
			const before = s.results.find((r) => r.baseline && baseOfRun(r.run) === typed.run);
			const vs = before ? `; ${met(typed.wallMs <= before.wallMs)} no slower than [${before.baseline}]: ${(typed.wallMs / 1000).toFixed(1)} s vs ${(before.wallMs / 1000).toFixed(1)} s` : '';
			lines.push(`- ${s.title}${s.name === 'inflight100' ? ' (Max Concurrency 100)' : ''}${empty ? ', typed IDs' : ''}: ${checks(typed).join('; ')}${vs}.`);
		}
		if (empty) lines.push(`- ${s.title}, Beneficiary ID empty: ${[...checks(empty), `${met(empty.requestsPerRow <= 1.05)} ${empty.requestsPerRow} requests per row`].join('; ')}.`);
		if (rerun) lines.push(`- ${s.title}, its re-run: ${met(rerun.validations === 0)} ${rerun.validations} validations; ${met(rerun.requestsPerRow <= 2)} ${rerun.requestsPerRow} requests per row; ${met(rerun.failed === 0)} ${rerun.failed} failed.`);
	}
	const fast = scenarios.find((s) => s.name === 'fast');
	if (fast) {
		const by = Object.fromEntries(fast.results.map((r) => [r.run, r]));
		const auto10 = by['Juspay node, Auto (Max Concurrency 10)'];
		const fixed10 = by['Juspay node, Fixed 10'];
		const autoDefault = by['Juspay node, default options (Auto)'];
		if (auto10 && fixed10) {
			lines.push(
				`- 50 ms, no limit, at equal concurrency: Auto (Max 10) ${(auto10.wallMs / 1000).toFixed(1)} s vs Fixed 10 (today's pace) ${(fixed10.wallMs / 1000).toFixed(1)} s: ${auto10.wallMs <= fixed10.wallMs ? 'met' : `missed by ${Math.round((auto10.wallMs / fixed10.wallMs - 1) * 100)}%`}` +
					(autoDefault ? `; default options (Auto, Max 50) ${(autoDefault.wallMs / 1000).toFixed(1)} s.` : '.'),
			);
		}
	}
	return lines.join('\n');
}

/** A baseline run's label without its commit. */
const baseOfRun = (label) => label.replace(/ \[\w+\]/, '');

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
