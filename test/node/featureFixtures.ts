/**
 * Helpers for the whole-workflow tests that run against the local sandbox or
 * read Juspay's answers, on top of ./fixtures.ts:
 *
 *  - `useSandbox()`: one in-process local Juspay sandbox per test file, reset
 *    before every test, with 127.0.0.1 the only host nock lets through;
 *  - `sent()` / `received()`: the sandbox's request log, short or in full;
 *  - Juspay answers in the shapes of its reference pages, parameterised by
 *    status, for nock.
 */
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { startSandbox, type Sandbox } from '../sandbox/server';
import { FORM, JSON_TYPE, pickHeaders } from './fixtures';

/* ------------------------------------------------------------------ the local sandbox */

export const SANDBOX_KEY = 'test_api_key';
export const SANDBOX_MERCHANT = 'test_merchant';
export const SANDBOX_BASIC = 'Basic ' + Buffer.from(`${SANDBOX_KEY}:`).toString('base64');

export interface SandboxContext {
	sandbox: Sandbox;
	/** A `custom` credential pointing at the sandbox. */
	credential: ICredentialDataDecryptedObject;
}

/**
 * Starts the sandbox for this test file. Call it after `useNock('127.0.0.1')`:
 * useNock's afterEach turns net connect off, and this beforeEach turns
 * 127.0.0.1 back on for the next test.
 */
export function useSandbox(): SandboxContext {
	const context = {} as SandboxContext;
	beforeAll(async () => {
		context.sandbox = await startSandbox();
		context.credential = {
			apiKey: SANDBOX_KEY,
			merchantId: SANDBOX_MERCHANT,
			environment: 'custom',
			baseUrl: context.sandbox.url,
		};
	});
	afterAll(async () => {
		await context.sandbox.stop();
	});
	beforeEach(() => {
		// Every test starts from a fresh Juspay (useNock makes its runs start from scratch too).
		context.sandbox.reset();
		nock.enableNetConnect('127.0.0.1');
	});
	return context;
}

/** `METHOD /path` of every request the sandbox received, in arrival order. */
export function sent(sandbox: Sandbox): string[] {
	return sandbox.requests.map((r) => `${r.method} ${r.path}`);
}

/** What the sandbox received: method, path, the headers that matter and the decoded body. */
export function received(sandbox: Sandbox): IDataObject[] {
	return sandbox.requests.map((r) => {
		const body =
			r.body && typeof r.body.account_details === 'string'
				? { ...r.body, account_details: JSON.parse(r.body.account_details) as unknown }
				: r.body;
		return { method: r.method, path: r.path, headers: pickHeaders(r.headers), body: body as IDataObject | null };
	});
}

export const sandboxPayoutHeaders = {
	authorization: SANDBOX_BASIC,
	'content-type': JSON_TYPE,
	'x-merchantid': SANDBOX_MERCHANT,
};
export const sandboxCustomerHeaders = (routingId: string) => ({
	authorization: SANDBOX_BASIC,
	'content-type': FORM,
	'x-routing-id': routingId,
});

/** The simplified verdict the sandbox gives for Asha Verma's VALID test account (026291800001191 / YESB0000262). */
export function ashaVerdict(ids: { customerId: string; beneId: string }): IDataObject {
	return {
		valid: true,
		verified: true,
		status: 'VALID',
		reason: 'Bank Account details verified successfully',
		nameAtBank: 'ASHA VERMA',
		nameSent: 'Asha Verma',
		nameMatch: { score: 100, band: 'EXACT', expectedName: 'Asha Verma', explanation: 'same name' },
		accountType: 'BANK_ACCOUNT',
		account: '026291800001191',
		ifsc: 'YESB0000262',
		vpa: null,
		ids,
		juspayStatus: 'VALID',
	};
}

/* ------------------------------------------------------------------ Juspay's answers */

/** A customer account in the shape of Juspay's reference (create / get / validate answers). */
export function customerAccount(
	id: string,
	opts: {
		customerId?: string;
		status?: string;
		details?: IDataObject;
		type?: string;
	} = {},
): IDataObject {
	const details = opts.details ?? { name: 'test', ifsc: 'YESB0000262', account: '026291800001191' };
	return {
		object: 'customer_account',
		customer_account_id: id,
		customer_id: opts.customerId ?? 'cst_zqqmw0v4exbhvv2l',
		date_created: '2025-02-24T13:19:43.292530547Z',
		account_details: details,
		validation_amount: 1,
		currency: 'INR',
		validation_status: opts.status ?? 'ACTIVE',
		last_validated: '2025-02-24T13:19:43.292530547Z',
		customer_account_type: opts.type ?? (details.vpa ? 'UPI' : 'SAVINGS'),
	};
}

/** The reference's Account IFSC answer (VALID), with the status fields overridable. */
export function beneBank(overrides: IDataObject = {}): IDataObject {
	return {
		validateResp: {
			subCode: '200',
			status: 'SUCCESS',
			message: 'Bank Account details verified successfully',
			data: {
				utr: '1643701127355992',
				refId: '1063069',
				nameAtBank: 'JOHN DOE',
				micr: 400532038,
				city: 'GREATER BOMBAY',
				branch: 'SANTACRUZ, MUMBAI',
				bankName: 'YES BANK',
				amountDeposited: '1',
			},
			accountStatusCode: 'ACCOUNT_IS_VALID',
			accountStatus: 'VALID',
		},
		uniqueId: 'ravibene4',
		status: 'VALID',
		remark: 'Bank Account details verified successfully',
		nameAtBank: 'JOHN DOE',
		fulfillmentMethod: 'CFGEN_IMPS',
		beneDetails: {
			details: { name: 'Shubham Kumar', ifsc: 'YESB0000262', account: '026291800001191' },
			type: 'ACCOUNT_IFSC',
		},
		...overrides,
	};
}

/** A bank-account answer that is not VALID (no name at bank), as the sandbox words it. */
export function beneBankNot(status: 'INVALID' | 'ERROR' | 'PENDING' | 'TIMEOUT', uniqueId = 'bene_1'): IDataObject {
	const by = {
		INVALID: ['422', 'FAILURE', 'Invalid account number or IFSC provided'],
		ERROR: ['520', 'FAILURE', 'Unable to validate the bank account: the bank did not confirm it'],
		PENDING: ['202', 'PENDING', 'Bank account validation is in progress'],
		TIMEOUT: ['504', 'PENDING', 'The bank did not answer in time; the status will be updated'],
	}[status];
	return {
		validateResp: { subCode: by[0], status: by[1], message: by[2], data: { refId: '1063069' } },
		uniqueId,
		status,
		remark: by[2],
		fulfillmentMethod: 'DUMMY_IMPS',
		beneDetails: { details: { ifsc: 'CITI0000001', account: '02014457596967' }, type: 'ACCOUNT_IFSC' },
	};
}

/** The reference's "Mobile Number to VPA" answer: Juspay echoes only the mobile, not the name sent. */
export const beneResolved: IDataObject = {
	validateResp: {
		status: 'SUCCESS',
		responseMessage: 'SUCCESS',
		responseCode: 'SUCCESS',
		payload: { vpa: 'test@upi', name: 'Aditya', gatewayResponseCode: '00' },
	},
	uniqueId: 'beneID11',
	status: 'VALID',
	responseCode: 'VALID_VPA',
	resolvedVpa: 'test@upi',
	remark: 'Mobile Number Resolved Successfully',
	nameAtBank: 'Aditya',
	gatewayRefId: 'fdbb7168f9d4e90945fa032823f7ea',
	fulfillmentMethod: 'YESBIZ_UPI',
	beneDetails: { details: { mobile: '8088375524' }, type: 'UPI_ID' },
};

/** Deep copy of `value` with every occurrence of `from` (as a whole string) replaced by `to`. */
export function replaceString<T>(value: T, from: string, to: string): T {
	if (Array.isArray(value)) return value.map((entry) => replaceString(entry, from, to)) as T;
	if (typeof value === 'string') return (value === from ? to : value) as T;
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, replaceString(entry, from, to)])) as T;
}
