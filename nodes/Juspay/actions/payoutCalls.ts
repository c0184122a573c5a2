import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asNodeError, failureOf } from '../transport/errors';
import { apiPath } from '../transport/path';
import { juspayRequest } from '../transport/request';
import { juspayObjects } from '../transport/response';
import { payoutApiVersion, requestTimeout } from './options';

/**
 * Calls on Juspay's payout beneficiary API (Beneficiary and IFSC use it).
 * The money rules around them (the Beneficiary ID is Juspay's idempotency
 * key) are in money/beneficiaryRules.ts.
 */

/** Payout API version in the path: v1 (the reference) or v2 (Juspay's newer docs). */
function payoutBase(ctx: IExecuteFunctions): string {
	return `/payout/merchant/${payoutApiVersion(ctx)}`;
}

/** A free status read of one beneficiary. */
export async function getBeneficiaryStatus(
	this: IExecuteFunctions,
	itemIndex: number,
	customerId: string,
	beneId: string,
): Promise<IDataObject> {
	const response = await juspayRequest.call(
		this,
		{
			api: 'payout',
			method: 'GET',
			path: `${payoutBase(this)}${apiPath`/benedetails/${customerId}/${beneId}`}`,
			action: 'get the beneficiary status',
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return juspayObjects(this, itemIndex, response)[0];
}

/** One benedetails POST (validate, create, resolve or an IFSC lookup): Juspay's answer. */
export async function postBenedetails(
	this: IExecuteFunctions,
	itemIndex: number,
	call: { body: IDataObject; action: string; sendsValidation?: boolean },
): Promise<IDataObject> {
	const response = await juspayRequest.call(
		this,
		{
			api: 'payout',
			method: 'POST',
			path: `${payoutBase(this)}/benedetails`,
			action: call.action,
			sendsValidation: call.sendsValidation,
			json: call.body,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return juspayObjects(this, itemIndex, response, 'POST')[0];
}

/** The beneficiary, or undefined when Juspay says it does not exist (404 / E09). */
export async function beneficiaryOrUndefined(
	this: IExecuteFunctions,
	itemIndex: number,
	customerId: string,
	beneId: string,
): Promise<IDataObject | undefined> {
	try {
		return await getBeneficiaryStatus.call(this, itemIndex, customerId, beneId);
	} catch (error) {
		const failure = failureOf(error);
		if (failure?.httpCode === 404 || failure?.code === 'E09') return undefined;
		throw asNodeError(this.getNode(), error, itemIndex);
	}
}
