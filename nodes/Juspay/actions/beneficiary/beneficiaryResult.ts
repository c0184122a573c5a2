import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { hideSecret } from '../../helpers/mask';
import { beneficiaryVerdict, isPending } from '../../helpers/verdict';
import { expectedName, nameMatchThreshold, waitSettings } from '../options';
import { getBeneficiaryStatus } from '../payoutCalls';
import { outputOf, shapeOutput } from '../output';
import { withRecoveryMarks, withWaitMarks } from '../resultMarks';
import { untilFinal, waitOnce, type Waited } from '../wait';

export interface BeneficiaryContext {
	customerId: string;
	beneId: string;
	/** Whether this operation sent a validation (so Wait for Final Status applies). */
	validated: boolean;
	/** The beneDetails sent (name, account, IFSC, VPA, mobile, type), for what Juspay does not echo. */
	sent?: IDataObject;
	/**
	 * The Beneficiary Name as this item typed it: the name matched. The one sent
	 * is cleaned for Juspay, and a stored result (a re-run, or an earlier row
	 * with the same details) echoes the name it was first sent with.
	 */
	typedName?: string;
	/** The Callback Password sent, kept out of a raw answer that echoes it. */
	secret?: string;
}

/** One beneficiary answer as the item's output: waited on when asked, in the Output chosen, marks kept. */
export async function beneficiaryResult(
	this: IExecuteFunctions,
	itemIndex: number,
	bene: IDataObject,
	context: BeneficiaryContext,
): Promise<IDataObject> {
	const settings = waitSettings(this);
	let waited: Waited<IDataObject> | undefined;
	if (context.validated && settings.enabled) {
		waited = await waitOnce(this, itemIndex, `bene:${context.customerId}:${context.beneId}`, async () =>
			await untilFinal(
				bene,
				(current) => isPending(beneficiaryVerdict(current, context)),
				async () => await getBeneficiaryStatus.call(this, itemIndex, context.customerId, context.beneId),
				settings,
			),
		);
	}
	const final = waited?.result ?? bene;
	const output = shapeOutput(
		outputOf(this, itemIndex),
		() => beneficiaryVerdict(final, context, expectedName(this, itemIndex) ?? context.typedName, context.sent, nameMatchThreshold(this)),
		() => hideSecret({ ...final }, context.secret),
	);
	return withWaitMarks(withRecoveryMarks(output, bene), waited);
}
