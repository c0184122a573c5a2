/**
 * Headless Chromium driven over its DevTools protocol, for `npm run
 * screenshots`: enough to sign in with a cookie, open pages, click, type and
 * take screenshots, with no browser package to install. Needs a Node with a
 * global WebSocket (22 or later; the n8n runtime's Node 24 has one).
 *
 * Plain CommonJS so plain `node` scripts can use it.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `chromium` headless on a free DevTools port; `close()` stops it by its PID. */
async function launchChromium({ width = 1440, height = 900, binary = 'chromium' } = {}) {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-'));
	const child = spawn(
		binary,
		[
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--hide-scrollbars',
			'--no-first-run',
			'--remote-debugging-address=127.0.0.1',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			`--window-size=${width},${height}`,
			'about:blank',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	const endpoint = await new Promise((resolve, reject) => {
		let text = '';
		const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${text}`)), 30_000);
		child.stderr.on('data', (chunk) => {
			text += chunk.toString();
			const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		});
		child.once('exit', (code) => reject(new Error(`chromium exited ${code}:\n${text}`)));
	});
	const httpBase = endpoint.replace(/^ws:\/\//, 'http://').replace(/\/devtools\/.*$/, '');
	return {
		async newPage() {
			const answer = await fetch(`${httpBase}/json/new?about:blank`, { method: 'PUT' });
			const target = await answer.json();
			return await Page.connect(target.webSocketDebuggerUrl, { width, height });
		},
		async close() {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			fs.rmSync(profile, { recursive: true, force: true });
		},
	};
}

class Page {
	constructor(socket) {
		this.socket = socket;
		this.nextId = 1;
		this.pending = new Map();
		socket.addEventListener('message', (message) => {
			const data = JSON.parse(String(message.data));
			const waiting = data.id !== undefined ? this.pending.get(data.id) : undefined;
			if (!waiting) return;
			this.pending.delete(data.id);
			if (data.error) waiting.reject(new Error(`${waiting.method}: ${data.error.message}`));
			else waiting.resolve(data.result);
		});
	}

	static async connect(url, { width, height }) {
		const socket = new WebSocket(url);
		await new Promise((resolve, reject) => {
			socket.addEventListener('open', resolve, { once: true });
			socket.addEventListener('error', reject, { once: true });
		});
		const page = new Page(socket);
		await page.send('Page.enable');
		await page.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
		return page;
	}

	send(method, params = {}) {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject, method });
			this.socket.send(JSON.stringify({ id, method, params }));
		});
	}

	async setCookie(url, cookie) {
		const [name, ...value] = cookie.split('=');
		await this.send('Network.setCookie', { name, value: value.join('='), url });
	}

	async goto(url) {
		await this.send('Page.navigate', { url });
	}

	/** The value of a JavaScript expression in the page (awaited if a promise). */
	async evaluate(expression) {
		const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
		if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
		return result.value;
	}

	/** Waits until the expression is truthy in the page; returns its value. */
	async waitFor(expression, { timeoutMs = 60_000, what = expression } = {}) {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			const value = await this.evaluate(expression).catch(() => undefined);
			if (value) return value;
			await sleep(250);
		}
		throw new Error(`timed out waiting for ${what}`);
	}

	/** The centre of the first element matching the selector, once it is shown. */
	async centre(selector) {
		return await this.waitFor(
			`(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return null;
			const r = e.getBoundingClientRect(); return r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; })()`,
			{ what: selector },
		);
	}

	async click(selector, { clickCount = 1 } = {}) {
		const { x, y } = await this.centre(selector);
		await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
		for (let count = 1; count <= clickCount; count++) {
			await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: count });
			await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: count });
		}
	}

	async type(text) {
		await this.send('Input.insertText', { text });
	}

	async press(key, code = key) {
		await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code });
		await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code });
	}

	async screenshot(file) {
		const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, Buffer.from(data, 'base64'));
	}

	close() {
		this.socket.close();
	}
}

module.exports = { launchChromium, sleep };
