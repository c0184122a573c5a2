#!/usr/bin/env node
/**
 * First step of the release workflow: refuses a release whose pieces disagree,
 * before anything is installed, built or published.
 *
 *   - the tag is vX.Y.Z (or vX.Y.Z-pre.N) and equals "v" + package.json version;
 *   - CHANGELOG.md has a dated, non-empty section for that version (it becomes
 *     the GitHub release notes);
 *   - with --npm: that npm can do trusted publishing (11.5.1 or newer).
 *
 * On GitHub ($GITHUB_OUTPUT set) it also writes the step outputs the later
 * steps use: version, tarball (npm pack's file name), dist-tag ("latest", or
 * "next" for a pre-release, which npm 11 requires a tag for) and prerelease.
 *
 * Usage: node scripts/release-check.js <tag> [--npm <npm version>] [--root <dir>]
 * Exit code: 0 all agree, 1 a problem (each printed).
 */
const fs = require('node:fs');
const path = require('node:path');
const { changelogSection } = require('./lib/changelog');

const TAG = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
const TRUSTED_PUBLISHING_NPM = [11, 5, 1];

function option(name) {
	const index = process.argv.indexOf(name);
	return index > 0 ? process.argv[index + 1] : undefined;
}

function atLeast(version, minimum) {
	const parts = version.split(/[.-]/).map(Number);
	for (let i = 0; i < minimum.length; i++) {
		if ((parts[i] || 0) !== minimum[i]) return (parts[i] || 0) > minimum[i];
	}
	return true;
}

const tag = process.argv[2];
const root = path.resolve(option('--root') ?? path.join(__dirname, '..'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const problems = [];

const version = TAG.exec(tag ?? '')?.[1];
if (!version) problems.push(`Tag "${tag ?? ''}" is not vX.Y.Z (or vX.Y.Z-pre.N).`);
else if (version !== pkg.version) {
	problems.push(`Tag ${tag} does not match package.json version ${pkg.version}: bump package.json or fix the tag.`);
}

const section = changelogSection(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), pkg.version);
if (!section) problems.push(`CHANGELOG.md has no "## [${pkg.version}] - YYYY-MM-DD" section.`);
else if (!section.date) problems.push(`CHANGELOG.md's section for ${pkg.version} has no release date.`);
else if (!section.body) problems.push(`CHANGELOG.md's section for ${pkg.version} is empty.`);

const npmVersion = option('--npm');
if (npmVersion && !atLeast(npmVersion, TRUSTED_PUBLISHING_NPM)) {
	problems.push(`npm ${npmVersion} cannot do trusted publishing: it needs ${TRUSTED_PUBLISHING_NPM.join('.')} or newer.`);
}

if (problems.length) {
	for (const problem of problems) console.error(`Release refused: ${problem}`);
	process.exit(1);
}

const prerelease = version.includes('-');
const outputs = {
	version,
	// npm pack names a scoped package @scope/name as scope-name-<version>.tgz.
	tarball: `${pkg.name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`,
	'dist-tag': prerelease ? 'next' : 'latest',
	prerelease: String(prerelease),
};
if (process.env.GITHUB_OUTPUT) {
	fs.appendFileSync(process.env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
}
console.log(
	`${tag}: tag, package.json and CHANGELOG.md (${section.date}) agree; ` +
		`publishing ${outputs.tarball} with dist-tag ${outputs['dist-tag']}.`,
);
