/**
 * Every operation, run as a whole workflow through n8n-core's engine with the
 * credential's real `authenticate`: the exact request Juspay receives, and
 * the exact items the next node gets.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { V1, customerHeaders, items, juspay, params, payoutHeaders, runJuspay, sortedBy, useNock } from './fixtures';
import { beneBank, beneResolved, customerAccount } from './featureFixtures';

useNock();

/* ------------------------------------------------------------------ Juspay's answers (from its reference pages) */

const bankAccount = (id: string, customerId?: string, details?: IDataObject) => customerAccount(id, { customerId, details });
const upiAccount = (id: string, customerId?: string) => customerAccount(id, { customerId, details: { vpa: '9164326296@upi' } });

/** The reference's Account IFSC answer (VALID). */
const beneBankValid = beneBank();

const beneUpiValid = {
	validateResp: {
		subCode: '200',
		status: 'SUCCESS',
		message: 'VPA verification successful',
		data: { nameAtBank: 'JOHN SNOW', accountExists: 'YES' },
	},
	uniqueId: 'ravibene5',
	status: 'VALID',
	remark: 'VPA verification successful',
	nameAtBank: 'JOHN SNOW',
	fulfillmentMethod: 'CFGEN_UPI',
	beneDetails: { details: { vpa: 'success@upi', name: 'Shubham Kumar' }, type: 'UPI_ID' },
};

const resolved = beneResolved;


/* ------------------------------------------------------------------ Customer Account */

describe('Customer Account → Create and Validate', () => {
	const path = '/customers/cst_zqqmw0v4exbhvv2l/accounts';
	const listPath = '/customers/cst_zqqmw0v4exbhvv2l/customer-accounts/list';
	const listed = (routingId: string, listAt = listPath) => ({ method: 'GET', path: listAt, headers: customerHeaders(routingId), body: undefined });

	it('lists first (free), then sends each account on its own with every field that is set; one item per account, each paired to its input', async () => {
		const api = juspay()
			.reply('GET', listPath, 200, { list: [] })
			.reply('POST', path, 200, [bankAccount('banh_jhDBzmQanmKTLoZj')])
			.reply('POST', path, 200, [upiAccount('banh_ePg3dcMBgGnFzoZj')]);

		const result = await runJuspay({
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: 'cst_zqqmw0v4exbhvv2l',
				accounts: {
					bankAccount: [{ account: '026291800001191', ifsc: 'yesb0000262', name: 'Asha Verma' }],
					upi: [{ vpa: '9164326296@upi' }],
				},
				additionalFields: {
					bankCode: 'JP_HDFC',
					gatewayId: '800',
					gatewayReferenceId: 'testing',
					preferredValidationGateway: 'cfgen',
					routingId: 'order_77',
					validationAmount: 1.5,
				},
			}),
		});

		expect(result.error).toBeUndefined();
		const form = (accountDetails: IDataObject) => ({
			command: 'validate',
			customer_id: 'cst_zqqmw0v4exbhvv2l',
			account_details: accountDetails,
			bank_code: 'JP_HDFC',
			gateway_id: '800',
			gateway_reference_id: 'testing',
			preferred_ifsc_validation_gateway: 'CFGEN',
			validation_amount: '1.5',
		});
		expect(api.requests).toEqual([
			listed('order_77'),
			{ method: 'POST', path, headers: customerHeaders('order_77'), body: form({ bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'Asha Verma' }] }) },
			{ method: 'POST', path, headers: customerHeaders('order_77'), body: form({ upi: [{ vpa: '9164326296@upi' }] }) },
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: bankAccount('banh_jhDBzmQanmKTLoZj'), pairedItem: { item: 0 } },
			{ json: upiAccount('banh_ePg3dcMBgGnFzoZj'), pairedItem: { item: 0 } },
		]);
		expect(result.json('Success')).toEqual(result.json('Juspay'));
	});

	it('sends only the required fields when Additional Fields are added but left empty (routing id = customer id)', async () => {
		const api = juspay().reply('GET', listPath, 200, { list: [] }).reply('POST', path, 200, [bankAccount('banh_1')]);

		const result = await runJuspay({
			parameters: params('customerAccount', 'createAndValidate', {
				ifAccountExists: 'createAgain',
				customerId: 'cst_zqqmw0v4exbhvv2l',
				accounts: { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262', name: '' }] },
				additionalFields: {
					bankCode: '',
					gatewayId: '',
					gatewayReferenceId: '',
					preferredValidationGateway: '  ',
					routingId: '',
				},
			}),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([
			listed('cst_zqqmw0v4exbhvv2l'),
			{
				method: 'POST',
				path,
				headers: customerHeaders('cst_zqqmw0v4exbhvv2l'),
				body: {
					command: 'validate',
					customer_id: 'cst_zqqmw0v4exbhvv2l',
					account_details: { bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191' }] },
				},
			},
		]);
		expect(items(result.output('Juspay'))).toEqual([{ json: bankAccount('banh_1'), pairedItem: { item: 0 } }]);
	});

	it('URL-encodes the customer id in the paths and sends it unchanged in the form and x-routing-id', async () => {
		const api = juspay()
			.reply('GET', '/customers/cst%3A1%40acme%2Bin/customer-accounts/list', 200, { list: [] })
			.reply('POST', '/customers/cst%3A1%40acme%2Bin/accounts', 200, [upiAccount('banh_2', 'cst:1@acme+in')]);

		const result = await runJuspay({
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: 'cst:1@acme+in',
				accounts: { upi: [{ vpa: 'asha.v@okhdfcbank' }] },
			}),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([
			listed('cst:1@acme+in', '/customers/cst%3A1%40acme%2Bin/customer-accounts/list'),
			{
				method: 'POST',
				path: '/customers/cst%3A1%40acme%2Bin/accounts',
				headers: customerHeaders('cst:1@acme+in'),
				body: {
					command: 'validate',
					customer_id: 'cst:1@acme+in',
					account_details: { upi: [{ vpa: 'asha.v@okhdfcbank' }] },
				},
			},
		]);
		expect(items(result.output('Juspay'))).toEqual([{ json: upiAccount('banh_2', 'cst:1@acme+in'), pairedItem: { item: 0 } }]);
	});

	it('takes fields from expressions, one request per input item, every output paired to its own input', async () => {
		const [A, B, C] = [
			{ name: 'A One', ifsc: 'SBIN0008752', account: '000100289877623' },
			{ name: 'B Two', ifsc: 'YESB0000262', account: '026291800001191' },
			{ name: 'C Three', ifsc: 'CITI0000001', account: '02014457596968' },
		];
		const api = juspay();
		for (const customer of ['cust_a', 'cust_b', 'cust_c']) api.reply('GET', `/customers/${customer}/customer-accounts/list`, 200, { list: [] });
		api
			.reply('POST', '/customers/cust_a/accounts', 200, [bankAccount('banh_a', 'cust_a', A)])
			.reply('POST', '/customers/cust_b/accounts', 200, [bankAccount('banh_b', 'cust_b', B)])
			.reply('POST', '/customers/cust_c/accounts', 200, [bankAccount('banh_c', 'cust_c', C)]);

		const result = await runJuspay({
			inputItems: [
				{ customer: 'cust_a', acct: '000100289877623', ifsc: 'SBIN0008752', holder: 'A One' },
				{ customer: 'cust_b', acct: '026291800001191', ifsc: 'YESB0000262', holder: 'B Two' },
				{ customer: 'cust_c', acct: '02014457596968', ifsc: 'CITI0000001', holder: 'C Three' },
			],
			// The Set node reshapes the rows; the IFSC is read back from Start through paired items.
			set: [
				{ name: 'customerId', value: '={{ $json.customer }}' },
				{ name: 'account', value: '={{ $json.acct }}' },
			],
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: '={{ $json.customerId }}',
				accounts: {
					bankAccount: [
						{
							account: '={{ $json.account }}',
							ifsc: "={{ $('Start').item.json.ifsc }}",
							name: "={{ $('Start').item.json.holder }}",
						},
					],
				},
			}),
		});

		expect(result.error).toBeUndefined();
		const posts = api.requests.filter((r) => r.method === 'POST');
		expect(sortedBy(posts, (r) => r.path).map((r) => ({ path: r.path, routing: r.headers['x-routing-id'], body: r.body }))).toEqual([
			{
				path: '/customers/cust_a/accounts',
				routing: 'cust_a',
				body: {
					command: 'validate',
					customer_id: 'cust_a',
					account_details: { bank_account: [{ ifsc: 'SBIN0008752', account: '000100289877623', name: 'A One' }] },
				},
			},
			{
				path: '/customers/cust_b/accounts',
				routing: 'cust_b',
				body: {
					command: 'validate',
					customer_id: 'cust_b',
					account_details: { bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'B Two' }] },
				},
			},
			{
				path: '/customers/cust_c/accounts',
				routing: 'cust_c',
				body: {
					command: 'validate',
					customer_id: 'cust_c',
					account_details: { bank_account: [{ ifsc: 'CITI0000001', account: '02014457596968', name: 'C Three' }] },
				},
			},
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: bankAccount('banh_a', 'cust_a', A), pairedItem: { item: 0 } },
			{ json: bankAccount('banh_b', 'cust_b', B), pairedItem: { item: 1 } },
			{ json: bankAccount('banh_c', 'cust_c', C), pairedItem: { item: 2 } },
		]);
	});
});

describe('Customer Account → Validate', () => {
	const path = '/customers/cst_zqqmw0v4exbhvv2l/customer-accounts/banh_6r9AmAtwA8Mzxebd/validate';
	const accountPath = '/customers/cst_zqqmw0v4exbhvv2l/customer-accounts/banh_6r9AmAtwA8Mzxebd';
	/** Read first: created, never validated, so it is validated. */
	const created = (id: string, customerId = 'cst_zqqmw0v4exbhvv2l') => ({ ...bankAccount(id, customerId), validation_status: 'CREATED' });

	it.each([
		['no Additional Field set: no body, x-routing-id = customer id', { preferredValidationGateway: '', routingId: '' }, 'cst_zqqmw0v4exbhvv2l', undefined],
		[
			'the preferred gateway and amount as form fields, and the Routing ID header when overridden',
			{ preferredValidationGateway: 'CFGEN', routingId: 'cart_9', validationAmount: 2 },
			'cart_9',
			{ preferred_ifsc_validation_gateway: 'CFGEN', validation_amount: '2' },
		],
	])('reads the account first (free), then posts the validation: %s', async (_what, additionalFields, routing, body) => {
		const api = juspay().reply('GET', accountPath, 200, created('banh_6r9AmAtwA8Mzxebd')).reply('POST', path, 200, bankAccount('banh_6r9AmAtwA8Mzxebd'));

		const result = await runJuspay({
			parameters: params('customerAccount', 'validate', { customerId: 'cst_zqqmw0v4exbhvv2l', customerAccountId: 'banh_6r9AmAtwA8Mzxebd', additionalFields }),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([
			{ method: 'GET', path: accountPath, headers: customerHeaders(routing), body: undefined },
			{ method: 'POST', path, headers: customerHeaders(routing), body },
		]);
		expect(items(result.output('Juspay'))).toEqual([{ json: bankAccount('banh_6r9AmAtwA8Mzxebd'), pairedItem: { item: 0 } }]);
	});

	it('URL-encodes both ids, taken from the previous node, and keeps an amount given as text exactly', async () => {
		const api = juspay()
			.reply('GET', '/customers/c%2B1/customer-accounts/banh%3Ax', 200, created('banh:x', 'c+1'))
			.reply('GET', '/customers/c2/customer-accounts/banh_y', 200, created('banh_y', 'c2'))
			.reply('POST', '/customers/c%2B1/customer-accounts/banh%3Ax/validate', 200, bankAccount('banh:x', 'c+1'))
			.reply('POST', '/customers/c2/customer-accounts/banh_y/validate', 200, bankAccount('banh_y', 'c2'));

		const result = await runJuspay({
			inputItems: [
				{ c: 'c+1', a: 'banh:x', amount: '1.50' },
				{ c: 'c2', a: 'banh_y', amount: '3' },
			],
			parameters: params('customerAccount', 'validate', {
				customerId: '={{ $json.c }}',
				customerAccountId: '={{ $json.a }}',
				additionalFields: { validationAmount: '={{ $json.amount }}' },
			}),
		});

		expect(result.error).toBeUndefined();
		expect(sortedBy(api.requests.filter((r) => r.method === 'POST'), (r) => r.path)).toEqual([
			{
				method: 'POST',
				path: '/customers/c%2B1/customer-accounts/banh%3Ax/validate',
				headers: customerHeaders('c+1'),
				body: { validation_amount: '1.50' },
			},
			{
				method: 'POST',
				path: '/customers/c2/customer-accounts/banh_y/validate',
				headers: customerHeaders('c2'),
				body: { validation_amount: '3' },
			},
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: bankAccount('banh:x', 'c+1'), pairedItem: { item: 0 } },
			{ json: bankAccount('banh_y', 'c2'), pairedItem: { item: 1 } },
		]);
	});
});

describe('Customer Account → Get', () => {
	it('uses the Routing ID field for x-routing-id, and encodes ids with ":" "@" "+"', async () => {
		const path = '/customers/guest%40shop/customer-accounts/banh%2B1';
		const api = juspay().reply('GET', path, 200, bankAccount('banh+1', 'guest@shop'));

		const result = await runJuspay({
			parameters: params('customerAccount', 'get', {
				customerId: 'guest@shop',
				customerAccountId: 'banh+1',
				additionalFields: { routingId: 'order:5521' },
			}),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([{ method: 'GET', path, headers: customerHeaders('order:5521'), body: undefined }]);
		expect(items(result.output('Juspay'))).toEqual([{ json: bankAccount('banh+1', 'guest@shop'), pairedItem: { item: 0 } }]);
	});

	it('3 input items → 3 output items, each paired to its own input (ids via $json and $("Start").item)', async () => {
		const api = juspay()
			.reply('GET', '/customers/c0/customer-accounts/a0', 200, bankAccount('a0', 'c0'))
			.reply('GET', '/customers/c1/customer-accounts/a1', 200, upiAccount('a1', 'c1'))
			.reply('GET', '/customers/c2/customer-accounts/a2', 200, bankAccount('a2', 'c2'));

		const result = await runJuspay({
			inputItems: [0, 1, 2].map((n) => ({ customer: `c${n}`, account: `a${n}` })),
			set: [{ name: 'id', value: '={{ $json.account }}' }],
			parameters: params('customerAccount', 'get', {
				customerId: "={{ $('Start').item.json.customer }}",
				customerAccountId: '={{ $json.id }}',
			}),
		});

		expect(result.error).toBeUndefined();
		expect(sortedBy(api.requests, (r) => r.path).map((r) => `${r.method} ${r.path} ${r.headers['x-routing-id']}`)).toEqual([
			'GET /customers/c0/customer-accounts/a0 c0',
			'GET /customers/c1/customer-accounts/a1 c1',
			'GET /customers/c2/customer-accounts/a2 c2',
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: bankAccount('a0', 'c0'), pairedItem: { item: 0 } },
			{ json: upiAccount('a1', 'c1'), pairedItem: { item: 1 } },
			{ json: bankAccount('a2', 'c2'), pairedItem: { item: 2 } },
		]);
	});
});

/* ------------------------------------------------------------------ Beneficiary */

describe('Beneficiary → Validate, Create and Resolve: one JSON POST with x-merchantid, and Juspay\'s answer as it came (Simplify off)', () => {
	const created = (beneDetails: IDataObject) => ({ uniqueId: 'bene_c1', status: 'CREATED', remark: 'Beneficiary created successfully', beneDetails });
	const cases: Array<{ name: string; operation: string; fields: INodeParameters; inputItems?: IDataObject[]; body: IDataObject; answer: IDataObject }> = [
		{
			name: 'Validate a bank account with every extra field: the name loses its dot, IFSC is upper-cased, the phone normalised',
			operation: 'validate',
			fields: {
				customerId: 'ravi1', beneId: 'ravibene4', beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '026291800001191', ifsc: ' yesb0000262 ',
				additionalFields: { name: 'Shubham  K. Kumar', email: 'dummy@gmail.com', phone: '+91 99999-99999', preferredGateway: 'CFGEN', metadata: '{"sheetRow": 12}' },
			},
			body: {
				beneId: 'ravibene4', customerId: 'ravi1', command: 'validate',
				beneDetails: { details: { name: 'Shubham K Kumar', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
				preferredGateway: 'CFGEN', email: 'dummy@gmail.com', phone: '9999999999', metadata: '{"sheetRow": 12}',
			},
			answer: beneBankValid,
		},
		{
			name: 'Validate a bank account with the extra fields added but left empty: none is sent',
			operation: 'validate',
			fields: {
				customerId: 'ravi1', beneId: 'ravibene4', beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '026291800001191', ifsc: 'YESB0000262',
				additionalFields: { name: '', email: '', phone: '', preferredGateway: '', metadata: '' },
			},
			body: { beneId: 'ravibene4', customerId: 'ravi1', command: 'validate', beneDetails: { details: { ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' } },
			answer: beneBankValid,
		},
		{
			name: 'Validate a UPI ID (and a name) as a UPI_ID beneficiary',
			operation: 'validate',
			fields: { customerId: 'ravi1', beneId: 'ravibene5', beneficiaryType: 'UPI_ID', vpa: 'success@upi', additionalFields: { name: 'Shubham Kumar', phone: '09999999999' } },
			body: { beneId: 'ravibene5', customerId: 'ravi1', command: 'validate', beneDetails: { details: { name: 'Shubham Kumar', vpa: 'success@upi' }, type: 'UPI_ID' }, phone: '9999999999' },
			answer: beneUpiValid,
		},
		{
			name: 'Create a bank account: command "create" with the extras',
			operation: 'create',
			fields: {
				customerId: 'cust_c', beneId: 'bene_c1', beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '026291800001191', ifsc: 'yesb0000262',
				additionalFields: { name: 'Asha Verma', email: 'asha@example.com', phone: '+91 98765 43210' },
			},
			body: {
				beneId: 'bene_c1', customerId: 'cust_c', command: 'create', email: 'asha@example.com', phone: '9876543210',
				beneDetails: { details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
			},
			answer: created({ details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' }),
		},
		{
			name: 'Create a UPI ID: command "create" with the extras',
			operation: 'create',
			fields: {
				customerId: 'cust_c', beneId: 'bene_c1', beneficiaryType: 'UPI_ID', vpa: 'asha@okhdfcbank',
				additionalFields: { name: 'Asha Verma', email: 'asha@example.com', phone: '+91 98765 43210' },
			},
			body: {
				beneId: 'bene_c1', customerId: 'cust_c', command: 'create', email: 'asha@example.com', phone: '9876543210',
				beneDetails: { details: { name: 'Asha Verma', vpa: 'asha@okhdfcbank' }, type: 'UPI_ID' },
			},
			answer: created({ details: { name: 'Asha Verma', vpa: 'asha@okhdfcbank' }, type: 'UPI_ID' }),
		},
		{
			name: 'Resolve: command "resolve" with the mobile as 10 digits, as a UPI_ID beneficiary, and the extras',
			operation: 'resolve',
			fields: {
				customerId: '14212551', beneId: 'beneID11', mobile: '+91 80883 75524',
				additionalFields: { name: 'Aditya Kadrolkar', email: 'test@gmail.com', phone: '8088375524', preferredGateway: 'YESBIZ' },
			},
			body: {
				beneId: 'beneID11', customerId: '14212551', command: 'resolve', beneDetails: { details: { name: 'Aditya Kadrolkar', mobile: '8088375524' }, type: 'UPI_ID' },
				preferredGateway: 'YESBIZ', email: 'test@gmail.com', phone: '8088375524',
			},
			answer: resolved,
		},
		{
			name: 'Resolve a mobile number that arrives as a JS number (no leading zero to lose): sent as text',
			operation: 'resolve',
			inputItems: [{ mobile: 8088375524, id: 'r1' }],
			fields: { customerId: 'c1', beneId: '={{ $json.id }}', mobile: '={{ $json.mobile }}', additionalFields: { name: '', email: '' } },
			body: { beneId: 'r1', customerId: 'c1', command: 'resolve', beneDetails: { details: { mobile: '8088375524' }, type: 'UPI_ID' } },
			answer: resolved,
		},
	];

	it.each(cases)('$name', async ({ operation, fields, inputItems, body, answer }) => {
		const api = juspay().reply('POST', V1, 200, answer);

		// Create has no Simplify: its answer always comes out as it is.
		const result = await runJuspay({ inputItems, parameters: params('beneficiary', operation, fields, operation !== 'create') });

		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([{ method: 'POST', path: V1, headers: payoutHeaders, body }]);
		expect(items(result.output('Juspay'))).toEqual([{ json: answer, pairedItem: { item: 0 } }]);
	});
});

describe('Beneficiary → Validate (ACCOUNT_IFSC), several rows', () => {
	it('sends a Beneficiary Name as people type it in letters, digits and spaces, and matches the name as typed (never a row lost to punctuation)', async () => {
		const rows = [
			{ id: 'bene_0', name: 'Sai & Sons', sent: 'Sai AND Sons', atBank: 'SAI AND SONS', band: 'EXACT', verified: true },
			{ id: 'bene_1', name: 'Gupta, Sanjay', sent: 'Gupta Sanjay', atBank: 'SANJAY GUPTA', band: 'EXACT', verified: true },
			{ id: 'bene_2', name: 'M/s Om Traders', sent: 'Ms Om Traders', atBank: 'OM TRADERS', band: 'EXACT', verified: true },
			{ id: 'bene_3', name: 'Kumar (HUF)', sent: 'Kumar HUF', atBank: 'KUMAR HUF', band: 'EXACT', verified: true },
			{ id: 'bene_4', name: "Liam O'Brien", sent: 'Liam OBrien', atBank: 'LIAM O BRIEN', band: 'STRONG', verified: true },
			{ id: 'bene_5', name: 'Asha@Verma', sent: 'Asha Verma', atBank: 'USHA VERMA', band: 'WEAK', verified: false },
			{ id: 'bene_6', name: '<script>alert(1)</script>', sent: 'script alert 1 script', atBank: 'ASHA VERMA', band: 'NONE', verified: false },
		];
		const atBank = new Map(rows.map((row) => [row.id, row.atBank]));
		const api = juspay().replyWith('POST', V1, rows.length, (request) => {
			const { beneId, beneDetails } = request.body as IDataObject;
			return [200, { ...beneBank({ uniqueId: beneId, beneDetails }), nameAtBank: atBank.get(String(beneId)) }];
		});

		const result = await runJuspay({
			inputItems: rows.map(({ id, name }) => ({ id, name })),
			parameters: params(
				'beneficiary',
				'validate',
				{
					customerId: 'cust_1',
					beneId: '={{ $json.id }}',
					beneficiaryType: 'ACCOUNT_IFSC',
					accountNumber: '026291800001191',
					ifsc: 'YESB0000262',
					additionalFields: { name: '={{ $json.name }}' },
				},
				false,
			),
		});

		expect(result.error).toBeUndefined();
		expect(sortedBy(api.requests, (r) => String((r.body as IDataObject).beneId)).map((r) => r.body)).toEqual(
			rows.map((row) => ({
				beneId: row.id,
				customerId: 'cust_1',
				command: 'validate',
				beneDetails: { details: { name: row.sent, ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
			})),
		);
		expect(result.json('Juspay').map((v) => [v.nameSent, (v.nameMatch as IDataObject).expectedName, (v.nameMatch as IDataObject).band, v.verified])).toEqual(
			rows.map((row) => [row.sent, row.name, row.band, row.verified]),
		);
	});

	it('reads a spreadsheet-like row per item, sends metadata from an object as JSON text, pairs every answer', async () => {
		const answer = (beneId: unknown) => ({ ...beneBankValid, uniqueId: beneId });
		const api = juspay().replyWith('POST', V1, 3, (request) => [200, answer((request.body as IDataObject).beneId)]);

		const rows = [
			{ id: 'bene_0', acct: '000100289877623', ifsc: 'SBIN0008752', row: 2 },
			{ id: 'bene_1', acct: '026291800001191', ifsc: 'YESB0000262', row: 3 },
			{ id: 'bene_2', acct: '2640101002728', ifsc: 'CNRR0002640', row: 4 },
		];
		const result = await runJuspay({
			inputItems: rows,
			set: [
				{ name: 'beneId', value: '={{ $json.id }}' },
				{ name: 'meta', value: '={{ { sheetRow: $json.row } }}', type: 'object' },
			],
			parameters: params('beneficiary', 'validate', {
				customerId: 'cust_1042',
				beneId: '={{ $json.beneId }}',
				beneficiaryType: 'ACCOUNT_IFSC',
				accountNumber: "={{ $('Start').item.json.acct }}",
				ifsc: "={{ $('Start').item.json.ifsc }}",
				additionalFields: { metadata: '={{ $json.meta }}' },
			}),
		});

		expect(result.error).toBeUndefined();
		expect(sortedBy(api.requests, (r) => String((r.body as IDataObject).beneId)).map((r) => r.body)).toEqual(
			rows.map((row) => ({
				beneId: row.id,
				customerId: 'cust_1042',
				command: 'validate',
				beneDetails: { details: { ifsc: row.ifsc, account: row.acct }, type: 'ACCOUNT_IFSC' },
				metadata: JSON.stringify({ sheetRow: row.row }),
			})),
		);
		expect(api.requests.map((r) => [r.method, r.path, r.headers])).toEqual(rows.map(() => ['POST', V1, payoutHeaders]));
		expect(items(result.output('Juspay'))).toEqual([0, 1, 2].map((n) => ({ json: answer(`bene_${n}`), pairedItem: { item: n } })));
	});
});
