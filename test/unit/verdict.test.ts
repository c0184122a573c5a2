/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import { execFileSync } from 'node:child_process';
import type { IDataObject } from 'n8n-workflow';

import { isKnownBankCode } from '../../nodes/Juspay/helpers/bankCodes';
import { hideSecret, maskAccountNumber, maskAccountNumbers } from '../../nodes/Juspay/helpers/mask';
import { KNOWN_STATUSES, knownStatus, meaningOf } from '../../nodes/Juspay/helpers/status';
import { beneficiaryVerdict } from '../../nodes/Juspay/helpers/verdict';
import { isRetryable, retryDelayMs, RETRY } from '../../nodes/Juspay/transport/retry';

// A customer account's statuses, the names Juspay holds for a customer, a resolved VPA and the
// Name Match Threshold are pinned through the engine (test/node/features.test.ts, nameMatch.test.ts).
describe('verdict: every Juspay status value, mapped explicitly', () => {
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
});

describe('the status table: one meaning for each Juspay status, for the verdict and the money rules', () => {
	it.each([
		['ACTIVE', 'VALID', true, 'keep'],
		['VALID', 'VALID', true, 'keep'],
		['SUCCESS', 'VALID', true, 'keep'],
		['FAILURE', 'INVALID', false, 'keep'],
		['INVALID', 'INVALID', false, 'keep'],
		['PENDING', 'PENDING', null, 'keep'],
		['TIMEOUT', 'PENDING', null, 'keep'],
		['MANUAL_REVIEW', 'PENDING', null, 'keep'],
		['ERROR', 'ERROR', null, 'newId'],
		['CREATED', 'NOT_VALIDATED', null, 'notValidated'],
	])('%s: verdict %s, valid %s, a stored result is %s', (juspay, status, valid, whenStored) => {
		expect(knownStatus(juspay)).toMatchObject({ status, valid, whenStored });
		expect(knownStatus(juspay.toLowerCase())).toEqual(knownStatus(juspay));
	});

	it('covers every status Juspay documents, and nothing is paid again for a result shown as INVALID', () => {
		expect([...KNOWN_STATUSES].sort()).toEqual(['ACTIVE', 'CREATED', 'ERROR', 'FAILURE', 'INVALID', 'MANUAL_REVIEW', 'PENDING', 'SUCCESS', 'TIMEOUT', 'VALID']);
		for (const juspay of KNOWN_STATUSES) {
			const meaning = knownStatus(juspay)!;
			if (meaning.status === 'INVALID' || meaning.status === 'VALID' || meaning.status === 'PENDING') expect(meaning.whenStored).toBe('keep');
		}
	});

	it('keeps a missing or unknown status (no verdict, but never paid for again), and reads no prototype', () => {
		expect(meaningOf(null)).toEqual({ status: 'ERROR', valid: null, reason: 'Juspay sent no status', whenStored: 'keep' });
		expect(meaningOf('WEIRD')).toEqual({ status: 'ERROR', valid: null, reason: 'Juspay sent an unknown status: WEIRD', whenStored: 'keep' });
		expect(knownStatus('__proto__')).toBeUndefined();
		expect(knownStatus('constructor')).toBeUndefined();
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

describe('copies of JSON from outside', () => {
	it('an own "__proto__" key in Juspay\'s answer stays a plain key of the masked copy, never its prototype', () => {
		const answer = JSON.parse('{"__proto__": {"polluted": true}, "account": "026291800001191"}') as IDataObject;
		const masked = maskAccountNumbers(answer);
		const hidden = hideSecret(answer, 'secret');

		for (const copy of [masked, hidden]) {
			expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
			expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
			expect(Object.hasOwn(copy, '__proto__')).toBe(true);
		}
		expect(masked.account).toBe('XXXXXXXXXXX1191');
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});
});

describe('retry policy (money rule)', () => {
	it.each([
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
