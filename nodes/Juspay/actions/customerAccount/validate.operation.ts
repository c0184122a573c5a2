import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { labels, validateInput } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import { postValidateCustomerAccount } from '../customerAccountCalls';
import { validateSavedOnce } from '../money/customerAccountRules';
import { outputFields } from '../output';
import {
	customerAccountIdField,
	customerIdField,
	ifAlreadyValidated,
	ifAlreadyValidatedField,
	preferredGatewayField,
	RESOURCE,
	routingIdField,
	validationAmountField,
} from './fields';
import { validationFormFields } from './requestBody';
import { customerAccountResults } from './accountResults';

const fields: INodeProperties[] = [
	customerIdField,
	customerAccountIdField,
	...outputFields,
	ifAlreadyValidatedField,
	additionalFieldsCollection([preferredGatewayField, routingIdField, validationAmountField]),
];

export const description = scoped(RESOURCE, 'validate', fields);

/**
 * Validate a saved account: read it first (free) and, by default, return a
 * result Juspay already has instead of paying again (If Already Validated).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(this, itemIndex, validateInput, nodeInput(this, itemIndex, ['customerId', 'customerAccountId']), labels);
	const customer = { customerId: input.customerId, routingId: input.routingId ?? input.customerId };
	const send = async () => await postValidateCustomerAccount(this, itemIndex, customer, input.customerAccountId, validationFormFields(input));
	const account = await validateSavedOnce(this, itemIndex, customer, input.customerAccountId, ifAlreadyValidated(this, itemIndex), send);
	return await customerAccountResults.call(this, itemIndex, [{ account }], { ...customer, validated: true });
}
