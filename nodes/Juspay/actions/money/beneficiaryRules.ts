import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';

import { DERIVED_ID_ATTEMPTS, derivedBeneId, type DerivedIdParts } from '../../helpers/derivedId';
import { beneficiaryStatus, meaningOf } from '../../helpers/status';
import { asNodeError, failureOf, isRepeatedBeneId } from '../../transport/errors';
import { beneficiaryOrUndefined, postBenedetails } from '../payoutCalls';
import type { RecoveryMarks } from '../resultMarks';
import { payOnce, withPaidMarks, type Paid } from './payOnce';
import { readOrSend } from './readOrSend';

/**
 * The money rules of Beneficiaries (Payout API). Juspay refuses a
 * Beneficiary ID it has seen (`E05`, "Duplicate BeneId."), so the
 * Beneficiary ID is the idempotency key of every benedetails POST:
 * - **a lost reply** (timeout, reset, 5xx, unreadable answer): the status by
 *   Beneficiary ID decides. Found: that is the answer. Not found: the POST
 *   never landed and is sent once more; should it have landed late after
 *   all, Juspay refuses the repeat;
 * - **E05 after the node's own earlier try** (its resend, or an earlier run of
 *   this execution, e.g. n8n's Retry On Fail): the stored result is the
 *   answer, whatever If Beneficiary Already Exists says: the try was ours;
 * - **a derived ID** (the Beneficiary ID left empty), or a typed one with
 *   Return Existing Result: a stored result is the answer, found by a read
 *   first or by Juspay refusing the send as a repeat, whichever the run has
 *   found cheaper (readOrSend.ts). Under a derived ID a stored result with
 *   no verdict (the status table's `newId`: ERROR) moves on to the next
 *   derived ID (`_2`, `_3`);
 * - rows, executions at the same moment and retries of one execution share
 *   one request (payOnce.ts).
 */

export interface BeneficiaryCommand {
	customerId: string;
	/** The benedetails body, without its beneId. */
	body: IDataObject;
	action: string;
	/** Whether it asks for a validation (may cost a penny drop). */
	sendsValidation?: boolean;
}

/**
 * Validate, Create and Resolve send through here: with a typed Beneficiary
 * ID as typed (If Beneficiary Already Exists decides a repeat), with none
 * under the ID derived from the details. Returns Juspay's answer and the ID.
 */
export async function sendBeneficiary(
	ctx: IExecuteFunctions,
	itemIndex: number,
	typedBeneId: string | undefined,
	command: BeneficiaryCommand & { ifExists: 'fail' | 'returnExisting' },
	parts: DerivedIdParts,
): Promise<{ bene: IDataObject & RecoveryMarks; beneId: string }> {
	const { ifExists, ...call } = command;
	if (typedBeneId === undefined) return await sendWithDerivedId(ctx, itemIndex, call, parts);
	return { bene: await sendWithTypedId(ctx, itemIndex, call, typedBeneId, ifExists, parts), beneId: typedBeneId };
}

/** With a typed Beneficiary ID: If Beneficiary Already Exists says what a repeated ID does. */
async function sendWithTypedId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: BeneficiaryCommand,
	beneId: string,
	ifExists: 'fail' | 'returnExisting',
	parts: DerivedIdParts,
): Promise<IDataObject & RecoveryMarks> {
	const send = (earlierTry: boolean) => async () =>
		await sendUnderBeneId(ctx, itemIndex, command, beneId, {
			readFirst: earlierTry ? 'always' : ifExists === 'returnExisting' ? 'learn' : 'never',
			repeat: ifExists,
			earlierTry,
		});
	// The same ID with the same details: rows, executions and retries share one request.
	const paid = await payOnce(ctx, itemIndex, `bene:${command.customerId}:${beneId}:${derivedBeneId(parts)}`, {
		pay: send(false),
		recover: send(true),
	});
	return withPaidMarks(paid);
}

/** With the Beneficiary ID left empty: the ID derived from the details, so the same details never pay twice. */
async function sendWithDerivedId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: BeneficiaryCommand,
	parts: DerivedIdParts,
): Promise<{ bene: IDataObject & RecoveryMarks; beneId: string }> {
	const attempts = (earlierTry: boolean) => async () => {
		for (let attempt = 1; ; attempt++) {
			const beneId = derivedBeneId(parts, attempt);
			const bene = await sendUnderBeneId(ctx, itemIndex, command, beneId, { readFirst: earlierTry ? 'always' : 'learn', repeat: 'returnExisting', earlierTry });
			const noVerdict = bene.alreadyExisted === true && meaningOf(beneficiaryStatus(bene)).whenStored === 'newId';
			if (!noVerdict || attempt === DERIVED_ID_ATTEMPTS) return { bene, beneId };
		}
	};
	const paid: Paid<{ bene: IDataObject & RecoveryMarks; beneId: string }> = await payOnce(ctx, itemIndex, `bene:${derivedBeneId(parts)}`, {
		pay: attempts(false),
		recover: attempts(true),
	});
	return { beneId: paid.value.beneId, bene: withPaidMarks({ ...paid, value: paid.value.bene }) };
}

interface UnderId {
	/** Read the ID first (free), a stored result being the answer: always, never, or as the run learns (readOrSend.ts). */
	readFirst: 'always' | 'never' | 'learn';
	/** What a repeated ID (E05) that the node did not send itself means. */
	repeat: 'fail' | 'returnExisting';
	/** An earlier run of this execution sent it and lost the reply: what is stored is that try's answer. */
	earlierTry: boolean;
}

/**
 * One benedetails POST under `beneId` that Juspay carries out at most once:
 * read first when asked, a lost reply recovered by status, a repeat answered
 * by the stored result when the earlier try was the node's own or when asked.
 */
export async function sendUnderBeneId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: BeneficiaryCommand,
	beneId: string,
	rule: UnderId,
): Promise<IDataObject & RecoveryMarks> {
	const stored = async () => await beneficiaryOrUndefined.call(ctx, itemIndex, command.customerId, beneId);
	const found = rule.earlierTry ? 'recoveredByStatusCheck' : 'alreadyExisted';
	const learning = rule.readFirst === 'learn' ? readOrSend(ctx) : undefined;
	const readFirst = rule.readFirst === 'always' || (learning?.readFirst() ?? false);
	if (readFirst) {
		const existing = await stored();
		if (existing) return { ...existing, [found]: true };
	}
	// What this row's first send teaches the run; a row that read first teaches nothing.
	const learn = readFirst ? undefined : learning;
	let ours = rule.earlierTry;
	for (let attempt = 1; ; attempt++) {
		try {
			const answer = await postBenedetails.call(ctx, itemIndex, { ...command, body: { ...command.body, beneId } });
			if (attempt === 1) learn?.sent(false);
			return answer;
		} catch (caught) {
			const error = asNodeError(ctx.getNode(), caught, itemIndex);
			if (isRepeatedBeneId(failureOf(error))) {
				if (attempt === 1) learn?.sent(true);
				if (!ours && rule.repeat === 'fail') throw error;
				let existing: IDataObject | undefined;
				try {
					existing = await stored();
				} catch (readError) {
					// The try Juspay holds was ours: a failed read must not turn into "send it under a new ID".
					if (ours) throw refusedOwnTry(ctx, itemIndex, command, beneId);
					throw asNodeError(ctx.getNode(), readError, itemIndex);
				}
				if (existing) return { ...existing, [ours ? 'recoveredByStatusCheck' : 'alreadyExisted']: true };
				throw ours ? refusedOwnTry(ctx, itemIndex, command, beneId) : error;
			}
			if (!failureOf(error)?.outcomeUnknown || attempt === 2) throw error;
			let known: IDataObject | undefined;
			try {
				known = await stored();
			} catch {
				// The status read failed too: report the original, unknown outcome.
				throw error;
			}
			if (known) return { ...known, recoveredByStatusCheck: true };
			// Juspay has no such ID: the POST never landed. Sent once more, now a try of the node's own.
			ours = true;
		}
	}
}

/** Juspay refused the node's own resend as a repeat, yet shows no result for the ID: still unknown, and not to be paid again. */
function refusedOwnTry(ctx: IExecuteFunctions, itemIndex: number, command: BeneficiaryCommand, beneId: string): NodeApiError {
	const failure = { code: 'OUTCOME_UNKNOWN', outcomeUnknown: true };
	const error = new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, {
		message: `Juspay refused the node's own resend to ${command.action} as a repeated Beneficiary ID (${beneId}), and shows no result for it yet`,
		description: `The node's earlier try landed, so it was made once: do not send it again under a new Beneficiary ID. Read its result later with Get Status (Beneficiary ID ${beneId}), or run the workflow again with If Beneficiary Already Exists → Return Existing Result.`,
		itemIndex,
	});
	error.context.juspay = failure;
	return error;
}
