import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as lookup from './lookup.operation';

/** Operation values are stored in users' workflows: never rename them. */
export const operations: Record<string, Operation> = { lookup };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ifsc'] } },
		options: [
			{
				name: 'Look Up',
				value: 'lookup',
				description: 'Get the bank, branch, MICR and which rails (IMPS, NEFT, RTGS, UPI) are live for an IFSC. Free: no penny drop.',
				action: 'Look up a bank branch by IFSC',
			},
		],
		default: 'lookup',
	},
	...lookup.description,
];
