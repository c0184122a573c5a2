import { z } from 'zod';

import {
	accountNumber,
	beneficiaryName,
	callbackUrl,
	code,
	email,
	fieldPath,
	ifsc,
	indianMobile,
	juspayId,
	metadata,
	vpa,
} from './fields';

const beneficiaryExtras = {
	name: beneficiaryName.optional(),
	email: email.optional(),
	phone: indianMobile.optional(),
	preferredGateway: code.optional(),
	metadata: metadata.optional(),
	callbackUrl: callbackUrl.optional(),
	callbackFieldPath: fieldPath.optional(),
	/** True when a Juspay Webhook API credential is selected: its login goes with the Callback URL. */
	callbackCredential: z.literal(true).optional(),
};

/**
 * Settings of the callback that mean nothing without the URL. A selected
 * webhook credential is not one of them: n8n's editor fills it in by itself on
 * a new Beneficiary node when it is the user's only one of its type, so
 * without a URL it is simply not used.
 */
const CALLBACK_PARTS = ['callbackFieldPath'] as const;

/** Top-level request fields the callback must not overwrite. */
const RESERVED_KEYS = ['beneId', 'customerId', 'command', 'beneDetails', 'preferredGateway', 'email', 'phone', 'metadata'];

/** A Callback Field Path without a Callback URL is a mistake worth stopping for (nothing would call back). */
function callbackRule(input: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const top = typeof input.callbackFieldPath === 'string' ? input.callbackFieldPath.split('.')[0] : undefined;
	if (top !== undefined && RESERVED_KEYS.includes(top)) {
		ctx.addIssue({ code: 'custom', path: ['callbackFieldPath'], message: `must not start with ${top}, a field the request already uses` });
	}
	if (input.callbackUrl !== undefined) return;
	const part = CALLBACK_PARTS.find((key) => input[key] !== undefined);
	if (part) ctx.addIssue({ code: 'custom', path: ['callbackUrl'], message: `is required when ${labels[part]} is set` });
}

const ids = { customerId: juspayId, beneId: juspayId };
/** Validate, Create and Resolve: an empty Beneficiary ID means "derive it from the details". */
const sendIds = { customerId: juspayId, beneId: juspayId.optional() };

/** One schema per beneficiary type, so an error names the exact field. */
export const validateInput = {
	ACCOUNT_IFSC: z.object({ ...sendIds, accountNumber, ifsc, ...beneficiaryExtras }).superRefine(callbackRule),
	UPI_ID: z.object({ ...sendIds, vpa, ...beneficiaryExtras }).superRefine(callbackRule),
};

export const typeInput = z.object({ beneficiaryType: z.enum(['ACCOUNT_IFSC', 'UPI_ID']) });

export const resolveInput = z
	.object({
		...sendIds,
		mobile: indianMobile,
		...beneficiaryExtras,
	})
	.superRefine(callbackRule);

export const statusInput = z.object(ids);

export const labels: Record<string, string> = {
	customerId: 'Customer ID',
	beneId: 'Beneficiary ID',
	beneficiaryType: 'Type',
	accountNumber: 'Account Number',
	ifsc: 'IFSC',
	vpa: 'VPA',
	mobile: 'Mobile Number',
	name: 'Beneficiary Name',
	email: 'Email',
	phone: 'Phone',
	preferredGateway: 'Preferred Gateway',
	metadata: 'Metadata',
	callbackUrl: 'Callback URL',
	callbackFieldPath: 'Callback Field Path',
};
