import type { IDataObject } from 'n8n-workflow';

/**
 * Dotted paths a user types (Callback Field Path, Selected Fields) read and
 * write plain objects here. A key that names an object's machinery would
 * instead reach `Object.prototype` of the whole n8n process (setting the
 * callback URL and its password on every object, or breaking the next
 * request): such keys are refused, and only own properties are followed.
 */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** Whether every key of a dotted path is a plain key. */
export function isSafePath(path: string): boolean {
	return path.split('.').every((key) => key !== '' && !UNSAFE_KEYS.has(key));
}

/** The value at a dotted path, following own properties only; undefined when absent. */
export function valueAtPath(source: IDataObject, path: string): unknown {
	let value: unknown = source;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/**
 * Sets `value` at a dotted path, making plain objects on the way and keeping
 * what is already there. Throws on an unsafe path: callers check first, with
 * an error that names their field.
 */
export function setAtPath(target: IDataObject, path: string, value: unknown): void {
	if (!isSafePath(path)) throw new Error(`Refused to write to the path "${path}"`);
	const keys = path.split('.');
	let parent = target;
	for (const key of keys.slice(0, -1)) {
		const next = Object.hasOwn(parent, key) ? parent[key] : undefined;
		const child = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as IDataObject) : {};
		parent[key] = child;
		parent = child;
	}
	parent[keys[keys.length - 1]] = value as IDataObject[string];
}

/**
 * Sets an own property named by data (a key of Juspay's or a webhook's JSON):
 * a plain assignment of `__proto__` would set the copy's prototype instead.
 */
export function setOwn(target: IDataObject, key: string, value: unknown): void {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
