/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * package.json as n8n's verification and npm's provenance check read it, and
 * what `npm pack` puts in the tarball. Rules, not a file list, so a second
 * node or credential only needs its package.json entry.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every source file under `dir` whose name ends with `suffix`, as its built path in dist/. */
function builtFrom(dir: string, suffix: string): string[] {
	const found: string[] = [];
	const walk = (rel: string) => {
		for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
			const child = `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(child);
			else if (child.endsWith(suffix)) found.push(`dist/${child.replace(/\.ts$/, '.js')}`);
		}
	};
	walk(dir);
	return found.sort();
}

describe('package.json (the fields n8n verification and npm provenance read)', () => {
	it('is an n8n community node package: name, keyword, license, author', () => {
		expect(pkg.name).toMatch(/^(@[a-z0-9-]+\/)?n8n-nodes-[a-z0-9-]+$/);
		expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.license).toBe('MIT');
		expect(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
		expect(pkg.author).toEqual({ name: expect.stringMatching(/\S/), email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/) });
		expect(pkg.description.length).toBeGreaterThan(20);
	});

	it('points at its GitHub repository (npm checks provenance against it)', () => {
		expect(pkg.repository).toEqual({
			type: 'git',
			url: expect.stringMatching(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/),
		});
		const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
		expect(pkg.homepage).toBe(`${repo}#readme`);
		// The changelog's release links point at the same repository.
		const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
		for (const link of changelog.match(/^\[[^\]]+\]: (\S+)$/gm) ?? []) expect(link).toContain(`]: ${repo}/`);
	});

	it('declares every built node and credential in the n8n block, and nothing else', () => {
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
		expect([...pkg.n8n.nodes].sort()).toEqual(builtFrom('nodes', '.node.ts'));
		expect([...pkg.n8n.credentials].sort()).toEqual(builtFrom('credentials', '.credentials.ts'));
	});

	it('ships dist only, has no runtime dependencies, and n8n-workflow only as a peer', () => {
		expect(pkg.files).toEqual(['dist']);
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	});

	it('publishes publicly with provenance, and pins every dev tool exactly', () => {
		expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
		expect(pkg.engines.node).toMatch(/^>=\d+\.\d+$/);
		for (const [name, version] of Object.entries(pkg.devDependencies)) {
			expect(`${name}@${version}`).toMatch(/@\d+\.\d+\.\d+$/);
		}
	});

	it('is linted by n8n-node lint in strict mode, and scans with the ESLint and n8n plugins it pins', () => {
		expect(pkg.scripts.lint).toBe('n8n-node lint');
		expect(pkg.n8n.strict).toBe(true);
		expect(fs.readFileSync(path.join(root, 'eslint.config.mjs'), 'utf8')).toBe("import { config } from '@n8n/node-cli/eslint';\n\nexport default config;\n");
		// npm run scan uses our copies: the same versions, so lint and scan apply the same rules.
		const cli = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@n8n', 'node-cli', 'package.json'), 'utf8'));
		expect(cli.version).toBe(pkg.devDependencies['@n8n/node-cli']);
		for (const name of ['eslint', '@n8n/eslint-plugin-community-nodes', 'eslint-plugin-n8n-nodes-base']) {
			expect({ name, ours: pkg.devDependencies[name] }).toEqual({ name, ours: cli.dependencies[name].replace(/^\^/, '') });
		}
	});
});

describe('npm pack', () => {
	let files: string[];

	beforeAll(() => {
		// npm test builds before the unit suite; a lone jest run builds here.
		if (!fs.existsSync(path.join(root, 'dist'))) {
			const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
			if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
		}
		const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
		if (packed.status !== 0) throw new Error(`npm pack --dry-run failed:\n${packed.stderr}`);
		files = JSON.parse(packed.stdout)[0].files.map((file: { path: string }) => file.path);
	}, 120_000);

	it('packs only dist/, README.md, LICENSE and package.json', () => {
		const outside = files.filter((file) => !file.startsWith('dist/'));
		expect(outside.sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
	});

	it('packs no tests, sandbox, scripts, caches, TypeScript sources or secrets', () => {
		const forbidden = files.filter(
			(file) =>
				/(^|\/)(test|tests|__tests__|sandbox|e2e|scripts|bench|examples|\.cache|\.github|node_modules)\//.test(file) ||
				/\.test\.|\.spec\./.test(file) ||
				(file.endsWith('.ts') && !file.endsWith('.d.ts')) ||
				/(^|\/)\.(env|npmrc)|\.tgz$|\.tsbuildinfo$/.test(file),
		);
		expect(forbidden).toEqual([]);
	});

	it('packs every node and credential package.json declares, with the icons they reference', () => {
		for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			expect(files).toContain(entry);
			const source = fs.readFileSync(path.join(root, entry), 'utf8');
			for (const [, icon] of source.matchAll(/file:([\w.-]+\.(?:svg|png))/g)) {
				expect(files).toContain(path.posix.join(path.posix.dirname(entry), icon));
			}
		}
	});
});
