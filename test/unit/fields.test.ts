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

	it.each([
		['Sai & Sons', 'Sai AND Sons'],
		['Gupta, Sanjay', 'Gupta Sanjay'],
		['M/s Om Traders', 'Ms Om Traders'],
		['Kumar (HUF)', 'Kumar HUF'],
		["Liam O'Brien", 'Liam OBrien'],
		['Clara D\u2019Souza-Pinto', 'Clara DSouza Pinto'],
	])('never refuses a Beneficiary Name for its punctuation: %j is sent as %j', (typed, sent) => {
		expect(ok(beneficiaryName, typed)).toBe(sent);
	});

	it.each([
		[ifsc, 'YESB000026', /11 characters/],
		[ifsc, 'YESB1000262', /11 characters/],
		[ifsc, '', /required/],
		[accountNumber, '0262-9180', /letters and digits/],
		[accountNumber, '1234', /at least 5/],
		[accountNumber, '1'.repeat(41), /at most 40/],
		[vpa, 'no-at-sign', /name@bank/],
		[vpa, 'a@1bank', /name@bank/],
		[indianMobile, '12345', /10-digit Indian mobile/],
		[indianMobile, '5876543210', /10-digit Indian mobile/],
		[amount, '0', /more than 0/],
		[amount, '1.234', /at most 2 decimals/],
		[amount, '-1', /positive amount/],
		[beneficiaryName, 'José', /only letters A-Z, digits, spaces and punctuation/],
		[beneficiaryName, 'Asha \u202eamreV', /only letters A-Z, digits, spaces and punctuation/],
		[beneficiaryName, '  .  ', /required/],
		[juspayId, 'a/../b', /only letters/],
		[juspayId, '..', /cannot be/],
		[juspayId, 'x'.repeat(129), /at most 128/],
	])('refuses %#: %j', (schema, value, message) => {
		expect(problem(schema as z.ZodTypeAny, value)).toMatch(message);
	});
});
