import type { IDataObject } from 'n8n-workflow';

/**
 * What each status Juspay sends means: the one table that the verdict
 * (helpers/verdict.ts), the money rules (a stored result reused, or tried
 * again under a new Beneficiary ID) and the Juspay Trigger all read, so they
 * can never disagree. A result the user is shown as INVALID is never paid
 * for again; only a result with no verdict moves to a new Beneficiary ID.
 *
 * Customer accounts (`validation_status`): CREATED, PENDING, ACTIVE, FAILURE.
 * Payout beneficiaries (`status`): VALID, INVALID, PENDING, TIMEOUT, ERROR,
 * CREATED; (`validateResp.status`): SUCCESS, PENDING, FAILURE, MANUAL_REVIEW.
 */

/** The verdict's status: the same words for both APIs. */
export type VerdictStatus = 'VALID' | 'INVALID' | 'PENDING' | 'ERROR' | 'NOT_VALIDATED';

/**
 * What the money rules do with a stored result of this status, found by a
 * read before paying (or after a lost reply):
 * - `keep`: a verdict, or a validation still in flight: it is the answer,
 *   and nothing is paid again;
 * - `newId`: Juspay ended without a verdict and needs a new Beneficiary ID
 *   to try again (the derived ID moves on to `_2`, `_3`);
 * - `notValidated`: created, never validated: its first validation is due.
 */
export type WhenStored = 'keep' | 'newId' | 'notValidated';

export interface StatusMeaning {
	status: VerdictStatus;
	/** `valid` in the verdict: true, false, or null with no final answer. */
	valid: boolean | null;
	reason: string;
	whenStored: WhenStored;
}

const VALIDATED: Omit<StatusMeaning, 'reason'> = { status: 'VALID', valid: true, whenStored: 'keep' };
const FAILED: Omit<StatusMeaning, 'reason'> = { status: 'INVALID', valid: false, whenStored: 'keep' };
const IN_FLIGHT: Omit<StatusMeaning, 'reason'> = { status: 'PENDING', valid: null, whenStored: 'keep' };

const TABLE: Record<string, StatusMeaning> = {
	ACTIVE: { ...VALIDATED, reason: 'Account validated' },
	VALID: { ...VALIDATED, reason: 'Account validated' },
	SUCCESS: { ...VALIDATED, reason: 'Account validated' },
	FAILURE: { ...FAILED, reason: 'Validation failed' },
	INVALID: { ...FAILED, reason: 'Validation failed' },
	PENDING: { ...IN_FLIGHT, reason: 'Validation in progress: check again later' },
	TIMEOUT: { ...IN_FLIGHT, reason: 'The bank did not answer in time: check the status again later' },
	MANUAL_REVIEW: { ...IN_FLIGHT, reason: 'Held for manual review by the gateway' },
	ERROR: { status: 'ERROR', valid: null, reason: 'Juspay could not validate the account', whenStored: 'newId' },
	CREATED: { status: 'NOT_VALIDATED', valid: null, reason: 'Created, not validated', whenStored: 'notValidated' },
};

/** The status values Juspay documents, for tests and docs. */
export const KNOWN_STATUSES: readonly string[] = Object.keys(TABLE);

/** The meaning of a status Juspay documents (any case), or undefined. */
export function knownStatus(value: string): StatusMeaning | undefined {
	const key = value.toUpperCase();
	return Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
}

/**
 * The meaning of whatever Juspay sent. A missing or unknown status is no
 * verdict (ERROR), but it is kept, never paid for again: it may be a result
 * this node does not know yet.
 */
export function meaningOf(value: string | null): StatusMeaning {
	if (value === null) return { status: 'ERROR', valid: null, reason: 'Juspay sent no status', whenStored: 'keep' };
	return knownStatus(value) ?? { status: 'ERROR', valid: null, reason: `Juspay sent an unknown status: ${value}`, whenStored: 'keep' };
}

/** Where each API puts its status: a beneficiary's top-level `status`, else `validateResp.status`. */
export function beneficiaryStatus(bene: IDataObject): string | null {
	const resp = bene.validateResp;
	const nested = typeof resp === 'object' && resp !== null ? (resp as { status?: unknown }).status : undefined;
	return textOf(bene.status) ?? textOf(nested);
}

/** A customer account's `validation_status`. */
export function customerAccountStatus(account: IDataObject): string | null {
	return textOf(account.validation_status);
}

function textOf(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}
