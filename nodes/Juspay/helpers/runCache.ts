/**
 * Values computed once per node run and shared by all its items: the node's
 * options, the decrypted credential. n8n gives each run its own execute
 * context, so a WeakMap keyed by it holds them exactly as long as the run.
 * Reading them per item instead costs a credential load and decryption, and
 * an expression evaluation, for every row of a 10,000-row sheet.
 */
const caches = new WeakMap<object, Map<string, unknown>>();

export function cachedForRun<T>(run: object, key: string, compute: () => T): T {
	let cache = caches.get(run);
	if (!cache) {
		cache = new Map();
		caches.set(run, cache);
	}
	if (!cache.has(key)) cache.set(key, compute());
	return cache.get(key) as T;
}
