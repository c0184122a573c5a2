import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { outputFields } from '../output';
import { customerAccountResults } from './accountResults';
import { fetchCustomerAccount } from '../customerAccountCalls';
import { accountReferenceFields, RESOURCE } from './fields';
import { accountReference } from './requestBody';

export const description = scoped(RESOURCE, 'get', accountReferenceFields(...outputFields));

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { customerId, customerAccountId, routingId } = accountReference(this, itemIndex);
	const account = await fetchCustomerAccount(this, itemIndex, { customerId, routingId }, customerAccountId);
	return await customerAccountResults.call(this, itemIndex, [{ account }], { customerId, routingId, validated: false });
}
