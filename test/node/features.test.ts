/**
 * The newer features, run as whole workflows through n8n-core's engine:
 * the newer operations (exact request, exact items), Simplify's verdict for
 * both APIs, name match, Wait for Final Status
 * (against the local sandbox), Mask Account Numbers and Concurrency.
 *
 * HTTP: nock for exact answers (juspay.test), the in-process sandbox on
 * 127.0.0.1 where Juspay's behaviour over several calls matters.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { forgetPaid } from '../../nodes/Juspay/actions/money/payOnce';
import { V1, customerHeaders, items, juspay, params, payoutHeaders, runJuspay, useNock } from './fixtures';
import {
	beneBank,
	beneBankNot,
	beneResolved,
	customerAccount,
	received,
	replaceString,
	sandboxCustomerHeaders,
	sandboxPayoutHeaders,
	sent,
	useSandbox,
} from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();

const V2 = '/payout/merchant/v2/benedetails';

/* ================================================================== 1. the newer operations */

describe('Customer Account → Create (command=create)', () => {
	const path = '/customers/cst_1/accounts';

	it('posts the form with command=create and returns each CREATED account as its own item, paired to the input', async () => {
		const created = [
			customerAccount('banh_b1', { customerId: 'cst_1', status: 'CREATED', details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' } }),
			customerAccount('banh_u1', { customerId: 'cst_1', status: 'CREATED', details: { vpa: 'success@upi' } }),
		];
		const api = juspay().reply('POST', path, 200, created);

		const result = await runJuspay({
			parameters: {
				resource: 'customerAccount',
				operation: 'create',
				customerId: 'cst_1',
				accounts: {
					bankAccount: [{ account: '026291800001191', ifsc: 'yesb0000262', name: 'Asha Verma' }],
					upi: [{ vpa: 'success@upi' }],
				},
				additionalFields: { bankCode: 'JP_YESB', routingId: 'order_9' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([
			{
				method: 'POST',
				path,
				headers: customerHeaders('order_9'),
				body: {
					command: 'create',
					customer_id: 'cst_1',
					account_details: {
						bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'Asha Verma' }],
						upi: [{ vpa: 'success@upi' }],
					},
					bank_code: 'JP_YESB',
				},
			},
		]);
		// Create has no Simplify: Juspay's accounts come out as they are.
		expect(items(result.output('Juspay'))).toEqual(created.map((json) => ({ json, pairedItem: { item: 0 } })));
	});
});

describe('Customer Account → Get Many (getAll)', () => {
	const path = '/customers/cst_1/customer-accounts/list';
	const list = [
		customerAccount('banh_1', { customerId: 'cst_1', status: 'ACTIVE' }),
		customerAccount('banh_2', { customerId: 'cst_1', status: 'FAILURE', details: { vpa: 'invalid@upi' } }),
		customerAccount('banh_3', { customerId: 'cst_1', status: 'CREATED', details: { ifsc: 'SBIN0008752', account: '000100289877623' } }),
	];

	it.each([
		['Return All', { returnAll: true }, list],
		['Limit 2', { returnAll: false, limit: 2 }, list.slice(0, 2)],
		['Limit 1 from an expression', { returnAll: false, limit: '={{ $json.howMany }}' }, list.slice(0, 1)],
		['Limit larger than the list', { returnAll: false, limit: 50 }, list],
	])('%s: one GET of the list (no query), one raw item per account, all paired to the input', async (_name, paging, expected) => {
		const api = juspay().reply('GET', path, 200, { list, count: list.length });

		const result = await runJuspay({
			inputItems: [{ howMany: 1 }],
			parameters: params('customerAccount', 'getAll', { customerId: 'cst_1', ...paging }),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([{ method: 'GET', path, headers: customerHeaders('cst_1'), body: undefined }]);
		expect(items(result.output('Juspay'))).toEqual(expected.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	it('two input items (two customers): each list is paired to its own item, in input order', async () => {
		const api = juspay()
			.reply('GET', '/customers/c_a/customer-accounts/list', 200, { list: [list[0]], count: 1 })
			.reply('GET', '/customers/c_b/customer-accounts/list', 200, { list: [list[1], list[2]], count: 2 });

		const result = await runJuspay({
			inputItems: [{ c: 'c_a' }, { c: 'c_b' }],
			parameters: params('customerAccount', 'getAll', {
				customerId: '={{ $json.c }}',
				returnAll: true,
				additionalFields: { routingId: 'shared_route' },
			}),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => `${r.method} ${r.path} ${r.headers['x-routing-id']}`).sort()).toEqual([
			'GET /customers/c_a/customer-accounts/list shared_route',
			'GET /customers/c_b/customer-accounts/list shared_route',
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: list[0], pairedItem: { item: 0 } },
			{ json: list[1], pairedItem: { item: 1 } },
			{ json: list[2], pairedItem: { item: 1 } },
		]);
	});

	it('an empty list gives no item and no error', async () => {
		juspay().reply('GET', path, 200, { list: [], count: 0 });

		const result = await runJuspay({ parameters: params('customerAccount', 'getAll', { customerId: 'cst_1', returnAll: true }) });

		expect(result.error).toBeUndefined();
		expect(result.output('Juspay')).toEqual([]);
	});

	it('an answer in no known list shape fails the item instead of returning nothing', async () => {
		juspay().reply('GET', path, 200, { count: 3 });

		const result = await runJuspay({ parameters: params('customerAccount', 'getAll', { customerId: 'cst_1', returnAll: true }) });

		expect(result.status).toBe('error');
		expect(result.error?.message).toBe("Juspay's list of customer accounts was not in a shape this node knows");
	});
});

describe('Customer Account → Delete', () => {
	it('3 items: ids from expressions are URL-encoded, the Routing ID override is sent, each answer paired', async () => {
		const api = juspay()
			.reply('POST', '/customers/c0/customer-accounts/a0', 200, { status: 'DELETED', customer_account_id: 'a0' })
			.reply('POST', '/customers/c%2B1/customer-accounts/a%3A1', 200, { status: 'DELETED', customer_account_id: 'a:1' })
			.reply('POST', '/customers/c2/customer-accounts/a2', 200, { status: 'DELETED', customer_account_id: 'a2' });

		const result = await runJuspay({
			inputItems: [
				{ c: 'c0', a: 'a0' },
				{ c: 'c+1', a: 'a:1' },
				{ c: 'c2', a: 'a2' },
			],
			parameters: {
				resource: 'customerAccount',
				operation: 'delete',
				customerId: '={{ $json.c }}',
				customerAccountId: '={{ $json.a }}',
				additionalFields: { routingId: '={{ "route_" + $json.a.replace(":", "_") }}' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(
			[...api.requests].sort((x, y) => x.path.localeCompare(y.path)).map((r) => [r.method, r.path, r.headers, r.body]),
		).toEqual([
			['POST', '/customers/c%2B1/customer-accounts/a%3A1', customerHeaders('route_a_1'), { command: 'delete' }],
			['POST', '/customers/c0/customer-accounts/a0', customerHeaders('route_a0'), { command: 'delete' }],
			['POST', '/customers/c2/customer-accounts/a2', customerHeaders('route_a2'), { command: 'delete' }],
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: { status: 'DELETED', customer_account_id: 'a0' }, pairedItem: { item: 0 } },
			{ json: { status: 'DELETED', customer_account_id: 'a:1' }, pairedItem: { item: 1 } },
			{ json: { status: 'DELETED', customer_account_id: 'a2' }, pairedItem: { item: 2 } },
		]);
	});
});

describe('Beneficiary → Get Status', () => {
	it('GETs /benedetails/{customerId}/{beneId} with no body and returns the verdict (Simplify is on by default)', async () => {
		const path = `${V1}/ravi1/ravibene4`;
		const api = juspay().reply('GET', path, 200, beneBank());

		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'getStatus', customerId: 'ravi1', beneId: 'ravibene4' },
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([{ method: 'GET', path, headers: payoutHeaders, body: undefined }]);
		expect(items(result.output('Juspay'))).toEqual([
			{
				json: {
					valid: true,
					// The name at the bank is another person's: not verified.
					verified: false,
					status: 'VALID',
					reason: 'Bank Account details verified successfully',
					nameAtBank: 'JOHN DOE',
					nameSent: 'Shubham Kumar',
					nameMatch: { score: 0, band: 'NONE', expectedName: 'Shubham Kumar', explanation: 'no word in common' },
					accountType: 'BANK_ACCOUNT',
					account: '026291800001191',
					ifsc: 'YESB0000262',
					vpa: null,
					ids: { customerId: 'ravi1', beneId: 'ravibene4' },
					juspayStatus: 'VALID',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('URL-encodes both ids and returns Juspay’s raw answer with Simplify off', async () => {
		const path = `${V1}/cust%3A1/bene%2B7%40x`;
		const api = juspay().reply('GET', path, 200, beneBank({ uniqueId: 'bene+7@x' }));

		const result = await runJuspay({ parameters: params('beneficiary', 'getStatus', { customerId: 'cust:1', beneId: 'bene+7@x' }) });

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([{ method: 'GET', path, headers: payoutHeaders, body: undefined }]);
		expect(items(result.output('Juspay'))).toEqual([{ json: beneBank({ uniqueId: 'bene+7@x' }), pairedItem: { item: 0 } }]);
	});
});

describe('Options → Payout API Version v2: every payout call goes to /payout/merchant/v2', () => {
	const v2 = { payoutApiVersion: 'v2' };
	const cases: Array<{ name: string; parameters: INodeParameters; mock: (api: ReturnType<typeof juspay>) => unknown; sent: string[] }> = [
		{
			name: 'Validate',
			parameters: params('beneficiary', 'validate', {
				customerId: 'c1', beneId: 'b1', beneficiaryType: 'UPI_ID', vpa: 'success@upi', options: v2,
			}),
			mock: (api) => api.reply('POST', V2, 200, { uniqueId: 'b1', status: 'VALID' }),
			sent: [`POST ${V2}`],
		},
		{
			name: 'Create',
			parameters: { resource: 'beneficiary', operation: 'create', customerId: 'c1', beneId: 'b1', beneficiaryType: 'UPI_ID', vpa: 'success@upi', options: v2 },
			mock: (api) => api.reply('POST', V2, 200, { uniqueId: 'b1', status: 'CREATED' }),
			sent: [`POST ${V2}`],
		},
		{
			name: 'Get Status',
			parameters: params('beneficiary', 'getStatus', { customerId: 'c1', beneId: 'b1', options: v2 }),
			mock: (api) => api.reply('GET', `${V2}/c1/b1`, 200, { uniqueId: 'b1', status: 'VALID' }),
			sent: [`GET ${V2}/c1/b1`],
		},
		{
			name: 'Resolve',
			parameters: params('beneficiary', 'resolve', { customerId: 'c1', beneId: 'b1', mobile: '9876543210', options: v2 }),
			mock: (api) => api.reply('POST', V2, 200, { uniqueId: 'b1', status: 'VALID' }),
			sent: [`POST ${V2}`],
		},
		{
			name: 'IFSC Look Up',
			parameters: { resource: 'ifsc', operation: 'lookup', ifsc: 'YESB0000262', additionalFields: { beneId: 'b1' }, options: v2 },
			mock: (api) => api.reply('POST', V2, 200, { uniqueId: 'b1', status: 'VALID' }),
			sent: [`POST ${V2}`],
		},
		{
			name: 'Validate whose POST got a 500: the status check by Beneficiary ID is on v2 too',
			parameters: params('beneficiary', 'validate', {
				customerId: 'c1', beneId: 'b1', beneficiaryType: 'UPI_ID', vpa: 'success@upi', options: v2,
			}),
			mock: (api) =>
				api
					.reply('POST', V2, 500, { error: true, errorCode: 'E06', errorMessage: 'Internal error', userMessage: 'Something went wrong' })
					.reply('GET', `${V2}/c1/b1`, 200, { uniqueId: 'b1', status: 'VALID' }),
			sent: [`POST ${V2}`, `GET ${V2}/c1/b1`],
		},
	];

	it.each(cases)('$name', async ({ parameters, mock, sent: expected }) => {
		const api = juspay();
		mock(api);

		const result = await runJuspay({ parameters });

		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(expected);
		expect(api.requests.map((r) => r.headers)).toEqual(expected.map(() => payoutHeaders));
		expect(result.output('Juspay')).toHaveLength(1);
	});
});

describe('IFSC → Look Up', () => {
	const answer = (beneId: string) => ({
		validateResp: {
			subCode: '200',
			status: 'SUCCESS',
			message: 'IFSC details fetched successfully',
			data: { ifsc: 'YESB0000262', bank: 'YES BANK', branch: 'SANTACRUZ, MUMBAI', micr: '400532038', imps: true, neft: true, rtgs: true, upi: true },
		},
		uniqueId: beneId,
		status: 'VALID',
		remark: 'IFSC details fetched successfully',
		beneDetails: { details: { ifsc: 'YESB0000262' }, type: 'IFSC' },
	});

	it('with no Beneficiary ID: a fresh ifsc_YESB0000262_… id, customer n8n_ifsc_lookup, type IFSC; the answer comes out as is', async () => {
		const api = juspay().replyWith('POST', V1, 1, (request) => [200, answer(String((request.body as IDataObject).beneId))]);

		const result = await runJuspay({ parameters: { resource: 'ifsc', operation: 'lookup', ifsc: ' yesb0000262 ' } });

		expect(result.error).toBeUndefined();
		expect(api.requests).toHaveLength(1);
		const body = api.requests[0].body as IDataObject;
		expect(body.beneId).toMatch(/^ifsc_YESB0000262_[a-z0-9]+$/);
		expect(api.requests).toEqual([
			{
				method: 'POST',
				path: V1,
				headers: payoutHeaders,
				body: {
					beneId: body.beneId,
					customerId: 'n8n_ifsc_lookup',
					command: 'validate',
					beneDetails: { details: { ifsc: 'YESB0000262' }, type: 'IFSC' },
				},
			},
		]);
		expect(items(result.output('Juspay'))).toEqual([{ json: answer(String(body.beneId)), pairedItem: { item: 0 } }]);
	});

	it('two lookups of the same IFSC get two different generated ids (Juspay would refuse a repeat)', async () => {
		const api = juspay().replyWith('POST', V1, 2, (request) => [200, answer(String((request.body as IDataObject).beneId))]);

		const result = await runJuspay({
			inputItems: [{}, {}],
			parameters: { resource: 'ifsc', operation: 'lookup', ifsc: 'YESB0000262' },
		});

		expect(result.error).toBeUndefined();
		const ids = api.requests.map((r) => (r.body as IDataObject).beneId as string);
		expect(ids).toEqual([expect.stringMatching(/^ifsc_YESB0000262_/), expect.stringMatching(/^ifsc_YESB0000262_/)]);
		expect(new Set(ids).size).toBe(2);
		expect(result.output('Juspay').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('uses the Beneficiary ID and Customer ID given in Additional Fields exactly', async () => {
		const api = juspay().reply('POST', V1, 200, answer('lookup_42'));

		const result = await runJuspay({
			parameters: {
				resource: 'ifsc',
				operation: 'lookup',
				ifsc: 'YESB0000262',
				additionalFields: { beneId: 'lookup_42', customerId: 'cust_lookups' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => r.body)).toEqual([
			{ beneId: 'lookup_42', customerId: 'cust_lookups', command: 'validate', beneDetails: { details: { ifsc: 'YESB0000262' }, type: 'IFSC' } },
		]);
		expect(items(result.output('Juspay'))).toEqual([{ json: answer('lookup_42'), pairedItem: { item: 0 } }]);
	});
});

/* ================================================================== 2. Simplify: one verdict for both APIs */

const nullVerdict = {
	nameAtBank: null,
	nameSent: null,
	nameMatch: null,
	account: null,
	ifsc: null,
	vpa: null,
};

describe('Simplify (default on): the verdict of a customer account', () => {
	const path = '/customers/cst_1/customer-accounts/banh_1';
	const ids = { customerId: 'cst_1', customerAccountId: 'banh_1' };

	it.each([
		[
			'ACTIVE bank account',
			customerAccount('banh_1', { customerId: 'cst_1', status: 'ACTIVE' }),
			{
				valid: true, verified: null, status: 'VALID', reason: 'Account validated', nameAtBank: null, nameSent: null, nameMatch: null,
				accountType: 'BANK_ACCOUNT', account: '026291800001191', ifsc: 'YESB0000262', vpa: null, ids, juspayStatus: 'ACTIVE',
			},
		],
		[
			'FAILURE UPI ID',
			customerAccount('banh_1', { customerId: 'cst_1', status: 'FAILURE', details: { vpa: 'invalid@upi' } }),
			{ ...nullVerdict, valid: false, verified: false, status: 'INVALID', reason: 'Validation failed', accountType: 'UPI', vpa: 'invalid@upi', ids, juspayStatus: 'FAILURE' },
		],
		[
			'PENDING bank account',
			customerAccount('banh_1', { customerId: 'cst_1', status: 'PENDING', details: { ifsc: 'CITI0000001', account: '02014457596968' } }),
			{
				...nullVerdict, valid: null, verified: null, status: 'PENDING', reason: 'Validation in progress: check again later',
				accountType: 'BANK_ACCOUNT', account: '02014457596968', ifsc: 'CITI0000001', ids, juspayStatus: 'PENDING',
			},
		],
		[
			'CREATED (never validated) bank account',
			customerAccount('banh_1', { customerId: 'cst_1', status: 'CREATED', details: { ifsc: 'SBIN0008752', account: '000100289877623' } }),
			{
				...nullVerdict, valid: null, verified: null, status: 'NOT_VALIDATED', reason: 'Created, not validated',
				accountType: 'BANK_ACCOUNT', account: '000100289877623', ifsc: 'SBIN0008752', ids, juspayStatus: 'CREATED',
			},
		],
	])('Get: %s', async (_what, answer, verdict) => {
		juspay().reply('GET', path, 200, answer);

		const result = await runJuspay({
			parameters: { resource: 'customerAccount', operation: 'get', customerId: 'cst_1', customerAccountId: 'banh_1' },
		});

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([{ json: verdict, pairedItem: { item: 0 } }]);
	});

	// Validate's and Create and Validate's verdicts: the Wait for Final Status runs and customerAccountMoney.test.ts;
	// their raw answers with Simplify off: operations.test.ts.
	it('Get Many: one verdict per account, with its own ids', async () => {
		const failed = customerAccount('banh_2', { customerId: 'cst_1', status: 'FAILURE', details: { vpa: 'invalid@upi' } });
		juspay().reply('GET', '/customers/cst_1/customer-accounts/list', 200, { list: [customerAccount('banh_1', { customerId: 'cst_1' }), failed], count: 2 });

		const result = await runJuspay({ parameters: { resource: 'customerAccount', operation: 'getAll', customerId: 'cst_1', returnAll: true } });

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay').map((v) => [v.valid, v.status, v.ids])).toEqual([
			[true, 'VALID', ids],
			[false, 'INVALID', { customerId: 'cst_1', customerAccountId: 'banh_2' }],
		]);
	});
});

describe('Simplify (default on): the verdict of a beneficiary', () => {
	const ids = (beneId: string) => ({ customerId: 'c1', beneId });

	it.each([
		[
			'INVALID bank account',
			beneBankNot('INVALID'),
			{
				...nullVerdict, valid: false, verified: false, status: 'INVALID', reason: 'Invalid account number or IFSC provided', accountType: 'BANK_ACCOUNT',
				account: '02014457596967', ifsc: 'CITI0000001', ids: ids('bene_1'), juspayStatus: 'INVALID',
			},
		],
		[
			'ERROR bank account (valid is null: not a verdict on the account)',
			beneBankNot('ERROR'),
			{
				...nullVerdict, valid: null, verified: null, status: 'ERROR', reason: 'Unable to validate the bank account: the bank did not confirm it',
				accountType: 'BANK_ACCOUNT', account: '02014457596967', ifsc: 'CITI0000001', ids: ids('bene_1'), juspayStatus: 'ERROR',
			},
		],
		[
			'TIMEOUT bank account (→ PENDING)',
			beneBankNot('TIMEOUT'),
			{
				...nullVerdict, valid: null, verified: null, status: 'PENDING', reason: 'The bank did not answer in time; the status will be updated',
				accountType: 'BANK_ACCOUNT', account: '02014457596967', ifsc: 'CITI0000001', ids: ids('bene_1'), juspayStatus: 'TIMEOUT',
			},
		],
		[
			'answer with only validateResp.status MANUAL_REVIEW (→ PENDING, reason from validateResp.message)',
			{ uniqueId: 'bene_1', validateResp: { status: 'MANUAL_REVIEW', message: 'Held by the gateway' } },
			{
				...nullVerdict, valid: null, verified: null, status: 'PENDING', reason: 'Held by the gateway', accountType: null,
				ids: ids('bene_1'), juspayStatus: 'MANUAL_REVIEW',
			},
		],
		[
			'status Juspay never documented (→ ERROR)',
			{ uniqueId: 'bene_1', status: 'WEIRD' },
			{
				...nullVerdict, valid: null, verified: null, status: 'ERROR', reason: 'Juspay sent an unknown status: WEIRD', accountType: null,
				ids: ids('bene_1'), juspayStatus: 'WEIRD',
			},
		],
	])('Get Status: %s', async (_what, answer, verdict) => {
		juspay().reply('GET', `${V1}/c1/bene_1`, 200, answer);

		const result = await runJuspay({ parameters: { resource: 'beneficiary', operation: 'getStatus', customerId: 'c1', beneId: 'bene_1' } });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([{ json: verdict, pairedItem: { item: 0 } }]);
	});

	it.each([
		[
			'a mobile resolved to a VPA (the reference answer)',
			beneResolved,
			{
				valid: true, verified: null, status: 'VALID', reason: 'Mobile Number Resolved Successfully', nameAtBank: 'Aditya', nameSent: null, nameMatch: null,
				accountType: 'UPI', account: null, ifsc: null, vpa: 'test@upi', ids: { customerId: '14212551', beneId: 'beneID11' }, juspayStatus: 'VALID',
			},
		],
		[
			'a mobile with no VPA (status ERROR, UNABLE_TO_VALIDATE)',
			{ uniqueId: 'beneID11', status: 'ERROR', responseCode: 'UNABLE_TO_VALIDATE', validateResp: { status: 'FAILURE' }, beneDetails: { details: { mobile: '9876500000' }, type: 'UPI_ID' } },
			{
				...nullVerdict, valid: null, verified: null, status: 'ERROR', reason: 'UNABLE_TO_VALIDATE', accountType: 'UPI',
				ids: { customerId: '14212551', beneId: 'beneID11' }, juspayStatus: 'ERROR',
			},
		],
	])('Resolve: %s', async (_what, answer, verdict) => {
		juspay().reply('POST', V1, 200, answer);

		const result = await runJuspay({ parameters: { resource: 'beneficiary', operation: 'resolve', customerId: '14212551', beneId: 'beneID11', mobile: '8088375524' } });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([{ json: verdict, pairedItem: { item: 0 } }]);
	});

	it.each([
		['validate', { beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '026291800001191', ifsc: 'YESB0000262' }, 'POST', V1],
		['resolve', { mobile: '8088375524' }, 'POST', V1],
	] as const)('Simplify off on %s returns Juspay’s raw answer unchanged', async (operation, fields, method, path) => {
		juspay().reply(method, path, 200, beneBank());

		const result = await runJuspay({ parameters: params('beneficiary', operation, { customerId: 'c1', beneId: 'ravibene4', ...fields }) });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([{ json: beneBank(), pairedItem: { item: 0 } }]);
	});
});

/* ================================================================== 3. name match */

describe('Name match in the output', () => {
	const EXACT_ASHA = { score: 100, band: 'EXACT', expectedName: 'Asha Verma', explanation: 'same name' };
	const validateBene = (fields: INodeParameters): INodeParameters => ({
		resource: 'beneficiary',
		operation: 'validate',
		customerId: 'cust_nm',
		beneId: 'bene_nm',
		beneficiaryType: 'ACCOUNT_IFSC',
		accountNumber: '026291800001191',
		ifsc: 'YESB0000262',
		...fields,
	});

	const PARTIAL_TEST_HOLDER = { score: 79, band: 'PARTIAL', expectedName: 'Test Holder', explanation: "only in the bank's name: ACCOUNT; same: TEST, HOLDER" };

	it.each([
		['Beneficiary Name given', { additionalFields: { name: 'Asha Verma' } }, 'ASHA VERMA', EXACT_ASHA, true],
		[
			'Beneficiary Name with a dot (sent without it, matched as typed)',
			{ additionalFields: { name: 'Asha K. Verma' } },
			'ASHA K VERMA',
			{ score: 100, band: 'EXACT', expectedName: 'Asha K. Verma', explanation: 'same name' },
			true,
		],
		['no name at all', {}, 'TEST ACCOUNT HOLDER', null, null],
		['only Options → Name to Match, a word missing at the bank', { options: { expectedName: 'Test Holder' } }, 'TEST ACCOUNT HOLDER', PARTIAL_TEST_HOLDER, false],
		[
			'Name Match Threshold Partial: the same name is verified',
			{ options: { expectedName: 'Test Holder', nameMatchThreshold: 'PARTIAL' } },
			'TEST ACCOUNT HOLDER',
			PARTIAL_TEST_HOLDER,
			true,
		],
		['Name Match Threshold Exact: a name in another order is not verified', { options: { expectedName: 'Verma Asha', nameMatchThreshold: 'EXACT' }, additionalFields: { name: 'Asha Verma' } }, 'ASHA VERMA', { score: 95, band: 'STRONG', expectedName: 'Verma Asha', explanation: 'another order; same: VERMA, ASHA' }, false],
		[
			'Name to Match wins over Beneficiary Name',
			{ additionalFields: { name: 'Asha Verma' }, options: { expectedName: 'Rahul Kumar' } },
			'ASHA VERMA',
			{ score: 0, band: 'NONE', expectedName: 'Rahul Kumar', explanation: 'no word in common' },
			false,
		],
	])('Beneficiary → Validate (sandbox), %s', async (_what, fields, nameAtBank, nameMatch, verified) => {
		const result = await runJuspay({ credential: local.credential, parameters: validateBene(fields) });

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ valid: true, verified, status: 'VALID', nameAtBank, nameMatch })]);
	});

	it('Customer Account → Create and Validate: account_details.name is never the bank\'s name, whatever it holds (no nameAtBank, nothing scored)', async () => {
		juspay()
			.reply('GET', '/customers/cst_1/customer-accounts/list', 200, { list: [], count: 0 })
			.reply('POST', '/customers/cst_1/accounts', 200, [customerAccount('banh_1', { customerId: 'cst_1', details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' } })])
			.reply('POST', '/customers/cst_1/accounts', 200, [customerAccount('banh_2', { customerId: 'cst_1', details: { name: 'MRS PRIYA SHARMA', ifsc: 'CITI0000001', account: '02014457596968' } })])
			.reply('POST', '/customers/cst_1/accounts', 200, [customerAccount('banh_3', { customerId: 'cst_1', details: { name: 'RAHUL KUMAR', ifsc: 'SBIN0008752', account: '000100289877623' } })])
			.reply('POST', '/customers/cst_1/accounts', 200, [customerAccount('banh_4', { customerId: 'cst_1', details: { vpa: 'success@upi' } })]);

		const result = await runJuspay({
			parameters: {
				resource: 'customerAccount',
				operation: 'createAndValidate',
				customerId: 'cst_1',
				accounts: {
					bankAccount: [
						{ account: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' },
						{ account: '02014457596968', ifsc: 'CITI0000001', name: 'Priya Sharma' },
						{ account: '000100289877623', ifsc: 'SBIN0008752' },
					],
					upi: [{ vpa: 'success@upi' }],
				},
				options: { expectedName: 'Priya Sharma' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay').map((v) => [v.nameAtBank, v.nameSent, v.nameMatch])).toEqual([
			[null, 'Asha Verma', null],
			[null, 'Priya Sharma', null],
			[null, null, null],
			[null, null, null],
		]);
	});

	const heldBy = (id: string, name: string) => customerAccount(id, { customerId: 'cst_1', details: { name, ifsc: 'YESB0000262', account: '026291800001191' } });
	it.each([
		['Get without Name to Match', { operation: 'get', customerAccountId: 'banh_1' }, 'banh_1', heldBy('banh_1', 'RAHUL KUMAR')],
		['Get with Name to Match', { operation: 'get', customerAccountId: 'banh_1', options: { expectedName: 'R Kumar' } }, 'banh_1', heldBy('banh_1', 'RAHUL KUMAR')],
		['Get Many with Name to Match', { operation: 'getAll', returnAll: true, options: { expectedName: 'Rahul Kumar' } }, 'list', { list: [heldBy('a1', 'KUMAR RAHUL'), heldBy('a2', 'PRIYA SHARMA')], count: 2 }],
	])('Customer Account → %s: the names Juspay holds are the customer\'s own, so no nameAtBank and nothing is scored', async (_what, fields, path, answer) => {
		juspay().reply('GET', `/customers/cst_1/customer-accounts/${path}`, 200, answer);

		const result = await runJuspay({ parameters: { resource: 'customerAccount', customerId: 'cst_1', ...fields } });

		expect(result.error).toBeUndefined();
		const scored = result.json('Juspay').map((v) => [v.nameAtBank, v.nameSent, v.nameMatch]);
		expect(scored).toEqual(path === 'list' ? [[null, null, null], [null, null, null]] : [[null, null, null]]);
	});

	it('Beneficiary → Resolve with Options → Name to Match compares it with the name Juspay found', async () => {
		juspay().reply('POST', V1, 200, beneResolved);

		const result = await runJuspay({
			parameters: {
				resource: 'beneficiary', operation: 'resolve', customerId: '14212551', beneId: 'beneID11', mobile: '8088375524',
				options: { expectedName: 'Aditya' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([
			expect.objectContaining({ verified: true, nameAtBank: 'Aditya', nameMatch: { score: 100, band: 'EXACT', expectedName: 'Aditya', explanation: 'same name' } }),
		]);
	});

	it('Beneficiary → Resolve with Beneficiary Name given: nameMatch is present although Juspay does not echo the name', async () => {
		juspay().reply('POST', V1, 200, beneResolved);

		const result = await runJuspay({
			parameters: {
				resource: 'beneficiary', operation: 'resolve', customerId: '14212551', beneId: 'beneID11', mobile: '8088375524',
				additionalFields: { name: 'Aditya Kadrolkar' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([
			expect.objectContaining({
				verified: false,
				nameAtBank: 'Aditya',
				nameMatch: { score: 67, band: 'PARTIAL', expectedName: 'Aditya Kadrolkar', explanation: "not in the bank's name: KADROLKAR; same: ADITYA" },
			}),
		]);
	});

	it('Beneficiary → Validate with Beneficiary Name given and an answer without beneDetails: nameMatch is present', async () => {
		const answer: IDataObject = beneBank({ uniqueId: 'bene_nm' });
		delete answer.beneDetails;
		juspay().reply('POST', V1, 200, answer);

		const result = await runJuspay({ parameters: validateBene({ additionalFields: { name: 'John Doe' } }) });

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([
			expect.objectContaining({ verified: true, nameAtBank: 'JOHN DOE', nameMatch: { score: 100, band: 'EXACT', expectedName: 'John Doe', explanation: 'same name' } }),
		]);
	});
});

/* ================================================================== 4. Wait for Final Status (sandbox) */

const WAIT = { waitForFinalStatus: true, pollInterval: 1, maxWait: 2 };

describe('Wait for Final Status against the sandbox', () => {
	const validateBene = (account: string, ifsc: string, options: INodeParameters = WAIT, extra: INodeParameters = {}): INodeParameters => ({
		resource: 'beneficiary',
		operation: 'validate',
		customerId: 'cust_w',
		beneId: 'bene_w',
		beneficiaryType: 'ACCOUNT_IFSC',
		accountNumber: account,
		ifsc,
		options,
		...extra,
	});

	it.each([
		['02014457596968', 'CITI0000001', 'PENDING → VALID', true, 'VALID'],
		['02014457596967', 'CITI0000001', 'PENDING → INVALID', false, 'INVALID'],
		['2640101002728', 'CNRR0002640', 'TIMEOUT → VALID', true, 'VALID'],
		['2640101002729', 'CNRR0002640', 'TIMEOUT → ERROR', null, 'ERROR'],
	])('Beneficiary → Validate %s / %s (%s): one POST, one GET, the final verdict with statusChecks 1', async (account, ifsc, _flow, valid, status) => {
		const result = await runJuspay({ credential: local.credential, parameters: validateBene(account, ifsc) });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([
			{
				json: expect.objectContaining({ valid, status, juspayStatus: status, account, ifsc, ids: { customerId: 'cust_w', beneId: 'bene_w' }, statusChecks: 1 }),
				pairedItem: { item: 0 },
			},
		]);
		expect(result.json('Juspay')[0]).not.toHaveProperty('waitTimedOut');
		expect(received(local.sandbox)).toEqual([
			{
				method: 'POST',
				path: V1,
				headers: sandboxPayoutHeaders,
				body: { beneId: 'bene_w', customerId: 'cust_w', command: 'validate', beneDetails: { details: { ifsc, account }, type: 'ACCOUNT_IFSC' } },
			},
			{ method: 'GET', path: `${V1}/cust_w/bene_w`, headers: sandboxPayoutHeaders, body: null },
		]);
	});

	it('02014457596969 (always PENDING) with Max Wait 2 s: returned PENDING with waitTimedOut, not an error; one GET per status check', async () => {
		const started = Date.now();
		const result = await runJuspay({ credential: local.credential, parameters: validateBene('02014457596969', 'CITI0000001') });

		expect(result.status).toBe('success');
		expect(result.error).toBeUndefined();
		const [out] = result.json('Juspay');
		expect(out).toEqual(expect.objectContaining({ valid: null, status: 'PENDING', waitTimedOut: true }));
		const gets = sent(local.sandbox).filter((r) => r.startsWith('GET') && !r.endsWith('/list'));
		expect(out.statusChecks).toBe(gets.length);
		expect(gets.length).toBeGreaterThanOrEqual(1);
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, ...gets.map(() => `GET ${V1}/cust_w/bene_w`)]);
		// It gave up without waiting past Max Wait (plus request time).
		expect(Date.now() - started).toBeLessThan(2000 + 1500);
	});

	it('an answer that is already final is not checked again (statusChecks 0)', async () => {
		const result = await runJuspay({ credential: local.credential, parameters: validateBene('026291800001191', 'YESB0000262') });

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ status: 'VALID', statusChecks: 0 })]);
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`]);
	});

	it('without Wait for Final Status a PENDING answer is returned at once: no GET, no wait marks', async () => {
		const result = await runJuspay({ credential: local.credential, parameters: validateBene('02014457596968', 'CITI0000001', {}) });

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ status: 'PENDING', valid: null })]);
		expect(result.json('Juspay')[0]).not.toHaveProperty('statusChecks');
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`]);
	});

	it('Customer Account → Create and Validate: only the pending account is polled (GET), PENDING → ACTIVE', async () => {
		const result = await runJuspay({
			credential: local.credential,
			parameters: {
				resource: 'customerAccount',
				operation: 'createAndValidate',
				customerId: 'cust_w',
				accounts: { bankAccount: [{ account: '02014457596968', ifsc: 'CITI0000001' }], upi: [{ vpa: 'success@upi' }] },
				options: WAIT,
			},
		});

		expect(result.error).toBeUndefined();
		const out = result.json('Juspay');
		expect(out).toEqual([
			expect.objectContaining({ valid: true, status: 'VALID', juspayStatus: 'ACTIVE', account: '02014457596968', statusChecks: 1 }),
			expect.objectContaining({ valid: true, status: 'VALID', juspayStatus: 'ACTIVE', vpa: 'success@upi', statusChecks: 0 }),
		]);
		const bankId = (out[0].ids as IDataObject).customerAccountId;
		expect(received(local.sandbox).map((r) => [r.method, r.path, r.headers])).toEqual([
			['GET', '/customers/cust_w/customer-accounts/list', sandboxCustomerHeaders('cust_w')],
			['POST', '/customers/cust_w/accounts', sandboxCustomerHeaders('cust_w')],
			['POST', '/customers/cust_w/accounts', sandboxCustomerHeaders('cust_w')],
			['GET', `/customers/cust_w/customer-accounts/${bankId}`, sandboxCustomerHeaders('cust_w')],
		]);
	});

	it('Customer Account → Create and Validate 02014457596969 (always PENDING): PENDING with waitTimedOut, not an error', async () => {
		const result = await runJuspay({
			credential: local.credential,
			parameters: {
				resource: 'customerAccount',
				operation: 'createAndValidate',
				customerId: 'cust_w',
				accounts: { bankAccount: [{ account: '02014457596969', ifsc: 'CITI0000001' }] },
				options: WAIT,
			},
		});

		expect(result.status).toBe('success');
		const [out] = result.json('Juspay');
		expect(out).toEqual(expect.objectContaining({ valid: null, status: 'PENDING', juspayStatus: 'PENDING', waitTimedOut: true }));
		const gets = sent(local.sandbox).filter((r) => r.startsWith('GET') && !r.endsWith('/list'));
		expect(gets.length).toBeGreaterThanOrEqual(1);
		expect(out.statusChecks).toBe(gets.length);
	});

	it('Customer Account → Validate (of an account created earlier): read first (CREATED), POST validate, then GET, PENDING → ACTIVE', async () => {
		const created = await runJuspay({
			credential: local.credential,
			parameters: {
				resource: 'customerAccount',
				operation: 'create',
				customerId: 'cust_w',
				accounts: { bankAccount: [{ account: '02014457596968', ifsc: 'CITI0000001' }] },
			},
		});
		expect(created.json('Juspay')).toEqual([expect.objectContaining({ validation_status: 'CREATED' })]);
		const id = String(created.json('Juspay')[0].customer_account_id);
		local.sandbox.clear();

		const result = await runJuspay({
			credential: local.credential,
			parameters: { resource: 'customerAccount', operation: 'validate', customerId: 'cust_w', customerAccountId: id, options: WAIT },
		});

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([
			{
				json: expect.objectContaining({ valid: true, status: 'VALID', juspayStatus: 'ACTIVE', ids: { customerId: 'cust_w', customerAccountId: id }, statusChecks: 1 }),
				pairedItem: { item: 0 },
			},
		]);
		expect(sent(local.sandbox)).toEqual([
			`GET /customers/cust_w/customer-accounts/${id}`,
			`POST /customers/cust_w/customer-accounts/${id}/validate`,
			`GET /customers/cust_w/customer-accounts/${id}`,
		]);
	});

	it('Get and Get Status never wait, even with the option set (they send no validation)', async () => {
		await runJuspay({ credential: local.credential, parameters: validateBene('02014457596969', 'CITI0000001', {}) });
		local.sandbox.clear();

		const result = await runJuspay({
			credential: local.credential,
			parameters: { resource: 'beneficiary', operation: 'getStatus', customerId: 'cust_w', beneId: 'bene_w', options: WAIT },
		});

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ status: 'PENDING' })]);
		expect(result.json('Juspay')[0]).not.toHaveProperty('statusChecks');
		expect(sent(local.sandbox)).toEqual([`GET ${V1}/cust_w/bene_w`]);
	});
});

/* ================================================================== 6. Mask Account Numbers */

describe('Options → Mask Account Numbers', () => {
	const ACCOUNT = '026291800001191';
	const MASKED = 'XXXXXXXXXXX1191';
	const bank = customerAccount('banh_1', { customerId: 'cst_1' });
	const upi = customerAccount('banh_2', { customerId: 'cst_1', details: { vpa: 'success@upi' } });
	const cases: Array<{ name: string; parameters: INodeParameters; mock: (api: ReturnType<typeof juspay>) => unknown }> = [
		{
			name: 'Customer Account → Get',
			parameters: { resource: 'customerAccount', operation: 'get', customerId: 'cst_1', customerAccountId: 'banh_1' },
			mock: (api) => api.reply('GET', '/customers/cst_1/customer-accounts/banh_1', 200, bank),
		},
		{
			name: 'Customer Account → Get Many',
			parameters: { resource: 'customerAccount', operation: 'getAll', customerId: 'cst_1', returnAll: true },
			mock: (api) => api.reply('GET', '/customers/cst_1/customer-accounts/list', 200, { list: [bank, upi], count: 2 }),
		},
		{
			name: 'Customer Account → Create and Validate',
			parameters: {
				resource: 'customerAccount', operation: 'createAndValidate', customerId: 'cst_1',
				accounts: { bankAccount: [{ account: ACCOUNT, ifsc: 'YESB0000262' }], upi: [{ vpa: 'success@upi' }] },
			},
			mock: (api) =>
				api
					.reply('GET', '/customers/cst_1/customer-accounts/list', 200, { list: [], count: 0 })
					.reply('POST', '/customers/cst_1/accounts', 200, [bank])
					.reply('POST', '/customers/cst_1/accounts', 200, [upi]),
		},
		{
			name: 'Customer Account → Create',
			parameters: {
				resource: 'customerAccount', operation: 'create', customerId: 'cst_1',
				accounts: { bankAccount: [{ account: ACCOUNT, ifsc: 'YESB0000262' }] },
			},
			mock: (api) => api.reply('POST', '/customers/cst_1/accounts', 200, [{ ...bank, validation_status: 'CREATED' }]),
		},
		{
			name: 'Beneficiary → Validate',
			parameters: {
				resource: 'beneficiary', operation: 'validate', customerId: 'ravi1', beneId: 'ravibene4',
				beneficiaryType: 'ACCOUNT_IFSC', accountNumber: ACCOUNT, ifsc: 'YESB0000262',
			},
			mock: (api) => api.reply('POST', V1, 200, beneBank()),
		},
		{
			name: 'Beneficiary → Get Status',
			parameters: { resource: 'beneficiary', operation: 'getStatus', customerId: 'ravi1', beneId: 'ravibene4' },
			mock: (api) => api.reply('GET', `${V1}/ravi1/ravibene4`, 200, beneBank()),
		},
		{
			name: 'Beneficiary → Create',
			parameters: {
				resource: 'beneficiary', operation: 'create', customerId: 'ravi1', beneId: 'ravibene4',
				beneficiaryType: 'ACCOUNT_IFSC', accountNumber: ACCOUNT, ifsc: 'YESB0000262',
			},
			mock: (api) => api.reply('POST', V1, 200, { uniqueId: 'ravibene4', status: 'CREATED', beneDetails: beneBank().beneDetails }),
		},
	];
	// Create has no Simplify (it returns Juspay's object): run it once.
	const table = cases.flatMap((c) => (c.name.endsWith('Create') ? [false] : [true, false]).map((simplify) => ({ ...c, simplify })));

	it.each(table)('$name, Simplify $simplify: the account number is masked everywhere, nothing else changes', async ({ parameters, mock, simplify }) => {
		const run = async (mask: boolean) => {
			// Two n8n processes, each answered by the same Juspay: the second must not read what the first paid for.
			forgetPaid();
			mock(juspay());
			const result = await runJuspay({ parameters: { ...parameters, simplify, options: { maskAccountNumbers: mask } } });
			expect(result.error).toBeUndefined();
			return items(result.output('Juspay'));
		};
		const plain = await run(false);
		const masked = await run(true);

		expect(JSON.stringify(plain)).toContain(ACCOUNT);
		expect(JSON.stringify(masked)).not.toContain(ACCOUNT);
		expect(JSON.stringify(masked)).toContain(MASKED);
		expect(masked).toEqual(replaceString(plain, ACCOUNT, MASKED));
	});

	it('the request still carries the full account number (masking is for the output only)', async () => {
		const api = juspay().reply('POST', V1, 200, beneBank());

		const result = await runJuspay({
			parameters: { ...cases[4].parameters, options: { maskAccountNumbers: true } },
		});

		expect(result.error).toBeUndefined();
		expect((api.requests[0].body as { beneDetails: { details: IDataObject } }).beneDetails.details.account).toBe(ACCOUNT);
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ account: MASKED })]);
	});

	it('against the sandbox with Wait for Final Status: the final (waited-for) answer is masked too', async () => {
		const result = await runJuspay({
			credential: local.credential,
			parameters: {
				resource: 'beneficiary', operation: 'validate', customerId: 'cust_m', beneId: 'bene_m',
				beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '02014457596968', ifsc: 'CITI0000001', simplify: false,
				options: { ...WAIT, maskAccountNumbers: true },
			},
		});

		expect(result.error).toBeUndefined();
		const [out] = result.json('Juspay');
		expect(out).toEqual(expect.objectContaining({ status: 'VALID', statusChecks: 1 }));
		expect((out.beneDetails as { details: IDataObject }).details.account).toBe('XXXXXXXXXX6968');
		expect(JSON.stringify(out)).not.toContain('02014457596968');
	});
});

/* ================================================================== 7. Concurrency */

describe('Options → Concurrency against the sandbox (latency 100 ms)', () => {
	const rows = Array.from({ length: 12 }, (_, i) => ({ id: `bene_cc_${i}`, vpa: i % 3 === 1 ? 'invalid@upi' : 'success@upi' }));
	const parameters = (concurrency: number): INodeParameters => ({
		resource: 'beneficiary',
		operation: 'validate',
		customerId: 'cust_cc',
		beneId: '={{ $json.id }}',
		beneficiaryType: 'UPI_ID',
		vpa: '={{ $json.vpa }}',
		options: { concurrency },
	});
	const expected = rows.map((row, i) => ({
		json: {
			...nullVerdict,
			valid: row.vpa === 'success@upi',
			// No name to compare: null, unless the UPI ID is invalid.
			verified: row.vpa === 'success@upi' ? null : false,
			status: row.vpa === 'success@upi' ? 'VALID' : 'INVALID',
			reason: row.vpa === 'success@upi' ? 'VPA verification successful' : 'Invalid VPA',
			nameAtBank: row.vpa === 'success@upi' ? 'TEST ACCOUNT HOLDER' : null,
			accountType: 'UPI',
			vpa: row.vpa,
			ids: { customerId: 'cust_cc', beneId: row.id },
			juspayStatus: row.vpa === 'success@upi' ? 'VALID' : 'INVALID',
		},
		pairedItem: { item: i },
	}));

	/** Arrival times: with at most `n` in flight, request k can only arrive after request k-n was answered (≥ latency later). */
	const arrivals = () => local.sandbox.requests.map((r) => r.time);

	it('12 items, concurrency 4: outputs in input order, paired i → i, at most 4 in flight, well under 12 × 100 ms', async () => {
		local.sandbox.setLatency(100);

		const result = await runJuspay({ credential: local.credential, inputItems: rows, parameters: parameters(4) });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(expected);
		expect(local.sandbox.requests).toHaveLength(12);
		const times = arrivals();
		// The first four went out together ...
		expect(times[3] - times[0]).toBeLessThan(100);
		// ... and never more than four at once.
		for (let k = 4; k < times.length; k++) expect(times[k] - times[k - 4]).toBeGreaterThanOrEqual(95);
		// A sanity bound, not a benchmark: 3 rounds of 100 ms, far from 12 × 100 ms.
		expect(result.task('Juspay').executionTime).toBeLessThan(800);
	});

	it('12 items, concurrency 1: the same outputs, one request at a time', async () => {
		local.sandbox.setLatency(100);

		const result = await runJuspay({ credential: local.credential, inputItems: rows, parameters: parameters(1) });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(expected);
		const times = arrivals();
		for (let k = 1; k < times.length; k++) expect(times[k] - times[k - 1]).toBeGreaterThanOrEqual(95);
		expect(result.task('Juspay').executionTime).toBeGreaterThanOrEqual(12 * 95);
	});
});
