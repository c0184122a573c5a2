import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { DERIVED_ID_ATTEMPTS, derivedBeneId, type DerivedIdParts } from '../../helpers/derivedId';
import { sendBeneficiaryCommand, type BeneficiaryCommand } from '../payout';
import type { RecoveryMarks } from '../results';
import { sendOnce } from '../sendOnce';

/**
 * Validate, Create and Resolve send through here: with a typed Beneficiary ID
 * as typed (If Beneficiary Already Exists decides), with none under
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
	const { value, sameAsItem } = await sendOnce(this, itemIndex, derivedBeneId(parts), send);
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
