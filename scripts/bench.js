#!/usr/bin/env node
/**
 * `npm run bench`: bulk validation speed in a real n8n 2.41.1, against the
 * local sandbox with added latency, side by side with n8n's own HTTP Request
 * node doing the same beneficiary-validate calls (what a user would build
 * instead). Not part of `npm test`.
 *
 * For each run it records the node's own execution time (from n8n's run
 * data), items per second, the ratio to the ideal N × latency / concurrency,
 * and the peak RSS of the n8n process (VmHWM from /proc). Writes
 * bench/results.json and bench/results.md and puts the table in the README.
 *
 * Env: BENCH_N (1000), BENCH_LATENCY_MS (50), N8N_LINE (2).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureRuntime, N8n, packTarball, ROOT } = require('./lib/n8n');
const { startSandbox } = require('../test/sandbox/server');

const N = Number(process.env.BENCH_N ?? 1000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const LINE = process.env.N8N_LINE === '1' ? '1' : '2';
const API_KEY = 'bench_api_key';
const MERCHANT = 'bench_merchant';

const JUSPAY_CREDENTIAL = { id: 'benchJuspayCred', name: 'Juspay (bench)' };
const BASIC_CREDENTIAL = { id: 'benchBasicAuth1', name: 'Juspay Basic Auth (bench)' };

let nodeId = 0;
const uuid = () => `00000000-0000-4000-9000-${String(++nodeId).padStart(12, '0')}`;

/** Manual Trigger → N rows (Set, JSON) → Split Out → the node under test. */
function benchWorkflow(id, name, runTag, node) {
	const rows = Array.from({ length: N }, (_, i) => ({
		customer: `bench_cust_${i % 50}`,
		bene: `${runTag}_${i}`,
		account: String(10_000_000_000 + i).padStart(15, '0'),
		ifsc: 'YESB0000262',
	}));
	const nodes = [
		{ id: uuid(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{ id: uuid(), name: 'Rows', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [200, 0], parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} } },
		{ id: uuid(), name: 'Sheet Rows', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [400, 0], parameters: { fieldToSplitOut: 'rows', include: 'noOtherFields', options: {} } },
		{ ...node, id: uuid(), name: 'Under Test', position: [600, 0] },
	];
	const connections = {
		Start: { main: [[{ node: 'Rows', type: 'main', index: 0 }]] },
		Rows: { main: [[{ node: 'Sheet Rows', type: 'main', index: 0 }]] },
		'Sheet Rows': { main: [[{ node: 'Under Test', type: 'main', index: 0 }]] },
	};
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

function juspayNode(concurrency) {
	return {
		type: 'n8n-nodes-juspay.juspay',
		typeVersion: 1,
		credentials: { juspayApi: JUSPAY_CREDENTIAL },
		parameters: {
			resource: 'beneficiary',
			operation: 'validate',
			customerId: '={{ $json.customer }}',
			beneId: '={{ $json.bene }}',
			beneficiaryType: 'ACCOUNT_IFSC',
			accountNumber: '={{ $json.account }}',
			ifsc: '={{ $json.ifsc }}',
			options: { concurrency },
		},
	};
}

function httpRequestNode(batchSize, sandboxUrl) {
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
			// before the next batch without waiting for answers: with the
			// interval set to the latency it holds about batchSize in flight,
			// the closest a user gets to a concurrency setting.
			options: batchSize ? { batching: { batch: { batchSize, batchInterval: LATENCY_MS } } } : {},
		},
	};
}

/** Peak resident memory (VmHWM) of a process, polled until it exits. */
function watchPeakRss(pid) {
	let peakKb = 0;
	const read = () => {
		try {
			const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
			const match = /VmHWM:\s+(\d+) kB/.exec(status);
			if (match) peakKb = Math.max(peakKb, Number(match[1]));
		} catch {
			// the process has exited
		}
	};
	const timer = setInterval(read, 50);
	return () => {
		clearInterval(timer);
		read();
		return peakKb;
	};
}

async function main() {
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'juspay-bench-pack-'));
	const runtime = ensureRuntime(LINE);
	const sandbox = await startSandbox({ apiKey: API_KEY, merchantId: MERCHANT, latencyMs: LATENCY_MS });
	const n8n = await N8n.create(runtime, packTarball(packDir));
	try {
		n8n.importCredentials([
			{ ...JUSPAY_CREDENTIAL, type: 'juspayApi', data: { apiKey: API_KEY, merchantId: MERCHANT, environment: 'custom', baseUrl: sandbox.url } },
			{ ...BASIC_CREDENTIAL, type: 'httpBasicAuth', data: { user: API_KEY, password: '' } },
		]);
		const runs = [
			{ label: 'Juspay node, concurrency 1', concurrency: 1, node: juspayNode(1) },
			{ label: 'Juspay node, concurrency 5', concurrency: 5, node: juspayNode(5) },
			{ label: 'Juspay node, concurrency 10', concurrency: 10, node: juspayNode(10) },
			// Without batching the HTTP Request node fires every item at once.
			{ label: 'HTTP Request node, default (all at once)', concurrency: N, node: httpRequestNode(0, sandbox.url) },
			{ label: 'HTTP Request node, batch 5', concurrency: 5, node: httpRequestNode(5, sandbox.url) },
			{ label: 'HTTP Request node, batch 10', concurrency: 10, node: httpRequestNode(10, sandbox.url) },
		].map((run, index) => ({ ...run, id: `benchRun0000000${index}`, tag: `b${Date.now().toString(36)}r${index}` }));
		n8n.importWorkflows(runs.map((run) => benchWorkflow(run.id, run.label, run.tag, run.node)));

		const results = [];
		for (const run of runs) {
			sandbox.clear();
			process.stdout.write(`${run.label}: `);
			const pending = n8n.execute(run.id, { timeoutMs: 1_800_000 });
			const child = [...n8n.children].pop();
			const stopWatching = watchPeakRss(child.pid);
			const result = await pending;
			const peakRssKb = stopWatching();
			const task = result.run.data.resultData.runData['Under Test']?.[0];
			const items = result.items('Under Test');
			const posts = sandbox.requests.filter((r) => r.method === 'POST').length;
			const ms = task.executionTime;
			const ideal = (N * LATENCY_MS) / run.concurrency;
			const entry = {
				run: run.label,
				concurrency: run.concurrency,
				items: items.length,
				requests: posts,
				wallMs: ms,
				itemsPerSecond: Math.round((items.length / ms) * 1000 * 10) / 10,
				idealMs: ideal,
				ratioToIdeal: Math.round((ms / ideal) * 100) / 100,
				peakRssMb: Math.round(peakRssKb / 1024),
			};
			if (items.length !== N || posts !== N) entry.problem = `expected ${N} items and ${N} requests`;
			results.push(entry);
			console.log(`${ms} ms, ${entry.itemsPerSecond} items/s, ${entry.ratioToIdeal}× ideal, peak RSS ${entry.peakRssMb} MB`);
		}
		write(results, runtime.version);
	} finally {
		await n8n.dispose();
		await sandbox.stop();
		fs.rmSync(packDir, { recursive: true, force: true });
	}
}

function write(results, version) {
	const dir = path.join(ROOT, 'bench');
	fs.mkdirSync(dir, { recursive: true });
	const meta = { date: new Date().toISOString(), n8n: version, items: N, latencyMs: LATENCY_MS, machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB` };
	fs.writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
	const byLabel = Object.fromEntries(results.map((r) => [r.run, r]));
	const c10 = byLabel['Juspay node, concurrency 10'];
	const http10 = byLabel['HTTP Request node, batch 10'];
	const table = [
		`Benchmark (\`npm run bench\`, ${meta.date.slice(0, 10)}): n8n ${version}, ${N} beneficiary validations against the local sandbox with ${LATENCY_MS} ms latency, ${meta.machine}. Time is the node's own execution time from n8n's run data; ideal = N × latency ÷ concurrency.`,
		'',
		'| run | concurrency | time (s) | items/s | × ideal | peak RSS (MB) |',
		'| --- | --- | --- | --- | --- | --- |',
		...results.map((r) => `| ${r.run} | ${r.concurrency} | ${(r.wallMs / 1000).toFixed(1)} | ${r.itemsPerSecond} | ${r.ratioToIdeal} | ${r.peakRssMb} |`),
		'',
		`Targets: concurrency 10 within 1.25× of ideal: ${c10.ratioToIdeal <= 1.25 ? 'met' : 'missed'} (${c10.ratioToIdeal}×); not slower than the HTTP Request node at equal concurrency: ${c10.wallMs <= http10.wallMs ? 'met' : 'missed'} (${(c10.wallMs / 1000).toFixed(1)} s vs ${(http10.wallMs / 1000).toFixed(1)} s).`,
	].join('\n');
	fs.writeFileSync(path.join(dir, 'results.md'), `${table}\n`);
	const readmePath = path.join(ROOT, 'README.md');
	const readme = fs.readFileSync(readmePath, 'utf8');
	fs.writeFileSync(readmePath, readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
	console.log(`\n${table}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
