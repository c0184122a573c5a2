import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { getAllInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { requestTimeout } from '../options';
import { customerAccountResults, simplifyField } from '../results';
import { customerIdField, RESOURCE, routingIdField } from './common';

const fields: INodeProperties[] = [
	customerIdField,
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	simplifyField,
	additionalFieldsCollection([routingIdField]),
];

export const description = scoped(RESOURCE, 'getAll', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		getAllInput,
		nodeInput(this, itemIndex, ['customerId']),
		labels,
	);
	const response = await juspayRequest.call(
		this,
		{
			api: 'customerAccounts',
			method: 'GET',
			path: apiPath`/customers/${input.customerId}/customer-accounts/list`,
			action: 'list the customer accounts',
			routingId: input.routingId ?? input.customerId,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	const accounts = accountsIn(response);
	if (accounts === undefined) {
		throw new NodeApiError(
			this.getNode(),
			{ code: 'UNEXPECTED_RESPONSE' },
			{ message: 'Juspay\'s list of customer accounts was not in a shape this node knows', itemIndex },
		);
	}
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	// Juspay documents no paging for this list: it answers with every account,
	// so Limit is applied here.
	const selected = returnAll ? accounts : accounts.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number);
	return await customerAccountResults.call(this, itemIndex, selected, {
		customerId: input.customerId,
		routingId: input.routingId ?? input.customerId,
		validated: false,
	});
}

/**
 * The accounts in Juspay's list answer. Juspay's reference does not show its
 * shape, so a bare array and the usual envelopes (`list`, `customer_accounts`,
 * `data`) are all read.
 */
export function accountsIn(response: unknown): IDataObject[] | undefined {
	const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
	if (Array.isArray(response)) return response.filter(isObject);
	if (!isObject(response)) return undefined;
	for (const key of ['list', 'customer_accounts', 'data']) {
		const value = response[key];
		if (Array.isArray(value)) return value.filter(isObject);
	}
	return undefined;
}
