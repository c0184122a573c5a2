#!/usr/bin/env node
/**
 * Keeps our ESLint config (eslint.config.mjs) from drifting away from the one
 * `n8n-node lint` applies (`@n8n/node-cli`, version pinned below).
 *
 * Why not run `n8n-node lint` itself: installing @n8n/node-cli as a
 * devDependency adds ~1,080 packages here (it depends on @n8n/ai-node-sdk,
 * which pulls LangChain, pdf.js, Playwright, ...), and in strict mode
 * (`"n8n": { "strict": true }`) it refuses any eslint.config.mjs that is not
 * its two-line template, while ours must also export the scanner's config for
 * scripts/scan-tarball.mjs.
 *
 * What this does instead: fetch only node-cli's own tarball (no dependencies)
 * with `npm pack` into .cache/, check its integrity, load the config it ships
 * (`dist/configs/eslint.js`) with the n8n rule plugins installed here, and ask
 * ESLint which rules each of our lintable files gets under node-cli's config
 * and under ours. Every n8n rule (`@n8n/community-nodes/*`,
 * `n8n-nodes-base/*`) and `no-console` must have the same severity and
 * options. node-cli's three generic rule sets (@eslint/js, typescript-eslint
 * and import-x recommended) are left out on purpose: the scanner n8n verifies
 * packages with does not apply them (see eslint.config.mjs).
 *
 * It also checks that node-cli pins the same versions of ESLint and of the
 * two n8n plugins as our package.json, so "same config" means "same rules".
 *
 * Usage: node scripts/check-eslint-drift.mjs [--config path/to/eslint.config.mjs]
 * Exit code: 0 same rules, 1 drift (each difference printed), 2 setup error.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';

const NODE_CLI = {
	version: '0.48.3',
	integrity:
		'sha512-fkQvnLHMzLmbecKm8ZrcLxvmX4Y7c+PAsdro0zkNlm8SJRy3349G0ZCnjTYRcHoVhmSr+zx9g/XNerCwiIuZPA==',
};
// The rules n8n owns; generic JS/TS hygiene rules are not compared.
const isN8nRule = (rule) =>
	rule.startsWith('@n8n/community-nodes/') || rule.startsWith('n8n-nodes-base/') || rule === 'no-console';

// Differences we keep on purpose, with the reason.
const KNOWN = {
	// The scanner adds no-console to every file it lints, node-cli only to .ts;
	// package.json holds no code, so the rule can never fire there.
	'package.json no-console': true,
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(path.join(root, 'package.json'));

function setupError(message) {
	console.error(`eslint drift: ${message}`);
	process.exit(2);
}

/** node-cli's published tarball, unpacked once into .cache/node-cli-<version>/package. */
function nodeCliPackage() {
	const dir = path.join(root, '.cache', `node-cli-${NODE_CLI.version}`);
	const unpacked = path.join(dir, 'package');
	if (fs.existsSync(path.join(unpacked, 'package.json'))) return unpacked;
	fs.mkdirSync(dir, { recursive: true });
	const packed = spawnSync(
		'npm',
		['pack', `@n8n/node-cli@${NODE_CLI.version}`, '--json', '--pack-destination', dir],
		{ cwd: dir, encoding: 'utf8' },
	);
	if (packed.status !== 0) setupError(`npm pack @n8n/node-cli@${NODE_CLI.version} failed:\n${packed.stderr}`);
	const tarball = path.join(dir, JSON.parse(packed.stdout)[0].filename);
	const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
	if (integrity !== NODE_CLI.integrity) setupError(`${tarball} integrity ${integrity} is not the pinned one`);
	// Unpacked aside, then renamed: an interrupted run never leaves half a package.
	const staging = fs.mkdtempSync(path.join(dir, 'unpack-'));
	const untar = spawnSync('tar', ['xzf', tarball, '-C', staging], { encoding: 'utf8' });
	if (untar.status !== 0) setupError(`tar failed: ${untar.stderr}`);
	fs.rmSync(tarball);
	fs.renameSync(path.join(staging, 'package'), unpacked);
	fs.rmSync(staging, { recursive: true });
	return unpacked;
}

/**
 * Loads node-cli's compiled config (CommonJS) with our installed n8n plugins,
 * ESLint and parser, and empty stand-ins for the generic rule sets we skip.
 * Any other import is an error: a new dependency of the config is a change
 * this check must be taught about.
 */
function loadNodeCliConfig(pkgDir) {
	const tsParser = requireHere('@typescript-eslint/parser');
	const empty = (name) => ({ name: `${name} (generic rules, not compared)` });
	const modules = {
		'@eslint/js': { configs: { recommended: empty('@eslint/js recommended') } },
		'typescript-eslint': {
			config: (...configs) => defineConfig(...configs),
			configs: { recommended: [empty('typescript-eslint recommended')] },
			parser: tsParser,
		},
		'eslint-plugin-import-x': { configs: { 'flat/recommended': empty('import-x recommended') } },
		'eslint-import-resolver-typescript': { createTypeScriptImportResolver: () => ({}) },
		'@n8n/eslint-plugin-community-nodes': requireHere('@n8n/eslint-plugin-community-nodes'),
		'eslint-plugin-n8n-nodes-base': requireHere('eslint-plugin-n8n-nodes-base'),
		'eslint/config': requireHere('eslint/config'),
	};
	const file = path.join(pkgDir, 'dist', 'configs', 'eslint.js');
	const module = { exports: {} };
	const fakeRequire = (id) => {
		if (!(id in modules)) setupError(`node-cli's eslint config now imports ${id}: teach this check about it`);
		return modules[id];
	};
	new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(file, 'utf8'))(
		module.exports,
		fakeRequire,
		module,
		file,
		path.dirname(file),
	);
	return module.exports.config;
}

function versionFacts(pkgDir) {
	const theirs = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).dependencies;
	const ours = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies;
	const problems = [];
	for (const name of ['eslint', '@n8n/eslint-plugin-community-nodes', 'eslint-plugin-n8n-nodes-base']) {
		// node-cli pins exact versions, or ^x.y.z for n8n-nodes-base: ours must be that x.y.z.
		if (theirs[name].replace(/^\^/, '') !== ours[name]) {
			problems.push(`${name}: node-cli ${NODE_CLI.version} uses ${theirs[name]}, package.json has ${ours[name]}`);
		}
	}
	return problems;
}

/** The files `npm run lint` covers: package.json and every .ts under nodes/ and credentials/. */
function lintedFiles() {
	const files = ['package.json'];
	const walk = (dir) => {
		for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
			const rel = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(rel);
			else if (rel.endsWith('.ts')) files.push(rel);
		}
	};
	walk('nodes');
	walk('credentials');
	return files;
}

const n8nRules = (config) =>
	Object.fromEntries(
		Object.entries(config?.rules ?? {})
			.filter(([rule]) => isN8nRule(rule))
			.map(([rule, setting]) => [rule, JSON.stringify(setting)]),
	);

async function main() {
	const configArg = process.argv.indexOf('--config');
	const ourConfigFile = configArg > 0 ? path.resolve(process.argv[configArg + 1]) : path.join(root, 'eslint.config.mjs');
	const pkgDir = nodeCliPackage();
	const problems = versionFacts(pkgDir);

	const theirs = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: loadNodeCliConfig(pkgDir) });
	// Loaded here rather than by ESLint so that a config outside the repository
	// root (the drift test's) still lints files relative to the root.
	const ourConfig = (await import(pathToFileURL(ourConfigFile).href)).default;
	const ours = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: ourConfig });
	const files = lintedFiles();
	let compared = 0;
	for (const file of files) {
		const a = n8nRules(await theirs.calculateConfigForFile(file));
		const b = n8nRules(await ours.calculateConfigForFile(file));
		if (Object.keys(b).length === 0) problems.push(`${file}: our config applies no n8n rule to it`);
		for (const rule of new Set([...Object.keys(a), ...Object.keys(b)])) {
			compared++;
			if (a[rule] !== b[rule] && !KNOWN[`${file} ${rule}`]) {
				problems.push(`${file}: ${rule} is ${a[rule] ?? 'not set'} in n8n-node lint, ${b[rule] ?? 'not set'} in ours`);
			}
		}
	}
	if (compared === 0) setupError('no n8n rule applied to any file: the comparison is broken');
	for (const problem of problems) console.log(`DRIFT ${problem}`);
	console.log(
		`eslint drift: ${files.length} files, ${compared} rule settings compared with @n8n/node-cli ${NODE_CLI.version}: ` +
			(problems.length ? `${problems.length} differences` : 'identical'),
	);
	process.exit(problems.length ? 1 : 0);
}

await main();
