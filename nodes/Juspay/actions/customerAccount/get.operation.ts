import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { getInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { customerAccountResults, simplifyField } from '../results';
import { customerAccountIdField, customerIdField, fetchCustomerAccount, RESOURCE, routingIdField } from './common';

const fields: INodeProperties[] = [
	customerIdField,
	customerAccountIdField,
	simplifyField,
	additionalFieldsCollection([routingIdField]),
];

export const description = scoped(RESOURCE, 'get', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		getInput,
		nodeInput(this, itemIndex, ['customerId', 'customerAccountId']),
		labels,
	);
	const routingId = input.routingId ?? input.customerId;
	const account = await fetchCustomerAccount.call(this, itemIndex, input.customerId, input.customerAccountId, routingId);
	return await customerAccountResults.call(this, itemIndex, [account], {
		customerId: input.customerId,
		routingId,
		validated: false,
	});
}
