#!/usr/bin/env node
/**
 * `npm run dev`: the main job in one command. Builds the package, starts the
 * local Juspay sandbox and a real n8n 2.41.1 (Node 24, both installed into
 * .cache/ on first use) with the freshly built package installed as a
 * community node, a credential "Juspay Sandbox (local)" pointing at the
 * sandbox, and the example workflows imported. Prints the editor URL and the
 * login. Ctrl-C stops everything.
 *
 * Options (env): DEV_PORT (5678), DEV_SANDBOX_PORT (8765), N8N_LINE (2 | 1).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureRuntime, N8n, packTarball, ROOT } = require('./lib/n8n');
const { startSandbox } = require('../test/sandbox/server');

const PORT = Number(process.env.DEV_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.DEV_SANDBOX_PORT ?? 8765);
const LINE = process.env.N8N_LINE === '1' ? '1' : '2';
const LOGIN = { email: 'dev@n8n-nodes-juspay.local', password: 'JuspayDev2026!', firstName: 'Dev', lastName: 'User' };
const CREDENTIAL = { id: 'juspaySandboxLc', name: 'Juspay Sandbox (local)' };
// The Juspay Trigger's login; the callback example's Validate uses the same credential (examples/callback-1-validate.json).
const WEBHOOK_CREDENTIAL = { id: 'juspayWebhookLc', name: 'Juspay Webhook (local)' };
const WEBHOOK_LOGIN = { username: 'juspay-webhook', password: 'sandbox-only-change-me' };
// A pending sandbox validation settles (and calls back) after this long, with no one polling.
const FINALIZE_AFTER_MS = 10_000;
const TRIGGER_TYPE = 'n8n-nodes-juspay.juspayTrigger';

const say = (text) => console.log(`[dev] ${text}`);

/**
 * An example, ready for the local n8n: a stable id from its file name (so a
 * second `npm run dev` updates it instead of adding a copy), every Juspay node
 * pointed at the local sandbox credential, every Juspay Trigger (and every
 * Juspay node that selects the webhook credential) at the local webhook login, and
 * Callback URLs (written for n8n's default http://localhost:5678) at this n8n.
 */
function devWorkflow(file, workflow, n8nUrl) {
	const id = `ex${file.replace(/\.json$/, '').replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 16).padEnd(16, '0');
	const local = JSON.parse(JSON.stringify(workflow).replaceAll('http://localhost:5678/webhook/', `${n8nUrl}/webhook/`));
	const credentialsOf = (node) => {
		if (node.type === TRIGGER_TYPE) return { juspayWebhookApi: WEBHOOK_CREDENTIAL };
		// The node itself or the AI tool n8n makes of it (examples/ai-agent-chat.json).
		if (node.type !== 'n8n-nodes-juspay.juspay' && node.type !== 'n8n-nodes-juspay.juspayTool') return undefined;
		// The example says which Juspay nodes send the callback login: those with the webhook credential.
		return node.credentials?.juspayWebhookApi
			? { juspayApi: CREDENTIAL, juspayWebhookApi: WEBHOOK_CREDENTIAL }
			: { juspayApi: CREDENTIAL };
	};
	return {
		...local,
		id,
		nodes: local.nodes.map((node) => (credentialsOf(node) ? { ...node, credentials: credentialsOf(node) } : node)),
	};
}

async function main() {
	say('building the package');
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'juspay-dev-pack-'));
	const tarball = packTarball(packDir);

	say(`n8n runtime (line ${LINE}): installed into .cache/ on first use, about 10 minutes once`);
	const runtime = ensureRuntime(LINE);

	const sandbox = await startSandbox({
		port: SANDBOX_PORT,
		apiKey: 'test_api_key',
		merchantId: 'test_merchant',
		webhooks: { finalizeAfterMs: FINALIZE_AFTER_MS },
	});
	say(`Juspay sandbox on ${sandbox.url}`);

	const userFolder = path.join(ROOT, '.cache', `dev-n8n-${LINE}`);
	const n8n = await N8n.create(runtime, tarball, {
		userFolder,
		encryptionKey: 'n8n-nodes-juspay-dev-key',
		env: { N8N_LOG_FORMAT: 'text', N8N_LOG_LEVEL: 'warn' },
	});
	fs.rmSync(packDir, { recursive: true, force: true });

	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		say('stopping n8n and the sandbox');
		await n8n.dispose({ removeFolder: false });
		await sandbox.stop();
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		say('importing the credential and the example workflows');
		n8n.importCredentials([
			{
				...CREDENTIAL,
				type: 'juspayApi',
				data: { apiKey: 'test_api_key', merchantId: 'test_merchant', environment: 'custom', baseUrl: sandbox.url },
			},
			{ ...WEBHOOK_CREDENTIAL, type: 'juspayWebhookApi', data: WEBHOOK_LOGIN },
		]);
		const examples = fs
			.readdirSync(path.join(ROOT, 'examples'))
			.filter((file) => file.endsWith('.json'))
			.map((file) => devWorkflow(file, JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8')), `http://127.0.0.1:${PORT}`));
		n8n.importWorkflows(examples);
		// A trigger's production URL answers only in an active workflow.
		for (const example of examples) {
			if (example.nodes.some((node) => node.type === TRIGGER_TYPE)) n8n.activate(example.id);
		}

		say(`starting n8n ${runtime.version} on http://127.0.0.1:${PORT}`);
		const server = await n8n.start({ port: PORT });
		// First start: create the owner account so the printed login works.
		const setup = await fetch(`${server.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(LOGIN),
		});
		if (!setup.ok && setup.status !== 400) say(`owner setup answered HTTP ${setup.status}`);

		console.log(`
  n8n with the Juspay node is running.

    Editor:   ${server.url}
    Login:    ${LOGIN.email} / ${LOGIN.password}
    Sandbox:  ${sandbox.url} (credential "${CREDENTIAL.name}")

  Open the workflow "Try Juspay against the local sandbox" and click "Execute workflow".
  Results that arrive later: run "Callback 1 of 2", then watch the executions of
  "Callback 2 of 2" (active): pending rows call back after ${FINALIZE_AFTER_MS / 1000} s.
  Ctrl-C stops everything.
`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		await stop(1);
	}
}

// Run as `npm run dev`; required by the examples test for devWorkflow only.
if (require.main === module) void main();

module.exports = { devWorkflow, WEBHOOK_CREDENTIAL };
