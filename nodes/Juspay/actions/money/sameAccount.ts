import type { IDataObject } from 'n8n-workflow';

/** One requested customer account, as checked by the schema. */
export type WantedAccount = { account: string; ifsc: string; name?: string } | { vpa: string };

/**
 * What makes two customer accounts the same for the money rules: the
 * account number (as text, leading zeros kept), or the UPI ID (any case).
 * Not the IFSC: Juspay may answer with another IFSC than the one sent (its
 * own reference answers `AABF0008032` to a request that sent
 * `YESB0000262`), and an account it already lists for the customer under
 * the same number must not be paid for again. The difference is reported
 * (`ifscSent`, see `ifscDifference`).
 */
export function sameAccountKey(details: { account?: unknown; vpa?: unknown }): string {
	if (typeof details.vpa === 'string' && details.vpa !== '') return `upi:${details.vpa.trim().toLowerCase()}`;
	return `bank:${String(details.account ?? '').trim()}`;
}

/** The key of a saved customer account (from its account_details); undefined when it holds neither. */
export function savedAccountKey(saved: IDataObject): string | undefined {
	const details = (saved.account_details ?? {}) as IDataObject;
	if (typeof details.vpa !== 'string' && typeof details.account !== 'string') return undefined;
	return sameAccountKey(details);
}

/** `{ ifscSent }` when Juspay shows the account under another IFSC than the one the item gave. */
export function ifscDifference(wanted: WantedAccount, answer: IDataObject): { ifscSent?: string } {
	if (!('ifsc' in wanted)) return {};
	const shown = (answer.account_details as IDataObject | undefined)?.ifsc;
	return typeof shown === 'string' && shown.trim().toUpperCase() !== wanted.ifsc.toUpperCase() ? { ifscSent: wanted.ifsc } : {};
}
