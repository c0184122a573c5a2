#!/usr/bin/env node
/**
 * Validates every GitHub Actions workflow in .github/workflows against
 * GitHub's workflow schema with action-validator (@action-validator/cli, a
 * WebAssembly build: it runs without install scripts). A broken workflow is
 * found here, before a push or a release tag finds it on GitHub.
 *
 * Usage: node scripts/validate-workflows.js [file.yml ...]
 * Exit code: 0 all valid, 1 a file failed (its errors printed) or none found.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dir = path.join(root, '.github', 'workflows');
const validator = path.join(root, 'node_modules', '.bin', 'action-validator');

const files = process.argv.length > 2
	? process.argv.slice(2).map((file) => path.resolve(file))
	: fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(dir, name));

if (files.length === 0) {
	console.error(`No workflow files in ${path.relative(root, dir)}`);
	process.exit(1);
}

let failed = 0;
for (const file of files) {
	// The CLI takes one file at a time; it prints the schema errors as JSON on failure.
	const result = spawnSync(validator, [file], { encoding: 'utf8' });
	const ok = result.status === 0;
	if (!ok) failed++;
	console.log(`${ok ? 'valid  ' : 'INVALID'} ${path.relative(root, file)}`);
	if (!ok) console.log(result.stderr || result.stdout || result.error?.message);
}
process.exit(failed ? 1 : 0);
