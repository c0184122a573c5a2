/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The local Juspay sandbox, over real HTTP, only where the node tests (and
 * the e2e suites) rely on it without being able to check it themselves:
 * that it answers in the shapes of Juspay's reference pages, what each test
 * account answers first and on its status check, that a customer account is
 * listed only once its validation has finished, and what a fault does to the
 * request it picks. Everything else the sandbox does (recording requests,
 * latency, faults by kind, E05, reset and clear) is asserted end to end by
 * the node tests that use it. Expected values are written out here rather
 * than read from data.js, so a slip in the sandbox's test data shows up.
 */
import { startSandbox, type Sandbox } from './server';

const basic = (user: string) => `Basic ${Buffer.from(`${user}:`).toString('base64')}`;
const AUTH = basic('test_api_key');
const BENE = '/payout/merchant/v1/benedetails';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.stop());
beforeEach(() => sb.reset());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; json: any }> {
	const response = await fetch(`${sb.url}${path}`, { method, headers, body });
	const text = await response.text();
	return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}
/** An Express Checkout (customer account) call with every header Juspay wants, unless overridden. */
const ec = (method: string, path: string, fields?: Record<string, string>, headers: Record<string, string> = {}) =>
	call(method, path, { authorization: AUTH, 'x-routing-id': 'cust_1', 'content-type': 'application/x-www-form-urlencoded', ...headers }, fields && new URLSearchParams(fields).toString());
/** A payout (beneficiary) call with every header Juspay wants, unless overridden. */
const payout = (method: string, path: string, body?: object, headers: Record<string, string> = {}) =>
	call(method, path, { authorization: AUTH, 'x-merchantid': 'test_merchant', 'content-type': 'application/json', ...headers }, body && JSON.stringify(body));

const bankDetails = (account: string, ifsc: string) => JSON.stringify({ bank_account: [{ ifsc, account }] });
const createAccount = async (details: string, command = 'validate') => (await ec('POST', '/customers/cust_1/accounts', { command, account_details: details })).json[0];
let beneCounter = 0;
const bene = (command: string, type: string, details: Record<string, string>) => ({ beneId: `bene_${++beneCounter}`, customerId: 'cust_1', command, beneDetails: { details, type } });

const EC_401 = {
	status: 'error',
	error_code: 'access_denied',
	error_info: {
		user_message: 'Unauthorized.', request_id: expect.any(String), href: 'NA',
		developer_message: 'Invalid API Key. Please pass a valid and active api key.', code: 'UNAUTHORIZED', category: 'USER_ERROR',
	},
};
const EC_404 = {
	error_message: 'Cannot find what you are looking for',
	status: 'invalid_request_error',
	error_code: 'object_not_found',
	error_info: {
		user_message: 'Cannot process your request as customer account not found.', request_id: expect.any(String), href: 'NA',
		developer_message: 'Customer account not found.', code: 'RESOURCE_NOT_FOUND', category: 'USER_ERROR',
	},
};

describe("answers in the shapes of Juspay's reference", () => {
	it('refuses a missing or wrong key in each API\'s 401 shape, and a wrong Merchant ID with 403 E08 (the credential test reads these)', async () => {
		for (const authorization of ['', basic('wrong_key'), `Bearer test_api_key`]) {
			expect(await ec('GET', '/customers/cust_1/customer-accounts/list', undefined, { authorization })).toEqual({ status: 401, json: EC_401 });
		}
		expect(await payout('GET', `${BENE}/c/b`, undefined, { authorization: basic('wrong_key') })).toEqual({
			status: 401,
			json: { error: true, errorCode: 'E02', errorMessage: 'Invalid API key', userMessage: 'Unauthorized' },
		});
		expect(await payout('GET', `${BENE}/c/b`, undefined, { 'x-merchantid': 'someone_else' })).toEqual({
			status: 403,
			json: { error: true, errorCode: 'E08', errorMessage: 'Merchant id does not match the API key', userMessage: 'Forbidden' },
		});
	});

	it('a customer account: created as CREATED with the documented fields; deleted, then 404 in the reference shape', async () => {
		const created = await ec('POST', '/customers/cust_1/accounts', {
			command: 'create', account_details: JSON.stringify({ bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'test' }] }),
		});
		expect(created).toEqual({
			status: 200,
			json: [{
				object: 'customer_account',
				customer_account_id: expect.stringMatching(/^banh_[A-Za-z0-9]{16}$/),
				customer_id: 'cust_1',
				date_created: expect.any(String),
				account_details: { name: 'test', ifsc: 'YESB0000262', account: '026291800001191' },
				validation_amount: 1,
				currency: 'INR',
				validation_status: 'CREATED',
				last_validated: expect.any(String),
				customer_account_type: 'SAVINGS',
			}],
		});
		const path = `/customers/cust_1/customer-accounts/${created.json[0].customer_account_id}`;
		expect(await ec('POST', path, { command: 'delete' })).toEqual({ status: 200, json: { status: 'DELETED', customer_account_id: created.json[0].customer_account_id } });
		expect(await ec('GET', path)).toEqual({ status: 404, json: EC_404 });
	});

	it('a valid bank account', async () => {
		const body = { ...bene('validate', 'ACCOUNT_IFSC', { name: 'Shubham Kumar', ifsc: 'YESB0000262', account: '026291800001191' }), preferredGateway: 'CFGEN' };
		expect(await payout('POST', BENE, body)).toEqual({
			status: 200,
			json: {
				validateResp: {
					subCode: '200', status: 'SUCCESS', message: 'Bank Account details verified successfully',
					data: {
						utr: expect.any(String), refId: expect.any(String), nameAtBank: 'SHUBHAM KUMAR', micr: 400532038,
						city: 'GREATER BOMBAY', branch: 'SANTACRUZ, MUMBAI', bankName: 'YES BANK', amountDeposited: '1',
					},
					accountStatusCode: 'ACCOUNT_IS_VALID', accountStatus: 'VALID',
				},
				uniqueId: body.beneId,
				status: 'VALID',
				remark: 'Bank Account details verified successfully',
				nameAtBank: 'SHUBHAM KUMAR',
				fulfillmentMethod: 'CFGEN_IMPS',
				beneDetails: body.beneDetails,
			},
		});
	});

	it('a mobile resolved to a VPA; a mobile with no mapping is ERROR / UNABLE_TO_VALIDATE / MM2, also on its status check', async () => {
		const body = { ...bene('resolve', 'UPI_ID', { name: 'Aditya Kadrolkar', mobile: '8088375524' }), preferredGateway: 'YESBIZ' };
		const r = await payout('POST', BENE, body);
		expect(r).toEqual({
			status: 200,
			json: {
				validateResp: {
					status: 'SUCCESS', responseMessage: 'SUCCESS', responseCode: 'SUCCESS',
					payload: expect.objectContaining({ vpa: '8088375524@mapper.npci', gatewayResponseStatus: 'SUCCESS', gatewayResponseCode: '00', gatewayTransactionId: expect.any(String) }),
				},
				uniqueId: body.beneId,
				status: 'VALID',
				responseCode: 'VALID_VPA',
				resolvedVpa: '8088375524@mapper.npci',
				remark: 'Mobile Number Resolved Successfully',
				nameAtBank: 'ADITYA KADROLKAR',
				gatewayRefId: r.json.validateResp.payload.gatewayTransactionId,
				fulfillmentMethod: 'YESBIZ_UPI',
				beneDetails: body.beneDetails,
			},
		});
		const unmapped = bene('resolve', 'UPI_ID', { mobile: '+91 98765 00000' });
		const answer = await payout('POST', BENE, unmapped);
		expect(answer.json).toMatchObject({ status: 'ERROR', responseCode: 'UNABLE_TO_VALIDATE', validateResp: { status: 'FAILURE', payload: { gatewayResponseCode: 'MM2' } } });
		expect(answer.json.resolvedVpa).toBeUndefined();
		expect((await payout('GET', `${BENE}/cust_1/${unmapped.beneId}`)).json.status).toBe('ERROR');
	});

	it.each([
		['YESB0000262', 'YES BANK', { imps: true, neft: true, rtgs: true, upi: true }],
		['CITI0000001', 'CITIBANK', { imps: true, neft: true, rtgs: true, upi: false }],
		['CNRR0002640', 'CNRR SANDBOX CO-OPERATIVE BANK', { imps: true, neft: true, rtgs: false, upi: false }],
	])('IFSC %s looked up: bank, branch and rails, no penny drop', async (ifsc, bank, rails) => {
		const body = bene('validate', 'IFSC', { ifsc });
		const r = await payout('POST', BENE, body);
		expect(r.json).toMatchObject({ uniqueId: body.beneId, status: 'VALID', validateResp: { status: 'SUCCESS', data: { ifsc, bank, ...rails } } });
		const lookup = r.json.validateResp.data;
		for (const key of ['bankCode', 'branch', 'address', 'city', 'district', 'state']) expect(typeof lookup[key]).toBe('string');
		expect(lookup.micr === null || /^\d{9}$/.test(lookup.micr)).toBe(true);
		expect(lookup.utr).toBeUndefined();
	});
});

describe('the test accounts: the first answer, and the answer to a status check', () => {
	const EC_STATUS: Record<string, string> = { VALID: 'ACTIVE', INVALID: 'FAILURE', ERROR: 'FAILURE', PENDING: 'PENDING', TIMEOUT: 'PENDING' };
	const RESP_STATUS: Record<string, string> = { VALID: 'SUCCESS', INVALID: 'FAILURE', ERROR: 'FAILURE', PENDING: 'PENDING', TIMEOUT: 'PENDING' };
	const BANK_CASES: Array<[string, string, string, string]> = [
		['02014457596967', 'CITI0000001', 'PENDING', 'INVALID'],
		['02014457596968', 'CITI0000001', 'PENDING', 'VALID'],
		['02014457596969', 'CITI0000001', 'PENDING', 'PENDING'],
		['2640101002729', 'CNRR0002640', 'TIMEOUT', 'ERROR'],
		['2640101002728', 'CNRR0002640', 'TIMEOUT', 'VALID'],
		['2640101002727', 'CNRR0002640', 'TIMEOUT', 'INVALID'],
		['026291800001191', 'YESB0000262', 'VALID', 'VALID'],
		['000100289877623', 'SBIN0008752', 'INVALID', 'INVALID'],
		['026291800001190', 'YESB0000262', 'ERROR', 'ERROR'],
	];

	it.each(BANK_CASES)('beneficiary %s (%s): %s, then %s', async (account, ifsc, first, then) => {
		const body = bene('validate', 'ACCOUNT_IFSC', { ifsc, account });
		const r = await payout('POST', BENE, body);
		expect(r.json).toMatchObject({ uniqueId: body.beneId, status: first, validateResp: { status: RESP_STATUS[first] }, remark: r.json.validateResp.message });
		expect('nameAtBank' in r.json).toBe(first === 'VALID');
		const checked = await payout('GET', `${BENE}/cust_1/${body.beneId}`);
		expect(checked.json).toMatchObject({ uniqueId: body.beneId, status: then, validateResp: { status: RESP_STATUS[then] }, beneDetails: body.beneDetails });
		expect('nameAtBank' in checked.json).toBe(then === 'VALID');
	});

	it.each(BANK_CASES)('customer account %s (%s): %s, then %s', async (account, ifsc, first, then) => {
		const created = await createAccount(bankDetails(account, ifsc));
		expect(created.validation_status).toBe(EC_STATUS[first]);
		const path = `/customers/cust_1/customer-accounts/${created.customer_account_id}`;
		expect((await ec('GET', path)).json.validation_status).toBe(EC_STATUS[then]);
		expect((await ec('GET', path)).json.validation_status).toBe(EC_STATUS[then]);
	});

	it.each([
		['success@upi', 'VALID'],
		['invalid@upi', 'INVALID'],
		['error@upi', 'ERROR'],
	])('UPI ID %s: %s as a beneficiary and as a customer account', async (vpa, outcome) => {
		const r = await payout('POST', BENE, bene('validate', 'UPI_ID', { name: 'Shubham Kumar', vpa }));
		expect(r.json).toMatchObject({ status: outcome, validateResp: { status: RESP_STATUS[outcome] }, fulfillmentMethod: 'DUMMY_UPI' });
		if (outcome === 'VALID') expect(r.json.validateResp.data).toEqual({ nameAtBank: 'SHUBHAM KUMAR', accountExists: 'YES' });
		expect(await createAccount(JSON.stringify({ upi: [{ vpa }] }))).toMatchObject({ validation_status: EC_STATUS[outcome], customer_account_type: 'UPI', account_details: { vpa } });
	});
});

describe('the list of customer accounts', () => {
	const listed = async (customer = 'cust_1') =>
		(await ec('GET', `/customers/${customer}/customer-accounts/list`)).json.list.map((account: { customer_account_id: string }) => account.customer_account_id);

	it('shows an account made by Create and Validate only once its validation has finished; reading it does not settle it', async () => {
		const a = (await createAccount(JSON.stringify({ upi: [{ vpa: 'success@upi' }] }), 'create')).customer_account_id;
		const b = (await createAccount(bankDetails('02014457596968', 'CITI0000001'))).customer_account_id;
		expect(await ec('GET', '/customers/cust_1/customer-accounts/list')).toMatchObject({ status: 200, json: { count: 1 } });
		expect(await listed()).toEqual([a]);
		// A status check settles it (PENDING → VALID): listed from then on.
		expect((await ec('GET', `/customers/cust_1/customer-accounts/${b}`)).json).toMatchObject({ validation_status: 'ACTIVE' });
		expect(await listed()).toEqual([a, b]);
		expect((await ec('GET', '/customers/nobody/customer-accounts/list')).json).toEqual({ list: [], count: 0 });
	});

	it('a penny drop that runs a while (setPennyDrop): PENDING and unlisted until it has run, then its outcome and listed', async () => {
		sb.setPennyDrop(300);
		const created = await createAccount(bankDetails('026291800001191', 'YESB0000262'));
		expect(created).toMatchObject({ validation_status: 'PENDING' });
		expect(await listed()).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 350));
		expect((await ec('GET', '/customers/cust_1/customer-accounts/list')).json.list).toEqual([
			expect.objectContaining({ customer_account_id: created.customer_account_id, validation_status: 'ACTIVE' }),
		]);
	});
});

describe('faults', () => {
	it('a fault stands in for the request it picks (method and path), `times` times; a `landed` one carries it out and loses only the answer', async () => {
		const details = bankDetails('026291800001191', 'YESB0000262');
		sb.setFaults([{ kind: '500', method: 'POST', path: '/accounts', times: 1 }]);
		expect((await ec('POST', '/customers/cust_1/accounts', { command: 'validate', account_details: details })).status).toBe(500);
		expect((await ec('GET', '/customers/cust_1/customer-accounts/list')).json.count).toBe(0);

		sb.setFaults([{ kind: 'html', method: 'POST', path: '/accounts', times: 1, landed: true }]);
		const lost = await fetch(`${sb.url}/customers/cust_1/accounts`, {
			method: 'POST',
			headers: { authorization: AUTH, 'x-routing-id': 'cust_1', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ command: 'validate', account_details: details }).toString(),
		});
		expect([lost.status, lost.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^text\/html/)]);
		expect((await ec('GET', '/customers/cust_1/customer-accounts/list')).json.count).toBe(1);
		expect((await ec('POST', '/customers/cust_1/accounts', { command: 'validate', account_details: details })).status).toBe(200);
		expect(sb.requests.map((r) => r.status)).toEqual([500, 200, 200, 200, 200]);
		expect(() => sb.setFaults([{ kind: '429', landed: true }])).toThrow(/cannot have landed/);
	});
});
