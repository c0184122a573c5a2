/**
 * Drives a real n8n from the e2e suite, `npm run dev` and the benchmark:
 * installs the runtime of a line into .cache/ (scripts/n8n-runtime.sh),
 * installs our packed tarball into a private user folder the way n8n installs
 * a community package, imports credentials and workflows with n8n's CLI, runs
 * them with `n8n execute`, and starts `n8n start` and (queue mode) `n8n worker`. Every process it starts is
 * stopped by its PID (`dispose()`), also on failure.
 *
 * Plain CommonJS so plain `node` scripts can use it; types in n8n.d.ts.
 */
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');

/** Installs (first time, ~10 min) and describes the n8n runtime of a line ('1' or '2'). */
function ensureRuntime(line) {
	const script = path.join(ROOT, 'scripts', 'n8n-runtime.sh');
	execFileSync('bash', [script, 'ensure', line], { stdio: ['ignore', 'inherit', 'inherit'] });
	const printed = execFileSync('bash', [script, 'env', line], { encoding: 'utf8' });
	const env = {};
	for (const match of printed.matchAll(/^export (\w+)='((?:[^']|'\\'')*)'$/gm)) {
		env[match[1]] = match[2].replace(/'\\''/g, "'");
	}
	return { line, env, nodeBin: env.NODE_BIN, n8nBin: env.N8N_BIN, version: env.N8N_RUNTIME_VERSION };
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** `npm pack` of the built package (dist/ must exist): the file users install. */
function packTarball(into) {
	const printed = execFileSync('npm', ['pack', '--silent', '--pack-destination', into], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, npm_config_loglevel: 'error' },
	});
	return path.join(into, printed.trim().split('\n').pop());
}

/**
 * `npm pack` of the package as it was at a git commit (`git archive` into a
 * temporary folder that borrows this checkout's node_modules, then built):
 * today's code beside a change, in the bench and the queue test. Returns the
 * tarball and the commit's short hash.
 */
function packTarballAt(ref, into) {
	const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `juspay-${commit}-`));
	try {
		execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: ROOT });
		fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
		execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
		const out = fs.mkdtempSync(path.join(into, 'at-'));
		const printed = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
		return { tarball: path.join(out, printed.trim().split('\n').pop()), commit };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The owner account a test instance gets on first sign-in (REST calls need a session). */
const OWNER = { email: 'e2e@example.com', firstName: 'E', lastName: 'Two', password: 'E2eTest-2026' };

/**
 * Reads n8n's "flatted" text (how the REST API sends execution data: an array
 * whose first entry is the root, with every string inside an object given as
 * the index of its entry). Objects are revived in place, so shared and
 * circular references stay shared.
 */
function unflatten(text) {
	const entries = JSON.parse(text);
	const revived = new Set();
	const revive = (object) => {
		if (object === null || typeof object !== 'object' || revived.has(object)) return object;
		revived.add(object);
		for (const key of Object.keys(object)) {
			const value = object[key];
			if (typeof value === 'string') object[key] = revive(entries[Number(value)]);
			else revive(value);
		}
		return object;
	};
	return revive(entries[0]);
}

/**
 * n8n's REST API on a started server, signed in as the owner (created on the
 * first call): `rest(path, init)`, and the executions n8n recorded.
 */
function restClient(url) {
	let cookie;
	const signIn = async () => {
		const setup = await fetch(`${url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		let answer = setup;
		if (setup.status !== 200) {
			// Already set up (a reused user folder): sign in instead.
			answer = await fetch(`${url}/rest/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
			});
		}
		if (answer.status !== 200) throw new Error(`n8n sign-in answered HTTP ${answer.status}: ${await answer.text()}`);
		return (answer.headers.get('set-cookie') ?? '').split(';')[0];
	};
	const rest = async (restPath, init = {}) => {
		cookie ??= await signIn();
		return await fetch(`${url}${restPath}`, {
			...init,
			headers: { 'content-type': 'application/json', ...init.headers, cookie },
		});
	};
	const json = async (restPath) => {
		const answer = await rest(restPath);
		if (!answer.ok) throw new Error(`GET ${restPath} answered HTTP ${answer.status}: ${await answer.text()}`);
		return (await answer.json()).data;
	};
	return {
		rest,
		/** The owner's session cookie (`name=value`), e.g. for a browser. */
		async sessionCookie() {
			cookie ??= await signIn();
			return cookie;
		},
		/** The executions of a workflow, newest first: { id, status, mode, finished }. */
		async executions(workflowId) {
			const data = await json(`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
			return (data.results ?? data).map(({ id, status, mode, finished }) => ({ id: String(id), status, mode, finished }));
		},
		/** One execution with its run data, read like `n8n execute`'s. */
		async execution(id) {
			const data = await json(`/rest/executions/${id}`);
			return new ExecutionResult({ status: data.status, data: typeof data.data === 'string' ? unflatten(data.data) : data.data }, '');
		},
	};
}

class N8n {
	constructor(runtime, env) {
		this.runtime = runtime;
		this.env = env;
		this.userFolder = env.N8N_USER_FOLDER;
		this.children = new Set();
	}

	/**
	 * A private n8n user folder with the tarball installed as a community
	 * package. `options.userFolder` reuses a folder (npm run dev keeps one).
	 */
	static async create(runtime, tarball, options = {}) {
		const userFolder = options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), `n8n-${runtime.line}-`));
		fs.mkdirSync(userFolder, { recursive: true });
		const env = {
			...process.env,
			...runtime.env,
			// jest sets NODE_ENV=test, which silences n8n's output (and with it
			// the execution JSON): run n8n as users do.
			NODE_ENV: 'production',
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: options.encryptionKey ?? 'e2e-encryption-key-0123456789abcdef',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_LOG_FORMAT: 'json',
			N8N_LOG_LEVEL: 'info',
			DB_SQLITE_POOL_SIZE: '1',
			N8N_SECURE_COOKIE: 'false',
			...(runtime.line === '2' ? { N8N_DISABLED_MODULES: 'mcp-registry', N8N_PYTHON_ENABLED: 'false' } : {}),
			...options.env,
			npm_config_loglevel: 'error',
		};
		// As n8n installs a community package: into ~/.n8n/nodes, without its
		// peer dependency (n8n-workflow comes from n8n itself), no scripts.
		const nodesDir = path.join(userFolder, '.n8n', 'nodes');
		fs.mkdirSync(nodesDir, { recursive: true });
		if (!fs.existsSync(path.join(nodesDir, 'package.json'))) {
			fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }));
		}
		execFileSync('npm', ['install', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', tarball], {
			cwd: nodesDir,
			env: { ...process.env, npm_config_loglevel: 'error' },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		return new N8n(runtime, env);
	}

	/** Runs an n8n CLI command to completion. */
	cli(args, options = {}) {
		const result = spawnSync(this.runtime.nodeBin, [this.runtime.n8nBin, ...args], {
			env: this.env,
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
			timeout: options.timeoutMs ?? 600_000,
		});
		const status = result.status ?? -1;
		if (status !== 0 && !options.allowFailure) {
			throw new Error(`n8n ${args.join(' ')} exited ${status}:\n${result.stderr}\n${String(result.stdout).slice(-4000)}`);
		}
		return { stdout: result.stdout, stderr: result.stderr, status };
	}

	importCredentials(credentials) {
		const file = path.join(this.userFolder, 'import-credentials.json');
		fs.writeFileSync(file, JSON.stringify(credentials));
		this.cli(['import:credentials', `--input=${file}`]);
		fs.rmSync(file, { force: true });
	}

	importWorkflows(workflows) {
		const dir = fs.mkdtempSync(path.join(this.userFolder, 'import-workflows-'));
		workflows.forEach((workflow, index) => fs.writeFileSync(path.join(dir, `${index}.json`), JSON.stringify(workflow)));
		this.cli(['import:workflow', '--separate', `--input=${dir}`]);
		fs.rmSync(dir, { recursive: true, force: true });
	}

	/**
	 * Runs an n8n CLI command without blocking this process, so servers in it
	 * (the in-process sandbox) keep answering n8n meanwhile.
	 */
	cliAsync(args, options = {}) {
		return new Promise((resolve, reject) => {
			const child = spawn(this.runtime.nodeBin, [this.runtime.n8nBin, ...args], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
			this.children.add(child);
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
			child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
			const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
			child.once('error', reject);
			child.once('close', (code) => {
				clearTimeout(timer);
				this.children.delete(child);
				resolve({ stdout, stderr, status: code ?? -1 });
			});
		});
	}

	/** `n8n execute --rawOutput`: the execution's run data. */
	async execute(workflowId, options = {}) {
		const { stdout, stderr, status } = await this.cliAsync(['execute', `--id=${workflowId}`, '--rawOutput'], options);
		const run = findExecutionJson(stdout);
		if (!run) throw new Error(`n8n execute ${workflowId} printed no execution (exit ${status}):\n${stderr}\n${String(stdout).slice(-4000)}`);
		return new ExecutionResult(run, stdout + stderr);
	}

	/** Makes a workflow's triggers live on the next `n8n start`. */
	activate(workflowId) {
		if (this.runtime.line === '2') this.cli(['publish:workflow', `--id=${workflowId}`]);
		else this.cli(['update:workflow', `--id=${workflowId}`, '--active=true']);
	}

	/**
	 * Spawns a long-running n8n command (`start`, `worker`) and keeps the tail
	 * of its output; `stop()` ends it with SIGTERM (SIGKILL after 15 s).
	 */
	spawnServer(args, options = {}) {
		let log = '';
		const child = spawn(this.runtime.nodeBin, [this.runtime.n8nBin, ...args], {
			env: { ...this.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.children.add(child);
		const collect = (chunk) => {
			log += chunk.toString();
			if (log.length > 4_000_000) log = log.slice(-2_000_000);
			options.onOutput?.(chunk.toString());
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		return { child, pid: child.pid, log: () => log, stop: async () => await this.stopChild(child) };
	}

	/** `n8n start`; resolves once the editor answers. `options.port` fixes the port. */
	async start(options = {}) {
		const port = options.port ?? (await freePort());
		const server = this.spawnServer(['start'], { ...options, env: { ...options.env, N8N_PORT: String(port) } });
		const url = `http://127.0.0.1:${port}`;
		const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
		while (Date.now() < deadline) {
			if (server.child.exitCode !== null) throw new Error(`n8n start exited early:\n${server.log().slice(-4000)}`);
			// Ready when n8n says so and its REST API answers (the log line that
			// announces the editor is at level info, which callers may silence).
			const ready =
				(await fetch(`${url}/healthz/readiness`).then((r) => r.ok, () => false)) &&
				(await fetch(`${url}/rest/settings`).then((r) => r.ok, () => false));
			if (ready) return { url, pid: server.pid, log: server.log, stop: server.stop, ...restClient(url) };
			await sleep(250);
		}
		await server.stop();
		throw new Error(`n8n start did not become ready:\n${server.log().slice(-4000)}`);
	}

	/**
	 * `n8n worker` (queue mode: the instance's env must hold the queue and
	 * database settings); resolves once it says it is ready to take jobs.
	 * `kill()` ends it abruptly (SIGKILL), as a crashed machine would.
	 */
	async worker(options = {}) {
		const server = this.spawnServer(['worker', `--concurrency=${options.concurrency ?? 10}`], options);
		const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
		while (Date.now() < deadline) {
			if (server.child.exitCode !== null) throw new Error(`n8n worker exited early:\n${server.log().slice(-4000)}`);
			if (/worker is now ready/.test(server.log())) {
				return { ...server, kill: () => server.child.kill('SIGKILL') };
			}
			await sleep(250);
		}
		await server.stop();
		throw new Error(`n8n worker did not become ready:\n${server.log().slice(-4000)}`);
	}

	async stopChild(child) {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(timer);
		}
		this.children.delete(child);
	}

	/** Stops every process this instance started; `removeFolder` deletes its user folder. */
	async dispose(options = { removeFolder: true }) {
		await Promise.all([...this.children].map(async (child) => await this.stopChild(child)));
		if (options.removeFolder) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}

	/** The installed package folder, to check what n8n loads. */
	packageDir() {
		return path.join(this.userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-juspay');
	}
}

/** The execution JSON in `n8n execute --rawOutput` output (logs as JSON lines). */
function findExecutionJson(stdout) {
	const candidates = [];
	for (const line of String(stdout).split('\n')) {
		if (!line.startsWith('{')) continue;
		try {
			const record = JSON.parse(line);
			candidates.push(typeof record.message === 'string' && record.message.startsWith('{') ? record.message : line);
		} catch {
			// a log line that is not JSON
		}
	}
	const block = String(stdout).indexOf('{\n');
	if (block >= 0) candidates.push(String(stdout).slice(block));
	for (const text of candidates) {
		try {
			const run = JSON.parse(text);
			if (run && run.data && run.data.resultData) return run;
		} catch {
			// not the execution
		}
	}
	return undefined;
}

class ExecutionResult {
	constructor(run, output) {
		this.run = run;
		this.output = output;
	}

	get status() {
		return this.run.status;
	}

	get error() {
		return this.run.data.resultData.error;
	}

	/** Items on one output of a node's first run. */
	items(node, outputIndex = 0) {
		const task = this.run.data.resultData.runData[node]?.[0];
		if (!task) throw new Error(`node "${node}" did not run; ran: ${Object.keys(this.run.data.resultData.runData).join(', ')}`);
		return task.data?.main?.[outputIndex] ?? [];
	}

	json(node, outputIndex = 0) {
		return this.items(node, outputIndex).map((item) => item.json);
	}
}

module.exports = { ROOT, ensureRuntime, freePort, packTarball, packTarballAt, N8n, ExecutionResult };
