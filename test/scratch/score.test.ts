/* eslint-disable */
import { readFileSync } from 'node:fs';
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';
it('score', () => {
	const [header, ...rows] = readFileSync(process.env.FILE!, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
	const pairs = rows.map((r) => r.split('\t')).map(([typed, atBank, expected, why]) => ({ typed, atBank, expected, why }));
	const m = (a: string, b: string) => matchNames(a, b);
	const out: string[] = [];
	let diffPaid = 0, diff = 0, same = 0, sameOk = 0, near = 0, nearOk = 0;
	for (const p of pairs) {
		const a = m(p.typed, p.atBank), b = m(p.atBank, p.typed);
		const bands = [a?.band ?? 'NONE', b?.band ?? 'NONE'];
		const pays = bands.some((x) => x === 'EXACT' || x === 'STRONG');
		const allPay = bands.every((x) => x === 'EXACT' || x === 'STRONG');
		const allPartial = bands.every((x) => x === 'EXACT' || x === 'STRONG' || x === 'PARTIAL');
		let bad = false;
		if (p.expected === 'DIFF') { diff++; if (pays) { diffPaid++; bad = true; } }
		if (p.expected === 'SAME') { same++; if (allPay) sameOk++; else bad = true; }
		if (p.expected === 'NEAR') { near++; if (allPartial) nearOk++; else bad = true; }
		if (bad) out.push(`${p.expected}\t${bands.join('/')}\t${p.typed} | ${p.atBank} | ${p.why} || ${a?.explanation ?? ''}`);
	}
	console.log(`DIFF paid ${diffPaid} of ${diff}; SAME ${sameOk} of ${same} (${(100 * sameOk / same).toFixed(1)}%); NEAR ${nearOk} of ${near}\n` + out.join('\n'));
});
