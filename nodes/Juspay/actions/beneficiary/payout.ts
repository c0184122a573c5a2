import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { DERIVED_ID_ATTEMPTS, derivedBeneId, type DerivedIdParts } from '../../helpers/derivedId';
import { perRun } from '../../helpers/perRun';
import { asNodeError, isRepeatedBeneId, type JuspayFailure } from '../../transport/errors';
import { apiPath } from '../../transport/path';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { requestTimeout } from '../options';
import { oncePerRun } from '../sameDetails';

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
	/** An earlier item of this run had the same details; this is its answer, nothing was sent for this item. */
	sameAsItem?: number;
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
		if (isRepeatedBeneId(failureOf(error)) && command.ifExists === 'returnExisting') {
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

/**
 * Validate, Create and Resolve send through here: with a typed Beneficiary ID
 * exactly as before (If Beneficiary Already Exists decides), with none under
 * the ID derived from the details. Returns Juspay's answer and the ID used.
 */
export async function sendBeneficiary(
	this: IExecuteFunctions,
	itemIndex: number,
	typedBeneId: string | undefined,
	command: Omit<BeneficiaryCommand, 'beneId'>,
	parts: DerivedIdParts,
): Promise<{ bene: IDataObject & RecoveryMarks; beneId: string }> {
	if (typedBeneId === undefined) return await sendWithDerivedId.call(this, itemIndex, command, parts);
	const bene = await sendBeneficiaryCommand.call(this, itemIndex, { ...command, beneId: typedBeneId });
	return { bene, beneId: typedBeneId };
}

/**
 * Sends a command under the Beneficiary ID derived from its details (the user
 * typed none), so the same details never pay twice:
 * - the derived ID is looked up first (Return Existing Result): a verdict or
 *   a still-pending validation is the answer, and nothing is sent;
 * - a stored result without a verdict (ERROR, or a FAILURE with no top-level
 *   status: Juspay needs a new ID to retry) moves on to the next derived ID
 *   (`…_2`, then `…_3`), which is looked up and sent the same way; the last
 *   one's result stands;
 * - rows of one run with the same details share this whole exchange.
 * Returns Juspay's answer and the ID it belongs to.
 */
async function sendWithDerivedId(
	this: IExecuteFunctions,
	itemIndex: number,
	command: Omit<BeneficiaryCommand, 'beneId' | 'ifExists'>,
	parts: DerivedIdParts,
): Promise<{ bene: IDataObject & RecoveryMarks; beneId: string }> {
	const send = async () => {
		for (let attempt = 1; ; attempt++) {
			const beneId = derivedBeneId(parts, attempt);
			const bene = await sendBeneficiaryCommand.call(this, itemIndex, {
				...command,
				beneId,
				body: { ...command.body, beneId },
				ifExists: 'returnExisting',
			});
			if (!(bene.alreadyExisted && endedWithoutVerdict(bene)) || attempt === DERIVED_ID_ATTEMPTS) return { bene, beneId };
		}
	};
	const { value, sameAsItem } = await oncePerRun(this, itemIndex, derivedBeneId(parts), send);
	if (sameAsItem === undefined) return value;
	return { ...value, bene: { ...value.bene, alreadyExisted: true, sameAsItem } };
}

/** Juspay finished without a verdict: only a new Beneficiary ID can try again. */
function endedWithoutVerdict(bene: IDataObject): boolean {
	const status = typeof bene.status === 'string' ? bene.status.toUpperCase() : undefined;
	if (status !== undefined) return status === 'ERROR';
	const validateResp = bene.validateResp as IDataObject | undefined;
	return String(validateResp?.status ?? '').toUpperCase() === 'FAILURE';
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
