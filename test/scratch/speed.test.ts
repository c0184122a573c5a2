/* eslint-disable */
import { readFileSync } from 'node:fs';
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';
import { splitAlias } from '../../nodes/Juspay/helpers/nameMatch/alias';
it('speed', () => {
	const rows = readFileSync('test/nameMatch/pairs.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('typed')).map((l) => l.split('\t'));
	for (let k = 0; k < 2; k++) for (const [a, b] of rows) { matchNames(a, b); matchNames(b, a); }
	let t = process.hrtime.bigint();
	for (let k = 0; k < 3; k++) for (const [a, b] of rows) { matchNames(a, b); matchNames(b, a); }
	const all = Number(process.hrtime.bigint() - t) / 1e6;
	t = process.hrtime.bigint();
	for (let k = 0; k < 3; k++) for (const [a, b] of rows) { splitAlias(a); splitAlias(b); }
	const al = Number(process.hrtime.bigint() - t) / 1e6;
	process.stdout.write(`all ${all.toFixed(0)} ms (${Math.round(rows.length * 6 / all * 1000)} pairs/s), splitAlias ${al.toFixed(0)} ms\n`);
});
