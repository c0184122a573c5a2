/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The facts that make CI and the release safe, read from the workflow files
 * themselves, so a broken release is found by `npm test`, before a tag is
 * pushed. (Their schema is checked by scripts/validate-workflows.js; the last
 * test here shows that check rejects a broken file.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	'runs-on': string;
	permissions?: Record<string, string>;
	strategy?: { matrix: Record<string, unknown[]> };
	steps: Step[];
}
interface Workflow {
	on: { push?: { branches?: string[]; tags?: string[] }; pull_request?: unknown };
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

const ciText = read('.github/workflows/ci.yml');
const releaseText = read('.github/workflows/publish.yml');
const ci = parse(ciText) as Workflow;
const release = parse(releaseText) as Workflow;
const onlyJob = (workflow: Workflow) => {
	const jobs = Object.values(workflow.jobs);
	expect(jobs).toHaveLength(1);
	return jobs[0];
};

/** Index of the first step whose `run` matches, failing the test when there is none. */
function stepIndex(steps: Step[], pattern: RegExp): number {
	const index = steps.findIndex((step) => pattern.test(step.run ?? ''));
	if (index < 0) throw new Error(`no step runs ${pattern}`);
	return index;
}

/** GitHub's filter glob: `*` is any run of characters except `/`. */
const globMatches = (glob: string, ref: string) =>
	new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(ref);

describe('CI workflow', () => {
	const job = onlyJob(ci);

	it('runs on every push and pull request, on Ubuntu', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
		expect(ci.on.push).toEqual({ branches: ['**'] });
		expect(job['runs-on']).toMatch(/^ubuntu-/);
		expect(ci.permissions).toEqual({ contents: 'read' });
	});

	it('runs npm ci, then the README test command (npm test)', () => {
		expect(read('README.md')).toContain('npm ci && npm test');
		const install = stepIndex(job.steps, /^npm ci\b/);
		expect(stepIndex(job.steps, /^npm test$/)).toBeGreaterThan(install);
	});

	it('tests on the engines minimum and on the Node versions CONTRIBUTING.md promises', () => {
		const minimum = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
		const matrix = job.strategy!.matrix.node.map(String);
		expect(matrix[0]).toBe(minimum);
		const promise = /CI runs it on Node ([\d.]+(?:, [\d.]+)* and [\d.]+)/.exec(read('CONTRIBUTING.md'));
		expect(promise?.[1].split(/, | and /)).toEqual(matrix);
		// n8n 2.x requires Node 24, n8n 1.x runs on 20.19 to 24.
		expect(matrix).toEqual(expect.arrayContaining(['22', '24']));
		const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		expect(setup?.with?.['node-version']).toBe('${{ matrix.node }}');
	});

	it('caches the n8n runtimes in .cache/runtime, keyed on the script that installs them', () => {
		const cache = job.steps.find((step) => step.uses?.startsWith('actions/cache@'));
		expect(cache?.with?.path).toBe('.cache/runtime');
		expect(cache?.with?.key).toContain("hashFiles('scripts/n8n-runtime.sh')");
		expect(job.steps.indexOf(cache!)).toBeLessThan(stepIndex(job.steps, /^npm test$/));
	});
});

describe('Release workflow', () => {
	const job = onlyJob(release);
	const steps = job.steps;

	it('runs only for a pushed vX.Y.Z tag', () => {
		expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
		const [glob] = release.on.push?.tags ?? [];
		for (const tag of ['v0.1.0', 'v12.3.45', 'v1.0.0-beta.1']) expect(globMatches(glob, tag)).toBe(true);
		for (const tag of ['v1.0', '1.0.0', 'release-1.0.0']) expect(globMatches(glob, tag)).toBe(false);
	});

	it('grants the OIDC token (trusted publishing, provenance) and release writing only to the job', () => {
		expect(release.permissions).toEqual({ contents: 'read' });
		expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
	});

	it('refuses a tag that differs from package.json before installing anything', () => {
		const check = stepIndex(steps, /^node scripts\/release-check\.js "\$TAG" --npm "\$\(npm --version\)"$/);
		expect(steps[check].env).toEqual({ TAG: '${{ github.ref_name }}' });
		expect(check).toBeLessThan(stepIndex(steps, /^npm ci\b/));
	});

	it("runs the quick suite, packs and scans the tarball, then publishes with n8n's release flow (n8n-node release)", () => {
		const install = stepIndex(steps, /^npm ci\b/);
		const quick = stepIndex(steps, /^npm run test:quick$/);
		const build = stepIndex(steps, /^npm run build$/m);
		const pack = stepIndex(steps, /^npm pack$/m);
		const scan = stepIndex(steps, /^node scripts\/scan-tarball\.mjs "\$TARBALL"$/);
		const publish = stepIndex(steps, /^npm run release$/);
		expect(install).toBeLessThan(quick);
		expect(quick).toBeLessThan(build);
		expect(build).toBeLessThanOrEqual(pack);
		expect(pack).toBeLessThan(scan);
		expect(scan).toBeLessThan(publish);
		for (const index of [pack, scan]) expect(steps[index].env?.TARBALL).toBe('${{ steps.release.outputs.tarball }}');
		// What `npm run release` runs; test/unit/release.test.ts shows it publishes with provenance on GitHub Actions.
		expect(pkg.scripts.release).toBe('n8n-node release');
		expect(steps[publish].env).toEqual({ NPM_CONFIG_TAG: '${{ steps.release.outputs.dist-tag }}' });
		// Nothing publishes but the CLI, and only once; provenance and public access are also in package.json.
		expect(steps.filter((step) => /\bnpm publish\b|\bnpm run release\b/.test(step.run ?? ''))).toHaveLength(1);
		expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
	});

	it('creates the GitHub release from the changelog section for the version, after publishing', () => {
		const notes = stepIndex(steps, /node scripts\/changelog-section\.js "\$VERSION"/);
		expect(notes).toBeGreaterThan(stepIndex(steps, /^npm run release$/));
		expect(steps[notes].run).toMatch(/gh release create "\$TAG" .*--notes-file/);
		expect(steps[notes].env).toMatchObject({
			GH_TOKEN: '${{ github.token }}',
			VERSION: '${{ steps.release.outputs.version }}',
		});
	});

	it('uses trusted publishing: no npm token, no registry-url placeholder token, npm new enough', () => {
		expect(releaseText).not.toMatch(/secrets\./);
		expect(releaseText).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|_authToken/);
		const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		expect(setup?.with).not.toHaveProperty('registry-url');
		// A release is built from a clean install: no restored cache can slip into the tarball.
		expect(setup?.with).not.toHaveProperty('cache');
		expect(steps.some((step) => step.uses?.startsWith('actions/cache@'))).toBe(false);
		// Node 24 ships npm 11; trusted publishing needs Node >= 22.14 and npm >= 11.5.1.
		expect(Number(setup?.with?.['node-version'])).toBeGreaterThanOrEqual(24);
	});
});

describe('both workflows', () => {
	it.each([
		['ci.yml', ciText, ci],
		['publish.yml', releaseText, release],
	])('%s prints no secret and puts no expression inside a shell script', (_name, text, workflow) => {
		expect(text).not.toMatch(/set -x|printenv|\benv\s*$|echo\s+["']?\$\{?(GH_TOKEN|GITHUB_TOKEN|ACTIONS_ID_TOKEN)/m);
		for (const job of Object.values(workflow.jobs)) {
			for (const step of job.steps) {
				// Values reach scripts through env:, never pasted into the script (injection-safe).
				expect(step.run ?? '').not.toContain('${{');
			}
		}
	});

	it('the schema check rejects a broken workflow (so it can fail)', () => {
		const broken = parse(releaseText);
		broken.jobs.publish.permissions['id-token'] = 'wrte';
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflows-'));
		const file = path.join(dir, 'publish.yml');
		fs.writeFileSync(file, stringify(broken));
		const result = spawnSync('node', [path.join(root, 'scripts', 'validate-workflows.js'), file], { encoding: 'utf8' });
		fs.rmSync(dir, { recursive: true, force: true });
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('INVALID');
		expect(result.stdout).toContain('/jobs/publish/permissions');

		const valid = spawnSync('node', [path.join(root, 'scripts', 'validate-workflows.js')], { encoding: 'utf8' });
		expect(valid.stdout).toBe('valid   .github/workflows/ci.yml\nvalid   .github/workflows/publish.yml\n');
		expect(valid.status).toBe(0);
	});
});
