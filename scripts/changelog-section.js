#!/usr/bin/env node
/**
 * Prints CHANGELOG.md's section for a version: the GitHub release notes.
 *
 * Usage: node scripts/changelog-section.js 0.1.0 [path/to/CHANGELOG.md]
 * Exit code: 0 printed, 1 no such section or it is empty.
 */
const fs = require('node:fs');
const path = require('node:path');
const { changelogSection } = require('./lib/changelog');

const [version, file = path.join(__dirname, '..', 'CHANGELOG.md')] = process.argv.slice(2);
if (!version) {
	console.error('Usage: node scripts/changelog-section.js <version> [CHANGELOG.md]');
	process.exit(1);
}
const section = changelogSection(fs.readFileSync(file, 'utf8'), version);
if (!section?.body) {
	console.error(`${path.basename(file)} has no entries for ${version}: add a "## [${version}] - YYYY-MM-DD" section.`);
	process.exit(1);
}
process.stdout.write(`${section.body}\n`);
