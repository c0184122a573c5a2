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
import { ensureRuntime, N8n, packTarball, type ExecutionResult } from '../../scripts/lib/n8n';
import { derivedBeneId } from '../../nodes/Juspay/helpers/derivedId';
import { allWorkflows, credential } from './workflows';

const line = (process.env.N8N_LINE === '1' ? '1' : '2') as '1' | '2';
const API_KEY = 'test_api_key';
const BASIC = `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`;

let sandbox: Sandbox;
let n8n: N8n;
let packDir: string;
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
	sandbox = await startSandbox({ apiKey: API_KEY, merchantId: 'test_merchant' });
	n8n = await N8n.create(runtime, tarball);
	n8n.importCredentials([credential(sandbox.url)]);
	n8n.importWorkflows(Object.values(workflows));
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
		const [request] = sandbox.requests;
		expect(seen()).toEqual(['POST /customers/cst_e2e_1/accounts']);
		expect(request.headers).toMatchObject({
			authorization: BASIC,
			'x-routing-id': 'cst_e2e_1',
			'content-type': 'application/x-www-form-urlencoded',
		});
		expect(request.body).toEqual({
			command: 'validate',
			customer_id: 'cst_e2e_1',
			account_details: JSON.stringify({
				bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'Asha Verma' }],
				upi: [{ vpa: 'success@upi' }],
			}),
		});
		expectNoSecret(result);
	});

	it('Create: no validation, status CREATED', async () => {
		const result = await n8n.execute('e2eCaCreate0001');
		expect(result.json('CA create')).toEqual([expect.objectContaining({ validation_status: 'CREATED', customer_id: 'cst_e2e_2' })]);
		expect(sandbox.requests.map((r) => r.body?.command)).toEqual(['create']);
	});

	it('Validate: the verdict of a saved account', async () => {
		const result = await n8n.execute('e2eCaValidate01');
		const [verdict] = result.json('CA validate');
		expect(verdict).toMatchObject({ valid: true, status: 'VALID', accountType: 'BANK_ACCOUNT', ids: { customerId: 'cst_e2e_3' } });
		expect(seen()).toEqual([
			'POST /customers/cst_e2e_3/accounts',
			`POST /customers/cst_e2e_3/customer-accounts/${(verdict.ids as { customerAccountId: string }).customerAccountId}/validate`,
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
		expect(items[0].json.nameMatch).toEqual({ score: 100, band: 'EXACT', expectedName: 'Asha Verma' });
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
		expect(items[1].json.error).toBe('IFSC must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262) [item 1]');
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
		// Run 1: unknown ID (404), so one validation. Run 2: known ID, no POST at all.
		expect(seen()).toEqual([status, 'POST /payout/merchant/v1/benedetails', status]);
	});
});

describe('webhook: form → validate → reply', () => {
	it('answers a form POST with the verdict, account number masked; the same submission twice makes one validation', async () => {
		n8n.activate('e2eWebhookForm1');
		const server = await n8n.start();
		try {
			const submit = async () => {
				let response: Response | undefined;
				for (let attempt = 0; attempt < 40; attempt++) {
					response = await fetch(`${server.url}/webhook/juspay-check`, {
						method: 'POST',
						headers: { 'content-type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams({ vendor: 'v1042', name: 'Asha Verma', account: '026291800001191', ifsc: 'YESB0000262' }),
					});
					if (response.status !== 404) break;
					await new Promise((resolve) => setTimeout(resolve, 250));
				}
				expect(response?.status).toBe(200);
				return (await response!.json()) as Record<string, unknown>;
			};
			const beneId = derivedBeneId({
				operation: 'validate',
				customerId: 'v1042',
				type: 'ACCOUNT_IFSC',
				details: { account: '026291800001191', ifsc: 'YESB0000262' },
			});
			const verdict = {
				valid: true,
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
			// One validation: the second submission found the first one's result with a free lookup.
			const status = `GET /payout/merchant/v1/benedetails/v1042/${beneId}`;
			expect(seen()).toEqual([status, 'POST /payout/merchant/v1/benedetails', status]);
			expect(sandbox.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { beneId: string }).beneId)).toEqual([beneId]);

			// The credential's "Test" button, through n8n's own REST API: a good key
			// passes, a wrong one is told apart; the test creates nothing.
			const owner = await fetch(`${server.url}/rest/owner/setup`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ email: 'e2e@example.com', firstName: 'E', lastName: 'Two', password: 'E2eTest-2026' }),
			});
			expect(owner.status).toBe(200);
			const cookie = (owner.headers.get('set-cookie') ?? '').split(';')[0];
			const testKey = async (apiKey: string) => {
				sandbox.clear();
				const answer = await fetch(`${server.url}/rest/credentials/test`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', cookie },
					body: JSON.stringify({ credentials: { ...credential(sandbox.url), data: { ...credential(sandbox.url).data, apiKey } } }),
				});
				expect(answer.status).toBe(200);
				const { data } = (await answer.json()) as { data: { status: string; message: string } };
				return { ...data, requests: seen() };
			};
			const list = ['GET /customers/n8n_credential_check/customer-accounts/list'];
			expect(await testKey(API_KEY)).toEqual({ status: 'OK', message: 'Connection successful!', requests: list });
			expect(await testKey('wrong_key')).toEqual({
				status: 'Error',
				message: 'Juspay rejected the API key. Check the key, and that the environment matches it: a sandbox key works only on sandbox.',
				requests: list,
			});
			expect(server.log()).not.toContain(API_KEY);
		} finally {
			await server.stop();
		}
	});
});
