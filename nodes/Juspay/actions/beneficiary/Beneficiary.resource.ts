import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as create from './create.operation';
import * as getStatus from './getStatus.operation';
import * as resolve from './resolve.operation';
import * as validate from './validate.operation';

/**
 * Operation values are stored in users' workflows: never rename them. Names and
 * actions say what each does and that this is Juspay's Payout API: n8n's node
 * creator lists the actions of all resources side by side.
 */
export const operations: Record<string, Operation> = { create, getStatus, resolve, validate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['beneficiary'] } },
		options: [
			{
				name: 'Create Without Validating',
				value: 'create',
				description: 'Register a beneficiary without validating it. Free: no penny drop. Returns status CREATED.',
				action: 'Create a payout beneficiary without validating it',
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				description:
					'Read the current result of an earlier validation by its Beneficiary ID. Free: no penny drop. Use it for PENDING or TIMEOUT results.',
				action: 'Get the validation status of a payout beneficiary',
			},
			{
				name: 'Resolve Mobile Number to UPI ID',
				value: 'resolve',
				description:
					'Find the primary UPI ID (VPA) linked to a mobile number. No penny drop; returns resolvedVpa, nameAtBank and status.',
				action: 'Find the UPI ID of a mobile number',
			},
			{
				name: 'Validate Bank Account or UPI ID',
				value: 'validate',
				description:
					'Create a beneficiary and validate its bank account (a ₹1 penny drop) or UPI ID (no penny drop). Returns valid, status (VALID, INVALID, PENDING, ERROR), nameAtBank and reason.',
				action: 'Validate a bank account or UPI ID before a payout',
			},
		],
		default: 'validate',
	},
	...validate.description,
	...create.description,
	...getStatus.description,
	...resolve.description,
];
