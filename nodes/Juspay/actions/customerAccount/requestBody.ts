import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { z } from 'zod';

import { additionalFields, nodeInput, presentFields } from '../../helpers/parameters';
import { createAndValidateInput, getInput, labels } from '../../schemas/customerAccount';
import { parseInput } from '../../schemas/parse';
import type { WantedAccount } from '../money/sameAccount';

/**
 * What exactly is sent for the Customer Account operations (Express
 * Checkout: form bodies, `x-routing-id` = the Routing ID, else the Customer
 * ID). Each field is checked and cleaned by schemas/customerAccount.ts first.
 *
 * Create / Create and Validate: POST /customers/{customer_id}/accounts with
 *   command            create, or validate (a penny drop per bank account)
 *   customer_id        as typed (an ID: letters, digits, _ - . : @ +)
 *   account_details    JSON text: {"bank_account":[{ifsc, account, name?}], "upi":[{vpa}]}
 *                      IFSC upper-cased, account as text (leading zeros kept)
 *   bank_code, gateway_id, gateway_reference_id   only when set
 *   preferred_ifsc_validation_gateway, validation_amount   only when set
 * Validate: POST …/customer-accounts/{customer_account_id}/validate with the
 *   last two only (no body without them).
 * Get, Get Many, Delete: the IDs in the path (URL-encoded), Delete with
 *   command=delete.
 */

/** The item's accounts and Additional Fields, checked by the schema. */
export function accountsInput(ctx: IExecuteFunctions, itemIndex: number): z.output<typeof createAndValidateInput> {
	const accounts = ctx.getNodeParameter('accounts', itemIndex, {}) as { bankAccount?: IDataObject[]; upi?: IDataObject[] };
	return parseInput(
		ctx,
		itemIndex,
		createAndValidateInput,
		{
			customerId: ctx.getNodeParameter('customerId', itemIndex),
			bankAccounts: (accounts.bankAccount ?? []).map(presentFields),
			upiIds: (accounts.upi ?? []).map(presentFields),
			...presentFields(additionalFields(ctx, itemIndex)),
		},
		labels,
	);
}

/** The form body of POST /customers/{id}/accounts with these accounts (bank accounts first, as given). */
export function accountsForm(
	command: 'create' | 'validate',
	input: z.output<typeof createAndValidateInput>,
	wanted: WantedAccount[],
): Array<[string, string]> {
	const bankAccounts = wanted.flatMap((account) => ('vpa' in account ? [] : [account]));
	const upiIds = wanted.flatMap((account) => ('vpa' in account ? [account] : []));
	const accountDetails: IDataObject = {};
	if (bankAccounts.length) {
		accountDetails.bank_account = bankAccounts.map(({ ifsc, account, name }) =>
			name === undefined ? { ifsc, account } : { ifsc, account, name },
		);
	}
	if (upiIds.length) accountDetails.upi = upiIds.map(({ vpa }) => ({ vpa }));

	const form: Array<[string, string]> = [
		['command', command],
		['customer_id', input.customerId],
		['account_details', JSON.stringify(accountDetails)],
	];
	if (input.bankCode !== undefined) form.push(['bank_code', input.bankCode]);
	if (input.gatewayId !== undefined) form.push(['gateway_id', input.gatewayId]);
	if (input.gatewayReferenceId !== undefined) form.push(['gateway_reference_id', input.gatewayReferenceId]);
	form.push(...validationFormFields(input));
	return form;
}

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


/** The checked Customer ID, Customer Account ID and routing ID of one item. */
export function accountReference(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { customerId: string; customerAccountId: string; routingId: string } {
	const input = parseInput(ctx, itemIndex, getInput, nodeInput(ctx, itemIndex, ['customerId', 'customerAccountId']), labels);
	return { ...input, routingId: input.routingId ?? input.customerId };
}
