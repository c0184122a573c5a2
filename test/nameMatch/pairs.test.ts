/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, never inside n8n, and is not published */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { matchNames, type NameMatchBand } from '../../nodes/Juspay/helpers/nameMatch';

/**
 * The targets of issue 26 over our labelled set (pairs.tsv), on the part the
 * rules were tuned on and on the holdout part, each pair read both ways round.
 * docs/verdict.md reports the figures.
 */
interface LabelledPair {
	typed: string;
	atBank: string;
	expected: 'SAME' | 'NEAR' | 'DIFF';
	why: string;
	family: string;
	/** The part the pair was written in: tune, holdout, regions, then one a round (fourth, fifth, …). */
	split: string;
}

const [header, ...rows] = readFileSync(join(__dirname, 'pairs.tsv'), 'utf8')
	.split('\n')
	.filter((line) => line !== '' && !line.startsWith('#'));
const keys = header.split('\t');
const pairs = rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [keys[i], value])) as unknown as LabelledPair);
// The parts in the order they were written (docs/name-match-rounds.md has each one's first look), each read once.
const byPart = new Map<string, LabelledPair[]>();
for (const pair of pairs) {
	const part = byPart.get(pair.split);
	if (part) part.push(pair);
	else byPart.set(pair.split, [pair]);
}
const parts = [...byPart.keys()];

const PAYS: NameMatchBand[] = ['EXACT', 'STRONG'];
const AT_LEAST_PARTIAL: NameMatchBand[] = ['EXACT', 'STRONG', 'PARTIAL'];
const bandOf = (a: string, b: string) => matchNames(a, b)?.band ?? 'NONE';
const share = (list: LabelledPair[], ok: (pair: LabelledPair) => boolean) => list.filter(ok).length / list.length;

describe('the labelled set (test/nameMatch/pairs.tsv)', () => {
	it('has at least 300 pairs, a third or more of them different holders, and a holdout part of at least 400', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(300);
		expect(share(pairs, (p) => p.expected === 'DIFF')).toBeGreaterThanOrEqual(1 / 3);
		expect(pairs.filter((p) => p.split === 'holdout').length).toBeGreaterThanOrEqual(400);
		expect(pairs.filter((p) => !['SAME', 'NEAR', 'DIFF'].includes(p.expected)).map((p) => `${p.typed} / ${p.atBank}`)).toEqual([]);
	});

	it('holds every pair in a named part of at least 300 pairs (a mistyped part name would make a small part of its own)', () => {
		const odd = parts.filter((split) => !/^[a-z]+$/.test(split) || byPart.get(split)!.length < 300);
		expect(odd).toEqual([]);
		expect(parts.slice(0, 4)).toEqual(['tune', 'holdout', 'regions', 'fourth']);
	});

	it('covers persons and businesses, on each part', () => {
		for (const part of byPart.values()) {
			expect(new Set(part.map((p) => p.family)).size).toBeGreaterThanOrEqual(15);
			expect(part.some((p) => p.family.includes('business') && p.expected === 'DIFF')).toBe(true);
		}
	});

	it('gives each pair the same band both ways round (typed name first, or the bank name first)', () => {
		const differing = pairs.filter((p) => bandOf(p.typed, p.atBank) !== bandOf(p.atBank, p.typed));
		expect(differing.map((p) => `${p.typed} / ${p.atBank}`)).toEqual([]);
	});

	// Every part was run once blind and then tuned on, except holdout (docs/name-match-rounds.md has each first look).
	describe.each(parts.map((split) => [split, 0.97] as const))('the %s part', (split, sameShare) => {
		const part = byPart.get(split)!;
		const both = (p: LabelledPair) => [bandOf(p.typed, p.atBank), bandOf(p.atBank, p.typed)];

		it('scores no different holder STRONG or EXACT', () => {
			const paid = part.filter((p) => p.expected === 'DIFF' && both(p).some((band) => PAYS.includes(band)));
			expect(paid.map((p) => `${p.typed} / ${p.atBank}`)).toEqual([]);
		});

		it(`scores at least ${sameShare * 100}% of the same holders STRONG or EXACT`, () => {
			const same = part.filter((p) => p.expected === 'SAME');
			expect(share(same, (p) => both(p).every((band) => PAYS.includes(band)))).toBeGreaterThanOrEqual(sameShare);
		});

		it('scores at least 90% of the same holders with a part missing or cut by the bank PARTIAL or better', () => {
			const near = part.filter((p) => p.expected === 'NEAR');
			expect(share(near, (p) => both(p).every((band) => AT_LEAST_PARTIAL.includes(band)))).toBeGreaterThanOrEqual(0.9);
		});
	});
});
