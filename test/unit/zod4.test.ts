import type { IExecuteFunctions, INode } from 'n8n-workflow';

/**
 * n8n supplies zod at run time: 3.25 today, zod 4 in a later n8n. The
 * node's schemas must behave the same under both, so this file runs them
 * with `zod` swapped for zod 4 (shipped inside zod 3.25 as `zod/v4`).
 */
jest.mock('zod', () => jest.requireActual('zod/v4'));

import { typeInput, validateInput } from '../../nodes/Juspay/schemas/beneficiary';
import { createAndValidateInput, labels } from '../../nodes/Juspay/schemas/customerAccount';
import { amount, ifsc, indianMobile, juspayId, metadata } from '../../nodes/Juspay/schemas/fields';
import { parseInput } from '../../nodes/Juspay/schemas/parse';

const ctx = { getNode: () => ({ name: 'Juspay' }) as INode } as unknown as IExecuteFunctions;
const errorOf = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	return 'no error';
};

describe('schemas under zod 4', () => {
	it('really runs zod 4', () => {
		expect(jest.requireMock<{ z: { core?: unknown } }>('zod').z.core).toBeDefined();
	});

	it('normalises the same values', () => {
		expect(ifsc.parse(' yesb0000262 ')).toBe('YESB0000262');
		expect(indianMobile.parse('+91 98765 43210')).toBe('9876543210');
		expect(amount.parse(1.5)).toBe('1.5');
		expect(metadata.parse({ row: 1 })).toBe('{"row":1}');
		expect(juspayId.safeParse('a/../b').success).toBe(false);
	});

	it('gives the same field-naming errors', () => {
		expect(
			errorOf(() =>
				parseInput(ctx, 2, createAndValidateInput, { customerId: 'c1', bankAccounts: [{ account: '026291800001191', ifsc: 'YESB000026' }], upiIds: [] }, labels),
			),
		).toBe('Bank Account 1 → IFSC must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)');
		expect(errorOf(() => parseInput(ctx, 0, createAndValidateInput, { customerId: 'c1', bankAccounts: [], upiIds: [] }, labels))).toBe(
			'Accounts needs at least one bank account or UPI ID',
		);
		expect(
			errorOf(() =>
				parseInput(ctx, 1, validateInput.ACCOUNT_IFSC, { customerId: 'c', beneId: 'b', accountNumber: 26291800001191, ifsc: 'YESB0000262' }, { accountNumber: 'Account Number' }),
			),
		).toBe('Account Number must be text, but got a number');
		expect(errorOf(() => parseInput(ctx, 0, typeInput, { beneficiaryType: 'IFSC' }, { beneficiaryType: 'Type' }))).toBe(
			'Type must be one of ACCOUNT_IFSC, UPI_ID',
		);
		expect(errorOf(() => parseInput(ctx, 0, validateInput.UPI_ID, { customerId: 'c', beneId: 'b', vpa: 'ab@upi', phone: { n: 1 } }, { phone: 'Phone' }))).toBe(
			'Phone must be text, but got an object',
		);
	});
});
