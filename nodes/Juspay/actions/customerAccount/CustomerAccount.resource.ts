import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as create from './create.operation';
import * as createAndValidate from './createAndValidate.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as validate from './validate.operation';

/**
 * Operation values are stored in users' workflows: never rename them. Actions
 * say "checkout customer" (Juspay's Express Checkout API): n8n's node creator
 * lists them beside the Payout beneficiary actions.
 */
export const operations: Record<string, Operation> = {
	create,
	createAndValidate,
	delete: deleteOperation,
	get,
	getAll,
	validate,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customerAccount'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Save bank accounts or UPI IDs for a customer without validating them. Free: no penny drop. Returns one item per account with validation_status CREATED.',
				action: 'Save a bank account or UPI ID of a checkout customer without validating',
			},
			{
				name: 'Create and Validate',
				value: 'createAndValidate',
				description:
					'Save bank accounts or UPI IDs for a customer and validate them. Costs one penny drop per bank account; returns one item per account with its validation_status.',
				action: 'Save and validate a bank account or UPI ID of a checkout customer',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a saved customer account. Free. Returns status DELETED.',
				action: 'Delete a saved customer account',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					'Read a customer account and its current validation_status (ACTIVE, PENDING, FAILURE, CREATED). Free: no penny drop.',
				action: 'Get a saved checkout customer account and its validation status',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List a customer\'s saved accounts, one item each. Free: no penny drop.',
				action: 'Get many customer accounts',
			},
			{
				name: 'Validate Saved Account Again',
				value: 'validate',
				description:
					'Validate a saved customer account again. Costs one penny drop for a bank account; returns the account with its validation_status.',
				action: 'Validate a saved checkout customer account again',
			},
		],
		default: 'createAndValidate',
	},
	...createAndValidate.description,
	...create.description,
	...validate.description,
	...get.description,
	...getAll.description,
	...deleteOperation.description,
];
