/**
 * Beneficiary ID left empty: the node derives it from the details and sends
 * it; Juspay refuses an ID it has seen (E05), and the stored result is then
 * read (free) and returned, so details Juspay has seen are never paid for
 * again. A run whose sends are mostly refused reads first instead. An
 * earlier ERROR moves on to `…_2`, `…_3`; rows of one run with the same
 * details share one validation. Asserted on what the local sandbox
 * received and what n8n got back.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { derivedBeneId, type DerivedIdParts } from '../../nodes/Juspay/helpers/derivedId';
import { V1, items, juspay, runJuspay, useNock } from './fixtures';
import { ashaVerdict, received, sandboxPayoutHeaders, sent, useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();


const bankParts = (account: string, ifsc: string, operation: DerivedIdParts['operation'] = 'validate'): DerivedIdParts => ({
	operation,
	customerId: 'cust_d',
	type: 'ACCOUNT_IFSC',
	details: { account, ifsc },
});
const idOf = (account: string, ifsc: string, attempt = 1) => derivedBeneId(bankParts(account, ifsc), attempt);

const validate = (fields: INodeParameters = {}): INodeParameters => ({
	resource: 'beneficiary',
	operation: 'validate',
	customerId: 'cust_d',
	beneficiaryType: 'ACCOUNT_IFSC',
	accountNumber: '026291800001191',
	ifsc: 'YESB0000262',
	...fields,
});
const postBody = (beneId: string, account: string, ifsc: string, name?: string) => ({
	beneId,
	customerId: 'cust_d',
	command: 'validate',
	beneDetails: { details: { ...(name ? { name } : {}), ifsc, account }, type: 'ACCOUNT_IFSC' },
});
const statusRead = (beneId: string) => ({ method: 'GET', path: `${V1}/cust_d/${beneId}`, headers: sandboxPayoutHeaders, body: null });
const post = (body: IDataObject) => ({ method: 'POST', path: V1, headers: sandboxPayoutHeaders, body });

describe('Beneficiary ID left empty: derived from the details, sent under it, a repeat answered by the stored result', () => {
	it('first run: one request, the validation under the derived ID, shown in ids.beneId', async () => {
		const id = idOf('026291800001191', 'YESB0000262');

		const result = await runJuspay({ credential: local.credential, parameters: validate({ additionalFields: { name: 'Asha Verma' } }) });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual([{ json: ashaVerdict({ customerId: 'cust_d', beneId: id }), pairedItem: { item: 0 } }]);
		expect(id).toMatch(/^n8n_[0-9a-f]{32}$/);
		expect(received(local.sandbox)).toEqual([post(postBody(id, '026291800001191', 'YESB0000262', 'Asha Verma'))]);
	});

	it('a re-run with the same details typed differently (lower-case IFSC, spaces, another name) pays nothing: the stored result comes back', async () => {
		const id = idOf('026291800001191', 'YESB0000262');
		const first = await runJuspay({ credential: local.credential, parameters: validate({ simplify: false }) });
		local.sandbox.clear();

		const second = await runJuspay({
			credential: local.credential,
			parameters: validate({ simplify: false, accountNumber: ' 026291800001191 ', ifsc: 'yesb0000262', additionalFields: { name: 'Asha V' } }),
		});

		expect(second.error).toBeUndefined();
		expect(items(second.output('Juspay'))).toEqual([{ json: { ...first.json('Juspay')[0], alreadyExisted: true }, pairedItem: { item: 0 } }]);
		// Sent again, refused by Juspay as a repeat (no penny drop), then the stored result read.
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, `GET ${V1}/cust_d/${id}`]);
		expect(local.sandbox.requests[0].status).toBe(400);
	});

	// Each status Juspay may have stored for the derived ID, met by a second run.
	it.each([
		['VALID', '026291800001191', 'YESB0000262', { valid: true, status: 'VALID' }],
		['INVALID', '000100289877623', 'SBIN0008752', { valid: false, status: 'INVALID' }],
		['PENDING', '02014457596969', 'CITI0000001', { valid: null, status: 'PENDING' }],
	])('stored %s: returned as it is (alreadyExisted), the send refused as a repeat: no second validation', async (_status, account, ifsc, verdict) => {
		const id = idOf(account, ifsc);
		const first = await runJuspay({ credential: local.credential, parameters: validate({ accountNumber: account, ifsc }) });
		expect(first.json('Juspay')).toEqual([expect.objectContaining(verdict)]);
		local.sandbox.clear();

		const second = await runJuspay({ credential: local.credential, parameters: validate({ accountNumber: account, ifsc }) });

		expect(second.error).toBeUndefined();
		expect(second.json('Juspay')).toEqual([
			expect.objectContaining({ ...verdict, ids: { customerId: 'cust_d', beneId: id }, alreadyExisted: true }),
		]);
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, `GET ${V1}/cust_d/${id}`]);
		expect(local.sandbox.requests[0].status).toBe(400);
	});

	it('stored ERROR (no verdict): retried once under …_2, then …_3; after that the last result stands and nothing is sent', async () => {
		const [account, ifsc] = ['026291800001190', 'YESB0000262'];
		const [id1, id2, id3] = [1, 2, 3].map((attempt) => idOf(account, ifsc, attempt));
		const run = async () => await runJuspay({ credential: local.credential, parameters: validate({ accountNumber: account, ifsc }) });

		const first = await run();
		expect(first.json('Juspay')).toEqual([expect.objectContaining({ status: 'ERROR', ids: { customerId: 'cust_d', beneId: id1 } })]);
		expect(first.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
		expect(received(local.sandbox)).toEqual([post(postBody(id1, account, ifsc))]);

		local.sandbox.clear();
		const second = await run();
		// A new attempt: sent, so not marked as existing.
		expect(second.json('Juspay')).toEqual([expect.objectContaining({ status: 'ERROR', ids: { customerId: 'cust_d', beneId: id2 } })]);
		expect(second.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
		expect(received(local.sandbox)).toEqual([post(postBody(id1, account, ifsc)), statusRead(id1), post(postBody(id2, account, ifsc))]);
		const paidFor = () => local.sandbox.requests.filter((r) => r.method === 'POST' && r.status === 200).map((r) => (r.body as { beneId: string }).beneId);
		expect(paidFor()).toEqual([id2]);

		local.sandbox.clear();
		await run();
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, `GET ${V1}/cust_d/${id1}`, `POST ${V1}`, `GET ${V1}/cust_d/${id2}`, `POST ${V1}`]);
		expect(paidFor()).toEqual([id3]);

		local.sandbox.clear();
		const fourth = await run();
		expect(fourth.json('Juspay')).toEqual([expect.objectContaining({ status: 'ERROR', ids: { customerId: 'cust_d', beneId: id3 }, alreadyExisted: true })]);
		expect(paidFor()).toEqual([]);
		expect(sent(local.sandbox).filter((r) => r.startsWith('GET'))).toEqual([`GET ${V1}/cust_d/${id1}`, `GET ${V1}/cust_d/${id2}`, `GET ${V1}/cust_d/${id3}`]);
	});

	it('an ERROR under …_1 followed by a verdict under …_2: the verdict is found on the next run, both sends refused as repeats', async () => {
		const id1 = idOf('026291800001191', 'YESB0000262');
		const id2 = idOf('026291800001191', 'YESB0000262', 2);
		const api = juspay()
			.reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' })
			.reply('GET', `${V1}/cust_d/${id1}`, 200, { uniqueId: id1, status: 'ERROR', validateResp: { status: 'FAILURE' } })
			.reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' })
			.reply('GET', `${V1}/cust_d/${id2}`, 200, { uniqueId: id2, status: 'VALID', remark: 'Bank Account details verified successfully' });

		const result = await runJuspay({ parameters: validate() });

		expect(result.json('Juspay')).toEqual([expect.objectContaining({ valid: true, ids: { customerId: 'cust_d', beneId: id2 }, alreadyExisted: true })]);
		expect(api.requests.map((r) => `${r.method} ${r.path} ${(r.body as { beneId?: string } | undefined)?.beneId ?? ''}`)).toEqual([
			`POST ${V1} ${id1}`,
			`GET ${V1}/cust_d/${id1} `,
			`POST ${V1} ${id2}`,
			`GET ${V1}/cust_d/${id2} `,
		]);
	});

	it.each([
		['validateResp FAILURE with no top-level status', { validateResp: { status: 'FAILURE', message: 'Invalid account number or IFSC provided' } }],
		['top-level INVALID', { status: 'INVALID', validateResp: { status: 'FAILURE' } }],
	])('stored %s is shown INVALID, so it is never paid for again: the send refused as a repeat, no new ID', async (_what, stored) => {
		const id1 = idOf('026291800001191', 'YESB0000262');
		const api = juspay().reply('POST', V1, 400, { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' }).reply('GET', `${V1}/cust_d/${id1}`, 200, { uniqueId: id1, ...stored });

		const result = await runJuspay({ parameters: validate() });

		expect(result.json('Juspay')).toEqual([expect.objectContaining({ valid: false, status: 'INVALID', ids: { customerId: 'cust_d', beneId: id1 }, alreadyExisted: true })]);
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${V1}`, `GET ${V1}/cust_d/${id1}`]);
	});

	it('n8n\'s Retry On Fail after a lost reply whose status reads failed too: the retry only reads (found), nothing is sent again', async () => {
		// A typed ID with If Beneficiary Already Exists → Fail: without the execution's memory the
		// retry would POST again and fail on Juspay's E05. The POST lands but its reply is lost; the
		// status read after it fails on every attempt (4), so the first try ends with the outcome unknown.
		local.sandbox.setFaults([
			{ kind: 'html', method: 'POST', path: '/benedetails', times: 1, landed: true },
			{ kind: '500', method: 'GET', path: '/cust_d/bene_retry', times: 4 },
		]);
		const result = await runJuspay({
			credential: local.credential,
			parameters: validate({ beneId: 'bene_retry', options: { timeout: 1 } }),
			retry: { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 },
		});

		expect(result.error).toBeUndefined();
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, ...new Array(5).fill(`GET ${V1}/cust_d/bene_retry`)]);
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ valid: true, ids: { customerId: 'cust_d', beneId: 'bene_retry' }, recoveredByStatusCheck: true })]);
	});

	it('a run whose sends are mostly refused as repeats (a re-run of a validated sheet) reads first for its later rows: about one request a row', async () => {
		const rows = Array.from({ length: 12 }, (_, row) => ({ account: String(8_000_000_000 + row) }));
		const parameters = validate({ accountNumber: '={{ $json.account }}', options: { concurrency: 1 } });
		await runJuspay({ credential: local.credential, parameters, inputItems: rows });
		expect(local.sandbox.requests).toHaveLength(12);
		local.sandbox.clear();

		const again = await runJuspay({ credential: local.credential, parameters, inputItems: rows });

		expect(again.json('Juspay').every((json) => json.alreadyExisted === true && json.valid === true)).toBe(true);
		const posts = local.sandbox.requests.filter((r) => r.method === 'POST');
		// The first three rows are sent and refused (no penny drop), then every row reads first.
		expect(posts.map((r) => r.status)).toEqual([400, 400, 400]);
		expect(local.sandbox.requests).toHaveLength(3 * 2 + 9);
	});

	it('UPI ID: a VPA in another case is the same VPA', async () => {
		const id = derivedBeneId({ operation: 'validate', customerId: 'cust_d', type: 'UPI_ID', details: { vpa: 'success@upi' } });
		const upi = (vpa: string) => validate({ beneficiaryType: 'UPI_ID', vpa });

		await runJuspay({ credential: local.credential, parameters: upi('success@upi') });
		const second = await runJuspay({ credential: local.credential, parameters: upi('Success@UPI') });

		expect(second.json('Juspay')).toEqual([expect.objectContaining({ valid: true, ids: { customerId: 'cust_d', beneId: id }, alreadyExisted: true })]);
		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, `POST ${V1}`, `GET ${V1}/cust_d/${id}`]);
	});

	it('Create and Resolve derive their own IDs (the operation is part of it) and reuse them the same way', async () => {
		const createId = derivedBeneId(bankParts('026291800001191', 'YESB0000262', 'create'));
		const resolveId = derivedBeneId({ operation: 'resolve', customerId: 'cust_d', type: 'UPI_ID', details: { mobile: '8088375524' } });
		const create = validate({ operation: 'create' });
		const resolve: INodeParameters = { resource: 'beneficiary', operation: 'resolve', customerId: 'cust_d', mobile: '+91 80883 75524' };

		const created = await runJuspay({ credential: local.credential, parameters: create });
		const createdAgain = await runJuspay({ credential: local.credential, parameters: create });
		const resolved = await runJuspay({ credential: local.credential, parameters: resolve });
		const resolvedAgain = await runJuspay({ credential: local.credential, parameters: { ...resolve, mobile: '08088375524' } });

		expect(created.json('Juspay')).toEqual([expect.objectContaining({ uniqueId: createId, status: 'CREATED' })]);
		expect(createdAgain.json('Juspay')).toEqual([expect.objectContaining({ uniqueId: createId, status: 'CREATED', alreadyExisted: true })]);
		expect(resolved.json('Juspay')).toEqual([expect.objectContaining({ vpa: '8088375524@mapper.npci', ids: { customerId: 'cust_d', beneId: resolveId } })]);
		expect(resolvedAgain.json('Juspay')).toEqual([expect.objectContaining({ vpa: '8088375524@mapper.npci', alreadyExisted: true })]);
		expect(createId).not.toBe(idOf('026291800001191', 'YESB0000262'));
		const createBody = { ...postBody(createId, '026291800001191', 'YESB0000262'), command: 'create' };
		const resolveBody = { beneId: resolveId, customerId: 'cust_d', command: 'resolve', beneDetails: { details: { mobile: '8088375524' }, type: 'UPI_ID' } };
		expect(received(local.sandbox)).toEqual([post(createBody), post(createBody), statusRead(createId), post(resolveBody), post(resolveBody), statusRead(resolveId)]);
	});
});

describe('the same details on several rows of one run: one validation', () => {
	const rowsParameters = (concurrency: number): INodeParameters =>
		validate({
			accountNumber: '={{ $json.account }}',
			additionalFields: { name: '={{ $json.name }}' },
			options: { concurrency },
		});

	it('50 rows, 10 of them repeating an earlier row, at Concurrency 10: exactly 40 validations, 50 items, each paired', async () => {
		// Rows 2k and 2k+1 (k < 10) share an account, so each pair is in flight at once; rows 20..49 are unique.
		const rows = Array.from({ length: 50 }, (_, row) => ({
			account: String(7_000_000_000 + (row < 20 ? Math.floor(row / 2) : row)),
			name: `Vendor ${row}`,
		}));

		const result = await runJuspay({ credential: local.credential, parameters: rowsParameters(10), inputItems: rows });

		expect(result.error).toBeUndefined();
		const posts = local.sandbox.requests.filter((r) => r.method === 'POST');
		const gets = local.sandbox.requests.filter((r) => r.method === 'GET');
		const distinct = [...new Set(rows.map((r) => r.account))];
		expect(distinct).toHaveLength(40);
		expect(posts).toHaveLength(40);
		expect(gets).toHaveLength(0);
		expect(new Set(posts.map((r) => (r.body as { beneId: string }).beneId))).toEqual(new Set(distinct.map((a) => idOf(a, 'YESB0000262'))));

		const output = result.output('Juspay');
		expect(output.map((i) => i.pairedItem)).toEqual(rows.map((_, item) => ({ item })));
		output.forEach(({ json }, row) => {
			expect(json).toMatchObject({ valid: true, account: rows[row].account, ids: { beneId: idOf(rows[row].account, 'YESB0000262') } });
			// Each row keeps its own name match against the one answer.
			expect(json.nameMatch).toMatchObject({ expectedName: `Vendor ${row}` });
		});
		for (let k = 0; k < 10; k++) {
			const pair = [output[2 * k].json, output[2 * k + 1].json];
			const reused = pair.filter((json) => json.sameAsItem !== undefined);
			expect(reused).toHaveLength(1);
			expect(reused[0]).toMatchObject({ alreadyExisted: true });
			expect(reused[0].sameAsItem).toBe(reused[0] === pair[0] ? 2 * k + 1 : 2 * k);
		}
		expect(output.slice(20).filter(({ json }) => 'sameAsItem' in json || 'alreadyExisted' in json)).toEqual([]);
	});

	it('with Wait for Final Status, the rows share the status checks too: one POST, one status check for both', async () => {
		const [account, ifsc] = ['02014457596968', 'CITI0000001'];
		const id = idOf(account, ifsc);
		const parameters = validate({
			accountNumber: '={{ $json.account }}',
			ifsc,
			options: { concurrency: 2, waitForFinalStatus: true, pollInterval: 1, maxWait: 10 },
		});

		const result = await runJuspay({ credential: local.credential, parameters, inputItems: [{ account }, { account }] });

		expect(sent(local.sandbox)).toEqual([`POST ${V1}`, `GET ${V1}/cust_d/${id}`]);
		expect(result.json('Juspay')).toEqual([
			expect.objectContaining({ valid: true, status: 'VALID', statusChecks: 1 }),
			expect.objectContaining({ valid: true, status: 'VALID', statusChecks: 1, alreadyExisted: true, sameAsItem: 0 }),
		]);
		expect(result.json('Juspay')[0]).not.toHaveProperty('sameAsItem');
	});

	it('when the shared validation fails, both rows get an error item (On Error → Continue), and only one request was made', async () => {
		juspay().reply('POST', V1, 400, { error: true, errorCode: 'E01', errorMessage: 'Validation failure', userMessage: 'Bad request' });

		const result = await runJuspay({
			parameters: rowsParameters(2),
			inputItems: [{ account: '026291800001191', name: 'A' }, { account: '026291800001191', name: 'B' }],
			onError: 'continueRegularOutput',
		});

		const [first, second] = items(result.output('Juspay'));
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(second.pairedItem).toEqual({ item: 1 });
		expect(second.json.error).toBe(first.json.error);
		expect(first.json.details).toMatchObject({ itemIndex: 0, code: 'E01', httpCode: 400 });
		expect(second.json.details).toMatchObject({
			itemIndex: 1,
			code: 'E01',
			httpCode: 400,
			description: expect.stringMatching(/^This item has the same details as item 0, which failed; nothing was sent for this item\./),
		});
	});
});
