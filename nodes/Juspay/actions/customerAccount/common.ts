import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { getInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';

export const RESOURCE = 'customerAccount';

export const customerIdField: INodeProperties = {
	displayName: 'Customer ID',
	name: 'customerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. cst_zqqmw0v4exbhvv2l',
	description: 'Juspay customer the account belongs to',
};

export const customerAccountIdField: INodeProperties = {
	displayName: 'Customer Account ID',
	name: 'customerAccountId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. banh_kGvx5TGUmkRVC2dH',
	description: 'ID Juspay gave the account when it was created',
};

export const routingIdField: INodeProperties = {
	displayName: 'Routing ID',
	name: 'routingId',
	type: 'string',
	default: '',
	placeholder: 'e.g. customer_1122',
	description:
		'Sent in the X-Routing-ID header. Defaults to the Customer ID, as Juspay recommends; if you override it, use the same value on every call for this customer.',
};

export const preferredGatewayField: INodeProperties = {
	displayName: 'Preferred Validation Gateway',
	name: 'preferredValidationGateway',
	type: 'string',
	default: '',
	placeholder: 'e.g. CFGEN',
	description: 'Gateway Juspay should use for the penny drop or VPA check',
};

export const validationAmountField: INodeProperties = {
	displayName: 'Validation Amount',
	name: 'validationAmount',
	type: 'number',
	typeOptions: { minValue: 0.01, numberPrecision: 2 },
	default: 1,
	description: 'Rupees deposited by the penny drop (Juspay\'s default is ₹1)',
};

/** Form fields for the optional validation settings, only those set. */
export function validationFormFields(input: {
	preferredValidationGateway?: string;
	validationAmount?: string;
}): Array<[string, string]> {
	const fields: Array<[string, string]> = [];
	if (input.preferredValidationGateway !== undefined) {
		fields.push(['preferred_ifsc_validation_gateway', input.preferredValidationGateway]);
	}
	if (input.validationAmount !== undefined) fields.push(['validation_amount', input.validationAmount]);
	return fields;
}


/** The fields that name one saved account, for Get and Delete; `extra` goes before Additional Fields. */
export function accountReferenceFields(...extra: INodeProperties[]): INodeProperties[] {
	return [customerIdField, customerAccountIdField, ...extra, additionalFieldsCollection([routingIdField])];
}

/** The checked Customer ID, Customer Account ID and routing ID of one item. */
export function accountReference(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { customerId: string; customerAccountId: string; routingId: string } {
	const input = parseInput(ctx, itemIndex, getInput, nodeInput(ctx, itemIndex, ['customerId', 'customerAccountId']), labels);
	return { ...input, routingId: input.routingId ?? input.customerId };
}
