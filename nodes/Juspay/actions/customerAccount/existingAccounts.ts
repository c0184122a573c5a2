import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { itemParameter } from '../../helpers/perRun';
import { asNodeError } from '../../transport/errors';
import { claimInRun, sharedAnswer } from '../sameDetails';
import { listCustomerAccounts } from './common';

/**
 * Create and Validate → If Account Already Exists → Return Existing: the
 * customer's saved accounts are listed first (free), and a requested bank
 * account or UPI ID the customer already has with a result is returned as it
 * is instead of being created and validated (paid) again. Only the others
 * are sent. Rows of one run asking for the same account share one answer.
 */

export const ifAccountExistsField: INodeProperties = {
	displayName: 'If Account Already Exists',
	name: 'ifAccountExists',
	type: 'options',
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
	default: 'createAgain',
	description: 'What to do when the customer already has an account with the same details (account number and IFSC, or UPI ID)',
};

export function returnExistingOn(ctx: IExecuteFunctions, itemIndex: number): boolean {
	return itemParameter<unknown>(ctx, 'ifAccountExists', itemIndex, 'createAgain') === 'returnExisting';
}

/** One requested account, as checked by the schema. */
export type WantedAccount = { account: string; ifsc: string; name?: string } | { vpa: string };

/**
 * Saved accounts with one of these statuses are returned instead of being
 * validated again: a result (ACTIVE, FAILURE) or a validation still in flight
 * (PENDING; sending it again would be a second penny drop). CREATED was
 * never validated, so it is sent as new.
 */
const REUSABLE = new Set(['ACTIVE', 'FAILURE', 'PENDING']);

/** What makes two accounts the same: account number (as text) and upper-case IFSC, or the lower-case VPA. */
function keyOf(details: { account?: unknown; ifsc?: unknown; vpa?: unknown }): string | undefined {
	if (typeof details.vpa === 'string' && details.vpa !== '') return `upi:${details.vpa.trim().toLowerCase()}`;
	if (typeof details.account === 'string' && typeof details.ifsc === 'string') {
		return `bank:${details.account.trim()}:${details.ifsc.trim().toUpperCase()}`;
	}
	return undefined;
}

/** The customer's reusable saved accounts by key; the later one in Juspay's list wins. */
function reusableByKey(saved: IDataObject[]): Map<string, IDataObject> {
	const byKey = new Map<string, IDataObject>();
	for (const account of saved) {
		const key = keyOf((account.account_details ?? {}) as IDataObject);
		if (key && REUSABLE.has(String(account.validation_status ?? '').toUpperCase())) byKey.set(key, account);
	}
	return byKey;
}

/**
 * The customer account for each wanted account, in the same order: saved
 * ones marked `alreadyExisted`, another row's marked `sameAsItem` too, the
 * rest from one `create` call with only them.
 */
export async function withExistingAccounts(
	this: IExecuteFunctions,
	itemIndex: number,
	customer: { customerId: string; routingId: string },
	wanted: WantedAccount[],
	create: (accounts: WantedAccount[]) => Promise<IDataObject[]>,
): Promise<IDataObject[]> {
	const keys = wanted.map((account) => keyOf(account) as string);
	const claims = keys.map((key) => claimInRun<IDataObject>(this, itemIndex, `customerAccount:${customer.customerId}:${key}`));
	const owned = claims.flatMap((claim, index) => (claim.own ? [index] : []));
	try {
		if (owned.length) {
			const saved = reusableByKey(await listCustomerAccounts.call(this, itemIndex, customer.customerId, customer.routingId));
			const toCreate = owned.filter((index) => !saved.has(keys[index]));
			for (const index of owned) {
				const existing = saved.get(keys[index]);
				if (existing) claims[index].settle({ ...existing, alreadyExisted: true });
			}
			if (toCreate.length) {
				const created = await create(toCreate.map((index) => wanted[index]));
				if (created.length !== toCreate.length) throw countMismatch(this, itemIndex, toCreate.length, created.length);
				toCreate.forEach((index, position) => claims[index].settle(created[position]));
			}
		}
	} catch (error) {
		for (const index of owned) claims[index].fail(error);
		throw asNodeError(this.getNode(), error, itemIndex);
	}
	return await Promise.all(
		claims.map(async (claim) =>
			claim.own ? await claim.answer : { ...(await sharedAnswer(this, itemIndex, claim)), alreadyExisted: true, sameAsItem: claim.firstItem },
		),
	);
}

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
