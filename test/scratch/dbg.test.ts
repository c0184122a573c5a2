/* eslint-disable */
import { readName } from '../../nodes/Juspay/helpers/nameMatch/read';
import { pairWords } from '../../nodes/Juspay/helpers/nameMatch/pair';
it('dbg', () => {
	const [x, y] = (process.env.P as string).split('|');
	const a = readName(x), b = readName(y);
	process.stdout.write(JSON.stringify(a.words.map((w) => [w.text, w.keys])) + '\n' + JSON.stringify(b.words.map((w) => [w.text, w.keys])) + '\n');
	const p = pairWords(a, b);
	process.stdout.write(JSON.stringify(p.pairs.map((q: any) => [q.a.map((w: any) => w.text), q.b.map((w: any) => w.text), q.kind])) + '\n');
});
