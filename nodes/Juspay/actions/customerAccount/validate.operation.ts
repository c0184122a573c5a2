import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { labels, validateInput } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { requestTimeout } from '../options';
import { outputFields } from '../output';
import { customerAccountResults } from './results';
import {
	customerAccountIdField,
	customerIdField,
	preferredGatewayField,
	RESOURCE,
	routingIdField,
	validationAmountField,
	validationFormFields,
} from './common';

const fields: INodeProperties[] = [
	customerIdField,
	customerAccountIdField,
	...outputFields,
	additionalFieldsCollection([preferredGatewayField, routingIdField, validationAmountField]),
];

export const description = scoped(RESOURCE, 'validate', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		validateInput,
		nodeInput(this, itemIndex, ['customerId', 'customerAccountId']),
		labels,
	);
	const form = validationFormFields(input);
	const routingId = input.routingId ?? input.customerId;
	const response = await juspayRequest.call(
		this,
		{
			api: 'customerAccounts',
			method: 'POST',
			path: apiPath`/customers/${input.customerId}/customer-accounts/${input.customerAccountId}/validate`,
			action: 'validate the customer account',
			sendsValidation: true,
			form: form.length ? form : undefined,
			routingId,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return await customerAccountResults.call(this, itemIndex, juspayObjects(this, itemIndex, response).map((account) => ({ account })), {
		customerId: input.customerId,
		routingId,
		validated: true,
	});
}
