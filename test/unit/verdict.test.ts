import { execFileSync } from 'node:child_process';

import { isKnownBankCode } from '../../nodes/Juspay/helpers/bankCodes';
import { maskAccountNumber, maskAccountNumbers } from '../../nodes/Juspay/helpers/mask';
import { beneficiaryVerdict, customerAccountVerdict, STATUS_MAP } from '../../nodes/Juspay/helpers/verdict';
import { isRetryable, retryDelayMs, RETRY } from '../../nodes/Juspay/transport/retry';

describe('verdict: every Juspay status value, mapped explicitly', () => {
	it.each([
		['CREATED', 'NOT_VALIDATED', null],
		['PENDING', 'PENDING', null],
		['ACTIVE', 'VALID', true],
		['FAILURE', 'INVALID', false],
	])('customer account validation_status %s → %s', (juspay, status, valid) => {
		const verdict = customerAccountVerdict({
			object: 'customer_account',
			customer_account_id: 'banh_1',
			customer_id: 'cst_1',
			account_details: { name: 'ASHA VERMA', ifsc: 'YESB0000262', account: '026291800001191' },
			validation_status: juspay,
		});
		expect(verdict).toEqual({
			valid,
			// No name to compare: null, unless the account is invalid.
			verified: valid === false ? false : null,
			status,
			reason: STATUS_MAP[juspay].reason,
			// Not sent by the node in this run (a Get): the name may be an earlier request's echo, not the bank's.
			nameAtBank: null,
			nameSent: null,
			nameMatch: null,
			accountType: 'BANK_ACCOUNT',
			account: '026291800001191',
			ifsc: 'YESB0000262',
			vpa: null,
			ids: { customerId: 'cst_1', customerAccountId: 'banh_1' },
			juspayStatus: juspay,
		});
	});

	it.each([
		['VALID', 'VALID', true],
		['INVALID', 'INVALID', false],
		['PENDING', 'PENDING', null],
		['TIMEOUT', 'PENDING', null],
		['ERROR', 'ERROR', null],
		['CREATED', 'NOT_VALIDATED', null],
	])('payout status %s → %s', (juspay, status, valid) => {
		const verdict = beneficiaryVerdict(
			{
				uniqueId: 'bene_1',
				status: juspay,
				remark: 'from juspay',
				nameAtBank: 'JOHN DOE',
				beneDetails: { details: { name: 'John Doe', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
			},
			{ customerId: 'cust_1' },
		);
		expect(verdict).toEqual({
			valid,
			// The name matches: verified follows valid.
			verified: valid,
			status,
			reason: 'from juspay',
			nameAtBank: 'JOHN DOE',
			nameSent: 'John Doe',
			nameMatch: { score: 100, band: 'EXACT', expectedName: 'John Doe', explanation: 'same name' },
			accountType: 'BANK_ACCOUNT',
			account: '026291800001191',
			ifsc: 'YESB0000262',
			vpa: null,
			ids: { customerId: 'cust_1', beneId: 'bene_1' },
			juspayStatus: juspay,
		});
	});

	it.each([
		['SUCCESS', 'VALID', true],
		['FAILURE', 'INVALID', false],
		['PENDING', 'PENDING', null],
		['MANUAL_REVIEW', 'PENDING', null],
	])('validateResp.status %s (no top-level status) → %s', (juspay, status, valid) => {
		const verdict = beneficiaryVerdict(
			{ uniqueId: 'b', validateResp: { status: juspay, message: 'gateway says', data: { nameAtBank: 'JOHN SNOW' } }, beneDetails: { details: { vpa: 'success@upi' }, type: 'UPI_ID' } },
			{ customerId: 'c' },
			'Snow John',
		);
		expect(verdict).toMatchObject({ valid, status, reason: 'gateway says', nameAtBank: 'JOHN SNOW', accountType: 'UPI', vpa: 'success@upi', juspayStatus: juspay });
		expect(verdict.nameMatch).toEqual({ score: 95, band: 'STRONG', expectedName: 'Snow John', explanation: 'another order; same: SNOW, JOHN' });
		expect(verdict.verified).toBe(valid);
	});

	it.each([
		['the name the node sent, echoed back', 'Asha Verma', 'Asha Verma', null, null],
		[
			'a name other than the one sent (the bank\'s)',
			'Asha Verma',
			'ASHA K VERMA',
			'ASHA K VERMA',
			{ score: 79, band: 'PARTIAL', expectedName: 'Asha Verma', explanation: "only in the bank's name: K; same: ASHA, VERMA" },
		],
		['a name when the node sent none', null, 'ASHA VERMA', 'ASHA VERMA', { score: 100, band: 'EXACT', expectedName: 'Asha Verma', explanation: 'same name' }],
	])('customer account name: %s', (_what, sent, returned, nameAtBank, nameMatch) => {
		const verdict = customerAccountVerdict(
			{ account_details: { name: returned, ifsc: 'YESB0000262', account: '026291800001191' }, validation_status: 'ACTIVE' },
			{ expected: 'Asha Verma', sent },
		);
		expect([verdict.nameAtBank, verdict.nameSent, verdict.nameMatch]).toEqual([nameAtBank, sent, nameMatch]);
	});

	it.each([
		['STRONG', 'PARTIAL', false],
		['PARTIAL', 'PARTIAL', true],
		['EXACT', 'EXACT', true],
		['EXACT', 'STRONG', false],
	] as const)('verified with Name Match Threshold %s, a %s name on a valid account: %s', (threshold, band, verified) => {
		const atBank = { EXACT: 'ASHA VERMA', STRONG: 'VERMA ASHA', PARTIAL: 'ASHA K VERMA' }[band];
		const account = { account_details: { name: atBank, account: '026291800001191' }, validation_status: 'ACTIVE' };
		const bene = { status: 'VALID', nameAtBank: atBank, beneDetails: { details: { account: '026291800001191' }, type: 'ACCOUNT_IFSC' } };
		expect(customerAccountVerdict(account, { expected: 'Asha Verma', sent: null, threshold })).toMatchObject({ verified, nameMatch: { band } });
		expect(beneficiaryVerdict(bene, { customerId: 'c' }, 'Asha Verma', undefined, threshold)).toMatchObject({ verified, nameMatch: { band } });
	});

	it('maps a resolve answer to the resolved VPA, and an unknown status to ERROR', () => {
		expect(beneficiaryVerdict({ status: 'VALID', resolvedVpa: 'test@upi', uniqueId: 'b', beneDetails: { details: { mobile: '8088375524' }, type: 'UPI_ID' } }, { customerId: 'c' })).toMatchObject({
			valid: true,
			vpa: 'test@upi',
			accountType: 'UPI',
		});
		expect(beneficiaryVerdict({ status: 'ERROR', responseCode: 'UNABLE_TO_VALIDATE' }, { customerId: 'c' })).toMatchObject({ valid: null, status: 'ERROR', reason: 'UNABLE_TO_VALIDATE' });
		expect(customerAccountVerdict({ validation_status: 'WEIRD' })).toMatchObject({ status: 'ERROR', reason: 'Juspay sent an unknown status: WEIRD', valid: null });
		expect(customerAccountVerdict({ account_details: { vpa: 'a@upi' }, validation_status: 'ACTIVE' }).accountType).toBe('UPI');
	});
});

describe('account masking', () => {
	it('keeps the last four digits and the length', () => {
		expect(maskAccountNumber('026291800001191')).toBe('XXXXXXXXXXX1191');
		expect(maskAccountNumber('1234')).toBe('XXXX');
	});
	it('masks every account field, however deep, and nothing else', () => {
		expect(
			maskAccountNumbers({ account: '026291800001191', ifsc: 'YESB0000262', nested: [{ beneDetails: { details: { account: '000100289877623' } } }], accountNumber: 12345678 }),
		).toEqual({ account: 'XXXXXXXXXXX1191', ifsc: 'YESB0000262', nested: [{ beneDetails: { details: { account: 'XXXXXXXXXXX7623' } } }], accountNumber: 'XXXX5678' });
	});
});

describe('retry policy (money rule)', () => {
	it.each([
		['GET', { httpCode: 429, outcomeUnknown: false }, true],
		['POST', { httpCode: 429, outcomeUnknown: false }, true],
		['GET', { httpCode: 503, outcomeUnknown: false }, true],
		['POST', { httpCode: 503, outcomeUnknown: true }, false],
		['POST', { httpCode: 500, outcomeUnknown: true }, false],
		['GET', { code: 'ECONNABORTED', outcomeUnknown: false }, true],
		['POST', { code: 'ECONNABORTED', outcomeUnknown: true }, false],
		['POST', { code: 'ECONNRESET', outcomeUnknown: true }, false],
		['POST', { code: 'ECONNREFUSED', outcomeUnknown: false }, true],
		['GET', { httpCode: 404, outcomeUnknown: false }, false],
		['POST', { httpCode: 400, code: 'E05', outcomeUnknown: false }, false],
		['GET', { httpCode: 200, code: 'UNREADABLE_RESPONSE', outcomeUnknown: false }, true],
		['POST', { httpCode: 200, code: 'UNREADABLE_RESPONSE', outcomeUnknown: true }, false],
	] as const)('%s %j retryable: %p', (method, failure, expected) => {
		expect(isRetryable(method, failure)).toBe(expected);
	});

	it('waits Retry-After when given, else backs off exponentially with jitter, capped', () => {
		expect(retryDelayMs(1, { outcomeUnknown: false, retryAfterSeconds: 3 })).toBe(3000);
		expect(retryDelayMs(1, { outcomeUnknown: false, retryAfterSeconds: 999 })).toBe(RETRY.maxDelayMs);
		expect(retryDelayMs(1, { outcomeUnknown: false }, () => 0)).toBe(250);
		expect(retryDelayMs(3, { outcomeUnknown: false }, () => 1)).toBe(2000);
		expect(retryDelayMs(20, { outcomeUnknown: false }, () => 1)).toBe(RETRY.maxDelayMs);
	});
});

describe('bank codes', () => {
	it('knows real banks and not typos', () => {
		for (const code of ['YESB', 'SBIN', 'HDFC', 'ICIC', 'CITI', 'UTIB']) expect(isKnownBankCode(code)).toBe(true);
		for (const code of ['XXXX', 'ABCD', 'HDFX']) expect(isKnownBankCode(code)).toBe(false);
	});
	it('is generated from the installed ifsc package, not edited by hand', () => {
		expect(() => execFileSync('node', ['scripts/generate-bank-codes.js', '--check'], { stdio: 'pipe' })).not.toThrow();
	});
});
