import type { IDataObject } from 'n8n-workflow';

import { isVerified, matchNames, type NameMatch, type NameMatchThreshold } from './nameMatch';
import { beneficiaryStatus, customerAccountStatus, meaningOf, type VerdictStatus } from './status';

export type { VerdictStatus } from './status';

/**
 * One verdict for both of Juspay's APIs, so a workflow branches on
 * `$json.valid` without knowing which API answered or how it spells status.
 * What each Juspay status means is decided in one table (status.ts).
 *
 * `valid` is true, false, or null while Juspay has no final answer.
 * `status` is VALID, INVALID, PENDING or ERROR, plus NOT_VALIDATED for an
 * account or beneficiary that was only created (no validation asked for).
 */
export interface Verdict extends IDataObject {
	valid: boolean | null;
	/**
	 * The one answer to branch on before paying: true only when the account is
	 * valid and `nameMatch` meets Options → Name Match Threshold; false when the
	 * account is invalid or the name misses the threshold; null when there is no
	 * name to compare or Juspay has no final answer yet.
	 */
	verified: boolean | null;
	status: VerdictStatus;
	reason: string | null;
	/** The account holder name the node sent to Juspay with this account, or null. */
	nameSent: string | null;
	/** A name from a field Juspay documents as the bank's; never a name the node or the customer gave. */
	nameAtBank: string | null;
	/** `expectedName` scored against `nameAtBank`, with an explanation; null without a name from the bank. */
	nameMatch: { score: number; band: NameMatch['band']; expectedName: string; explanation: string } | null;
	accountType: 'BANK_ACCOUNT' | 'UPI' | null;
	account: string | null;
	ifsc: string | null;
	vpa: string | null;
	ids: { customerId: string | null; customerAccountId?: string | null; beneId?: string | null };
	/** Juspay's own status value, as it sent it. */
	juspayStatus: string | null;
}

function text(value: unknown): string | null {
	if (typeof value === 'string' && value.trim() !== '') return value;
	if (typeof value === 'number') return String(value);
	return null;
}

function object(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : {};
}

function nameMatchOf(expectedName: string | undefined, nameAtBank: string | null): Verdict['nameMatch'] {
	if (!expectedName || !nameAtBank) return null;
	const match = matchNames(expectedName, nameAtBank);
	return match ? { score: match.score, band: match.band, expectedName, explanation: match.explanation } : null;
}

/**
 * A customer account (Express Checkout) as a verdict. Juspay documents no
 * field of a customer account as the name the bank holds:
 * `account_details.name` is the customer's own ("Name of the customer in a
 * given bank account"), whatever its case or title, so it never becomes
 * `nameAtBank`, and there is nothing to score a name against. `nameSent`:
 * the name the node sent with the account (null: none, or not sent by it).
 */
export function customerAccountVerdict(account: IDataObject, nameSent: string | null = null): Verdict {
	const details = object(account.account_details);
	const juspayStatus = customerAccountStatus(account);
	const meaning = meaningOf(juspayStatus);
	const vpa = text(details.vpa);
	return {
		valid: meaning.valid,
		// No name from the bank to compare: false for an invalid account, else null.
		verified: isVerified(meaning.valid, null, 'STRONG'),
		status: meaning.status,
		reason: meaning.reason,
		nameSent,
		nameAtBank: null,
		nameMatch: null,
		accountType: vpa || account.customer_account_type === 'UPI' ? 'UPI' : details.account ? 'BANK_ACCOUNT' : null,
		account: text(details.account),
		ifsc: text(details.ifsc),
		vpa,
		ids: { customerId: text(account.customer_id), customerAccountId: text(account.customer_account_id) },
		juspayStatus,
	};
}

/**
 * A payout beneficiary (validate, create, status or resolve answer) as a
 * verdict. `sent` is the beneDetails the node sent, used where Juspay's answer
 * does not echo them (its resolve answer echoes only the mobile); `threshold`
 * is Options → Name Match Threshold, for `verified`.
 */
export function beneficiaryVerdict(
	bene: IDataObject,
	ids: { customerId: string | null },
	expectedName?: string,
	sent?: IDataObject,
	threshold: NameMatchThreshold = 'STRONG',
): Verdict {
	const validateResp = object(bene.validateResp);
	const beneDetails = { ...object(sent), ...object(bene.beneDetails) };
	const details = { ...object(object(sent).details), ...object(beneDetails.details) };
	const juspayStatus = beneficiaryStatus(bene);
	const meaning = meaningOf(juspayStatus);
	const nameAtBank = text(bene.nameAtBank) ?? text(object(validateResp.data).nameAtBank);
	const given = expectedName ?? text(details.name) ?? undefined;
	const type = text(beneDetails.type);
	const nameMatch = nameMatchOf(given, nameAtBank);
	return {
		valid: meaning.valid,
		verified: isVerified(meaning.valid, nameMatch, threshold),
		status: meaning.status,
		reason: text(bene.remark) ?? text(validateResp.message) ?? text(bene.responseCode) ?? meaning.reason,
		nameSent: text(details.name),
		nameAtBank,
		nameMatch,
		accountType: type === 'ACCOUNT_IFSC' ? 'BANK_ACCOUNT' : type === 'UPI_ID' ? 'UPI' : null,
		account: text(details.account),
		ifsc: text(details.ifsc),
		vpa: text(bene.resolvedVpa) ?? text(details.vpa),
		ids: { customerId: ids.customerId, beneId: text(bene.uniqueId) },
		juspayStatus,
	};
}

export function isPending(verdict: Pick<Verdict, 'status'>): boolean {
	return verdict.status === 'PENDING';
}
