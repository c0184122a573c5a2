/**
 * `npm run bench -- --scenario=names`: the name matcher's speed over the
 * labelled set (test/nameMatch/pairs.tsv), each pair both ways round, with no
 * n8n and no build: the matcher's TypeScript is transpiled into a temporary
 * folder and required from there. Prints pairs per second; the figure is
 * recorded by hand in docs/verdict.md.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'nodes', 'Juspay', 'helpers', 'nameMatch');

/** The matcher's module (matchNames, …), from its TypeScript source. */
function loadMatcher() {
	const ts = require('typescript');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juspay-name-match-'));
	try {
		for (const file of fs.readdirSync(SOURCE).filter((name) => name.endsWith('.ts'))) {
			const { outputText } = ts.transpileModule(fs.readFileSync(path.join(SOURCE, file), 'utf8'), {
				compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
			});
			fs.writeFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), outputText);
		}
		return require(path.join(dir, 'index.js'));
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** The labelled pairs: { typed, atBank, expected, why, family, split }. */
function readPairs() {
	const [header, ...rows] = fs
		.readFileSync(path.join(ROOT, 'test', 'nameMatch', 'pairs.tsv'), 'utf8')
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith('#'));
	const keys = header.split('\t');
	return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [keys[i], value])));
}

function benchNames() {
	const { matchNames } = loadMatcher();
	const pairs = readPairs().flatMap(({ typed, atBank }) => [[typed, atBank], [atBank, typed]]);
	const round = () => {
		for (const [a, b] of pairs) matchNames(a, b);
	};
	const first = process.hrtime.bigint();
	round();
	const firstMs = Number(process.hrtime.bigint() - first) / 1e6;
	// One more round before the clock starts: the JIT is still compiling the matcher's hot paths in the second (a long
	// sheet in a running n8n sees the matcher warm).
	round();
	let rounds = 0;
	const start = process.hrtime.bigint();
	const cpuStart = process.cpuUsage();
	let elapsedMs = 0;
	while (elapsedMs < 3000) {
		round();
		rounds++;
		elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
	}
	const cpu = process.cpuUsage(cpuStart);
	const cpuMs = (cpu.user + cpu.system) / 1000;
	const rate = (ms) => Math.round((rounds * pairs.length * 1000) / ms).toLocaleString('en');
	console.log(`\nnames: the name matcher over the labelled set (${pairs.length} pairs, each pair both ways round)`);
	console.log(`  first round (cold, before the JIT): ${Math.round((pairs.length * 1000) / firstMs).toLocaleString('en')} pairs/s; then one round untimed`);
	// On a shared machine the wall clock counts the time other work held the core; the CPU time does not.
	console.log(`  ${rounds} rounds in ${(elapsedMs / 1000).toFixed(1)} s: ${rate(elapsedMs)} pairs/s by the clock, ${rate(cpuMs)} per CPU second (target 50,000)`);
	return Math.round((rounds * pairs.length * 1000) / elapsedMs);
}

module.exports = { benchNames, loadMatcher, readPairs };

if (require.main === module) benchNames();
