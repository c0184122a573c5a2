import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { perRun } from '../../helpers/perRun';
import { asNodeError, type JuspayFailure } from '../../transport/errors';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { requestTimeout } from '../options';

/**
 * Calls on Juspay's payout beneficiary API, and the money rules around them.
 *
 * Juspay refuses a beneId it has seen (E05), which makes the beneId the
 * idempotency key of every benedetails POST. So when a POST's outcome is
 * unknown (timeout, reset, 5xx, unreadable answer) we ask Juspay about the
 * beneId before anything else: if it exists, that is the answer; if it does
 * not, the POST never landed and may be sent once more. A blind resend is
 * never made.
 */

/** Payout API version in the path: v1 (the reference) or v2 (Juspay's newer docs). */
export function payoutBase(ctx: IExecuteFunctions): string {
	const version = perRun(ctx, 'option:payoutApiVersion', () => ctx.getNodeParameter('options.payoutApiVersion', 0, 'v1')) === 'v2' ? 'v2' : 'v1';
	return `/payout/merchant/${version}`;
}

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
	/** On a repeated beneId (E05): fail, or return what Juspay already has. */
	ifExists: 'fail' | 'returnExisting';
}

/** Marks the node adds to a payout answer, next to Juspay's own fields. */
export interface RecoveryMarks {
	/** The beneId was already known to Juspay; this is its stored result. */
	alreadyExisted?: boolean;
	/** The POST's outcome was unknown; this answer came from a status check. */
	recoveredByStatusCheck?: boolean;
}

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
	const status = async () => await getBeneficiaryStatus.call(this, itemIndex, command.customerId, command.beneId);

	// A refused repeat (E05) means Juspay has this beneId: with "Return
	// Existing Result" that stored result is the answer, never a new request.
	const existingOr = async (error: unknown): Promise<IDataObject & RecoveryMarks> => {
		if (failureOf(error)?.code === 'E05' && command.ifExists === 'returnExisting') {
			const existing = await statusOrUndefined(this, itemIndex, status);
			if (existing) return { ...existing, alreadyExisted: true };
		}
		throw asNodeError(this.getNode(), error, itemIndex);
	};

	// "Return Existing Result" asks first (a free status read), so a re-run
	// sends no second validation request at all; E05 below covers a race.
	if (command.ifExists === 'returnExisting') {
		const existing = await statusOrUndefined(this, itemIndex, status);
		if (existing) return { ...existing, alreadyExisted: true };
	}

	let first: unknown;
	try {
		return await post();
	} catch (error) {
		first = error;
	}
	if (!failureOf(first)?.outcomeUnknown) return await existingOr(first);

	// The POST may or may not have reached Juspay: ask before doing anything.
	let known: IDataObject | undefined;
	try {
		known = await statusOrUndefined(this, itemIndex, status);
	} catch {
		// The status check failed too: report the original, unknown outcome.
		throw asNodeError(this.getNode(), first, itemIndex);
	}
	if (known) return { ...known, recoveredByStatusCheck: true };
	// Juspay has no such beneficiary: the POST never landed, one resend is safe.
	// Should it have landed late after all, Juspay refuses the repeat (E05).
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
	status: () => Promise<IDataObject>,
): Promise<IDataObject | undefined> {
	try {
		return await status();
	} catch (error) {
		const failure = failureOf(error);
		if (failure?.httpCode === 404 || failure?.code === 'E09') return undefined;
		throw asNodeError(ctx.getNode(), error, itemIndex);
	}
}

export function failureOf(error: unknown): JuspayFailure | undefined {
	const context = (error as { context?: { juspay?: JuspayFailure } } | undefined)?.context;
	return context?.juspay;
}
