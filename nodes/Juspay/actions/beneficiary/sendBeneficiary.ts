import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { DerivedIdParts } from '../../helpers/derivedId';
import { sendWithDerivedId, sendWithTypedId, type BeneficiaryCommand } from '../money/beneficiaryRules';
import type { RecoveryMarks } from '../results';

/**
 * Validate, Create and Resolve send through here, under the money rules of
 * beneficiaries (money/beneficiaryRules.ts): with a typed Beneficiary ID as
 * typed (If Beneficiary Already Exists decides a repeat), with none under
 * the ID derived from the details. Returns Juspay's answer and the ID used.
 */
export async function sendBeneficiary(
	this: IExecuteFunctions,
	itemIndex: number,
	typedBeneId: string | undefined,
	command: BeneficiaryCommand & { ifExists: 'fail' | 'returnExisting' },
	parts: DerivedIdParts,
): Promise<{ bene: IDataObject & RecoveryMarks; beneId: string }> {
	const { ifExists, ...call } = command;
	if (typedBeneId === undefined) return await sendWithDerivedId(this, itemIndex, call, parts);
	return { bene: await sendWithTypedId(this, itemIndex, call, typedBeneId, ifExists, parts), beneId: typedBeneId };
}
