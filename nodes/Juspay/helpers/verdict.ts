import type { IDataObject } from 'n8n-workflow';

import { isVerified, matchNames, type NameMatch, type NameMatchThreshold } from './nameMatch';

/**
 * One verdict for both of Juspay's APIs, so a workflow branches on
 * `$json.valid` without knowing which API answered or how it spells status.
 *
 * `valid` is true, false, or null while Juspay has no final answer.
 * `status` is VALID, INVALID, PENDING or ERROR, plus NOT_VALIDATED for an
 * account or beneficiary that was only created (no validation asked for).
 */
export type VerdictStatus = 'VALID' | 'INVALID' | 'PENDING' | 'ERROR' | 'NOT_VALIDATED';

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
	/** A name known to come from the bank; never a name the node sent (see customerAccountVerdict). */
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

interface Mapping {
	status: VerdictStatus;
	reason: string;
}

/**
 * Every status value either API sends, mapped explicitly. Customer accounts
 * (validation_status): CREATED, PENDING, ACTIVE, FAILURE. Payouts (status):
 * VALID, INVALID, PENDING, TIMEOUT, ERROR, CREATED; (validateResp.status):
 * SUCCESS, PENDING, FAILURE, MANUAL_REVIEW.
 */
export const STATUS_MAP: Record<string, Mapping> = {
	ACTIVE: { status: 'VALID', reason: 'Account validated' },
	VALID: { status: 'VALID', reason: 'Account validated' },
	SUCCESS: { status: 'VALID', reason: 'Account validated' },
	FAILURE: { status: 'INVALID', reason: 'Validation failed' },
	INVALID: { status: 'INVALID', reason: 'Validation failed' },
	PENDING: { status: 'PENDING', reason: 'Validation in progress: check again later' },
	TIMEOUT: { status: 'PENDING', reason: 'The bank did not answer in time: check the status again later' },
	MANUAL_REVIEW: { status: 'PENDING', reason: 'Held for manual review by the gateway' },
	ERROR: { status: 'ERROR', reason: 'Juspay could not validate the account' },
	CREATED: { status: 'NOT_VALIDATED', reason: 'Created, not validated' },
};

const VALID_OF: Record<VerdictStatus, boolean | null> = {
	VALID: true,
	INVALID: false,
	PENDING: null,
	ERROR: null,
	NOT_VALIDATED: null,
};

function mapStatus(value: string | null): Mapping {
	if (value === null) return { status: 'ERROR', reason: 'Juspay sent no status' };
	return STATUS_MAP[value.toUpperCase()] ?? { status: 'ERROR', reason: `Juspay sent an unknown status: ${value}` };
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
 * What the node knows of the name on a customer account. Juspay's
 * `account_details.name` may be the name the node sent, echoed back, so it
 * counts as the bank's only when the node sent this account (in this run)
 * and the name differs from the one sent. `sent` is that name (null: sent
 * without one); undefined when the node did not send the account (Get, Get
 * Many, an account that already existed), where the name cannot be told apart.
 */
export interface CustomerAccountNames {
	/** The name to score against the bank's (Name to Match, or the name given for the account). */
	expected?: string;
	sent?: string | null;
	/** Options → Name Match Threshold (default Strong), for `verified`. */
	threshold?: NameMatchThreshold;
}

/** A customer account (Express Checkout) as a verdict. */
export function customerAccountVerdict(account: IDataObject, names: CustomerAccountNames = {}): Verdict {
	const details = object(account.account_details);
	const juspayStatus = text(account.validation_status);
	const mapped = mapStatus(juspayStatus);
	const vpa = text(details.vpa);
	const returned = text(details.name);
	const fromBank = names.sent !== undefined && returned !== null && returned.trim() !== names.sent?.trim();
	const nameAtBank = fromBank ? returned : null;
	const valid = VALID_OF[mapped.status];
	const nameMatch = nameMatchOf(names.expected, nameAtBank);
	return {
		valid,
		verified: isVerified(valid, nameMatch, names.threshold ?? 'STRONG'),
		status: mapped.status,
		reason: mapped.reason,
		nameSent: names.sent ?? null,
		nameAtBank,
		nameMatch,
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
	const juspayStatus = text(bene.status) ?? text(validateResp.status);
	const mapped = mapStatus(juspayStatus);
	const nameAtBank = text(bene.nameAtBank) ?? text(object(validateResp.data).nameAtBank);
	const given = expectedName ?? text(details.name) ?? undefined;
	const type = text(beneDetails.type);
	const valid = VALID_OF[mapped.status];
	const nameMatch = nameMatchOf(given, nameAtBank);
	return {
		valid,
		verified: isVerified(valid, nameMatch, threshold),
		status: mapped.status,
		reason: text(bene.remark) ?? text(validateResp.message) ?? text(bene.responseCode) ?? mapped.reason,
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
