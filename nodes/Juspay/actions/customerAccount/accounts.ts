import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import type { z } from 'zod';

import { additionalFieldsCollection } from '../../helpers/description';
import { accountNumberField, ifscField, vpaField } from '../accountFields';
import { additionalFields, presentFields } from '../../helpers/parameters';
import { createAndValidateInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { assertKnownBanks } from '../bankCheck';
import { listCustomerAccounts, postCustomerAccounts } from '../customerAccounts';
import { createAndValidateOnce } from '../money/customerAccountRules';
import { ifscDifference, type WantedAccount } from '../money/sameAccount';
import {
	customerIdField,
	preferredGatewayField,
	routingIdField,
	validationAmountField,
	validationFormFields,
} from './common';
import { ifAccountExists } from './existingAccounts';
import { customerAccountResults, type SentAccount } from './results';

/**
 * Create and Create and Validate share one request (POST
 * /customers/{id}/accounts) and differ only in `command`: one file holds the
 * fields and the call, the two operation files pick the command.
 */
export const accountsFields: INodeProperties[] = [
	customerIdField,
	{
		displayName: 'Accounts',
		name: 'accounts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Account',
		default: {},
		description:
			'Bank accounts and UPI IDs to validate. Each becomes its own customer account and its own output item; each bank account is a real penny drop.',
		options: [
			{
				displayName: 'Bank Account',
				name: 'bankAccount',
				values: [
					// Juspay's account_details names it `account`.
					{ ...accountNumberField, name: 'account' },
					ifscField,
					{
						displayName: 'Account Holder Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. Asha Verma',
						description: 'Name of the customer on this bank account',
					},
				],
			},
			{
				displayName: 'UPI ID',
				name: 'upi',
				values: [
					vpaField,
				],
			},
		],
	},
	additionalFieldsCollection([
			{
				displayName: 'Bank Code',
				name: 'bankCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. JP_HDFC',
				description: 'Juspay bank code of the bank (bank_code); Juspay\'s reference lists it as mandatory for some setups',
			},
			{
				displayName: 'Gateway ID',
				name: 'gatewayId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 800',
				description: 'ID of the provider to validate through (gateway_ID)',
			},
			{
				displayName: 'Gateway Reference ID',
				name: 'gatewayReferenceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. testing',
				description: 'Reference to a specific gateway configuration (gateway_reference_ID)',
			},
			preferredGatewayField,
			routingIdField,
			validationAmountField,
		]),
];

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

/** The item's accounts and Additional Fields, checked by the schema. */
function accountsInput(ctx: IExecuteFunctions, itemIndex: number): z.output<typeof createAndValidateInput> {
	const accounts = ctx.getNodeParameter('accounts', itemIndex, {}) as { bankAccount?: IDataObject[]; upi?: IDataObject[] };
	return parseInput(
		ctx,
		itemIndex,
		createAndValidateInput,
		{
			customerId: ctx.getNodeParameter('customerId', itemIndex),
			bankAccounts: (accounts.bankAccount ?? []).map(presentFields),
			upiIds: (accounts.upi ?? []).map(presentFields),
			...presentFields(additionalFields(ctx, itemIndex)),
		},
		labels,
	);
}

/** The form body of POST /customers/{id}/accounts with these accounts (bank accounts first, as given). */
function accountsForm(
	command: 'create' | 'validate',
	input: z.output<typeof createAndValidateInput>,
	wanted: WantedAccount[],
): Array<[string, string]> {
	const bankAccounts = wanted.flatMap((account) => ('vpa' in account ? [] : [account]));
	const upiIds = wanted.flatMap((account) => ('vpa' in account ? [account] : []));
	const accountDetails: IDataObject = {};
	if (bankAccounts.length) {
		accountDetails.bank_account = bankAccounts.map(({ ifsc, account, name }) =>
			name === undefined ? { ifsc, account } : { ifsc, account, name },
		);
	}
	if (upiIds.length) accountDetails.upi = upiIds.map(({ vpa }) => ({ vpa }));

	const form: Array<[string, string]> = [
		['command', command],
		['customer_id', input.customerId],
		['account_details', JSON.stringify(accountDetails)],
	];
	if (input.bankCode !== undefined) form.push(['bank_code', input.bankCode]);
	if (input.gatewayId !== undefined) form.push(['gateway_id', input.gatewayId]);
	if (input.gatewayReferenceId !== undefined) form.push(['gateway_reference_id', input.gatewayReferenceId]);
	form.push(...validationFormFields(input));
	return form;
}

/** Juspay's answer to one account sent must hold one account, or it cannot be told which it is. */
function onlyOne(ctx: IExecuteFunctions, itemIndex: number, answer: IDataObject[]): IDataObject {
	if (answer.length === 1) return answer[0];
	const failure = { code: 'UNEXPECTED_RESPONSE', outcomeUnknown: true };
	const error = new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, {
		message: `Juspay answered with ${answer.length} customer accounts for the one sent`,
		itemIndex,
	});
	error.context.juspay = failure;
	throw error;
}
