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

/** The holder name the node sends with a wanted account (null: none; a UPI ID has none). */
export function nameSentWith(wanted: WantedAccount): string | null {
	return 'name' in wanted && wanted.name !== undefined ? wanted.name : null;
}
