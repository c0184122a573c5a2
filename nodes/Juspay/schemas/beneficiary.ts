import { z } from 'zod';

import { accountNumber, beneficiaryName, code, email, ifsc, indianMobile, juspayId, metadata, vpa } from './fields';

const beneficiaryExtras = {
	name: beneficiaryName.optional(),
	email: email.optional(),
	phone: indianMobile.optional(),
	preferredGateway: code.optional(),
	metadata: metadata.optional(),
};

const ids = { customerId: juspayId, beneId: juspayId };
/** Validate, Create and Resolve: an empty Beneficiary ID means "derive it from the details". */
const sendIds = { customerId: juspayId, beneId: juspayId.optional() };

/** One schema per beneficiary type, so an error names the exact field. */
export const validateInput = {
	ACCOUNT_IFSC: z.object({ ...sendIds, accountNumber, ifsc, ...beneficiaryExtras }),
	UPI_ID: z.object({ ...sendIds, vpa, ...beneficiaryExtras }),
};

export const typeInput = z.object({ beneficiaryType: z.enum(['ACCOUNT_IFSC', 'UPI_ID']) });

export const resolveInput = z.object({
	...sendIds,
	mobile: indianMobile,
	...beneficiaryExtras,
});

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
};
