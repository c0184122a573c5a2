import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { IfExists } from '../money/customerAccountRules';

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
