import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { asNodeError } from '../../transport/errors';
import { claimOnce, sharedAnswer } from '../sendOnce';
import { keyOf, nameSentFor, savedKeyOf, type WantedAccount } from './accountKey';
import { listCustomerAccounts } from './common';

/**
 * Create and Validate → If Account Already Exists. Return Existing (the
 * default) lists the customer's saved accounts first (free), and a requested
 * bank account or UPI ID the customer already has with a result is returned
 * as it is instead of being created and validated (paid) again. Only the
 * others are sent. Rows of one run asking for the same account share one answer.
 */

export const ifAccountExistsField: INodeProperties = {
	displayName: 'If Account Already Exists',
	name: 'ifAccountExists',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Create and Validate Again',
			value: 'createAgain',
			description: 'Send every account: each bank account is a new penny drop, even if the customer already has it',
		},
		{
			name: 'Return Existing',
			value: 'returnExisting',
			description:
				'List the customer\'s accounts first (free) and return a saved account with the same details and a result (or a validation in flight) instead of validating it again; only new accounts are sent',
		},
	],
	default: 'returnExisting',
	description: 'What to do when the customer already has an account with the same details (account number and IFSC, or UPI ID)',
};

export function returnExistingOn(ctx: IExecuteFunctions, itemIndex: number): boolean {
	return ctx.getNodeParameter('ifAccountExists', itemIndex, 'returnExisting') === 'returnExisting';
}

/**
 * A customer account for the item, with the holder name the node sent with
 * it: null when sent without one, undefined when the node did not send it
 * (it already existed), so Juspay's name on it cannot be told from an echo.
 */
export interface SentAccount {
	account: IDataObject;
	nameSent?: string | null;
}

/**
 * Saved accounts with one of these statuses are returned instead of being
 * validated again: a result (ACTIVE, FAILURE) or a validation still in flight
 * (PENDING; sending it again would be a second penny drop). CREATED was
 * never validated, so it is sent as new.
 */
const REUSABLE = new Set(['ACTIVE', 'FAILURE', 'PENDING']);

/** The customer's reusable saved accounts by key; the later one in Juspay's list wins. */
function reusableByKey(saved: IDataObject[]): Map<string, IDataObject> {
	const byKey = new Map<string, IDataObject>();
	for (const account of saved) {
		const key = savedKeyOf(account);
		if (key && REUSABLE.has(String(account.validation_status ?? '').toUpperCase())) byKey.set(key, account);
	}
	return byKey;
}

/**
 * The customer account for each wanted account, in the same order: saved
 * ones marked `alreadyExisted`, another row's marked `sameAsItem` too, the
 * rest from one `create` call with only them (given the list read before it).
 */
export async function withExistingAccounts(
	this: IExecuteFunctions,
	itemIndex: number,
	customer: { customerId: string; routingId: string },
	wanted: WantedAccount[],
	create: (accounts: WantedAccount[], before: IDataObject[]) => Promise<IDataObject[]>,
): Promise<SentAccount[]> {
	const keys = wanted.map((account) => keyOf(account) as string);
	const claims = keys.map((key) => claimOnce<SentAccount>(this, itemIndex, `customerAccount:${customer.customerId}:${key}`));
	const owned = claims.flatMap((claim, index) => (claim.own ? [index] : []));
	try {
		if (owned.length) {
			const before = await listCustomerAccounts.call(this, itemIndex, customer.customerId, customer.routingId);
			const saved = reusableByKey(before);
			const toCreate = owned.filter((index) => !saved.has(keys[index]));
			for (const index of owned) {
				const existing = saved.get(keys[index]);
				if (existing) claims[index].settle({ account: { ...existing, alreadyExisted: true } });
			}
			if (toCreate.length) {
				const sent = toCreate.map((index) => wanted[index]);
				const created = await create(sent, before);
				if (created.length !== sent.length) throw countMismatch(this, itemIndex, sent.length, created.length);
				toCreate.forEach((index, position) =>
					claims[index].settle({ account: created[position], nameSent: nameSentFor(sent, created[position]) }),
				);
			}
		}
	} catch (error) {
		for (const index of owned) claims[index].fail(error);
		throw asNodeError(this.getNode(), error, itemIndex);
	}
	return await Promise.all(
		claims.map(async (claim) => {
			if (claim.own) return await claim.answer;
			const first = await sharedAnswer(this, itemIndex, claim);
			return { ...first, account: { ...first.account, alreadyExisted: true, sameAsItem: claim.firstItem } };
		}),
	);
}

/** Juspay's answer must hold one account per account sent, or the answers cannot be paired with the rows. */
function countMismatch(ctx: IExecuteFunctions, itemIndex: number, sent: number, got: number): NodeApiError {
	return new NodeApiError(
		ctx.getNode(),
		{ code: 'UNEXPECTED_RESPONSE' },
		{
			message: `Juspay answered with ${got} customer account(s) for ${sent} sent`,
			description: 'The accounts may have been created and validated. Check them with Get Many before sending them again.',
			itemIndex,
		},
	);
}
