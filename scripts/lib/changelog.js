/**
 * Reads CHANGELOG.md (Keep a Changelog 1.1.0): one `## [version] - YYYY-MM-DD`
 * heading per release, `## [Unreleased]` on top, link definitions at the end.
 * Used by the release workflow (scripts/release-check.js,
 * scripts/changelog-section.js) and by the tests.
 */
const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;
// `[0.1.0]: https://...` link definitions close the last section.
const LINK_DEFINITION = /^\[[^\]]+\]:\s/;

/** Every `## [...]` section, in file order: { name, date, body }. */
function changelogSections(text) {
	const sections = [];
	let current = null;
	for (const line of text.split(/\r?\n/)) {
		const heading = HEADING.exec(line);
		if (heading) {
			current = { name: heading[1], date: heading[2] ?? null, lines: [] };
			sections.push(current);
		} else if (line.startsWith('## ') || LINK_DEFINITION.test(line)) {
			current = null;
		} else if (current) {
			current.lines.push(line);
		}
	}
	return sections.map(({ name, date, lines }) => ({ name, date, body: lines.join('\n').trim() }));
}

/** The section for `version` (e.g. "0.1.0"), or undefined. */
function changelogSection(text, version) {
	return changelogSections(text).find((section) => section.name === version);
}

module.exports = { changelogSections, changelogSection };
