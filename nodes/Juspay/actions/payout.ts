import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asNodeError, failureOf, isRepeatedBeneId } from '../transport/errors';
import { apiPath } from '../transport/path';
import { juspayRequest } from '../transport/request';
import { juspayObjects } from '../transport/response';
import { payoutApiVersion, requestTimeout } from './options';
import type { RecoveryMarks } from './results';

/**
 * Calls on Juspay's payout beneficiary API (Beneficiary and IFSC use it), and
 * the money rule around them.
 *
 * Juspay refuses a beneId it has seen (E05 "duplicate"), which makes the
 * beneId the idempotency key of every benedetails POST. So when a POST's
 * outcome is unknown (timeout, reset, 5xx, unreadable answer) we ask Juspay
 * about the beneId before anything else: if it exists, that is the answer;
 * if it does not, the POST never landed and may be sent once more. A blind
 * resend is never made.
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

export interface BeneficiaryCommand {
	customerId: string;
	beneId: string;
	body: IDataObject;
	action: string;
	/** Whether this command asks for a validation (may cost a penny drop). */
	sendsValidation?: boolean;
	/** On a repeated beneId (E05 duplicate): fail, or return what Juspay already has. */
	ifExists: 'fail' | 'returnExisting';
}

/**
 * One benedetails POST that Juspay carries out at most once: with Return
 * Existing the beneId is looked up first; a lost answer is recovered by
 * status; a repeated beneId returns the stored result when asked to.
 */
export async function sendBeneficiaryCommand(
	this: IExecuteFunctions,
	itemIndex: number,
	command: BeneficiaryCommand,
): Promise<IDataObject & RecoveryMarks> {
	const post = async () =>
		juspayObjects(
			this,
			itemIndex,
			await juspayRequest.call(
				this,
				{
					api: 'payout',
					method: 'POST',
					path: `${payoutBase(this)}/benedetails`,
					action: command.action,
					sendsValidation: command.sendsValidation,
					json: command.body,
					timeoutMs: requestTimeout(this),
				},
				itemIndex,
			),
		)[0];
	const status = async () => await statusOrUndefined(this, itemIndex, command);

	// "Return Existing Result" asks first (a free status read), so a re-run
	// sends no second validation request at all; E05 below covers a race.
	if (command.ifExists === 'returnExisting') {
		const existing = await status();
		if (existing) return { ...existing, alreadyExisted: true };
	}
	return await recoverByStatus(this, itemIndex, command, post, status);
}

/**
 * Sends `post`; when its outcome is unknown, the status read decides: the
 * stored beneficiary is the answer, or (none) the POST never landed and is
 * sent once more. Should it have landed late after all, Juspay refuses the
 * repeat (E05), and with Return Existing that stored result is the answer.
 */
async function recoverByStatus(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: BeneficiaryCommand,
	post: () => Promise<IDataObject>,
	status: () => Promise<IDataObject | undefined>,
): Promise<IDataObject & RecoveryMarks> {
	const existingOr = async (error: unknown): Promise<IDataObject & RecoveryMarks> => {
		if (isRepeatedBeneId(failureOf(error)) && command.ifExists === 'returnExisting') {
			const existing = await status();
			if (existing) return { ...existing, alreadyExisted: true };
		}
		throw asNodeError(ctx.getNode(), error, itemIndex);
	};

	let first: unknown;
	try {
		return await post();
	} catch (error) {
		first = error;
	}
	if (!failureOf(first)?.outcomeUnknown) return await existingOr(first);

	let known: IDataObject | undefined;
	try {
		known = await status();
	} catch {
		// The status read failed too: report the original, unknown outcome.
		throw asNodeError(ctx.getNode(), first, itemIndex);
	}
	if (known) return { ...known, recoveredByStatusCheck: true };
	try {
		return await post();
	} catch (error) {
		return await existingOr(error);
	}
}

/** The beneficiary, or undefined when Juspay says it does not exist (404 / E09). */
async function statusOrUndefined(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: Pick<BeneficiaryCommand, 'customerId' | 'beneId'>,
): Promise<IDataObject | undefined> {
	try {
		return await getBeneficiaryStatus.call(ctx, itemIndex, command.customerId, command.beneId);
	} catch (error) {
		const failure = failureOf(error);
		if (failure?.httpCode === 404 || failure?.code === 'E09') return undefined;
		throw asNodeError(ctx.getNode(), error, itemIndex);
	}
}
