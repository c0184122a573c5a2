/* eslint-disable */
import { readFileSync, writeFileSync } from 'node:fs';
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';
it('bands', () => {
	const rows = readFileSync('test/nameMatch/pairs.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
	const out = rows.map((r) => { const [t, b, e] = r.split('\t'); return `${e}\t${matchNames(t, b)?.band ?? 'NONE'}/${matchNames(b, t)?.band ?? 'NONE'}\t${t} | ${b}`; });
	writeFileSync(process.env.OUT!, out.join('\n') + '\n');
});
