/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { anchors, brokenLinks, linkTargets, slug } from './markdownLinks';

/**
 * Every relative link in the README, CONTRIBUTING.md and docs/ leads to a
 * file that exists, and every `#anchor` to a heading of its target: the
 * README is short because it links out, so a dead link is a missing page.
 */
const root = join(__dirname, '..', '..');

function markdownUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return markdownUnder(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}

const pages = ['README.md', 'CONTRIBUTING.md', ...markdownUnder('docs')];

describe('links in the documentation', () => {
	it.each(pages)('%s: every relative link and anchor leads somewhere', (page) => {
		expect(brokenLinks(root, page)).toEqual([]);
	});

	it('reaches every docs/ page from the README or the docs index', () => {
		const linked = ['README.md', 'docs/README.md'].flatMap((page) =>
			linkTargets(readFileSync(join(root, page), 'utf8')).map((target) => join(page, '..', target.split('#')[0])),
		);
		const orphans = markdownUnder('docs').filter((page) => page !== 'docs/README.md' && !linked.includes(join(page)));
		expect(orphans).toEqual([]);
	});
});

describe('the link checker', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'docs-links-'));
		mkdirSync(join(dir, 'docs'));
		writeFileSync(join(dir, 'docs', 'page.md'), '# A page\n\n## Money → rules (in `full`)\n\n## Money → rules (in `full`)\n');
		writeFileSync(
			join(dir, 'README.md'),
			[
				'# Readme',
				'[fine](docs/page.md#money--rules-in-full) [repeat](docs/page.md#money--rules-in-full-1) [here](#readme)',
				'[web](https://example.com/missing.md) [mail](mailto:a@b.c)',
				'[gone](docs/missing.md) [bad anchor](docs/page.md#no-such-heading) [bad here](#nowhere)',
				'`[in code](docs/code.md)`',
				'```',
				'[in a fence](docs/fence.md)',
				'```',
				'[ref]: docs/also-missing.md',
			].join('\n'),
		);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reports a missing file and a missing anchor, and nothing else', () => {
		expect(brokenLinks(dir, 'README.md')).toEqual([
			'README.md: docs/missing.md → docs/missing.md does not exist',
			'README.md: docs/page.md#no-such-heading → no heading in docs/page.md makes #no-such-heading',
			'README.md: #nowhere → no heading in README.md makes #nowhere',
			'README.md: docs/also-missing.md → docs/also-missing.md does not exist',
		]);
	});

	it("makes GitHub's anchors: markup and punctuation dropped, spaces to hyphens, repeats numbered", () => {
		expect(slug('Why install scripts are off (`.npmrc`)')).toBe('why-install-scripts-are-off-npmrc');
		expect(slug('Customer Account → Create and Validate')).toBe('customer-account--create-and-validate');
		expect(slug('The verdict ("Simplify", on by default)')).toBe('the-verdict-simplify-on-by-default');
		expect(slug('**Bold** and [a link](x.md) and snake_case')).toBe('bold-and-a-link-and-snake_case');
		expect([...anchors('# Errors\n## Errors\n```\n# not a heading\n```\n<a id="custom"></a>')]).toEqual(['errors', 'errors-1', 'custom']);
	});

	it('finds links in prose only, not in code or comments', () => {
		expect(linkTargets('[a](x.md "title") `[b](y.md)` <!-- [d](w.md) -->\n```\n[c](z.md)\n```\n![img](docs/images/i.png)')).toEqual(['x.md', 'docs/images/i.png']);
	});
});
