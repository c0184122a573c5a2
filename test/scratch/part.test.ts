/* eslint-disable */
import { readFileSync } from 'node:fs';
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';
it('part', () => {
	const [header, ...rows] = readFileSync('test/nameMatch/pairs.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
	const out: string[] = [];
	for (const r of rows) {
		const [typed, atBank, expected, why, family, split] = r.split('\t');
		if (process.env.SPLIT && split !== process.env.SPLIT) continue;
		const a = matchNames(typed, atBank), b = matchNames(atBank, typed);
		const bands = [a?.band ?? 'NONE', b?.band ?? 'NONE'];
		const pay = (x: string) => x === 'EXACT' || x === 'STRONG';
		const bad = expected === 'DIFF' ? bands.some(pay) : expected === 'SAME' ? !bands.every(pay) : !bands.every((x) => pay(x) || x === 'PARTIAL');
		if (bad) out.push(`${split}\t${expected}\t${bands.join('/')}\t${typed} | ${atBank} | ${why} || ${a?.explanation}`);
	}
	console.log(out.length + '\n' + out.join('\n'));
});
