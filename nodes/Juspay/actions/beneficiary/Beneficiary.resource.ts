import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as resolve from './resolve.operation';
import * as validate from './validate.operation';

/** Operation values are stored in users' workflows: never rename them. */
export const operations: Record<string, Operation> = { resolve, validate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['beneficiary'] } },
		options: [
			{
				name: 'Resolve',
				value: 'resolve',
				description:
					'Find the primary UPI ID (VPA) linked to a mobile number. No penny drop; returns resolvedVpa, nameAtBank and status.',
				action: 'Resolve a mobile number to a UPI ID',
			},
			{
				name: 'Validate',
				value: 'validate',
				description:
					'Create a beneficiary and validate its bank account (a ₹1 penny drop) or UPI ID. Returns status (VALID, INVALID, PENDING, ...), nameAtBank and remark.',
				action: 'Validate a beneficiary',
			},
		],
		default: 'validate',
	},
	...validate.description,
	...resolve.description,
];
