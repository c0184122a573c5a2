import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { requestTimeout } from '../options';
import { accountReferenceFields, RESOURCE } from './fields';
import { accountReference } from './requestBody';

export const description = scoped(RESOURCE, 'delete', accountReferenceFields());

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { customerId, customerAccountId, routingId } = accountReference(this, itemIndex);
	const response = await juspayRequest.call(
		this,
		{
			api: 'customerAccounts',
			method: 'POST',
			path: apiPath`/customers/${customerId}/customer-accounts/${customerAccountId}`,
			action: 'delete the customer account',
			form: [['command', 'delete']],
			routingId,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return juspayObjects(this, itemIndex, response, 'POST');
}
