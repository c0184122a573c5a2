import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../helpers/description';
import { accountNumberField, ifscField, vpaField } from '../accountFields';
import type { IfExists } from '../money/customerAccountRules';

/** The Customer Account resource's fields, as the editor shows them; what is sent is built in requestBody.ts. */

export const RESOURCE = 'customerAccount';

export const customerIdField: INodeProperties = {
	displayName: 'Customer ID',
	name: 'customerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. cst_zqqmw0v4exbhvv2l',
	description: 'Juspay customer the account belongs to',
};

export const customerAccountIdField: INodeProperties = {
	displayName: 'Customer Account ID',
	name: 'customerAccountId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. banh_kGvx5TGUmkRVC2dH',
	description: 'ID Juspay gave the account when it was created',
};

export const routingIdField: INodeProperties = {
	displayName: 'Routing ID',
	name: 'routingId',
	type: 'string',
	default: '',
	placeholder: 'e.g. customer_1122',
	description:
		'Sent in the X-Routing-ID header. Defaults to the Customer ID, as Juspay recommends; if you override it, use the same value on every call for this customer.',
};

export const preferredGatewayField: INodeProperties = {
	displayName: 'Preferred Validation Gateway',
	name: 'preferredValidationGateway',
	type: 'string',
	default: '',
	placeholder: 'e.g. CFGEN',
	description: 'Gateway Juspay should use for the penny drop or VPA check',
};

export const validationAmountField: INodeProperties = {
	displayName: 'Validation Amount',
	name: 'validationAmount',
	type: 'number',
	typeOptions: { minValue: 0.01, numberPrecision: 2 },
	default: 1,
	description: 'Rupees deposited by the penny drop (Juspay\'s default is ₹1)',
};

/** Create and Create and Validate: the customer and its accounts (one output item each). */
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

/** The fields that name one saved account, for Get and Delete; `extra` goes before Additional Fields. */
export function accountReferenceFields(...extra: INodeProperties[]): INodeProperties[] {
	return [customerIdField, customerAccountIdField, ...extra, additionalFieldsCollection([routingIdField])];
}

/**
 * What to do when Juspay already has the account (money/customerAccountRules.ts):
 * Return Existing (the default) reads first (free) and returns a validated or
 * validating account as it is; the other choice pays for a fresh check on purpose.
 */

/** Create and Validate → If Account Already Exists. */
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
				'List the customer\'s accounts first (free) and return a saved account with the same account number or UPI ID that Juspay has validated or is validating, instead of paying for it again; only new accounts are sent',
		},
	],
	default: 'returnExisting',
	description: 'What to do when the customer already has an account with the same account number or UPI ID',
};

/** Validate → If Already Validated. */
export const ifAlreadyValidatedField: INodeProperties = {
	displayName: 'If Already Validated',
	name: 'ifAlreadyValidated',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Return Existing Result',
			value: 'returnExisting',
			description:
				'Read the account first (free): if Juspay has validated it (ACTIVE, FAILURE) or is validating it (PENDING), return that and pay nothing; only an account never validated is sent',
		},
		{
			name: 'Validate Again',
			value: 'validateAgain',
			description: 'Pay for a fresh check (a new penny drop for a bank account), even if the account was validated before',
		},
	],
	default: 'returnExisting',
	description: 'What to do when Juspay has already validated this account, or is validating it',
};

export function ifAccountExists(ctx: IExecuteFunctions, itemIndex: number): IfExists {
	return ctx.getNodeParameter('ifAccountExists', itemIndex, 'returnExisting') === 'createAgain' ? 'validateAgain' : 'returnExisting';
}

export function ifAlreadyValidated(ctx: IExecuteFunctions, itemIndex: number): IfExists {
	return ctx.getNodeParameter('ifAlreadyValidated', itemIndex, 'returnExisting') === 'validateAgain' ? 'validateAgain' : 'returnExisting';
}
