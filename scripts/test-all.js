#!/usr/bin/env node
/**
 * `npm test`: every check this package has, in order, and one closing line
 * `N passed, N failed` that adds them all up (CI reads that line, not jest's).
 *
 *   checks  typecheck, lint (`n8n-node lint`, @n8n/node-cli in strict mode),
 *           GitHub workflows against GitHub's schema, build, scan of the
 *           packed tarball (n8n's scanner rules): one count each
 *   unit    jest over test/ (unit, engine and sandbox suites): one count per test
 *   e2e     jest over test/e2e in a real n8n 2.x and 1.x: one count per test
 *   queue   (with --queue) test/queue/run.js, n8n 2.x in queue mode with
 *           PostgreSQL, Redis and two workers: one count per check
 *
 * Flags: --no-e2e (what `npm run test:quick` uses), --queue (what CI adds).
 * Exit code: 0 only when nothing failed.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const reports = path.join(root, '.cache', 'reports');
fs.mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args, env = {}) {
	console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function check(label, command, args) {
	const ok = run(label, command, args);
	ok ? passed++ : failed++;
	lines.push(`${ok ? 'PASS' : 'FAIL'} ${label}`);
	return ok;
}

function jestSuite(label, args, env) {
	const report = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
	fs.rmSync(report, { force: true });
	const ok = run(label, bin('jest'), [...args, '--json', `--outputFile=${report}`], env);
	if (!fs.existsSync(report)) {
		failed++;
		lines.push(`FAIL ${label}: jest wrote no report`);
		return;
	}
	const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
	const suiteFailures = summary.numFailedTestSuites + summary.numRuntimeErrorTestSuites;
	passed += summary.numPassedTests;
	// A suite that failed to load has no failed tests but must still count as a failure.
	const failures = summary.numFailedTests + (summary.numFailedTests === 0 && (!ok || suiteFailures) ? Math.max(1, suiteFailures) : 0);
	failed += failures;
	lines.push(`${failures ? 'FAIL' : 'PASS'} ${label}: ${summary.numPassedTests} passed, ${failures} failed (${summary.numTotalTestSuites} suites)`);
}

/** A suite that is its own script and writes { passed, failed } to .cache/reports/<name>.json. */
function scriptSuite(label, script) {
	const report = path.join(reports, `${label}.json`);
	fs.rmSync(report, { force: true });
	const ok = run(label, 'node', [script]);
	const summary = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : { passed: 0, failed: 0 };
	// A script that died before writing its report still counts as a failure.
	const failures = summary.failed + (summary.failed === 0 && !ok ? 1 : 0);
	passed += summary.passed;
	failed += failures;
	lines.push(`${failures ? 'FAIL' : 'PASS'} ${label}: ${summary.passed} passed, ${failures} failed`);
}

const e2e = !process.argv.includes('--no-e2e');
const queue = process.argv.includes('--queue');

check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint (n8n-node lint)', bin('n8n-node'), ['lint']);
check('workflows (GitHub schema, action-validator)', 'node', ['scripts/validate-workflows.js']);
const built = check('build', 'npm', ['run', '--silent', 'build']);
if (built) check('scan (n8n scanner rules on the packed tarball)', 'node', ['scripts/scan-tarball.mjs']);
jestSuite('unit', []);
if (e2e) {
	for (const line of ['2', '1']) {
		if (!built) break;
		jestSuite(`e2e-n8n-${line}`, ['--config', 'test/e2e/jest.config.js', '--runInBand'], { N8N_LINE: line });
	}
}
if (queue && built) scriptSuite('queue', 'test/queue/run.js');

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
