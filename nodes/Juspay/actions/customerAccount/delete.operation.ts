import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { getInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { requestTimeout } from '../options';
import { customerAccountIdField, customerIdField, RESOURCE, routingIdField } from './common';

const fields: INodeProperties[] = [
	customerIdField,
	customerAccountIdField,
	additionalFieldsCollection([routingIdField]),
];

export const description = scoped(RESOURCE, 'delete', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		getInput,
		nodeInput(this, itemIndex, ['customerId', 'customerAccountId']),
		labels,
	);
	const response = await juspayRequest.call(
		this,
		{
			api: 'customerAccounts',
			method: 'POST',
			path: apiPath`/customers/${input.customerId}/customer-accounts/${input.customerAccountId}`,
			action: 'delete the customer account',
			form: [['command', 'delete']],
			routingId: input.routingId ?? input.customerId,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return juspayObjects(this, itemIndex, response);
}
