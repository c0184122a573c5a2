import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';

import { assertKnownBanks } from '../bankCheck';
import { listCustomerAccounts, postCustomerAccounts } from '../customerAccountCalls';
import { createAndValidateOnce } from '../money/customerAccountRules';
import { ifscDifference, type WantedAccount } from '../money/sameAccount';
import { customerAccountResults, type SentAccount } from './accountResults';
import { ifAccountExists } from './fields';
import { accountsForm, accountsInput } from './requestBody';

/**
 * Create (free) and Create and Validate (a penny drop per bank account) for
 * one item: read and check the accounts, then send them. Create sends them
 * in one request. Create and Validate sends each account on its own, under
 * the money rules of customer accounts (money/customerAccountRules.ts): by
 * default an account the customer already has is returned instead, and a
 * lost answer is only ever read, never sent again.
 */
export async function createAccounts(
	this: IExecuteFunctions,
	itemIndex: number,
	command: 'create' | 'validate',
): Promise<IDataObject[]> {
	const input = accountsInput(this, itemIndex);
	await assertKnownBanks(
		this,
		itemIndex,
		input.bankAccounts.map(({ ifsc }, index) => ({ ifsc, field: `Bank Account ${index + 1} → IFSC` })),
	);
	const customer = { customerId: input.customerId, routingId: input.routingId ?? input.customerId };
	const wanted: WantedAccount[] = [...input.bankAccounts, ...input.upiIds];
	if (command === 'create') return await postCustomerAccounts(this, itemIndex, customer, accountsForm('create', input, wanted), 'create');

	const ifExists = ifAccountExists(this, itemIndex);
	let list: Promise<IDataObject[]> | undefined;
	const listBefore = async () => await (list ??= listCustomerAccounts(this, itemIndex, customer));
	const sent: SentAccount[] = [];
	for (const account of wanted) {
		const send = async () => onlyOne(this, itemIndex, await postCustomerAccounts(this, itemIndex, customer, accountsForm('validate', input, [account]), 'validate'));
		const answer = await createAndValidateOnce(this, itemIndex, customer, account, ifExists, { listBefore, send });
		const paidHere = answer.alreadyExisted !== true;
		sent.push({ account: { ...answer, ...ifscDifference(account, answer) }, nameSent: paidHere && 'name' in account ? (account.name ?? null) : null });
	}
	return await customerAccountResults.call(this, itemIndex, sent, { ...customer, validated: true });
}

/**
 * Juspay's answer to one account sent must hold one account with its ID, or
 * it cannot be told what landed: then the outcome is unknown and the list decides.
 */
function onlyOne(ctx: IExecuteFunctions, itemIndex: number, answer: IDataObject[]): IDataObject {
	const id = answer.length === 1 ? answer[0].customer_account_id : undefined;
	if (typeof id === 'string' && id !== '') return answer[0];
	const failure = { code: 'UNEXPECTED_RESPONSE', outcomeUnknown: true };
	const error = new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, {
		message:
			answer.length === 1
				? 'Juspay answered with a customer account without its ID for the one sent'
				: `Juspay answered with ${answer.length} customer accounts for the one sent`,
		itemIndex,
	});
	error.context.juspay = failure;
	throw error;
}
