import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { getAllInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { outputFields } from '../output';
import { customerAccountResults } from './accountResults';
import { listCustomerAccounts } from '../customerAccountCalls';
import { customerIdField, RESOURCE, routingIdField } from './fields';

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
	...outputFields,
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
	const routingId = input.routingId ?? input.customerId;
	const accounts = await listCustomerAccounts(this, itemIndex, { customerId: input.customerId, routingId });
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	// Juspay documents no paging for this list: it answers with every account,
	// so Limit is applied here.
	const selected = returnAll ? accounts : accounts.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number);
	return await customerAccountResults.call(this, itemIndex, selected.map((account) => ({ account })), {
		customerId: input.customerId,
		routingId,
		validated: false,
	});
}
