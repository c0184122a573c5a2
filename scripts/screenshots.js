#!/usr/bin/env node
/**
 * `npm run screenshots`: what a new user sees, taken from a real n8n 2.41.1
 * editor in headless Chromium, into docs/images/ (used by docs/editor.md).
 * Builds the package, starts the local sandbox and n8n with the examples as
 * `npm run dev` imports them, signs in as the owner, then: the node creator
 * searching "juspay" and "UPI", the Juspay entry's actions, the Validate
 * panel, the Validate panel with a Callback URL, the Juspay Trigger's output
 * for an event posted to its test URL, and every example's canvas. Each step
 * checks the text it expects on the page, so a wrong screen fails the run.
 * Everything it starts is stopped by its PID. Not part of `npm test`.
 *
 * Needs `chromium` on the PATH, and a Node with a global WebSocket: under an
 * older Node the script runs itself again with the runtime's Node 24.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureRuntime, freePort, N8n, packTarball, ROOT } = require('./lib/n8n');
const { launchChromium, sleep } = require('./lib/chromium');
const { importExamples, WEBHOOK_LOGIN } = require('./dev');
const { startSandbox } = require('../test/sandbox/server');

const OUT = path.join(ROOT, 'docs', 'images');
const say = (text) => console.log(`[screenshots] ${text}`);

/** The canvas of an open workflow, once its nodes are drawn. */
async function openWorkflow(page, url, id) {
	await page.goto(`${url}/workflow/${id}`);
	await page.waitFor('document.querySelectorAll("[data-test-id=canvas-node]").length > 1', { what: `workflow ${id}` });
	await sleep(1500);
}

/** Opens a node's panel (NDV) by double-clicking it on the canvas. */
async function openNode(page, name) {
	await page.click(`[data-test-id=canvas-node][data-node-name=${JSON.stringify(name)}]`, { clickCount: 2 });
	await page.waitFor('document.querySelector("[data-test-id=ndv]")', { what: `the panel of ${name}` });
	await sleep(1000);
}

/** What the page shows: its text and the values in its inputs (a select shows its choice in one). */
async function shownText(page) {
	return await page.evaluate('document.body.innerText + "\\n" + [...document.querySelectorAll("input")].map((input) => input.value).join("\\n")');
}

/** Fails the run unless the page shows every one of the texts. */
async function expectText(page, texts, where) {
	const shown = await shownText(page);
	const missing = texts.filter((text) => !shown.includes(text));
	if (missing.length) throw new Error(`${where}: not on the page: ${missing.join(' | ')}`);
}

/** A VALIDATION_V2 event for a valid bank account, as the sandbox sends it. */
function validEvent() {
	return {
		event_type: 'VALIDATION_V2',
		event_name: 'VALID',
		content: {
			customerId: 'V-101',
			uniqueId: 'bene_screenshot_1',
			status: 'VALID',
			remark: 'Bank Account details verified successfully',
			nameAtBank: 'JOHN DOE',
			validateResp: { status: 'SUCCESS' },
			beneDetails: { details: { name: 'John Doe', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
		},
	};
}

async function nodeCreator(page, url, workflowId) {
	await openWorkflow(page, url, workflowId);
	await page.click('[data-test-id=node-creator-plus-button]');
	await page.waitFor('document.activeElement?.getAttribute("data-test-id") === "node-creator-search-bar"');
	await page.type('juspay');
	await sleep(1000);
	await expectText(page, ['Juspay', 'Validate Indian bank accounts and UPI IDs with Juspay'], 'node creator, "juspay"');
	await page.screenshot(path.join(OUT, 'node-creator-search-juspay.png'));

	await page.press('Enter');
	await sleep(1000);
	await expectText(page, ['Validate a bank account or UPI ID before a payout', 'Save and validate a bank account or UPI ID of a checkout customer'], 'Juspay actions');
	await page.screenshot(path.join(OUT, 'node-creator-juspay-actions.png'));

	for (const [typed, image] of [
		['UPI', 'node-creator-search-upi.png'],
		['validate a bank account', 'node-creator-search-validate.png'],
	]) {
		await openWorkflow(page, url, workflowId);
		await page.click('[data-test-id=node-creator-plus-button]');
		await page.waitFor('document.activeElement?.getAttribute("data-test-id") === "node-creator-search-bar"');
		await page.type(typed);
		await sleep(1000);
		const first = await page.evaluate('document.querySelector("[data-test-id=node-creator-item-name]")?.innerText');
		if (first !== 'Juspay') throw new Error(`node creator, "${typed}": the first result is ${first}, not Juspay`);
		await page.screenshot(path.join(OUT, image));
	}
}

async function panels(page, url, examples) {
	const byFile = (file) => examples.find((example) => example.file === file).id;
	await openWorkflow(page, url, byFile('try-sandbox.json'));
	await openNode(page, 'Validate Bank Account');
	await expectText(page, ['Validate Bank Account or UPI ID', 'Juspay Sandbox (local)'], 'Validate panel');
	if ((await shownText(page)).includes('Callback URL Login')) throw new Error('Validate panel without a Callback URL shows the Callback URL Login');
	await page.screenshot(path.join(OUT, 'validate-panel.png'));
	await concurrencyOptions(page);

	await openWorkflow(page, url, byFile('callback-1-validate.json'));
	await openNode(page, 'Validate with Callback');
	await expectText(page, ['Callback URL Login (Optional)', 'Juspay Webhook (local)'], 'Validate panel with a Callback URL');
	await page.screenshot(path.join(OUT, 'validate-panel-callback.png'));
}

/** Clicks the last element matching the selector, scrolled into view. */
async function clickLast(page, selector) {
	const { x, y } = await page.evaluate(`(() => { const all = document.querySelectorAll(${JSON.stringify(selector)}); const e = all[all.length - 1];
		e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
	await page.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
	await page.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
}

/** Options → Concurrency on Auto (its default): Max Concurrency is offered, Fixed Concurrency is not. */
async function concurrencyOptions(page) {
	await clickLast(page, '[data-test-id=ndv] [data-test-id=collection-parameter-add]');
	await page.waitFor('document.querySelector("[data-test-id=collection-parameter-option]")', { what: 'the Add Option list' });
	await page.evaluate('[...document.querySelectorAll("[data-test-id=collection-parameter-option]")].find((o) => o.innerText.trim() === "Concurrency").click()');
	await sleep(800);
	await clickLast(page, '[data-test-id=ndv] [data-test-id=collection-parameter-add]');
	await page.waitFor('document.querySelector("[data-test-id=collection-parameter-option]")', { what: 'the Add Option list' });
	await sleep(500);
	const offered = await page.evaluate('[...document.querySelectorAll("[data-test-id=collection-parameter-option]")].map((o) => o.innerText.trim())');
	if (!offered.includes('Max Concurrency') || offered.includes('Fixed Concurrency')) {
		throw new Error(`Options with Concurrency on Auto offer: ${offered.join(', ')}`);
	}
	await page.screenshot(path.join(OUT, 'validate-options-concurrency-auto.png'));
	await page.press('Escape');
}

async function triggerOutput(page, server, examples) {
	const example = examples.find((candidate) => candidate.file === 'callback-2-trigger.json');
	const trigger = example.nodes.find((node) => node.type === 'n8n-nodes-juspay.juspayTrigger');
	await openWorkflow(page, server.url, example.id);
	await openNode(page, trigger.name);
	await expectText(page, ['Publish it (n8n 2.x)'], 'Trigger panel');
	await page.click('[data-test-id=ndv] [data-test-id=trigger-execute-button], [data-test-id=ndv] [data-test-id=node-execute-button]');
	await sleep(1500);
	const auth = `Basic ${Buffer.from(`${WEBHOOK_LOGIN.username}:${WEBHOOK_LOGIN.password}`).toString('base64')}`;
	const answer = await fetch(`${server.url}/webhook-test/${trigger.webhookId}/webhook`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: auth },
		body: JSON.stringify(validEvent()),
	});
	if (!answer.ok) throw new Error(`the Trigger's test URL answered HTTP ${answer.status}: ${await answer.text()}`);
	await page.waitFor('document.querySelector("[data-test-id=output-panel] [data-test-id=radio-button-json]")', { what: 'the Trigger output' });
	await page.click('[data-test-id=output-panel] [data-test-id=radio-button-json]');
	await page.waitFor('document.querySelector("[data-test-id=output-panel]").innerText.includes("XXXXXXXXXXX1191")', {
		what: 'the masked account in the Trigger output',
	});
	await page.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 5, y: 5 });
	await sleep(1000);
	if ((await shownText(page)).includes('026291800001191')) throw new Error('the Trigger output shows the full account number');
	await page.screenshot(path.join(OUT, 'trigger-output.png'));
}

async function exampleCanvases(page, url, examples) {
	for (const example of examples) {
		await openWorkflow(page, url, example.id);
		// n8n's own popover on a published workflow, over the canvas.
		if (await page.evaluate('!!document.querySelector("[data-test-id=suggested-actions-close]")')) {
			await page.click('[data-test-id=suggested-actions-close]');
			await sleep(500);
		}
		await expectText(page, [example.name], example.file);
		await page.screenshot(path.join(OUT, `example-${example.file.replace(/\.json$/, '')}.png`));
	}
}

async function main() {
	if (typeof WebSocket === 'undefined') {
		const runtime = ensureRuntime('2');
		const again = spawnSync(runtime.nodeBin, [__filename], { stdio: 'inherit' });
		process.exit(again.status ?? 1);
	}
	say('building the package');
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'juspay-shots-pack-'));
	const tarball = packTarball(packDir);
	const runtime = ensureRuntime('2');
	const sandbox = await startSandbox({ apiKey: 'test_api_key', merchantId: 'test_merchant' });
	const n8n = await N8n.create(runtime, tarball, { env: { N8N_LOG_FORMAT: 'text', N8N_LOG_LEVEL: 'warn' } });
	fs.rmSync(packDir, { recursive: true, force: true });
	let browser;
	let page;
	try {
		const port = await freePort();
		const examples = importExamples(n8n, sandbox.url, `http://127.0.0.1:${port}`);
		say(`starting n8n ${runtime.version}`);
		const server = await n8n.start({ port });
		browser = await launchChromium({ width: 1440, height: 900 });
		page = await browser.newPage();
		await page.setCookie(server.url, await server.sessionCookie());
		fs.mkdirSync(OUT, { recursive: true });

		say('node creator');
		await nodeCreator(page, server.url, examples.find((example) => example.file === 'try-sandbox.json').id);
		say('Validate panels');
		await panels(page, server.url, examples);
		say('Trigger output');
		await triggerOutput(page, server, examples);
		say('examples');
		await exampleCanvases(page, server.url, examples);
		say(`done: ${fs.readdirSync(OUT).filter((file) => file.endsWith('.png')).length} images in docs/images/`);
	} catch (error) {
		const failure = path.join(os.tmpdir(), 'screenshots-failure.png');
		await page?.screenshot(failure).catch(() => undefined);
		say(`failed; the page at that moment: ${failure}`);
		throw error;
	} finally {
		await browser?.close();
		await n8n.dispose();
		await sandbox.stop();
	}
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
