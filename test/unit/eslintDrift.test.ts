/**
 * scripts/check-eslint-drift.mjs (run by `npm test`) compares our ESLint
 * rules with those `n8n-node lint` (@n8n/node-cli) applies. This shows it
 * catches a drift: a config that switches one n8n rule off must fail it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

it('fails, naming the rule, when our config switches off a rule n8n-node lint applies', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eslint-drift-'));
	const drifted = path.join(dir, 'eslint.config.mjs');
	fs.writeFileSync(
		drifted,
		`import config from ${JSON.stringify(path.join(root, 'eslint.config.mjs'))};\n` +
			`export default [...config, { files: ['**/credentials/**/*.ts'], rules: { 'n8n-nodes-base/cred-class-field-name-uppercase-first-char': 'off' } }];\n`,
	);
	const result = spawnSync('node', [path.join(root, 'scripts', 'check-eslint-drift.mjs'), '--config', drifted], {
		cwd: root,
		encoding: 'utf8',
	});
	fs.rmSync(dir, { recursive: true, force: true });
	expect(result.stderr).not.toContain('eslint drift:');
	expect(result.status).toBe(1);
	expect(result.stdout).toMatch(
		/^DRIFT credentials\/JuspayApi\.credentials\.ts: n8n-nodes-base\/cred-class-field-name-uppercase-first-char is \[2\] in n8n-node lint, \[0\] in ours$/m,
	);
	expect(result.stdout).not.toMatch(/^DRIFT nodes\//m);
}, 60_000);
