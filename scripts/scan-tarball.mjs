#!/usr/bin/env node
/**
 * Offline re-run of n8n's community-package scan (@n8n/scan-community-package
 * 0.32.0, scanner/scanner.mjs) on this package.
 *
 * The real scanner (npx @n8n/scan-community-package n8n-nodes-juspay) needs
 * the package on the npm registry with provenance, then lints twice with the
 * same ESLint config (`buildScanConfig`, reproduced in lib/scanConfig.mjs):
 *   1. the source leg: the attested GitHub checkout,
 *      files `package.json` and `{nodes,credentials}/**\/*.{js,ts,json}`;
 *   2. the tarball leg: the published tarball, files `**\/*.js` and
 *      `package.json`.
 * Both run with `allowInlineConfig: false` and fail on any error (warnings are
 * printed but do not fail). This script runs both legs locally without the
 * network: leg 1 on this working tree, leg 2 on `npm pack`'s tarball (or a
 * given .tgz). The provenance check is not reproducible offline and is
 * skipped (publish with `npm publish --provenance` from GitHub Actions).
 *
 * On top of the scanner it checks (as "extra", not n8n's) that every
 * n8n.nodes / n8n.credentials entry is in the tarball and that every
 * `file:` icon those files reference is packed next to them: the scanner's
 * icon rule only runs on .ts sources, so a build that forgot to copy icons
 * would pass it.
 *
 * Usage:
 *   npm run build && node scripts/scan-tarball.mjs            # packs the repo
 *   node scripts/scan-tarball.mjs path/to/n8n-nodes-juspay-0.1.0.tgz
 *   options: --no-source (tarball leg only), --keep (keep the extracted dir)
 * Exit code: 0 clean (warnings allowed), 1 findings, 2 usage/setup error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import { buildScanConfig } from './lib/scanConfig.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// scanner.mjs: SOURCE_FILE_PATTERNS and the tarball leg's patterns.
const SOURCE_FILE_PATTERNS = ['package.json', '{nodes,credentials}/**/*.{js,ts,json}'];
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

class UsageError extends Error {}

function fail(message) {
	throw new UsageError(message);
}

function run(cmd, args, cwd) {
	const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
	if (result.error) fail(`${cmd} could not run: ${result.error.message}`);
	if (result.status !== 0) {
		fail(`${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
	}
	return result.stdout;
}

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const withSource = !args.includes('--no-source');
const positional = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && !['--keep', '--no-source'].includes(a));
if (unknown.length > 0 || positional.length > 1) {
	console.error('usage: node scripts/scan-tarball.mjs [package.tgz] [--no-source] [--keep]');
	process.exit(2);
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-tarball-'));
const cleanup = () => {
	if (!keep) fs.rmSync(workDir, { recursive: true, force: true });
};

/** Lints `patterns` under `cwd` like scanner.mjs#analyzePackage; returns error count. */
async function lintLeg(label, cwd, patterns) {
	const eslint = new ESLint({
		cwd,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: buildScanConfig(),
		errorOnUnmatchedPattern: false,
	});
	const results = (await eslint.lintFiles(patterns)).filter(
		// Same ignores as the scanner's glob.
		(r) => !r.filePath.split(path.sep).includes('node_modules') && !r.filePath.endsWith('package-lock.json'),
	);
	const errors = results.reduce((n, r) => n + r.errorCount, 0);
	const warnings = results.reduce((n, r) => n + r.warningCount, 0);
	const formatter = await eslint.loadFormatter('stylish');
	const text = await formatter.format(results);
	console.log(`\n== ${label}: ${results.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
	for (const r of results) console.log(`   ${path.relative(cwd, r.filePath)}`);
	if (text.trim()) console.log(text);
	return { errors, files: results.length };
}

/** Extra (not in n8n's scanner): entries and icons the n8n loader will need. */
function checkPackedAssets(packageDir) {
	const problems = [];
	const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	const entries = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
	if (entries.length === 0) problems.push('package.json has no n8n.nodes / n8n.credentials entries');
	for (const entry of entries) {
		const file = path.join(packageDir, entry);
		if (!fs.existsSync(file)) {
			problems.push(`${entry}: listed in package.json "n8n" but not in the tarball (was it built?)`);
			continue;
		}
		const code = fs.readFileSync(file, 'utf8');
		for (const match of code.matchAll(/['"`]file:([^'"`]+)['"`]/g)) {
			const icon = path.join(path.dirname(file), match[1]);
			if (!fs.existsSync(icon)) {
				problems.push(`${entry}: icon "file:${match[1]}" is not in the tarball (gulp build:icons?)`);
			}
		}
	}
	console.log(`\n== extra checks (not n8n's scanner): ${problems.length} problem(s)`);
	for (const p of problems) console.log(`  error  ${p}`);
	return problems.length;
}

async function main() {
	let tarball;
	if (positional[0]) {
		tarball = path.resolve(positional[0]);
		if (!fs.existsSync(tarball)) fail(`no such file: ${tarball}`);
	} else {
		if (!fs.existsSync(path.join(repoRoot, 'dist'))) {
			fail('dist/ does not exist: run `npm run build` first (npm pack would ship no code)');
		}
		// .npmrc has ignore-scripts=true, so no lifecycle script runs here.
		const out = run('npm', ['pack', '--json', '--pack-destination', workDir], repoRoot);
		const info = JSON.parse(out.slice(out.indexOf('[')));
		tarball = path.join(workDir, info[0].filename);
		console.log(`packed ${info[0].name}@${info[0].version}: ${info[0].entryCount} files`);
	}

	// scanner.mjs#downloadAndExtractPackage: tar -xzf --strip-components=1
	const packageDir = path.join(workDir, 'package');
	fs.mkdirSync(packageDir, { recursive: true });
	run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], workDir);
	console.log(`extracted ${path.basename(tarball)} to ${packageDir}`);

	let errors = 0;
	if (withSource) {
		const leg = await lintLeg('source leg (working tree)', repoRoot, SOURCE_FILE_PATTERNS);
		errors += leg.errors;
	}
	const leg = await lintLeg('tarball leg', packageDir, TARBALL_FILE_PATTERNS);
	errors += leg.errors;
	if (!fs.readdirSync(packageDir, { recursive: true }).some((f) => String(f).endsWith('.js'))) {
		console.log('  error  the tarball contains no .js file');
		errors += 1;
	}
	errors += checkPackedAssets(packageDir);

	if (keep) console.log(`\nkept ${workDir}`);
	if (errors > 0) {
		console.log(`\n✖ scan failed: ${errors} error(s)`);
		return 1;
	}
	console.log(`\n✔ scan passed (n8n scanner rules on ${withSource ? 'source and tarball' : 'tarball'}; provenance not checked offline)`);
	return 0;
}

let code;
try {
	code = await main();
} catch (error) {
	console.error(error instanceof UsageError ? `scan-tarball: ${error.message}` : error);
	code = 2;
} finally {
	cleanup();
}
process.exit(code);
