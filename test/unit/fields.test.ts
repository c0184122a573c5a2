import { z } from 'zod';

import {
	accountNumber,
	amount,
	beneficiaryName,
	ifsc,
	indianMobile,
	juspayId,
	vpa,
} from '../../nodes/Juspay/schemas/fields';

const ok = (schema: z.ZodTypeAny, value: unknown) => schema.parse(value);
const problem = (schema: z.ZodTypeAny, value: unknown) => {
	const result = schema.safeParse(value);
	return result.success ? 'passed' : result.error.issues[0].message;
};

describe('field schemas', () => {
	it('normalises good values', () => {
		expect(ok(ifsc, ' yesb0000262 ')).toBe('YESB0000262');
		expect(ok(accountNumber, '026291800001191')).toBe('026291800001191');
		expect(ok(vpa, 'success@upi')).toBe('success@upi');
		expect(ok(vpa, '8088375524@mapper.npci')).toBe('8088375524@mapper.npci');
		expect(ok(indianMobile, '+91 98765-43210')).toBe('9876543210');
		expect(ok(indianMobile, '09876543210')).toBe('9876543210');
		expect(ok(indianMobile, '919876543210')).toBe('9876543210');
		expect(ok(indianMobile, 9876543210)).toBe('9876543210');
		expect(ok(amount, 1)).toBe('1');
		expect(ok(amount, '1.50')).toBe('1.50');
		expect(ok(beneficiaryName, 'Dr.  R. Kumar ')).toBe('Dr R Kumar');
		expect(ok(juspayId, 'cst_zqqmw0v4exbhvv2l')).toBe('cst_zqqmw0v4exbhvv2l');
	});

	it('sends a Beneficiary Name with a curly apostrophe and a hyphen without them', () => {
		expect(ok(beneficiaryName, 'Clara D\u2019Souza-Pinto')).toBe('Clara DSouza Pinto');
	});

	// Every other refusal is pinned through the engine, with its message and no request, in test/node/badInput.test.ts.
	it.each([
		[accountNumber, '1'.repeat(41), /at most 40/],
		[vpa, 'a@1bank', /name@bank/],
		[juspayId, 'x'.repeat(129), /at most 128/],
	])('refuses %#, one past its limit or rule: %j', (schema, value, message) => {
		expect(problem(schema as z.ZodTypeAny, value)).toMatch(message);
	});
});
