/* eslint-disable */
import { readFileSync, writeFileSync } from 'node:fs';
import { readName } from '../../nodes/Juspay/helpers/nameMatch/read';
it('fam', () => {
	const held = new Set(readFileSync('test/nameMatch/pairs.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t').slice(0, 2).join('|').toUpperCase()));
	const out: string[] = [];
	let skipped = 0;
	for (const file of (process.env.FILES as string).split(',')) {
		for (const line of readFileSync(file, 'utf8').split('\n')) {
			if (!line.trim() || line.startsWith('typed')) continue;
			const [typed, atBank, expected, why] = line.split('\t');
			const key = `${typed}|${atBank}`.toUpperCase();
			const rev = `${atBank}|${typed}`.toUpperCase();
			if (held.has(key) || held.has(rev)) { skipped++; continue; }
			held.add(key);
			const business = readName(typed).business || readName(atBank).business;
			out.push([typed, atBank, expected, why, `${process.env.PART}: ${business ? 'business, ' : ''}${why}`, process.env.PART].join('\t'));
		}
	}
	writeFileSync(process.env.OUT as string, out.join('\n') + '\n');
	process.stdout.write(`rows ${out.length} skipped ${skipped}\n`);
});
