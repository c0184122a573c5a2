import type { IDataObject } from 'n8n-workflow';

import { setOwn } from './safePath';

/** Output fields that hold a bank account number, in either of Juspay's APIs. */
const ACCOUNT_KEYS = new Set(['account', 'accountNumber', 'account_number', 'bankAccount', 'bank_account_number']);

/** `026291800001191` → `XXXXXXXXXXX1191`: same length, last four kept. */
export function maskAccountNumber(value: string): string {
	if (value.length <= 4) return 'X'.repeat(value.length);
	return 'X'.repeat(value.length - 4) + value.slice(-4);
}

/** A deep copy with every account number field masked, wherever it sits. */
export function maskAccountNumbers<T>(value: T): T {
	if (Array.isArray(value)) return value.map((entry) => maskAccountNumbers(entry)) as T;
	if (typeof value !== 'object' || value === null) return value;
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		setOwn(
			out,
			key,
			ACCOUNT_KEYS.has(key) && (typeof entry === 'string' || typeof entry === 'number') ? maskAccountNumber(String(entry)) : maskAccountNumbers(entry),
		);
	}
	return out as T;
}

/**
 * A deep copy with every string equal to `secret` replaced, e.g. a callback
 * password should Juspay echo the request back in its answer.
 */
export function hideSecret<T>(value: T, secret: string | undefined): T {
	if (!secret) return value;
	if (value === secret) return '[hidden]' as T;
	if (Array.isArray(value)) return value.map((entry) => hideSecret(entry, secret)) as T;
	if (typeof value !== 'object' || value === null) return value;
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) setOwn(out, key, hideSecret(entry, secret));
	return out as T;
}
