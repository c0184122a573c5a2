/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * CHANGELOG.md and what the release workflow runs:
 * scripts/release-check.js (tag = package.json version, dated changelog
 * section, npm able to do trusted publishing),
 * scripts/changelog-section.js (the GitHub release notes), and
 * `npm run release` (`n8n-node release`, @n8n/node-cli's publish flow).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { changelogSection, changelogSections } from '../../scripts/lib/changelog';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');

const FIXTURE = `# Changelog

## [Unreleased]

### Fixed
- Something not yet released.

## [1.1.0-beta.1] - 2026-12-02

### Added
- A beta feature.

## [1.0.0] - 2026-12-01

### Changed
- **Breaking:** a field renamed (node version 2).

### Fixed
- A fix.

## [0.9.0]

- Undated.

[Unreleased]: https://github.com/o/r/compare/v1.0.0...HEAD
[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0
`;

function node(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	return spawnSync('node', [path.join(root, 'scripts', script), ...args], {
		encoding: 'utf8',
		env: { ...process.env, GITHUB_OUTPUT: '', ...env },
	});
}

/** Throwaway folders, removed when the file's tests end. */
const temporary: string[] = [];
function tempDir(prefix: string) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	temporary.push(dir);
	return dir;
}
afterAll(() => {
	for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** A throwaway package root holding a package.json and a CHANGELOG.md. */
function packageRoot(version: string, changelogText = FIXTURE) {
	const dir = tempDir('release-check-');
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'n8n-nodes-juspay', version }));
	fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), changelogText);
	return dir;
}

describe('CHANGELOG.md', () => {
	const sections = changelogSections(changelog);

	it('starts with Unreleased, then has a dated, non-empty section for the package.json version', () => {
		expect(sections[0].name).toBe('Unreleased');
		const current = changelogSection(changelog, pkg.version);
		expect(current?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(current?.body).toMatch(/^### Added\n\n- /);
	});

	it('follows Keep a Changelog: known headings, newest first, a link for every section', () => {
		expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)');
		for (const section of sections) {
			for (const heading of section.body.match(/^### .*/gm) ?? []) {
				expect(['### Added', '### Changed', '### Deprecated', '### Removed', '### Fixed', '### Security']).toContain(heading);
			}
			expect(changelog).toMatch(new RegExp(`^\\[${section.name.replace(/\./g, '\\.')}\\]: https://github\\.com/`, 'm'));
		}
		const dates = sections.slice(1).map((section) => section.date!);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('changelogSection', () => {
	it('returns the text between a version heading and the next heading', () => {
		expect(changelogSection(FIXTURE, '1.0.0')).toEqual({
			name: '1.0.0',
			date: '2026-12-01',
			body: '### Changed\n- **Breaking:** a field renamed (node version 2).\n\n### Fixed\n- A fix.',
		});
		expect(changelogSection(FIXTURE, 'Unreleased')?.body).toBe('### Fixed\n- Something not yet released.');
	});

	it('ends the last section at the link definitions, and knows undated and missing versions', () => {
		expect(changelogSection(FIXTURE, '0.9.0')).toEqual({ name: '0.9.0', date: null, body: '- Undated.' });
		expect(changelogSection(FIXTURE, '1.0')).toBeUndefined();
	});
});

describe('scripts/changelog-section.js', () => {
	it('prints the section for a version (the GitHub release notes)', () => {
		const result = node('changelog-section.js', [pkg.version]);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`${changelogSection(changelog, pkg.version)!.body}\n`);
	});

	it('fails, naming the heading to add, when the version has no section', () => {
		const result = node('changelog-section.js', ['9.9.9']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('CHANGELOG.md has no entries for 9.9.9: add a "## [9.9.9] - YYYY-MM-DD" section.');
	});
});

describe('scripts/release-check.js', () => {
	it('accepts the repository as it is for v<package.json version>', () => {
		const result = node('release-check.js', [`v${pkg.version}`, '--npm', '11.5.1']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('writes the step outputs for a release, and dist-tag "next" for a pre-release', () => {
		for (const [version, distTag, prerelease] of [
			['1.0.0', 'latest', 'false'],
			['1.1.0-beta.1', 'next', 'true'],
		]) {
			const dir = packageRoot(version);
			const output = path.join(dir, 'github-output');
			const result = node('release-check.js', [`v${version}`, '--root', dir], { GITHUB_OUTPUT: output });
			expect(result.status).toBe(0);
			expect(result.stdout).toBe(
				`v${version}: tag, package.json and CHANGELOG.md (${changelogSection(FIXTURE, version)!.date}) agree; ` +
					`publishing n8n-nodes-juspay-${version}.tgz with dist-tag ${distTag}.\n`,
			);
			expect(fs.readFileSync(output, 'utf8')).toBe(
				`version=${version}\ntarball=n8n-nodes-juspay-${version}.tgz\ndist-tag=${distTag}\nprerelease=${prerelease}\n`,
			);
		}
	});

	it('names the tarball of a scoped package the way npm pack does (a fork trying the workflow)', () => {
		const dir = packageRoot('1.0.0');
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@someone/n8n-nodes-juspay', version: '1.0.0' }));
		const output = path.join(dir, 'github-output');
		expect(node('release-check.js', ['v1.0.0', '--root', dir], { GITHUB_OUTPUT: output }).status).toBe(0);
		expect(fs.readFileSync(output, 'utf8')).toContain('tarball=someone-n8n-nodes-juspay-1.0.0.tgz\n');
	});

	it.each([
		['a tag that is not package.json version', '1.0.0', 'v1.0.1', 'Tag v1.0.1 does not match package.json version 1.0.0'],
		['a tag that is not vX.Y.Z', '1.0.0', 'v1.0', 'Tag "v1.0" is not vX.Y.Z'],
		['a version with no changelog section', '2.0.0', 'v2.0.0', 'CHANGELOG.md has no "## [2.0.0] - YYYY-MM-DD" section.'],
		['an undated changelog section', '0.9.0', 'v0.9.0', "CHANGELOG.md's section for 0.9.0 has no release date."],
	])('refuses %s', (_case, version, tag, message) => {
		const dir = packageRoot(version);
		const output = path.join(dir, 'github-output');
		const result = node('release-check.js', [tag, '--root', dir], { GITHUB_OUTPUT: output });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Release refused: ${message}`);
		expect(fs.existsSync(output)).toBe(false);
	});

	it('refuses an empty changelog section', () => {
		const dir = packageRoot('1.0.0', '# Changelog\n\n## [1.0.0] - 2026-12-01\n\n## [0.9.0] - 2026-11-01\n- x\n');
		const result = node('release-check.js', ['v1.0.0', '--root', dir]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("Release refused: CHANGELOG.md's section for 1.0.0 is empty.");
	});

	it('refuses an npm too old for trusted publishing (< 11.5.1)', () => {
		const dir = packageRoot('1.0.0');
		for (const npm of ['10.9.2', '11.5.0']) {
			const result = node('release-check.js', ['v1.0.0', '--root', dir, '--npm', npm]);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(`npm ${npm} cannot do trusted publishing: it needs 11.5.1 or newer.`);
		}
		for (const npm of ['11.5.1', '11.6.2', '12.0.0']) {
			expect(node('release-check.js', ['v1.0.0', '--root', dir, '--npm', npm]).status).toBe(0);
		}
	});
});

describe('npm run release (n8n-node release) on GitHub Actions', () => {
	it('lints, builds, then publishes once with provenance, keeping the dist-tag it is given', () => {
		// A stand-in npm first on PATH records each call instead of running it.
		const dir = tempDir('release-flow-');
		const log = path.join(dir, 'calls.log');
		fs.writeFileSync(
			path.join(dir, 'npm'),
			'#!/bin/sh\nprintf "%s | provenance=%s release-mode=%s tag=%s\\n" "$*" "$NPM_CONFIG_PROVENANCE" "$RELEASE_MODE" "$NPM_CONFIG_TAG" >> "$RELEASE_LOG"\n',
			{ mode: 0o755 },
		);
		const result = spawnSync(process.execPath, [path.join(root, 'node_modules', '.bin', 'n8n-node'), 'release'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH}`, GITHUB_ACTIONS: 'true', NPM_CONFIG_TAG: 'next', RELEASE_LOG: log },
		});

		expect(result.status).toBe(0);
		expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual([
			'run lint | provenance= release-mode= tag=next',
			'run build | provenance= release-mode= tag=next',
			'publish | provenance=true release-mode=true tag=next',
		]);
	});
});
