/* eslint-disable */
import { matchNames } from '../../nodes/Juspay/helpers/nameMatch';
it('show', () => {
	const out = (process.env.PAIRS as string).split(';;').map((p) => { const [a, b] = p.split('|'); const m = matchNames(a, b); return `['${a}', '${b}', '${m?.band}', "${m?.explanation}"],`; });
	process.stdout.write(out.join('\n') + '\n');
});
