/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The node against the local Juspay sandbox (test/sandbox/server.js), in
 * process over real HTTP on 127.0.0.1: the only host nock lets through.
 * What the sandbox recorded is what Juspay would have received.
 */
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { startSandbox, type Sandbox } from '../sandbox/server';
import { expectNoSecrets, items, params, runJuspay, useNock } from './fixtures';

useNock('127.0.0.1');

const SANDBOX_KEY = 'test_api_key';
const SANDBOX_BASIC = 'Basic ' + Buffer.from(`${SANDBOX_KEY}:`).toString('base64');

let sandbox: Sandbox;
let credential: ICredentialDataDecryptedObject;

beforeAll(async () => {
	sandbox = await startSandbox();
	credential = { apiKey: SANDBOX_KEY, merchantId: 'test_merchant', environment: 'custom', baseUrl: sandbox.url };
});
afterAll(async () => {
	await sandbox.stop();
});
beforeEach(() => {
	sandbox.reset();
	nock.enableNetConnect('127.0.0.1');
});

/** What the sandbox received, with the form's account_details parsed. */
const received = () =>
	sandbox.requests.map((r) => {
		const body = r.body && typeof r.body.account_details === 'string' ? { ...r.body, account_details: JSON.parse(r.body.account_details) } : r.body;
		return {
			method: r.method,
			path: r.path,
			authorization: r.headers.authorization,
			contentType: r.headers['content-type'],
			routingId: r.headers['x-routing-id'],
			merchantId: r.headers['x-merchantid'],
			body,
		};
	});

describe('customer accounts against the local sandbox', () => {
	it('Create and Validate two accounts, then Get one: the answers and the exact requests', async () => {
		const created = await runJuspay({
			credential,
			inputItems: [{ customer: 'cust_sandbox_1' }],
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: '={{ $json.customer }}',
				accounts: {
					bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' }],
					upi: [{ vpa: 'invalid@upi' }],
				},
			}),
		});

		expect(created.error).toBeUndefined();
		const out = items(created.output('Juspay'));
		expect(out).toEqual([
			{
				json: expect.objectContaining({
					object: 'customer_account',
					customer_id: 'cust_sandbox_1',
					account_details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' },
					validation_status: 'ACTIVE',
					customer_account_type: 'SAVINGS',
				}),
				pairedItem: { item: 0 },
			},
			{
				json: expect.objectContaining({
					customer_id: 'cust_sandbox_1',
					account_details: { vpa: 'invalid@upi' },
					validation_status: 'FAILURE',
					customer_account_type: 'UPI',
				}),
				pairedItem: { item: 0 },
			},
		]);
		const bankId = String(out[0].json.customer_account_id);
		expect(bankId).toMatch(/^banh_/);

		const fetched = await runJuspay({
			credential,
			parameters: params('customerAccount', 'get', { customerId: 'cust_sandbox_1', customerAccountId: bankId }),
		});

		expect(fetched.error).toBeUndefined();
		expect(fetched.json('Juspay')).toEqual([out[0].json]);
		expect(received()).toEqual([
			{
				method: 'GET',
				path: '/customers/cust_sandbox_1/customer-accounts/list',
				authorization: SANDBOX_BASIC,
				contentType: 'application/x-www-form-urlencoded',
				routingId: 'cust_sandbox_1',
				merchantId: undefined,
				body: null,
			},
			// Each account on its own request.
			{
				method: 'POST',
				path: '/customers/cust_sandbox_1/accounts',
				authorization: SANDBOX_BASIC,
				contentType: 'application/x-www-form-urlencoded',
				routingId: 'cust_sandbox_1',
				merchantId: undefined,
				body: { command: 'validate', customer_id: 'cust_sandbox_1', account_details: { bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'Asha Verma' }] } },
			},
			{
				method: 'POST',
				path: '/customers/cust_sandbox_1/accounts',
				authorization: SANDBOX_BASIC,
				contentType: 'application/x-www-form-urlencoded',
				routingId: 'cust_sandbox_1',
				merchantId: undefined,
				body: { command: 'validate', customer_id: 'cust_sandbox_1', account_details: { upi: [{ vpa: 'invalid@upi' }] } },
			},
			{
				method: 'GET',
				path: `/customers/cust_sandbox_1/customer-accounts/${bankId}`,
				authorization: SANDBOX_BASIC,
				contentType: 'application/x-www-form-urlencoded',
				routingId: 'cust_sandbox_1',
				merchantId: undefined,
				body: null,
			},
		]);
	});

	it('a wrong API key: one request, the 401 advice, and the key nowhere in the run', async () => {
		const result = await runJuspay({
			credential: { ...credential, apiKey: 'sk_wrong_key_123456' },
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: 'cust_1',
				accounts: { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262' }] },
			}),
		});

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			message: 'Juspay rejected the API key [UNAUTHORIZED, HTTP 401]: Unauthorized. Invalid API Key. Please pass a valid and active api key.',
			description: expect.stringMatching(/API key.*environment/),
			httpCode: '401',
		});
		expect(sandbox.requests).toHaveLength(1);
		expectNoSecrets(result, 'sk_wrong_key_123456');
	});

	it('a real reset connection on the Create and Validate POST: the list is read again, never resent; reported as an unknown outcome', async () => {
		sandbox.setFaults([{ kind: 'reset', method: 'POST', path: '/accounts' }]);

		const result = await runJuspay({
			credential,
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: 'cust_1',
				accounts: { upi: [{ vpa: 'success@upi' }] },
				options: { timeout: 1 },
			}),
		});

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			message: 'The connection to Juspay failed while trying to create and validate the customer account (ECONNRESET)',
			context: { itemIndex: 0, juspay: { outcomeUnknown: true, code: 'ECONNRESET' } },
		});
		const list = 'GET /customers/cust_1/customer-accounts/list';
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([list, 'POST /customers/cust_1/accounts', list]);
		expectNoSecrets(result, SANDBOX_KEY);
	});
});

describe('beneficiaries against the local sandbox', () => {
	it('a wrong Merchant ID on a payout call: one request, refused with 403 E08, and the error names the Merchant ID', async () => {
		const result = await runJuspay({
			credential: { ...credential, merchantId: 'someone_else' },
			parameters: params('beneficiary', 'getStatus', { customerId: 'cust_sb', beneId: 'bene_sb_1' }),
		});

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			message: 'Juspay refused the Merchant ID or API key [E08, HTTP 403]: Forbidden Merchant id does not match the API key',
			description: expect.stringContaining('Check the Merchant ID'),
			httpCode: '403',
		});
		expect(sandbox.requests.map((r) => [r.method, r.headers['x-merchantid']])).toEqual([['GET', 'someone_else']]);
	});

	it('Validate a bank account and a UPI ID, then Resolve a mobile: Juspay-shaped answers, exact bodies', async () => {
		const validate = await runJuspay({
			credential,
			inputItems: [
				{ id: 'bene_sb_1', type: 'ACCOUNT_IFSC' },
				{ id: 'bene_sb_2', type: 'UPI_ID' },
			],
			parameters: params('beneficiary', 'validate', {
				customerId: 'cust_sb',
				beneId: '={{ $json.id }}',
				beneficiaryType: '={{ $json.type }}',
				accountNumber: '000100289877623',
				ifsc: 'SBIN0008752',
				vpa: 'success@upi',
				additionalFields: { name: 'Asha Verma' },
			}),
		});

		expect(validate.error).toBeUndefined();
		expect(items(validate.output('Juspay'))).toEqual([
			{
				json: expect.objectContaining({
					uniqueId: 'bene_sb_1',
					status: 'INVALID',
					beneDetails: { details: { name: 'Asha Verma', ifsc: 'SBIN0008752', account: '000100289877623' }, type: 'ACCOUNT_IFSC' },
				}),
				pairedItem: { item: 0 },
			},
			{
				json: expect.objectContaining({
					uniqueId: 'bene_sb_2',
					status: 'VALID',
					beneDetails: { details: { name: 'Asha Verma', vpa: 'success@upi' }, type: 'UPI_ID' },
				}),
				pairedItem: { item: 1 },
			},
		]);

		const resolve = await runJuspay({
			credential,
			parameters: params('beneficiary', 'resolve', { customerId: 'cust_sb', beneId: 'bene_sb_3', mobile: '+91 98765 43210' }),
		});

		expect(resolve.error).toBeUndefined();
		expect(resolve.json('Juspay')).toEqual([expect.objectContaining({ uniqueId: 'bene_sb_3', status: 'VALID' })]);

		const payout = { authorization: SANDBOX_BASIC, contentType: 'application/json', routingId: undefined, merchantId: 'test_merchant' };
		const sorted = received().sort((a, b) => String((a.body as IDataObject).beneId).localeCompare(String((b.body as IDataObject).beneId)));
		expect(sorted).toEqual([
			{
				method: 'POST',
				path: '/payout/merchant/v1/benedetails',
				...payout,
				body: {
					beneId: 'bene_sb_1',
					customerId: 'cust_sb',
					command: 'validate',
					beneDetails: { details: { name: 'Asha Verma', ifsc: 'SBIN0008752', account: '000100289877623' }, type: 'ACCOUNT_IFSC' },
				},
			},
			{
				method: 'POST',
				path: '/payout/merchant/v1/benedetails',
				...payout,
				body: {
					beneId: 'bene_sb_2',
					customerId: 'cust_sb',
					command: 'validate',
					beneDetails: { details: { name: 'Asha Verma', vpa: 'success@upi' }, type: 'UPI_ID' },
				},
			},
			{
				method: 'POST',
				path: '/payout/merchant/v1/benedetails',
				...payout,
				body: {
					beneId: 'bene_sb_3',
					customerId: 'cust_sb',
					command: 'resolve',
					beneDetails: { details: { mobile: '9876543210' }, type: 'UPI_ID' },
				},
			},
		]);
	});

	it('running the same Validate twice: the second is refused by Juspay (E05) and no penny drop is repeated', async () => {
		const run = () =>
			runJuspay({
				credential,
				parameters: params('beneficiary', 'validate', {
					customerId: 'cust_sb',
					beneId: 'bene_once',
					beneficiaryType: 'ACCOUNT_IFSC',
					accountNumber: '026291800001191',
					ifsc: 'YESB0000262',
				}),
			});

		const first = await run();
		expect(first.error).toBeUndefined();
		expect(first.json('Juspay')).toEqual([expect.objectContaining({ uniqueId: 'bene_once', status: 'VALID' })]);

		const second = await run();
		expect(second.status).toBe('error');
		expect(second.error).toMatchObject({
			message: 'Juspay refused a repeated Beneficiary ID [E05, HTTP 400]: Bad request Duplicate BeneId.',
			httpCode: '400',
			context: { itemIndex: 0, juspay: { code: 'E05', outcomeUnknown: false } },
		});
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /payout/merchant/v1/benedetails',
			'POST /payout/merchant/v1/benedetails',
		]);
		expectNoSecrets(second, SANDBOX_KEY);
	});
});
