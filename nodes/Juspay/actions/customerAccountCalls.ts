import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiPath } from '../transport/path';
import { juspayRequest } from '../transport/request';
import { juspayObjects } from '../transport/response';
import { requestTimeout } from './options';

/**
 * Calls on Juspay's Express Checkout customer-account API (form bodies, the
 * `x-routing-id` header), for the Customer Account operations and their
 * money rules (money/customerAccountRules.ts). Each returns Juspay's objects.
 */

/** Whose accounts: the Customer ID, and the routing ID sent with every call for that customer. */
export interface Customer {
	customerId: string;
	routingId: string;
}

/** Reads one customer account (free: no penny drop). */
export async function fetchCustomerAccount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	customer: Customer,
	customerAccountId: string,
): Promise<IDataObject> {
	const response = await juspayRequest.call(
		ctx,
		{
			api: 'customerAccounts',
			method: 'GET',
			path: apiPath`/customers/${customer.customerId}/customer-accounts/${customerAccountId}`,
			action: 'get the customer account',
			routingId: customer.routingId,
			timeoutMs: requestTimeout(ctx),
		},
		itemIndex,
	);
	return juspayObjects(ctx, itemIndex, response)[0];
}

/** Every account Juspay lists for a customer (free). */
export async function listCustomerAccounts(ctx: IExecuteFunctions, itemIndex: number, customer: Customer): Promise<IDataObject[]> {
	const response = await juspayRequest.call(
		ctx,
		{
			api: 'customerAccounts',
			method: 'GET',
			path: apiPath`/customers/${customer.customerId}/customer-accounts/list`,
			action: 'list the customer accounts',
			routingId: customer.routingId,
			timeoutMs: requestTimeout(ctx),
		},
		itemIndex,
	);
	const accounts = accountsIn(response);
	if (accounts === undefined) {
		throw new NodeApiError(
			ctx.getNode(),
			{ code: 'UNEXPECTED_RESPONSE' },
			{ message: 'Juspay\'s list of customer accounts was not in a shape this node knows', itemIndex },
		);
	}
	return accounts;
}

/** POST /customers/{id}/accounts: `command=create` (free) or `validate` (a penny drop per bank account). */
export async function postCustomerAccounts(
	ctx: IExecuteFunctions,
	itemIndex: number,
	customer: Customer,
	form: Array<[string, string]>,
	command: 'create' | 'validate',
): Promise<IDataObject[]> {
	const response = await juspayRequest.call(
		ctx,
		{
			api: 'customerAccounts',
			method: 'POST',
			path: apiPath`/customers/${customer.customerId}/accounts`,
			action: command === 'validate' ? 'create and validate the customer account' : 'create the customer accounts',
			sendsValidation: command === 'validate',
			form,
			routingId: customer.routingId,
			timeoutMs: requestTimeout(ctx),
		},
		itemIndex,
	);
	return juspayObjects(ctx, itemIndex, response, 'POST');
}

/** POST …/customer-accounts/{id}/validate: a penny drop for a bank account. */
export async function postValidateCustomerAccount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	customer: Customer,
	customerAccountId: string,
	form: Array<[string, string]>,
): Promise<IDataObject> {
	const response = await juspayRequest.call(
		ctx,
		{
			api: 'customerAccounts',
			method: 'POST',
			path: apiPath`/customers/${customer.customerId}/customer-accounts/${customerAccountId}/validate`,
			action: 'validate the customer account',
			sendsValidation: true,
			form: form.length ? form : undefined,
			routingId: customer.routingId,
			timeoutMs: requestTimeout(ctx),
		},
		itemIndex,
	);
	return juspayObjects(ctx, itemIndex, response, 'POST')[0];
}

/**
 * The accounts in Juspay's list answer. Juspay's reference does not show its
 * shape, so a bare array and the usual envelopes (`list`, `customer_accounts`,
 * `data`) are all read.
 */
function accountsIn(response: unknown): IDataObject[] | undefined {
	const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
	if (Array.isArray(response)) return response.filter(isObject);
	if (!isObject(response)) return undefined;
	for (const key of ['list', 'customer_accounts', 'data']) {
		const value = response[key];
		if (Array.isArray(value)) return value.filter(isObject);
	}
	return undefined;
}
