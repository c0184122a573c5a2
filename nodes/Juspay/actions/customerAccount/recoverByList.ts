import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asNodeError, failureOf } from '../../transport/errors';
import type { RecoveryMarks } from '../results';
import { keyOf, savedKeyOf, type WantedAccount } from './accountKey';
import { listCustomerAccounts } from './common';

/**
 * Create and Validate's POST carries no ID of ours, so when its answer is
 * lost (timeout, reset, 5xx, a gateway page) the customer's list of accounts
 * (a free read) decides, as the status check does for a beneficiary:
 * - every account sent is in the list and is new since the list read before
 *   the POST (a new ID, or a saved one whose validation changed): the POST
 *   landed, and those accounts are the answer;
 * - none of them is: nothing landed, and the POST is sent once more;
 * - anything else (some landed, or no list from before to tell an old
 *   account from a new one): the outcome stays unknown and is reported,
 *   never guessed and never sent blindly again.
 *
 * `before` is the list read before the POST (Return Existing reads it); the
 * accounts in it were there already.
 */
export async function recoverByList(
	this: IExecuteFunctions,
	itemIndex: number,
	customer: { customerId: string; routingId: string },
	wanted: WantedAccount[],
	before: IDataObject[] | undefined,
	post: () => Promise<IDataObject[]>,
): Promise<Array<IDataObject & RecoveryMarks>> {
	let lost: unknown;
	try {
		return await post();
	} catch (error) {
		if (!failureOf(error)?.outcomeUnknown) throw asNodeError(this.getNode(), error, itemIndex);
		lost = error;
	}

	let after: IDataObject[];
	try {
		after = await listCustomerAccounts.call(this, itemIndex, customer.customerId, customer.routingId);
	} catch {
		// No list, no proof either way: report the original, unknown outcome.
		throw asNodeError(this.getNode(), lost, itemIndex);
	}
	const old = new Set((before ?? []).map(stateOf));
	const landed = wanted.map((account) => newestWithKey(after, keyOf(account), old));
	if (before !== undefined && landed.every((account) => account !== undefined)) {
		return landed.map((account) => ({ ...(account as IDataObject), recoveredByStatusCheck: true }));
	}
	if (landed.every((account) => account === undefined)) return await post();
	throw asNodeError(this.getNode(), lost, itemIndex);
}

/**
 * An account's ID with its validation state: Juspay may validate a saved
 * account again under the same ID, which then shows as a changed state.
 */
function stateOf(account: IDataObject): string {
	return JSON.stringify([account.customer_account_id, account.validation_status, account.last_validated]);
}

/** The last account in Juspay's list with this key whose state is not among `old`. */
function newestWithKey(list: IDataObject[], key: string | undefined, old: Set<string>): IDataObject | undefined {
	let found: IDataObject | undefined;
	for (const account of list) {
		if (savedKeyOf(account) === key && !old.has(stateOf(account))) found = account;
	}
	return found;
}
