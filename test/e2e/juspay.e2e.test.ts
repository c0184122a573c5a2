/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The packed tarball in a real n8n (N8N_LINE=2: n8n 2.41.1 on Node 24,
 * N8N_LINE=1: n8n 1.123.81 on Node 22), every operation run by `n8n execute`
 * against the local Juspay sandbox, plus a webhook flow under `n8n start`.
 * Asserts what n8n returns and what the sandbox received.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startSandbox, type Sandbox } from '../sandbox/server';
import { ensureRuntime, freePort, N8n, packTarball, type ExecutionResult, type StartedN8n } from '../../scripts/lib/n8n';
import { derivedBeneId } from '../../nodes/Juspay/helpers/derivedId';
import { allWorkflows, credential, triggerUrl, triggerWorkflows, WEBHOOK_LOGIN, webhookCredential } from './workflows';

const line = (process.env.N8N_LINE === '1' ? '1' : '2') as '1' | '2';
const API_KEY = 'test_api_key';
const BASIC = `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`;

let sandbox: Sandbox;
let n8n: N8n;
let packDir: string;
let n8nPort: number;
const workflows = allWorkflows();

/** What the sandbox saw, compactly: method, path, and the fields that matter. */
const seen = () => sandbox.requests.map((r) => `${r.method} ${r.path}`);

function expectNoSecret(result: ExecutionResult) {
	const text = JSON.stringify(result.run) + result.output;
	expect(text).not.toContain(API_KEY);
	expect(text).not.toContain(BASIC.slice(6));
}

beforeAll(async () => {
	const runtime = ensureRuntime(line);
	packDir = mkdtempSync(join(tmpdir(), 'juspay-pack-'));
	const tarball = packTarball(packDir);
	// Webhook resends every 500 ms, 10 calls at most: room for n8n to finish registering its webhooks.
	sandbox = await startSandbox({ apiKey: API_KEY, merchantId: 'test_merchant', webhooks: { retryDelayMs: 500, maxAttempts: 10 } });
	n8n = await N8n.create(runtime, tarball);
	// The port is chosen now: the callback workflow carries the Trigger's production URL.
	n8nPort = await freePort();
	n8n.importCredentials([credential(sandbox.url), webhookCredential()]);
	n8n.importWorkflows([...Object.values(workflows), ...Object.values(triggerWorkflows(`http://127.0.0.1:${n8nPort}`))]);
}, 1_800_000);

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.stop();
	if (packDir) rmSync(packDir, { recursive: true, force: true });
});

beforeEach(() => sandbox.clear());

describe(`n8n ${line === '2' ? '2.41.1' : '1.123.81'}: the package as users install it`, () => {
	it('is installed from the tarball without n8n-workflow or zod of its own (n8n provides them)', async () => {
		expect(JSON.parse(readFileSync(join(n8n.packageDir(), 'package.json'), 'utf8'))).toMatchObject({ name: 'n8n-nodes-juspay' });
		expect(existsSync(join(n8n.packageDir(), 'dist', 'nodes', 'Juspay', 'Juspay.node.js'))).toBe(true);
		expect(existsSync(join(n8n.packageDir(), 'node_modules', 'n8n-workflow'))).toBe(false);
		expect(existsSync(join(n8n.packageDir(), 'node_modules', 'zod'))).toBe(false);
		expect(existsSync(join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', 'zod'))).toBe(false);
	});
});

describe('customer accounts', () => {
	it('Create and Validate: one item per account, paired to its row, exact request', async () => {
		const result = await n8n.execute('e2eCaCreateVal1');
		expect(result.error).toBeUndefined();
		const items = result.items('CA createAndValidate');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(items.map((i) => [i.json.validation_status, i.json.customer_account_type])).toEqual([
			['ACTIVE', 'SAVINGS'],
			['ACTIVE', 'UPI'],
		]);
		// Return Existing (the default) lists the customer's accounts first, for free; then each account on its own.
		const [, bankRequest, upiRequest] = sandbox.requests;
		expect(seen()).toEqual(['GET /customers/cst_e2e_1/customer-accounts/list', 'POST /customers/cst_e2e_1/accounts', 'POST /customers/cst_e2e_1/accounts']);
		expect(bankRequest.headers).toMatchObject({
			authorization: BASIC,
			'x-routing-id': 'cst_e2e_1',
			'content-type': 'application/x-www-form-urlencoded',
		});
		expect(bankRequest.body).toEqual({
			command: 'validate',
			customer_id: 'cst_e2e_1',
			account_details: JSON.stringify({ bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'Asha Verma' }] }),
		});
		expect(upiRequest.body).toEqual({ command: 'validate', customer_id: 'cst_e2e_1', account_details: JSON.stringify({ upi: [{ vpa: 'success@upi' }] }) });
		expectNoSecret(result);
	});

	it('Create and Validate run twice with default options: the second run sends no validation POST, and its items say alreadyExisted', async () => {
		const list = 'GET /customers/cst_e2e_rerun/customer-accounts/list';
		const first = await n8n.execute('e2eCaRerun00001');
		expect(first.error).toBeUndefined();
		expect(seen()).toEqual([list, 'POST /customers/cst_e2e_rerun/accounts', 'POST /customers/cst_e2e_rerun/accounts']);
		sandbox.clear();

		const second = await n8n.execute('e2eCaRerun00001');

		expect(second.error).toBeUndefined();
		expect(seen()).toEqual([list]);
		const verdicts = (result: ExecutionResult) => result.items('CA createAndValidate').map((i) => i.json);
		expect(verdicts(first).map((v) => [v.status, v.nameSent, v.alreadyExisted])).toEqual([
			['VALID', 'Asha Verma', undefined],
			['VALID', null, undefined],
		]);
		// Saved by the first run: no name to compare, so verified is null (both accounts are valid).
		expect(verdicts(second)).toEqual(verdicts(first).map((v) => ({ ...v, verified: null, nameSent: null, nameAtBank: null, nameMatch: null, alreadyExisted: true })));
		expect(second.items('CA createAndValidate').map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('Create: no validation, status CREATED', async () => {
		const result = await n8n.execute('e2eCaCreate0001');
		expect(result.json('CA create')).toEqual([expect.objectContaining({ validation_status: 'CREATED', customer_id: 'cst_e2e_2' })]);
		expect(sandbox.requests.map((r) => r.body?.command)).toEqual(['create']);
	});

	it('Validate: the verdict of a saved account never validated: read first (free), then validated', async () => {
		const result = await n8n.execute('e2eCaValidate01');
		const [verdict] = result.json('CA validate');
		expect(verdict).toMatchObject({ valid: true, status: 'VALID', accountType: 'BANK_ACCOUNT', ids: { customerId: 'cst_e2e_3' } });
		const id = (verdict.ids as { customerAccountId: string }).customerAccountId;
		expect(seen()).toEqual([
			'POST /customers/cst_e2e_3/accounts',
			`GET /customers/cst_e2e_3/customer-accounts/${id}`,
			`POST /customers/cst_e2e_3/customer-accounts/${id}/validate`,
		]);
	});

	it('Get: free read, verdict NOT_VALIDATED for a created account', async () => {
		const result = await n8n.execute('e2eCaGet0000001');
		expect(result.json('CA get')).toEqual([expect.objectContaining({ valid: null, status: 'NOT_VALIDATED', juspayStatus: 'CREATED' })]);
		expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
		expect(sandbox.requests[1].headers['x-routing-id']).toBe('cst_e2e_4');
	});

	it('Get Many: every account of the customer, one item each', async () => {
		const result = await n8n.execute('e2eCaGetAll0001');
		const accounts = result.json('CA getAll');
		expect(accounts).toHaveLength(2);
		expect(accounts.map((a) => (a.account_details as { account: string }).account).sort()).toEqual(['000100289877623', '026291800001191']);
		expect(seen().filter((s) => s.startsWith('GET'))).toEqual(['GET /customers/cst_e2e_5/customer-accounts/list']);
	});

	it('Delete: status DELETED', async () => {
		const result = await n8n.execute('e2eCaDelete0001');
		expect(result.json('CA delete')).toEqual([expect.objectContaining({ status: 'DELETED' })]);
		expect(sandbox.requests[1].body).toEqual({ command: 'delete' });
	});
});

describe('beneficiaries and IFSC', () => {
	it('Validate: verdicts a user can branch on, with name match, exact JSON request', async () => {
		const result = await n8n.execute('e2eBeneValidate');
		const items = result.items('Validate');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items.map((i) => [i.json.valid, i.json.status])).toEqual([
			[true, 'VALID'],
			[false, 'INVALID'],
		]);
		expect(items[0].json.nameMatch).toEqual({ score: 100, band: 'EXACT', expectedName: 'Asha Verma', explanation: 'same name' });
		expect(sandbox.requests[0].headers).toMatchObject({ authorization: BASIC, 'x-merchantid': 'test_merchant', 'content-type': 'application/json' });
		expect(sandbox.requests[0].body).toEqual({
			beneId: 'bene_e2e_7a',
			customerId: 'cust_e2e_7',
			command: 'validate',
			beneDetails: { details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
		});
		expectNoSecret(result);
	});

	it('Create then Get Status', async () => {
		const result = await n8n.execute('e2eBeneCreate01');
		expect(result.json('Create')).toEqual([expect.objectContaining({ uniqueId: 'bene_e2e_8', status: 'CREATED' })]);
		expect(result.json('Get Status')).toEqual([expect.objectContaining({ status: 'NOT_VALIDATED', ids: { customerId: 'cust_e2e_8', beneId: 'bene_e2e_8' } })]);
		expect(seen()).toEqual(['POST /payout/merchant/v1/benedetails', 'GET /payout/merchant/v1/benedetails/cust_e2e_8/bene_e2e_8']);
	});

	it('Resolve: a mobile number typed with +91 resolves to its VPA', async () => {
		const result = await n8n.execute('e2eBeneResolve1');
		expect(result.json('Resolve')).toEqual([expect.objectContaining({ valid: true, vpa: '8088375524@mapper.npci', accountType: 'UPI' })]);
		expect((sandbox.requests[0].body as { beneDetails: unknown }).beneDetails).toEqual({ details: { mobile: '8088375524' }, type: 'UPI_ID' });
	});

	it('IFSC Look Up: bank, branch and rails, from an upper-cased IFSC', async () => {
		const result = await n8n.execute('e2eIfscLookup01');
		const [answer] = result.json('Look Up');
		expect(answer).toMatchObject({ uniqueId: 'ifsc_e2e_1', status: 'VALID' });
		expect((sandbox.requests[0].body as { beneDetails: unknown }).beneDetails).toEqual({ details: { ifsc: 'YESB0000262' }, type: 'IFSC' });
	});
});

describe('items are never lost', () => {
	it('continueOnFail: one bad row of three → two results and one error item, correctly paired, no request for the bad row', async () => {
		const result = await n8n.execute('e2eContinueFail');
		const items = result.items('Validate');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json).toMatchObject({ valid: true });
		expect(items[1].json.error).toBe('IFSC must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)');
		expect(items[2].json).toMatchObject({ valid: false });
		expect(sandbox.requests.map((r) => (r.body as { beneId: string }).beneId)).toEqual(['bene_e2e_10a', 'bene_e2e_10c']);
	});

	it('error output: the failing item goes to the error branch with its input fields, the others to success', async () => {
		sandbox.clear();
		const result = await n8n.execute('e2eErrorOutput1');
		expect(result.json('Success Branch').map((j) => j.status)).toEqual(['NOT_VALIDATED', 'NOT_VALIDATED']);
		const errors = result.json('Error Branch');
		expect(errors).toHaveLength(1);
		expect(Object.keys(errors[0]).sort()).toEqual(['bene', 'customer', 'error', 'message']);
		expect(errors[0].bene).toBe('no_such_bene');
		expect(String(errors[0].error)).toMatch(/^Juspay found nothing to get the beneficiary status \[E09, HTTP 404\]/);
		expect(String(errors[0].message)).toMatch(/^Check the IDs in the node/);
	});
});

describe('money', () => {
	it('Wait for Final Status: PENDING → VALID with one free status check', async () => {
		const result = await n8n.execute('e2eWaitFinal001');
		expect(result.json('Validate')).toEqual([expect.objectContaining({ valid: true, status: 'VALID', statusChecks: 1 })]);
		expect(seen()).toEqual(['POST /payout/merchant/v1/benedetails', 'GET /payout/merchant/v1/benedetails/cust_e2e_12/bene_e2e_12']);
	});

	it('a re-run of the same validation sends no second validation request: the stored result comes back', async () => {
		const first = await n8n.execute('e2eRerunDedupe1');
		const second = await n8n.execute('e2eRerunDedupe1');
		expect(first.json('Validate')).toEqual([expect.objectContaining({ valid: true })]);
		expect(second.json('Validate')).toEqual([expect.objectContaining({ valid: true, alreadyExisted: true })]);
		const status = 'GET /payout/merchant/v1/benedetails/cust_e2e_13/bene_e2e_13';
		// Run 1: one validation. Run 2: sent, refused by Juspay as a repeat (E05, no penny drop), the stored result read.
		expect(seen()).toEqual(['POST /payout/merchant/v1/benedetails', 'POST /payout/merchant/v1/benedetails', status]);
		expect(sandbox.requests.map((r) => r.status)).toEqual([200, 400, 200]);
	});

	it('Customer Account → Validate reads first: an account Juspay has validated is returned (alreadyExisted), nothing paid again', async () => {
		const result = await n8n.execute('e2eCaReadFirst1');
		expect(result.error).toBeUndefined();
		const [saved] = result.json('CA createAndValidate');
		const id = String(saved.customer_account_id);
		expect(result.json('CA validate')).toEqual([expect.objectContaining({ valid: true, alreadyExisted: true, ids: { customerId: 'cst_e2e_read', customerAccountId: id } })]);
		expect(seen()).toEqual(['GET /customers/cst_e2e_read/customer-accounts/list', 'POST /customers/cst_e2e_read/accounts', `GET /customers/cst_e2e_read/customer-accounts/${id}`]);
	});

	it('Create and Validate whose reply is lost during a slow penny drop: the list is read again until the account shows; one POST', async () => {
		sandbox.setPennyDrop(1500);
		sandbox.setFaults([{ kind: 'reset', method: 'POST', path: '/accounts', times: 1, landed: true }]);
		try {
			const result = await n8n.execute('e2eCaLostReply1');
			expect(result.error).toBeUndefined();
			expect(result.json('CA createAndValidate')).toEqual([expect.objectContaining({ valid: true, recoveredByStatusCheck: true })]);
			const list = 'GET /customers/cst_e2e_lost/customer-accounts/list';
			expect(seen()).toEqual([list, 'POST /customers/cst_e2e_lost/accounts', list, list, list]);
		} finally {
			sandbox.setPennyDrop(0);
			sandbox.setFaults([]);
		}
	});

	it('n8n\'s Retry On Fail after a lost reply: the retries only read the list, never POST again; the third try finds the account', async () => {
		sandbox.setPennyDrop(2500);
		sandbox.setFaults([{ kind: 'reset', method: 'POST', path: '/accounts', times: 1, landed: true }]);
		try {
			const result = await n8n.execute('e2eCaRetryFail1');
			expect(result.error).toBeUndefined();
			expect(result.json('CA createAndValidate')).toEqual([expect.objectContaining({ valid: true, recoveredByStatusCheck: true })]);
			expect(seen().filter((request) => request.startsWith('POST'))).toEqual(['POST /customers/cst_e2e_retry/accounts']);
			expect(seen().filter((request) => request.startsWith('GET')).length).toBeGreaterThanOrEqual(3);
		} finally {
			sandbox.setPennyDrop(0);
			sandbox.setFaults([]);
		}
	});

	it('the same account answered under another IFSC (as in Juspay\'s reference): a re-run finds it by number and pays nothing; ifscSent says what was sent', async () => {
		const first = await n8n.execute('e2eCaOtherIfsc1');
		const second = await n8n.execute('e2eCaOtherIfsc1');
		expect(first.json('CA createAndValidate')).toEqual([expect.objectContaining({ valid: true, ifsc: 'AABF0008032', ifscSent: 'YESB0000262' })]);
		expect(second.json('CA createAndValidate')).toEqual([expect.objectContaining({ valid: true, ifsc: 'AABF0008032', ifscSent: 'YESB0000262', alreadyExisted: true })]);
		const list = 'GET /customers/cst_e2e_ifsc/customer-accounts/list';
		expect(seen()).toEqual([list, 'POST /customers/cst_e2e_ifsc/accounts', list]);
	});

	it('a Callback Field Path of __proto__.x is refused naming the field, nothing is sent for it, and the next request of the same run works', async () => {
		const result = await n8n.execute('e2eProtoPath001');
		expect(result.error).toBeUndefined();
		expect(result.json('Validate')).toEqual([
			expect.objectContaining({ error: 'Callback Field Path may not use __proto__, prototype or constructor as a key' }),
		]);
		expect(result.json('Look Up')).toEqual([expect.objectContaining({ uniqueId: 'ifsc_e2e_proto', status: 'VALID' })]);
		expect(seen()).toEqual(['POST /payout/merchant/v1/benedetails']);
		expect((sandbox.requests[0].body as { beneDetails: unknown }).beneDetails).toEqual({ details: { ifsc: 'YESB0000262' }, type: 'IFSC' });
	});
});

/** POSTs to a production webhook, again while n8n is still registering it (404). */
async function postWebhook(url: string, init: RequestInit): Promise<Response> {
	let response = await fetch(url, { method: 'POST', ...init });
	for (let attempt = 0; attempt < 40 && response.status === 404; attempt++) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		response = await fetch(url, { method: 'POST', ...init });
	}
	return response;
}

/** Waits (bounded) until n8n has recorded `count` finished executions of a workflow; newest first. */
async function finishedExecutions(server: StartedN8n, workflowId: string, count: number) {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const executions = (await server.executions(workflowId)).filter((e) => e.finished || e.status === 'success' || e.status === 'error');
		if (executions.length >= count || Date.now() > deadline) return executions;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

describe('n8n start: webhooks (one server for all cases)', () => {
	let server: StartedN8n;

	beforeAll(async () => {
		for (const id of ['e2eWebhookForm1', 'e2eWebhookCaVal1', 'e2eCallbackForm', 'e2eCallbackNoLgn', 'e2eCallbackNoUrl', 'e2eJuspayTrigr1']) n8n.activate(id);
		server = await n8n.start({ port: n8nPort });
	}, 300_000);

	afterAll(async () => {
		await server?.stop();
	});

	it('form → validate → reply: answers a form POST with the verdict, account number masked; the same submission twice makes one validation', async () => {
		const submit = async () => {
			const response = await postWebhook(`${server.url}/webhook/juspay-check`, {
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ vendor: 'v1042', name: 'Asha Verma', account: '026291800001191', ifsc: 'YESB0000262' }),
			});
			expect(response.status).toBe(200);
			return (await response.json()) as Record<string, unknown>;
		};
		const beneId = derivedBeneId({
			operation: 'validate',
			customerId: 'v1042',
			type: 'ACCOUNT_IFSC',
			details: { account: '026291800001191', ifsc: 'YESB0000262' },
		});
		const verdict = {
			valid: true,
			verified: true,
			status: 'VALID',
			account: 'XXXXXXXXXXX1191',
			nameMatch: { band: 'EXACT' },
			ids: { customerId: 'v1042', beneId },
		};

		const first = await submit();
		expect(first).toMatchObject(verdict);
		expect(first).not.toHaveProperty('alreadyExisted');
		const second = await submit();
		expect(second).toMatchObject({ ...verdict, alreadyExisted: true });
		// One validation: the second submission was refused by Juspay as a repeat (E05), and the first one's result read.
		const status = `GET /payout/merchant/v1/benedetails/v1042/${beneId}`;
		expect(seen()).toEqual(['POST /payout/merchant/v1/benedetails', 'POST /payout/merchant/v1/benedetails', status]);
		expect(sandbox.requests.map((r) => r.status)).toEqual([200, 400, 200]);
		expect(sandbox.requests.filter((r) => r.method === 'POST' && r.status === 200).map((r) => (r.body as { beneId: string }).beneId)).toEqual([beneId]);

		expect(server.log()).not.toContain(API_KEY);
	});

	it('a customer account form sent again while its first penny drop still runs (Juspay does not list it yet): the second execution reads it by its ID and pays nothing', async () => {
		sandbox.setPennyDrop(30_000);
		try {
			const submit = async () => {
				const response = await postWebhook(`${server.url}/webhook/juspay-save-account`, {
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: new URLSearchParams({ customer: 'cst_e2e_again', account: '026291800001191', ifsc: 'YESB0000262' }),
				});
				expect(response.status).toBe(200);
				return (await response.json()) as Record<string, unknown>;
			};

			const first = await submit();
			const id = (first.ids as { customerAccountId: string }).customerAccountId;
			expect(first).toMatchObject({ status: 'PENDING', ids: { customerId: 'cst_e2e_again', customerAccountId: id } });
			expect(first).not.toHaveProperty('alreadyExisted');
			const second = await submit();
			expect(second).toMatchObject({ status: 'PENDING', ids: { customerId: 'cst_e2e_again', customerAccountId: id }, alreadyExisted: true });
			const list = 'GET /customers/cst_e2e_again/customer-accounts/list';
			expect(seen()).toEqual([list, 'POST /customers/cst_e2e_again/accounts', list, `GET /customers/cst_e2e_again/customer-accounts/${id}`]);
		} finally {
			sandbox.setPennyDrop(0);
		}
	});

	it('the Juspay API credential\'s "Test" button checks the key and the Merchant ID with one free payout read: a wrong Merchant ID fails naming it', async () => {
		// Through n8n's own REST API, as the editor's button calls it.
		const testCredential = async (change: { apiKey?: string; merchantId?: string }) => {
			sandbox.clear();
			const saved = credential(sandbox.url);
			const answer = await server.rest('/rest/credentials/test', {
				method: 'POST',
				body: JSON.stringify({ credentials: { ...saved, data: { ...saved.data, ...change } } }),
			});
			expect(answer.status).toBe(200);
			const { data } = (await answer.json()) as { data: { status: string; message: string } };
			return { ...data, requests: seen() };
		};
		const read = ['GET /payout/merchant/v1/benedetails/n8n_credential_check/n8n_credential_check'];
		expect(await testCredential({})).toEqual({ status: 'OK', message: 'Connection successful!', requests: read });
		expect(sandbox.requests[0].headers).toMatchObject({ 'x-merchantid': 'test_merchant' });
		expect(await testCredential({ apiKey: 'wrong_key' })).toEqual({
			status: 'Error',
			message: 'Juspay rejected the API key. Check the key, and that the environment matches it: a sandbox key works only on sandbox.',
			requests: read,
		});
		expect(await testCredential({ merchantId: 'someone_else' })).toEqual({
			status: 'Error',
			message:
				'Juspay refused the Merchant ID (or the API key with it). Check that the Merchant ID is the one the API key belongs to, in this environment.',
			requests: read,
		});
		expect(server.log()).not.toContain(API_KEY);
	});

	describe('Juspay Trigger: a validation that calls back', () => {
		const BENE = 'bene_cb42';
		const hook = () => triggerUrl(server.url);
		const basicOf = (password: string) => `Basic ${Buffer.from(`${WEBHOOK_LOGIN.username}:${password}`).toString('base64')}`;
		const triggerRuns = async () => await server.executions('e2eJuspayTrigr1');

		it('pending, then VALID delivered by the sandbox to the production URL: one execution with the verdict', async () => {
			// The sandbox settles a pending validation by itself, so no one polls.
			sandbox.webhooks.configure({ finalizeAfterMs: 300 });
			const response = await postWebhook(`${server.url}/webhook/juspay-callback-check`, {
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ vendor: 'cb42', name: 'Asha Verma', account: '02014457596968', ifsc: 'CITI0000001' }),
			});
			expect(response.status).toBe(200);
			expect(await response.json()).toMatchObject({ valid: null, status: 'PENDING', ids: { customerId: 'cb42', beneId: BENE } });
			expect(sandbox.requests[0].body).toMatchObject({
				beneId: BENE,
				additionalInfo: { webhookDetails: { url: hook(), username: WEBHOOK_LOGIN.username, password: WEBHOOK_LOGIN.password } },
			});

			await sandbox.webhooks.idle();
			const delivery = sandbox.webhooks.deliveries().filter((d) => d.beneId === BENE);
			expect(delivery.map((d) => [d.event, d.url, d.delivered, d.attempts.at(-1)?.status])).toEqual([['VALID', hook(), true, 200]]);

			const [execution, ...more] = await finishedExecutions(server, 'e2eJuspayTrigr1', 1);
			expect(more).toEqual([]);
			expect(execution).toMatchObject({ mode: 'webhook', status: 'success' });
			const run = await server.execution(execution.id);
			expect(run.json('Juspay Trigger')).toEqual([
				expect.objectContaining({
					valid: true,
					verified: true,
					status: 'VALID',
					nameAtBank: 'ASHA VERMA',
					nameMatch: { score: 100, band: 'EXACT', expectedName: 'Asha Verma', explanation: 'same name' },
					accountType: 'BANK_ACCOUNT',
					// Options → Mask Account Numbers is on by default on the Trigger.
					account: 'XXXXXXXXXX6968',
					ids: { customerId: 'cb42', beneId: BENE },
				}),
			]);
			expect(run.json('Update Row')).toHaveLength(1);

			// The password went to Juspay from the credential, and is in neither the
			// workflow as n8n stores and exports it nor the saved execution.
			const stored = await (await server.rest('/rest/workflows/e2eCallbackForm')).text();
			expect(stored).toContain('"juspayWebhookApi"');
			const [validateRun] = await finishedExecutions(server, 'e2eCallbackForm', 1);
			const saved = await (await server.rest(`/rest/executions/${validateRun.id}`)).text();
			expect(saved).toContain(BENE);
			for (const text of [stored, saved]) expect(text).not.toContain(WEBHOOK_LOGIN.password);
		});

		it('a wrong or missing password gets 401 and starts no execution', async () => {
			const [event] = sandbox.webhooks.deliveries().filter((d) => d.beneId === BENE);
			const before = await triggerRuns();
			for (const authorization of [basicOf('wrong-password'), undefined]) {
				const answer = await fetch(hook(), {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
					body: JSON.stringify(event.body),
				});
				expect(answer.status).toBe(401);
			}
			expect(await triggerRuns()).toEqual(before);
		});

		it('a resent event (Juspay resends until it sees a 200) is answered 200 and starts no second execution', async () => {
			const before = await triggerRuns();
			sandbox.webhooks.redeliver(BENE);
			await sandbox.webhooks.idle();
			const resent = sandbox.webhooks.deliveries().filter((d) => d.beneId === BENE && d.resend);
			expect(resent.map((d) => d.attempts.map((a) => a.status))).toEqual([[200]]);
			// n8n saves the trigger's static data before it answers, and an ignored call creates no execution.
			expect(await triggerRuns()).toEqual(before);
			expect(before).toHaveLength(1);
		});

		it('results that arrive at the same moment each start once, a resend of one starts nothing, and static data keeps every key', async () => {
			// n8n (regular mode too) gives each webhook call its own copy of the static data.
			const [event] = sandbox.webhooks.deliveries().filter((d) => d.beneId === BENE);
			const benes = Array.from({ length: 12 }, (_, i) => `bene_many${i}`);
			const post = async (bene: string) =>
				await fetch(hook(), {
					method: 'POST',
					headers: { 'content-type': 'application/json', authorization: basicOf(WEBHOOK_LOGIN.password) },
					body: JSON.stringify(event.body).split(BENE).join(bene),
				});
			const before = await triggerRuns();
			const answers = await Promise.all(benes.map(post));
			expect(answers.map((answer) => answer.status)).toEqual(benes.map(() => 200));
			const after = await finishedExecutions(server, 'e2eJuspayTrigr1', before.length + benes.length);
			expect(after).toHaveLength(before.length + benes.length);

			const resent = await post(benes[5]);
			expect(await resent.text()).toBe(JSON.stringify({ received: true, ignored: 'Duplicate: this result was already received' }));
			expect(await triggerRuns()).toEqual(after);
			const stored = await (await server.rest('/rest/workflows/e2eJuspayTrigr1')).text();
			for (const bene of [BENE, ...benes]) expect(stored).toContain(`/${bene}/VALID`);
		});

		it('the webhook credential\'s "Test" button still works now that both nodes use the credential', async () => {
			const testLogin = async (username: string) => {
				const answer = await server.rest('/rest/credentials/test', {
					method: 'POST',
					body: JSON.stringify({ credentials: { ...webhookCredential(), data: { ...WEBHOOK_LOGIN, username } } }),
				});
				expect(answer.status).toBe(200);
				return ((await answer.json()) as { data: { status: string; message: string } }).data;
			};
			expect(await testLogin(WEBHOOK_LOGIN.username)).toEqual({ status: 'OK', message: 'The login can be used for HTTP Basic' });
			expect(await testLogin('juspay:e2e')).toEqual({
				status: 'Error',
				message: 'The username must not contain a colon (:), which HTTP Basic uses as the separator',
			});
		});

		it('the login goes only with the webhook credential selected: none without it; the credential without a Callback URL is not used (no callback, the run succeeds)', async () => {
			const submit = async (path: string, vendor: string) =>
				await postWebhook(`${server.url}/webhook/${path}`, {
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ vendor, name: 'Asha Verma', account: '02014457596968', ifsc: 'CITI0000001' }),
				});
			const sent = (beneId: string) => sandbox.requests.filter((r) => (r.body as { beneId?: string } | undefined)?.beneId === beneId);

			const plain = await submit('juspay-callback-nologin', 'cb43');
			expect(plain.status).toBe(200);
			expect(sent('bene_cb43').map((r) => (r.body as { additionalInfo?: unknown }).additionalInfo)).toEqual([{ webhookDetails: { url: hook() } }]);
			// Why the Trigger's login matters: its call without one is refused (401), every attempt.
			await sandbox.webhooks.idle();
			const statuses = sandbox.webhooks.deliveries().filter((d) => d.beneId === 'bene_cb43').flatMap((d) => d.attempts.map((a) => a.status));
			expect(statuses.length).toBeGreaterThan(0);
			expect(new Set(statuses)).toEqual(new Set([401]));

			// The webhook credential selected without a Callback URL (n8n may fill it in by itself) is not used.
			const noUrl = await submit('juspay-callback-nourl', 'cb44');
			expect(noUrl.status).toBe(200);
			expect(sent('bene_cb44').map((r) => Object.keys(r.body as object).includes('additionalInfo'))).toEqual([false]);
			const [execution] = await finishedExecutions(server, 'e2eCallbackNoUrl', 1);
			expect((await server.execution(execution.id)).status).toBe('success');
		});

		it('the webhook password appears in no log line', () => {
			expect(server.log()).not.toContain(WEBHOOK_LOGIN.password);
			expect(server.log()).not.toContain(Buffer.from(`${WEBHOOK_LOGIN.username}:${WEBHOOK_LOGIN.password}`).toString('base64'));
		});
	});
});
