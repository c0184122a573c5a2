/**
 * n8n in queue mode on this machine, as a team runs it on several: one main
 * (`n8n start`: editor, webhooks, puts executions on the queue) and N
 * `n8n worker` processes (run them), sharing one PostgreSQL database and one
 * Redis (BullMQ queue). Each process has its own user folder with our
 * packed tarball installed, because n8n loads community nodes from the
 * folder of the process that runs the execution: main and every worker.
 * `dispose()` stops everything and removes every temp folder, also after a
 * failed start.
 */
const { N8n } = require('./n8n');
const { startPostgres, startRedis } = require('./services');

/** The environment every process of the cluster shares (n8n's queue-mode settings). */
function queueEnv(pg, redis, extra = {}) {
	return {
		EXECUTIONS_MODE: 'queue',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: pg.host,
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_DATABASE: pg.database,
		DB_POSTGRESDB_USER: pg.user,
		DB_POSTGRESDB_PASSWORD: '',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		// Every process must decrypt the same credentials.
		N8N_ENCRYPTION_KEY: 'queue-test-encryption-key-0123456789',
		...extra,
	};
}

/**
 * Starts PostgreSQL, Redis, the main instance (after `prepare(main)` has
 * imported and published what it should serve) and the workers.
 * @param {object} options
 * @param {import('./n8n').Runtime} options.runtime
 * @param {string} options.tarball
 * @param {number} [options.workers] default 2
 * @param {number} [options.concurrency] executions each worker runs at once; default 2
 * @param {Record<string,string>} [options.env] extra n8n settings for every process
 * @param {(main: N8n) => void | Promise<void>} [options.prepare] runs n8n CLI commands before `n8n start`
 */
async function startQueueCluster(options) {
	const parts = { pg: undefined, redis: undefined, instances: [] };
	const dispose = async () => {
		await Promise.all(parts.instances.map(async (instance) => await instance.dispose()));
		await parts.redis?.stop();
		parts.pg?.stop();
	};
	try {
		parts.pg = await startPostgres();
		parts.redis = await startRedis();
		const env = queueEnv(parts.pg, parts.redis, options.env);
		const create = async () => {
			const instance = await N8n.create(options.runtime, options.tarball, { env });
			parts.instances.push(instance);
			return instance;
		};
		const main = await create();
		await options.prepare?.(main);
		// Generous: a loaded 2-core machine takes minutes to boot three n8n processes.
		const server = await main.start({ readyTimeoutMs: 300_000 });
		const workers = [];
		for (let index = 0; index < (options.workers ?? 2); index++) {
			const instance = await create();
			workers.push({ name: `worker ${index + 1}`, n8n: instance, ...(await instance.worker({ concurrency: options.concurrency ?? 2, readyTimeoutMs: 300_000 })) });
		}
		return { pg: parts.pg, redis: parts.redis, main, server, workers, dispose };
	} catch (error) {
		await dispose();
		throw error;
	}
}

module.exports = { queueEnv, startQueueCluster };
