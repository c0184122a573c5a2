import { z } from 'zod';

import {
	accountHolderName,
	accountNumber,
	amount,
	code,
	ifsc,
	juspayId,
	numericOrCode,
	reference,
	vpa,
} from './fields';

/** Optional fields are `undefined` when the user left them out (or empty). */
const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional();

const validationOptions = {
	routingId: optional(juspayId),
	preferredValidationGateway: optional(code),
	validationAmount: optional(amount),
};

export const createAndValidateInput = z
	.object({
		customerId: juspayId,
		bankAccounts: z.array(
			z.object({
				account: accountNumber,
				ifsc,
				name: optional(accountHolderName),
			}),
		),
		upiIds: z.array(z.object({ vpa })),
		bankCode: optional(code),
		gatewayId: optional(numericOrCode),
		gatewayReferenceId: optional(reference),
		...validationOptions,
	})
	.refine((input) => input.bankAccounts.length + input.upiIds.length > 0, {
		message: 'needs at least one bank account or UPI ID',
		path: ['accounts'],
	});

export const validateInput = z.object({
	customerId: juspayId,
	customerAccountId: juspayId,
	...validationOptions,
});

export const getInput = z.object({
	customerId: juspayId,
	customerAccountId: juspayId,
	routingId: optional(juspayId),
});

export const getAllInput = z.object({
	customerId: juspayId,
	routingId: optional(juspayId),
});

export const labels: Record<string, string> = {
	customerId: 'Customer ID',
	customerAccountId: 'Customer Account ID',
	accounts: 'Accounts',
	bankAccounts: 'Bank Account',
	upiIds: 'UPI ID',
	account: 'Account Number',
	ifsc: 'IFSC',
	name: 'Account Holder Name',
	vpa: 'VPA',
	bankCode: 'Bank Code',
	gatewayId: 'Gateway ID',
	gatewayReferenceId: 'Gateway Reference ID',
	routingId: 'Routing ID',
	preferredValidationGateway: 'Preferred Validation Gateway',
	validationAmount: 'Validation Amount',
};
