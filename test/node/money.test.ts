/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Money safety, asserted on what Juspay (the local sandbox, or nock) actually
 * received: a re-run never makes a second validation, a POST whose outcome is
 * unknown is never resent blindly, a 429 is resent only after Retry-After,
 * and an IFSC with an unknown bank code costs nothing because nothing is sent.
 */
import nock from 'nock';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { BASE_URL, V1, items, juspay, runJuspay, useNock } from './fixtures';
import { ashaVerdict, received, sandboxPayoutHeaders, sent, useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();


const validateBene = (fields: INodeParameters = {}): INodeParameters => ({
	resource: 'beneficiary',
	operation: 'validate',
	customerId: 'cust_m',
	beneId: 'bene_once',
	beneficiaryType: 'ACCOUNT_IFSC',
	accountNumber: '026291800001191',
	ifsc: 'YESB0000262',
	...fields,
});
const validateBody = (beneId = 'bene_once', account = '026291800001191', ifsc = 'YESB0000262') => ({
	beneId,
	customerId: 'cust_m',
	command: 'validate',
	beneDetails: { details: { ifsc, account }, type: 'ACCOUNT_IFSC' },
});

/* ================================================================== (a) re-running the same workflow */

describe('re-running the same Beneficiary → Validate workflow makes no second validation', () => {
	it('by default run 2 fails with E05: Juspay refused the repeated Beneficiary ID', async () => {
		const parameters = validateBene();

		const first = await runJuspay({ credential: local.credential, parameters });
		const second = await runJuspay({ credential: local.credential, parameters });

		expect(first.error).toBeUndefined();
		expect(first.json('Juspay')).toEqual([expect.objectContaining({ valid: true, status: 'VALID', ids: { customerId: 'cust_m', beneId: 'bene_once' } })]);
		expect(second.status).toBe('error');
		expect(second.error).toMatchObject({
			message: 'Juspay refused a repeated Beneficiary ID [E05, HTTP 400]: Bad request Duplicate BeneId.',
			httpCode: '400',
			context: { itemIndex: 0, juspay: { code: 'E05', httpCode: 400, outcomeUnknown: false } },
		});
		// The repeat was refused, and nothing else was sent: no status check, no retry.
		expect(received(local.sandbox)).toEqual([
			{ method: 'POST', path: V1, headers: sandboxPayoutHeaders, body: validateBody() },
			{ method: 'POST', path: V1, headers: sandboxPayoutHeaders, body: validateBody() },
		]);
	});

	it("with If Beneficiary Already Exists → Return Existing Result, a re-run returns run 1's stored result with alreadyExisted: true, raw or as the verdict", async () => {
		const parameters = validateBene({ ifExists: 'returnExisting', additionalFields: { name: 'Asha Verma' } });

		const first = await runJuspay({ credential: local.credential, parameters: { ...parameters, simplify: false } });
		const second = await runJuspay({ credential: local.credential, parameters: { ...parameters, simplify: false } });
		const third = await runJuspay({ credential: local.credential, parameters });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		const [original] = first.json('Juspay');
		expect(original).toEqual(expect.objectContaining({ uniqueId: 'bene_once', status: 'VALID' }));
		expect(original).not.toHaveProperty('alreadyExisted');
		// The very same validation (same UTR and reference of the one penny drop), marked.
		expect(items(second.output('Juspay'))).toEqual([{ json: { ...original, alreadyExisted: true }, pairedItem: { item: 0 } }]);
		expect(third.json('Juspay')).toEqual([{ ...ashaVerdict({ customerId: 'cust_m', beneId: 'bene_once' }), alreadyExisted: true }]);
		// Return Existing Result: run 1 sends and validates once; each re-run sends too, Juspay refuses
		// the repeated ID (E05, no penny drop), and the stored result is read (free).
		const send = { method: 'POST', path: V1, headers: sandboxPayoutHeaders, body: { ...validateBody(), beneDetails: { details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' } } };
		const status = { method: 'GET', path: `${V1}/cust_m/bene_once`, headers: sandboxPayoutHeaders, body: null };
		expect(received(local.sandbox)).toEqual([send, send, status, send, status]);
		expect(local.sandbox.requests.map((r) => r.status)).toEqual([200, 400, 200, 400, 200]);
	});

	it('Return Existing Result + Wait for Final Status on a still-PENDING beneficiary keeps alreadyExisted', async () => {
		const first = await runJuspay({ credential: local.credential, parameters: validateBene({ accountNumber: '02014457596969', ifsc: 'CITI0000001' }) });
		expect(first.json('Juspay')).toEqual([expect.objectContaining({ status: 'PENDING' })]);

		const second = await runJuspay({
			credential: local.credential,
			parameters: validateBene({
				accountNumber: '02014457596969',
				ifsc: 'CITI0000001',
				ifExists: 'returnExisting',
				options: { waitForFinalStatus: true, pollInterval: 1, maxWait: 2 },
			}),
		});

		expect(second.error).toBeUndefined();
		expect(second.json('Juspay')).toEqual([expect.objectContaining({ status: 'PENDING', waitTimedOut: true, alreadyExisted: true })]);
	});

	it('a POST that got a 500, recovered by the status check and then waited on, keeps recoveredByStatusCheck', async () => {
		const pending = { uniqueId: 'bene_once', status: 'PENDING', remark: 'Bank account validation is in progress' };
		const valid = { uniqueId: 'bene_once', status: 'VALID', remark: 'Bank Account details verified successfully', nameAtBank: 'JOHN DOE' };
		const api = juspay()
			.reply('POST', V1, 500, { error: true, errorCode: 'E06', errorMessage: 'Internal error', userMessage: 'Something went wrong' })
			.reply('GET', `${V1}/cust_m/bene_once`, 200, pending)
			.reply('GET', `${V1}/cust_m/bene_once`, 200, valid);

		const result = await runJuspay({
			parameters: validateBene({ simplify: false, options: { waitForFinalStatus: true, pollInterval: 1, maxWait: 5 } }),
		});

		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${V1}`, `GET ${V1}/cust_m/bene_once`, `GET ${V1}/cust_m/bene_once`]);
		expect(result.json('Juspay')).toEqual([{ ...valid, statusChecks: 1, recoveredByStatusCheck: true }]);
	});
});

/* ================================================================== (b) unknown outcome */

describe('a POST whose outcome is unknown is never resent blindly', () => {
	it.each([
		['hangs past the 1 s Timeout', { kind: 'hang' as const }],
		['gets a 500', { kind: '500' as const }],
		['gets an HTML page instead of JSON', { kind: 'html' as const }],
		['is cut off (truncated JSON)', { kind: 'truncated' as const }],
	])(
		'Beneficiary → Validate whose POST %s: status check by Beneficiary ID → 404 (never landed) → one resend → VALID',
		async (_what, fault) => {
			local.sandbox.setFaults([{ ...fault, path: '/benedetails', method: 'POST', times: 1 }]);

			const result = await runJuspay({ credential: local.credential, parameters: validateBene({ options: { timeout: 1 } }) });

			expect(result.error).toBeUndefined();
			expect(items(result.output('Juspay'))).toEqual([
				{ json: expect.objectContaining({ valid: true, status: 'VALID', ids: { customerId: 'cust_m', beneId: 'bene_once' } }), pairedItem: { item: 0 } },
			]);
			// Not a recovery: the answer is the resend's own.
			expect(result.json('Juspay')[0]).not.toHaveProperty('recoveredByStatusCheck');
			expect(received(local.sandbox)).toEqual([
				{ method: 'POST', path: V1, headers: sandboxPayoutHeaders, body: validateBody() },
				{ method: 'GET', path: `${V1}/cust_m/bene_once`, headers: sandboxPayoutHeaders, body: null },
				{ method: 'POST', path: V1, headers: sandboxPayoutHeaders, body: validateBody() },
			]);
		},
	);

	it('IFSC → Look Up with a generated Beneficiary ID: the status check and the resend use the same generated ID', async () => {
		local.sandbox.setFaults([{ kind: '500', path: '/benedetails', method: 'POST', times: 1 }]);

		const result = await runJuspay({ credential: local.credential, parameters: { resource: 'ifsc', operation: 'lookup', ifsc: 'YESB0000262' } });

		expect(result.error).toBeUndefined();
		const [post1, get, post2] = local.sandbox.requests;
		const beneId = String(post1.body?.beneId);
		expect(beneId).toMatch(/^ifsc_YESB0000262_/);
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, `GET ${V1}/n8n_ifsc_lookup/${beneId}`, `POST ${V1}`]);
		expect(get.method).toBe('GET');
		expect(post2.body).toEqual(post1.body);
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ uniqueId: beneId, status: 'VALID' })]);
	});

	it('a late-landing POST: the node\'s own resend refused with E05 → the stored result is the answer (recovered, not paid again)', async () => {
		const stored = { uniqueId: 'bene_once', status: 'VALID', remark: 'Bank Account details verified successfully' };
		const api = juspay()
			// Sent first (a new row costs one request); its answer comes after the Timeout.
			.replyDelayed('POST', V1, 1500, 200, stored)
			.reply('GET', `${V1}/cust_m/bene_once`, 404, { error: true, errorCode: 'E09', errorMessage: 'Beneficiary not found', userMessage: 'Not found' })
			.reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' });
		api.scope
			.get(`${V1}/cust_m/bene_once`)
			.optionally()
			.reply(() => {
				api.requests.push({ method: 'GET', path: `${V1}/cust_m/bene_once`, headers: {}, body: undefined });
				return [200, JSON.stringify(stored), { 'content-type': 'application/json' }];
			});

		const result = await runJuspay({ parameters: validateBene({ ifExists: 'returnExisting', simplify: false, options: { timeout: 1 } }) });

		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`POST ${V1}`,
			`GET ${V1}/cust_m/bene_once`,
			`POST ${V1}`,
			`GET ${V1}/cust_m/bene_once`,
		]);
		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([{ ...stored, recoveredByStatusCheck: true }]);
	});

	it('a typed ID with If Beneficiary Already Exists → Fail, the first POST lost at a gateway page and landed late: the node\'s own resend is refused (E05), the stored result is the answer, never advice to pay again', async () => {
		const stored = { uniqueId: 'bene_once', status: 'VALID', remark: 'Bank Account details verified successfully' };
		const notFound = { error: true, errorCode: 'E09', errorMessage: 'Beneficiary not found', userMessage: 'Not found' };
		const api = juspay()
			.reply('POST', V1, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' })
			.reply('GET', `${V1}/cust_m/bene_once`, 404, notFound)
			.reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' })
			.reply('GET', `${V1}/cust_m/bene_once`, 200, stored);

		const result = await runJuspay({ parameters: validateBene({ ifExists: 'fail', simplify: false }) });

		expect(result.error).toBeUndefined();
		// Two POSTs reached Juspay, and Juspay refused the second: one validation.
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${V1}`, `GET ${V1}/cust_m/bene_once`, `POST ${V1}`, `GET ${V1}/cust_m/bene_once`]);
		expect(result.json('Juspay')).toEqual([{ ...stored, recoveredByStatusCheck: true }]);
	});

	it('the same, with no stored result yet: the outcome is unknown and the advice never says to use a new Beneficiary ID', async () => {
		const notFound = { error: true, errorCode: 'E09', errorMessage: 'Beneficiary not found', userMessage: 'Not found' };
		juspay()
			.reply('POST', V1, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' })
			.reply('GET', `${V1}/cust_m/bene_once`, 404, notFound)
			.reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' })
			.reply('GET', `${V1}/cust_m/bene_once`, 404, notFound);

		const result = await runJuspay({ parameters: validateBene({ ifExists: 'fail' }) });

		expect(result.error).toMatchObject({ context: { juspay: { outcomeUnknown: true } } });
		expect(result.error?.message).toBe("Juspay refused the node's own resend to validate the beneficiary as a repeated Beneficiary ID (bene_once), and shows no result for it yet");
		expect(result.error?.description).toContain('do not send it again under a new Beneficiary ID');
		expect(result.error?.description).not.toMatch(/Use a new Beneficiary ID/);
	});

	it('the same, the status read after the refusal failing (500 on each of its four tries), with Retry On Fail: the outcome stays unknown, and the retry only reads; no third POST', async () => {
		const stored = { uniqueId: 'bene_once', status: 'VALID', remark: 'Bank Account details verified successfully' };
		const notFound = { error: true, errorCode: 'E09', errorMessage: 'Beneficiary not found', userMessage: 'Not found' };
		const down = { error: true, errorCode: 'E06', errorMessage: 'Internal error', userMessage: 'Internal' };
		const api = juspay()
			.reply('POST', V1, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' })
			.reply('GET', `${V1}/cust_m/bene_once`, 404, notFound)
			.reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' })
			.reply('GET', `${V1}/cust_m/bene_once`, 500, down)
			.reply('GET', `${V1}/cust_m/bene_once`, 500, down)
			.reply('GET', `${V1}/cust_m/bene_once`, 500, down)
			.reply('GET', `${V1}/cust_m/bene_once`, 500, down)
			.reply('GET', `${V1}/cust_m/bene_once`, 200, stored);

		const result = await runJuspay({ parameters: validateBene({ ifExists: 'fail', simplify: false }), retry: { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 } });

		expect(result.error).toBeUndefined();
		expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
		expect(result.json('Juspay')).toEqual([{ ...stored, recoveredByStatusCheck: true }]);
	}, 15_000);
});

/* ================================================================== (c) 429 */

describe('429 with Retry-After: 1 on a POST (Juspay refused it before acting) is resent after ~1 s', () => {
	it.each([
		['Beneficiary → Validate', validateBene(), '/benedetails', V1, { status: 'VALID' }],
		[
			'Customer Account → Create and Validate',
			{
				resource: 'customerAccount',
				operation: 'createAndValidate',
				customerId: 'cust_m',
				accounts: { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262' }] },
			},
			'/accounts',
			'/customers/cust_m/accounts',
			{ status: 'VALID', juspayStatus: 'ACTIVE' },
		],
	] as const)('%s: exactly 2 POSTs, ≥ 1 s apart, and the item succeeds', async (_name, parameters, faultPath, path, verdict) => {
		local.sandbox.setFaults([{ kind: '429', path: faultPath, method: 'POST', times: 1, retryAfter: 1 }]);

		const result = await runJuspay({ credential: local.credential, parameters: parameters as INodeParameters });

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ valid: true, ...verdict })]);
		expect(sent(local.sandbox).filter((r) => r.startsWith('POST'))).toEqual([`POST ${path}`, `POST ${path}`]);
		const [first, second] = local.sandbox.requests.filter((r) => r.method === 'POST');
		expect(second.time - first.time).toBeGreaterThanOrEqual(950);
		expect(second.time - first.time).toBeLessThan(3000);
		expect(second.rawBody).toBe(first.rawBody);
	});

	it('the pause is shared: while one item waits out its Retry-After, the other items send nothing either', async () => {
		// nock, so each item gets its own answer and timing: r0 is refused at once (429,
		// Retry-After 1), r1 takes 300 ms; r2 may only start once r1 is done, and must
		// then wait for the pause r0 was given, not go out at +300 ms.
		const arrivals: Array<[string, number]> = [];
		const scope = nock(BASE_URL);
		const answer = (id: string, status: number, body: object, delayMs = 0, headers: Record<string, string> = {}) =>
			scope
				.post(V1, (body: IDataObject) => body.beneId === id)
				.delay(delayMs)
				.reply(() => {
					arrivals.push([id, Date.now()]);
					return [status, JSON.stringify(body), { 'content-type': 'application/json', ...headers }];
				});
		const valid = (id: string) => ({ uniqueId: id, status: 'VALID' });
		answer('r0', 429, { error: true, errorCode: 'E90', errorMessage: 'Too many requests', userMessage: 'Something went wrong' }, 0, { 'retry-after': '1' });
		answer('r0', 200, valid('r0'));
		answer('r1', 200, valid('r1'), 300);
		answer('r2', 200, valid('r2'));
		answer('r3', 200, valid('r3'));

		const result = await runJuspay({
			inputItems: [{ id: 'r0' }, { id: 'r1' }, { id: 'r2' }, { id: 'r3' }],
			parameters: { ...validateBene({ beneId: '={{ $json.id }}', beneficiaryType: 'UPI_ID', vpa: 'success@upi' }), options: { concurrency: 2 } },
		});

		expect(result.error).toBeUndefined();
		expect(result.json('Juspay').map((v) => [(v.ids as IDataObject).beneId, v.status])).toEqual([
			['r0', 'VALID'],
			['r1', 'VALID'],
			['r2', 'VALID'],
			['r3', 'VALID'],
		]);
		const refusedAt = arrivals[0][1];
		expect(arrivals[0][0]).toBe('r0');
		const after = (id: string) => arrivals.filter(([which]) => which === id).map(([, time]) => time - refusedAt);
		expect(after('r0')).toEqual([0, expect.any(Number)]);
		expect(after('r0')[1]).toBeGreaterThanOrEqual(950);
		expect(after('r2')[0]).toBeGreaterThanOrEqual(950);
		expect(after('r3')[0]).toBeGreaterThanOrEqual(950);
	});
});

/* ================================================================== (d) bank-code pre-check */

describe('Check Bank Code: an IFSC of no known bank is refused before any request', () => {
	const bad = 'ABCD0123456';
	const cases: Array<{ name: string; parameters: INodeParameters; field: string }> = [
		{ name: 'Beneficiary → Validate', parameters: validateBene({ ifsc: bad }), field: 'IFSC' },
		{ name: 'Beneficiary → Create', parameters: { ...validateBene({ ifsc: bad }), operation: 'create' }, field: 'IFSC' },
		{
			name: 'Customer Account → Create and Validate',
			parameters: { resource: 'customerAccount', operation: 'createAndValidate', customerId: 'c1', accounts: { bankAccount: [{ account: '026291800001191', ifsc: bad }] } },
			field: 'Bank Account 1 → IFSC',
		},
		{
			name: 'Customer Account → Create (the second of two bank accounts is bad)',
			parameters: {
				resource: 'customerAccount',
				operation: 'create',
				customerId: 'c1',
				accounts: { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262' }, { account: '000100289877623', ifsc: bad.toLowerCase() }] },
			},
			field: 'Bank Account 2 → IFSC',
		},
		{ name: 'IFSC → Look Up', parameters: { resource: 'ifsc', operation: 'lookup', ifsc: bad }, field: 'IFSC' },
	];

	it.each(cases)('$name: the error names the field and the item; nothing is sent', async ({ parameters, field }) => {
		const result = await runJuspay({ credential: local.credential, parameters });

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: `${field} has an unknown bank code "ABCD"`,
			description: expect.stringMatching(/^The first four letters .*"ABCD" is no known Indian bank.*Check Bank Code.*Nothing was sent to Juspay\.$/),
			context: { itemIndex: 0 },
		});
		expect(sandboxRequests()).toEqual([]);
	});

	it.each([
		['Beneficiary → Validate', validateBene({ ifsc: bad, simplify: false }), (r: IDataObject[]) => expect(r).toEqual([expect.objectContaining({ status: 'VALID' })])],
		[
			'Customer Account → Create and Validate',
			{ resource: 'customerAccount', operation: 'createAndValidate', customerId: 'c1', simplify: false, accounts: { bankAccount: [{ account: '026291800001191', ifsc: bad }] } },
			(r: IDataObject[]) => expect(r).toEqual([expect.objectContaining({ validation_status: 'ACTIVE', account_details: { ifsc: bad, account: '026291800001191' } })]),
		],
	] as const)('%s with Options → Check Bank Code off: the request is sent', async (_name, parameters, check) => {
		const result = await runJuspay({
			credential: local.credential,
			parameters: { ...(parameters as INodeParameters), options: { checkBankCode: false } },
		});

		expect(result.error).toBeUndefined();
		check(result.json('Juspay'));
		const posts = local.sandbox.requests.filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(1);
		expect(JSON.stringify(posts[0].body)).toContain(bad);
	});

	it('IFSC → Look Up with Check Bank Code off: the request is sent, and Juspay’s own answer (not found) is the error', async () => {
		const result = await runJuspay({
			credential: local.credential,
			parameters: { resource: 'ifsc', operation: 'lookup', ifsc: bad, options: { checkBankCode: false } },
		});

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({ httpCode: '404', context: { juspay: { code: 'E09' } } });
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`]);
	});

	describe("Juspay's sandbox test IFSC CNRR0002640 (a bank that does not exist)", () => {
		const cnrr = validateBene({ accountNumber: '2640101002728', ifsc: 'CNRR0002640', simplify: false });
		const production = { apiKey: 'sk_live_k3y_0000', merchantId: 'm_live', environment: 'production' };

		it('passes with a custom credential (the local sandbox)', async () => {
			const result = await runJuspay({ credential: local.credential, parameters: cnrr });

			expect(result.error).toBeUndefined();
			expect(result.json('Juspay')).toEqual([expect.objectContaining({ status: 'TIMEOUT' })]);
			expect(sent(local.sandbox)).toEqual([`POST ${V1}`]);
		});

		it("passes with the 'sandbox' environment (https://sandbox.juspay.in)", async () => {
			const api = juspay('https://sandbox.juspay.in').reply('POST', V1, 200, { uniqueId: 'bene_once', status: 'TIMEOUT' });

			const result = await runJuspay({ credential: { ...production, environment: 'sandbox' }, parameters: cnrr });

			expect(result.error).toBeUndefined();
			expect(api.requests.map((r) => [r.method, r.path, (r.body as IDataObject).beneDetails])).toEqual([
				['POST', V1, { details: { ifsc: 'CNRR0002640', account: '2640101002728' }, type: 'ACCOUNT_IFSC' }],
			]);
		});

		it('is refused in production: nothing reaches https://api.juspay.in', async () => {
			// No interceptor: any request would be reported by useNock as unmatched.
			const result = await runJuspay({ credential: production, parameters: cnrr });

			expect(result.status).toBe('error');
			expect(result.error).toMatchObject({ message: 'IFSC has an unknown bank code "CNRR"', context: { itemIndex: 0 } });
			expect(sandboxRequests()).toEqual([]);
		});

		it('is sent in production only with Check Bank Code off', async () => {
			const api = juspay('https://api.juspay.in').reply('POST', V1, 200, { uniqueId: 'bene_once', status: 'TIMEOUT' });

			const result = await runJuspay({ credential: production, parameters: { ...cnrr, options: { checkBankCode: false } } });

			expect(result.error).toBeUndefined();
			expect(api.requests).toHaveLength(1);
		});
	});

	function sandboxRequests(): string[] {
		return sent(local.sandbox);
	}
});
