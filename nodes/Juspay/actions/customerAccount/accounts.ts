import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { z } from 'zod';

import { additionalFieldsCollection } from '../../helpers/description';
import { accountNumberField, ifscField, vpaField } from '../accountFields';
import { additionalFields, presentFields } from '../../helpers/parameters';
import { createAndValidateInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { assertKnownBanks } from '../bankCheck';
import { requestTimeout } from '../options';
import { nameSentFor, type WantedAccount } from './accountKey';
import {
	customerIdField,
	preferredGatewayField,
	routingIdField,
	validationAmountField,
	validationFormFields,
} from './common';
import { returnExistingOn, withExistingAccounts, type SentAccount } from './existingAccounts';
import { recoverByList } from './recoverByList';
import { customerAccountResults } from './results';

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
 * one item: read and check the accounts, then send them. Create and Validate
 * sends each account at most once: by default an account the customer
 * already has is returned instead (existingAccounts.ts), and a lost answer
 * is recovered from the customer's list (recoverByList.ts).
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
	if (command === 'create') return await sendAccounts.call(this, itemIndex, 'create', input, wanted, customer.routingId);

	const validateNew = async (accounts: WantedAccount[], before?: IDataObject[]) => {
		const post = async () => await sendAccounts.call(this, itemIndex, 'validate', input, accounts, customer.routingId);
		return await recoverByList.call(this, itemIndex, customer, accounts, before, post);
	};
	const sent: SentAccount[] = returnExistingOn(this, itemIndex)
		? await withExistingAccounts.call(this, itemIndex, customer, wanted, validateNew)
		: (await validateNew(wanted)).map((account) => ({ account, nameSent: nameSentFor(wanted, account) }));

	return await customerAccountResults.call(this, itemIndex, sent, {
		...customer,
		validated: true,
		givenNames: new Map(input.bankAccounts.flatMap(({ account, name }) => (name ? [[account, name] as const] : []))),
	});
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

/** One POST /customers/{id}/accounts with these accounts (bank accounts first, as given). */
async function sendAccounts(
	this: IExecuteFunctions,
	itemIndex: number,
	command: 'create' | 'validate',
	input: z.output<typeof createAndValidateInput>,
	wanted: WantedAccount[],
	routingId: string,
): Promise<IDataObject[]> {
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

	const response = await juspayRequest.call(
		this,
		{
			api: 'customerAccounts',
			method: 'POST',
			path: apiPath`/customers/${input.customerId}/accounts`,
			action: command === 'validate' ? 'create and validate the customer accounts' : 'create the customer accounts',
			sendsValidation: command === 'validate',
			form,
			routingId,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return juspayObjects(this, itemIndex, response);
}
