import type { IDataObject } from 'n8n-workflow';

/** One requested account, as checked by the schema. */
export type WantedAccount = { account: string; ifsc: string; name?: string } | { vpa: string };

/** What makes two accounts the same: account number (as text) and upper-case IFSC, or the lower-case VPA. */
export function keyOf(details: { account?: unknown; ifsc?: unknown; vpa?: unknown }): string | undefined {
	if (typeof details.vpa === 'string' && details.vpa !== '') return `upi:${details.vpa.trim().toLowerCase()}`;
	if (typeof details.account === 'string' && typeof details.ifsc === 'string') {
		return `bank:${details.account.trim()}:${details.ifsc.trim().toUpperCase()}`;
	}
	return undefined;
}

/** The key of a saved customer account (from its account_details). */
export function savedKeyOf(saved: IDataObject): string | undefined {
	return keyOf((saved.account_details ?? {}) as IDataObject);
}

/**
 * The holder name the node sent with the account Juspay answered about,
 * found by its details: null when sent without one (a UPI ID has none),
 * undefined when the answer matches no account sent.
 */
export function nameSentFor(sent: WantedAccount[], answer: IDataObject): string | null | undefined {
	const key = savedKeyOf(answer);
	const account = sent.find((wanted) => keyOf(wanted) === key);
	if (account === undefined) return undefined;
	return 'name' in account && account.name !== undefined ? account.name : null;
}
