/* eslint-disable */
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';
it('one', () => {
	const pairs = (process.env.PAIRS ?? '').split(';;').map((p) => p.split('|').map((s) => s.trim()));
	console.log(pairs.map(([a, b]) => { const m = matchNames(a, b); const n = matchNames(b, a); return `${a} / ${b}: ${m?.band} ${m?.score} / ${n?.band} || ${m?.explanation}`; }).join('\n'));
});
