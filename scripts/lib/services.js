/**
 * The services n8n's queue mode needs, started privately for one test run:
 * a PostgreSQL cluster (initdb/pg_ctl in a temp folder) and a Redis server,
 * each on a random free loopback port, with no data kept. Missing Debian
 * packages are installed first (apt-get), so a fresh CI machine works.
 * Every `stop()` is safe to call twice and also runs after a failed start.
 */
const { execFile, execFileSync, spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { freePort } = require('./n8n');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** `apt-get install` the packages whose command is missing (needs root, as on CI). */
function ensureDebianPackages(wanted) {
	const missing = Object.entries(wanted).filter(([, present]) => !present()).map(([name]) => name);
	if (missing.length === 0) return;
	const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
	const apt = (args) => {
		const [command, ...rest] = [...asRoot, 'apt-get', ...args];
		execFileSync(command, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	};
	console.log(`installing Debian packages: ${missing.join(' ')}`);
	apt(['update', '-q']);
	apt(['install', '-y', '-q', ...missing]);
}

/** Debian keeps PostgreSQL's server tools in /usr/lib/postgresql/<major>/bin. */
function postgresBin() {
	const base = '/usr/lib/postgresql';
	const majors = fs.existsSync(base) ? fs.readdirSync(base).filter((name) => fs.existsSync(path.join(base, name, 'bin', 'initdb'))) : [];
	majors.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(base, majors[0], 'bin') : undefined;
}

/**
 * initdb refuses to run as root: as root, the cluster belongs to the
 * `postgres` user (Debian's package creates it), else to whoever runs this.
 */
function clusterUser() {
	if (process.getuid?.() !== 0) return undefined;
	return spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status === 0 ? 'postgres' : 'nobody';
}

/** [file, args] that run `command` as `user` (as ourselves when undefined). */
function asUser(user, command, args) {
	return user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args];
}

/**
 * A throwaway PostgreSQL cluster: trust auth on 127.0.0.1 only, fsync off
 * (nothing here must survive), database `n8n`. Resolves to its connection.
 */
async function startPostgres() {
	ensureDebianPackages({ postgresql: () => postgresBin() !== undefined });
	const bin = postgresBin();
	const user = clusterUser();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-pg-'));
	if (user) execFileSync('chown', ['-R', user, dir]);
	const data = path.join(dir, 'data');
	const port = await freePort();
	const stop = () => {
		if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
			spawnSync(...asUser(user, path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
		}
		fs.rmSync(dir, { recursive: true, force: true });
	};
	try {
		execFileSync(...asUser(user, path.join(bin, 'initdb'), ['-D', data, '-U', 'n8n', '--auth=trust', '--encoding=UTF8', '--locale=C']), { stdio: 'ignore' });
		const settings = [`-p ${port}`, '-h 127.0.0.1', `-k ${dir}`, '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=100'];
		execFileSync(...asUser(user, path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'server.log'), '-o', settings.join(' '), '-w', '-t', '120', 'start']), {
			stdio: 'ignore',
		});
		execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', 'postgres', '-q', '-c', 'CREATE DATABASE n8n'], { stdio: 'ignore' });
	} catch (error) {
		const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000) : '';
		stop();
		throw new Error(`PostgreSQL did not start: ${error.message}\n${log}`);
	}
	const connection = { host: '127.0.0.1', port, user: 'n8n', database: 'n8n' };
	/**
	 * Runs one SQL statement with psql and resolves to what it prints
	 * (unaligned, tuples only). Asynchronous, so servers in this process
	 * (the sandbox) keep answering meanwhile.
	 */
	const query = async (sql) =>
		await new Promise((resolve, reject) => {
			const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', 'n8n', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql];
			execFile('psql', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) =>
				error ? reject(new Error(`psql: ${stderr || error.message}`)) : resolve(stdout),
			);
		});
	return { ...connection, version: path.basename(path.dirname(bin)), query, stop };
}

/** A Redis server that keeps nothing on disk; resolves once it answers PING. */
async function startRedis() {
	ensureDebianPackages({ 'redis-server': () => onPath('redis-server') });
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-redis-'));
	let log = '';
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.on('data', (chunk) => (log = (log + chunk).slice(-8000)));
	child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-8000)));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGKILL');
			await exited;
		}
		fs.rmSync(dir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 60_000;
	while (!/Ready to accept connections/.test(log)) {
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`Redis did not start:\n${log}`);
		}
		await sleep(100);
	}
	const version = /Redis version=([\d.]+)/.exec(log)?.[1] ?? 'unknown';
	return { host: '127.0.0.1', port, version, pid: child.pid, stop };
}

module.exports = { ensureDebianPackages, startPostgres, startRedis };
