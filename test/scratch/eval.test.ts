/* eslint-disable */
import { readFileSync } from 'node:fs';
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';

const PAYS = ['EXACT', 'STRONG'];
const OK = ['EXACT', 'STRONG', 'PARTIAL'];
it('evaluates SET', () => {
	const file = process.env.SET as string;
	const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('typed') && !l.startsWith('#')).map((l) => l.split('\t'));
	const out: string[] = [];
	let diffPaid = 0, diff = 0, same = 0, sameOk = 0, near = 0, nearOk = 0;
	for (const [typed, atBank, expected, why] of rows) {
		const x = matchNames(typed, atBank);
		const y = matchNames(atBank, typed);
		const bands = [x?.band ?? 'NONE', y?.band ?? 'NONE'];
		const line = `${expected}\t${bands.join('/')}\t${typed} | ${atBank}\t${why}\t${x?.explanation}`;
		if (expected === 'DIFF') { diff++; if (bands.some((b) => PAYS.includes(b))) { diffPaid++; out.push('!! ' + line); } }
		if (expected === 'SAME') { same++; if (bands.every((b) => PAYS.includes(b))) sameOk++; else out.push('-- ' + line); }
		if (expected === 'NEAR') { near++; if (bands.every((b) => OK.includes(b))) nearOk++; else out.push('~~ ' + line); }
	}
	out.push(`DIFF paid ${diffPaid} of ${diff}; SAME ${sameOk}/${same} = ${((100 * sameOk) / same).toFixed(1)}%; NEAR ${nearOk}/${near} = ${((100 * nearOk) / near).toFixed(1)}%`);
	process.stdout.write(out.join('\n') + '\n');
});
