/**
 * Values computed once per node run and shared by all its items: the node's
 * options, the decrypted credential. n8n gives each run its own execute
 * context, so a WeakMap keyed by it holds them exactly as long as the run.
 * Reading them per item instead costs a credential load and decryption, and
 * an expression evaluation, for every row of a 10,000-row sheet.
 */
const caches = new WeakMap<object, Map<string, unknown>>();

export function perRun<T>(run: object, key: string, compute: () => T): T {
	let cache = caches.get(run);
	if (!cache) {
		cache = new Map();
		caches.set(run, cache);
	}
	if (!cache.has(key)) cache.set(key, compute());
	return cache.get(key) as T;
}

/**
 * A parameter that is usually the same for every item: read once per run
 * when the user set a plain value, per item only when it is an expression
 * (a string starting with `=`). Saves n8n's parameter resolution on every
 * row of a large sheet.
 */
export function itemParameter<T>(
	ctx: { getNode(): { parameters: Record<string, unknown> }; getNodeParameter(name: string, itemIndex: number, fallback?: unknown): unknown },
	name: string,
	itemIndex: number,
	fallback: T,
): T {
	const raw = name.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], ctx.getNode().parameters);
	if (raw === undefined) return fallback;
	if (typeof raw === 'string' && raw.startsWith('=')) return ctx.getNodeParameter(name, itemIndex, fallback) as T;
	return perRun(ctx, `parameter:${name}`, () => ctx.getNodeParameter(name, 0, fallback) as T);
}
