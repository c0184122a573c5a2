import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { customerAccountStatus, meaningOf } from '../../helpers/status';
import { asNodeError, failureOf } from '../../transport/errors';
import { fetchCustomerAccount, listCustomerAccounts, type Customer } from '../customerAccountCalls';
import type { RecoveryMarks } from '../resultMarks';
import { outcomeUnknown, readUntilFound } from './lostReply';
import { payOnce, withPaidMarks } from './payOnce';
import { sameAccountKey, savedAccountKey, type WantedAccount } from './sameAccount';

/**
 * The money rules of Customer Accounts (Express Checkout). Juspay gives these
 * requests no idempotency key, so:
 * - **read before paying**: with If Account Already Exists / If Already
 *   Validated → Return Existing (the default), an account Juspay has
 *   validated (ACTIVE, FAILURE) or is validating (PENDING) is returned as it
 *   is, `alreadyExisted: true`, and nothing is paid;
 * - **never resend by itself**: after a lost reply the node only reads
 *   (lostReply.ts); a read that finds nothing proves nothing;
 * - rows, executions at the same moment and retries of one execution share
 *   one payment (payOnce.ts), and a later execution in this process reads
 *   the account the last one got by its ID, since Juspay does not list it
 *   while its penny drop runs. Across n8n processes (queue-mode workers) or
 *   after a restart nothing is shared: a second process may pay again while
 *   the first penny drop is still in flight (docs/money-rules.md).
 * The same account is the same account number (or UPI ID) for the customer,
 * whatever IFSC Juspay shows with it (sameAccount.ts).
 */

export type IfExists = 'returnExisting' | 'validateAgain';

/** What a retry needs to know: the states Juspay held for the account before the request. */
type Before = string[];

const LOST_CREATE =
	'Juspay\'s answer to Create and Validate was lost, and Juspay does not list the account yet. Juspay lists a customer account only once its validation has finished, so the penny drop may still be in flight. Check the customer\'s accounts later (Get Many, or the Juspay dashboard): running the workflow again with If Account Already Exists → Return Existing returns the account once Juspay lists it.';
const LOST_VALIDATE =
	'Juspay\'s answer to Validate was lost, and the account does not show a new validation yet. Read it later with Get (free): running the workflow again with If Already Validated → Return Existing Result returns its result once it shows.';

/**
 * Create and Validate for one account of an item. `send` POSTs it alone;
 * `listBefore` is the customer's list, read once for the item.
 */
export async function createAndValidateOnce(
	ctx: IExecuteFunctions,
	itemIndex: number,
	customer: Customer,
	wanted: WantedAccount,
	ifExists: IfExists,
	steps: { listBefore: () => Promise<IDataObject[]>; send: () => Promise<IDataObject> },
): Promise<IDataObject & RecoveryMarks> {
	const key = sameAccountKey(wanted);
	const landed = async (before: Before) => newestWithKey(await listCustomerAccounts(ctx, itemIndex, customer), key, before);
	const paid = await payOnce<IDataObject>(ctx, itemIndex, `customerAccount:${customer.customerId}:${key}`, {
		pay: async (keep, answeredBefore) => {
			const list = await steps.listBefore();
			if (ifExists === 'returnExisting') {
				const saved = reusable(list, key) ?? (await stillValidating(ctx, itemIndex, customer, key, answeredBefore));
				if (saved) return { ...saved, alreadyExisted: true };
			}
			const before = list.filter((account) => savedAccountKey(account) === key).map(stateOf);
			keep(before);
			try {
				return await steps.send();
			} catch (error) {
				if (!outcomeUnknown(error)) throw asNodeError(ctx.getNode(), error, itemIndex);
				return { ...(await readUntilFound(ctx, itemIndex, async () => await landed(before), error, LOST_CREATE)), recoveredByStatusCheck: true };
			}
		},
		recover: async (before) => await readUntilFound(ctx, itemIndex, async () => await landed((before as Before | undefined) ?? []), undefined, LOST_CREATE),
		handOn: true,
	});
	return withPaidMarks(paid);
}

/** Validate for a saved account, read first: by default a validated or validating account is returned, not paid again. */
export async function validateSavedOnce(
	ctx: IExecuteFunctions,
	itemIndex: number,
	customer: Customer,
	customerAccountId: string,
	ifExists: IfExists,
	send: () => Promise<IDataObject>,
): Promise<IDataObject & RecoveryMarks> {
	const changed = async (before: string) => {
		const now = await fetchCustomerAccount(ctx, itemIndex, customer, customerAccountId);
		return stateOf(now) === before ? undefined : now;
	};
	const paid = await payOnce(ctx, itemIndex, `customerAccount:${customer.customerId}:id:${customerAccountId}`, {
		pay: async (keep) => {
			const saved = await fetchCustomerAccount(ctx, itemIndex, customer, customerAccountId);
			if (ifExists === 'returnExisting' && meaningOf(customerAccountStatus(saved)).whenStored === 'keep') {
				return { ...saved, alreadyExisted: true };
			}
			keep(stateOf(saved));
			try {
				return await send();
			} catch (error) {
				if (!outcomeUnknown(error)) throw asNodeError(ctx.getNode(), error, itemIndex);
				return { ...(await readUntilFound(ctx, itemIndex, async () => await changed(stateOf(saved)), error, LOST_VALIDATE)), recoveredByStatusCheck: true };
			}
		},
		recover: async (before) => await readUntilFound(ctx, itemIndex, async () => await changed(before as string), undefined, LOST_VALIDATE),
	});
	return withPaidMarks(paid);
}

/**
 * The account an earlier execution in this process got for this key, read by
 * its ID (free), when Juspay still holds it validated or validating. Juspay
 * lists an account only once its penny drop has finished, so without this a
 * re-run while the first is PENDING would pay again. Deleted since (404):
 * undefined, a new one may be paid for. A read that fails proves nothing,
 * and the earlier answer says one was paid: the item fails, nothing is sent.
 */
async function stillValidating(
	ctx: IExecuteFunctions,
	itemIndex: number,
	customer: Customer,
	key: string,
	answeredBefore: IDataObject | undefined,
): Promise<IDataObject | undefined> {
	const id = answeredBefore?.customer_account_id;
	if (typeof id !== 'string' || id === '' || savedAccountKey(answeredBefore!) !== key) return undefined;
	let now: IDataObject;
	try {
		now = await fetchCustomerAccount(ctx, itemIndex, customer, id);
	} catch (error) {
		if (failureOf(error)?.httpCode === 404) return undefined;
		const failed = asNodeError(ctx.getNode(), error, itemIndex);
		failed.description = `An earlier execution in this n8n process validated this account (customer account ${id}), and reading it now failed, so nothing was sent: a second validation could pay twice. Run it again later.`;
		throw failed;
	}
	return savedAccountKey(now) === key && meaningOf(customerAccountStatus(now)).whenStored === 'keep' ? now : undefined;
}

/** A saved account with this key that Juspay validated or is validating: the later one in Juspay's list. */
function reusable(saved: IDataObject[], key: string): IDataObject | undefined {
	return saved.filter((account) => savedAccountKey(account) === key && meaningOf(customerAccountStatus(account)).whenStored === 'keep').pop();
}

/**
 * An account's ID with its validation state: Juspay may validate a saved
 * account again under the same ID, which then shows as a changed state.
 */
function stateOf(account: IDataObject): string {
	return JSON.stringify([account.customer_account_id, account.validation_status, account.last_validated]);
}

/** The last account in Juspay's list with this key whose state was not there before. */
function newestWithKey(list: IDataObject[], key: string, before: Before): IDataObject | undefined {
	return list.filter((account) => savedAccountKey(account) === key && !before.includes(stateOf(account))).pop();
}
