import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import { isKnownBankCode } from '../helpers/bankCodes';
import { juspayCredentials } from '../transport/request';
import { checkBankCode } from './options';

/**
 * Juspay's sandbox test data uses IFSCs of banks that do not exist
 * (NOTES: CNRR0002640). They pass the check everywhere but production.
 */
const SANDBOX_TEST_IFSCS = new Set(['CNRR0002640']);

/**
 * Refuses, before any paid call, an IFSC whose 4-letter bank code is no
 * known Indian bank: a typo there would otherwise cost a penny drop that can
 * only fail. The table is built from Razorpay's public-domain IFSC data.
 * The Check Bank Code option turns it off.
 */
export async function assertKnownBanks(
	ctx: IExecuteFunctions,
	itemIndex: number,
	entries: Array<{ ifsc: string; field: string }>,
): Promise<void> {
	if (!checkBankCode(ctx) || entries.length === 0) return;
	const { environment } = await juspayCredentials(ctx, itemIndex);
	for (const { ifsc, field } of entries) {
		if (isKnownBankCode(ifsc.slice(0, 4))) continue;
		if (environment !== 'production' && SANDBOX_TEST_IFSCS.has(ifsc)) continue;
		throw new NodeOperationError(ctx.getNode(), `${field} has an unknown bank code "${ifsc.slice(0, 4)}"`, {
			itemIndex,
			description: `The first four letters of an IFSC name the bank, and "${ifsc.slice(0, 4)}" is no known Indian bank. Check the IFSC, or turn off the Check Bank Code option if the bank is new. Nothing was sent to Juspay.`,
		});
	}
}
