/**
 * The money rules of Customer Accounts (Express Checkout), which Juspay gives
 * no idempotency key: read before paying (Return Existing), never resend by
 * itself after a lost reply, and one payment for rows of a run, executions
 * at the same moment and n8n's Retry On Fail. Asserted on what the local
 * sandbox received (the POSTs that pay: 0 or 1) and the items n8n got back.
 *
 * The sandbox lists an account made by Create and Validate only once its
 * validation has finished, as Juspay's reference says; `setPennyDrop(ms)`
 * makes a validation run that long.
 */
import { sleep } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';

import { items, runJuspay, useNock } from './fixtures';
import { SANDBOX_BASIC, useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();

const LIST = 'GET /customers/cst_x/customer-accounts/list';
const CREATE = 'POST /customers/cst_x/accounts';
const asha = { account: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' };
const ravi = { account: '02014457596968', ifsc: 'CITI0000001', name: 'Ravi Kumar' };
/** Juspay answers this one under another IFSC than the one sent (AABF0008032, as in its reference). */
const otherIfsc = { account: '026291800001192', ifsc: 'YESB0000262' };

const createAndValidate = (accounts: INodeParameters, fields: INodeParameters = {}): INodeParameters => ({
	resource: 'customerAccount',
	operation: 'createAndValidate',
	customerId: 'cst_x',
	accounts,
	ifAccountExists: 'returnExisting',
	...fields,
});

/** `METHOD path` and, for a create, the accounts it carried. */
const seen = () =>
	local.sandbox.requests.map((r) =>
		r.method === 'POST' && r.path.endsWith('/accounts')
			? [`${r.method} ${r.path}`, (r.body as { command: string }).command, JSON.parse((r.body as { account_details: string }).account_details)]
			: [`${r.method} ${r.path}`],
	);
/** The requests that pay: validations of a customer account. */
const paid = () =>
	local.sandbox.requests.filter((r) => r.method === 'POST' && (r.path.endsWith('/validate') || (r.body as { command?: string }).command === 'validate'));
const lose = (kind: 'reset' | 'html' | '500' | 'hang', landed: boolean, path = '/accounts') =>
	local.sandbox.setFaults([{ kind, method: 'POST', path, times: 1, landed }]);

describe('Create and Validate → If Account Already Exists → Return Existing', () => {
	it('one saved account and one new: one penny drop (only the new one is sent), two items, both paired', async () => {
		const seed = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }) });
		const savedId = (seed.json('Juspay')[0].ids as { customerAccountId: string }).customerAccountId;
		local.sandbox.clear();

		const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha, ravi] }) });

		expect(result.error).toBeUndefined();
		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [{ ifsc: ravi.ifsc, account: ravi.account, name: ravi.name }] }]]);
		const output = items(result.output('Juspay'));
		expect(output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(output[0].json).toEqual({
			valid: true,
			verified: null,
			status: 'VALID',
			reason: 'Account validated',
			nameAtBank: null,
			nameSent: null,
			nameMatch: null,
			accountType: 'BANK_ACCOUNT',
			account: asha.account,
			ifsc: asha.ifsc,
			vpa: null,
			ids: { customerId: 'cst_x', customerAccountId: savedId },
			juspayStatus: 'ACTIVE',
			alreadyExisted: true,
		});
		expect(output[1].json).toMatchObject({ status: 'PENDING', account: ravi.account, ifsc: ravi.ifsc, nameSent: ravi.name, nameAtBank: null });
		expect(output[1].json).not.toHaveProperty('alreadyExisted');
	});

	it('left at its default (Return Existing), a re-run of the same details, even typed differently, only reads the free list: nothing sent, the saved accounts come back with alreadyExisted', async () => {
		const parameters = (accounts: INodeParameters, fields: INodeParameters = {}) => createAndValidate(accounts, { ifAccountExists: undefined, ...fields });
		const first = await runJuspay({ credential: local.credential, parameters: parameters({ bankAccount: [asha], upi: [{ vpa: 'success@upi' }] }) });
		local.sandbox.clear();

		const raw = await runJuspay({
			credential: local.credential,
			parameters: parameters({ bankAccount: [{ account: ` ${asha.account}`, ifsc: 'yesb0000262' }], upi: [{ vpa: 'Success@UPI' }] }, { simplify: false }),
		});
		const again = await runJuspay({ credential: local.credential, parameters: parameters({ bankAccount: [asha], upi: [{ vpa: 'success@upi' }] }) });

		expect(seen()).toEqual([[LIST], [LIST]]);
		expect(raw.json('Juspay')).toEqual([
			expect.objectContaining({ validation_status: 'ACTIVE', account_details: { name: asha.name, ifsc: asha.ifsc, account: asha.account }, alreadyExisted: true }),
			expect.objectContaining({ validation_status: 'ACTIVE', account_details: { vpa: 'success@upi' }, alreadyExisted: true }),
		]);
		expect(first.json('Juspay')[0]).toMatchObject({ nameSent: asha.name });
		expect(again.json('Juspay')).toEqual(first.json('Juspay').map((json) => ({ ...json, nameSent: null, alreadyExisted: true })));
	});

	it('a saved FAILURE or PENDING (listed, validation in flight) is returned too; a saved account never validated (CREATED) is sent', async () => {
		const failed = { account: '000100289877623', ifsc: 'SBIN0008752' };
		const pending = { account: '02014457596969', ifsc: 'CITI0000001' };
		await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [failed] }) });
		// Created (listed at once), then validated again: listed while PENDING.
		const created = await runJuspay({ credential: local.credential, parameters: { ...createAndValidate({ bankAccount: [pending, asha] }), operation: 'create' } });
		const pendingId = String(created.json('Juspay')[0].customer_account_id);
		await runJuspay({
			credential: local.credential,
			parameters: { resource: 'customerAccount', operation: 'validate', customerId: 'cst_x', customerAccountId: pendingId },
		});
		local.sandbox.clear();

		const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [failed, pending, asha] }) });

		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }]]);
		expect(result.json('Juspay').map((j) => [j.status, j.account, j.alreadyExisted])).toEqual([
			['INVALID', failed.account, true],
			['PENDING', pending.account, true],
			['VALID', asha.account, undefined],
		]);
	});

	it('Create and Validate Again: paid again on purpose, after a free list read (what a lost reply would be compared with)', async () => {
		const parameters = createAndValidate({ bankAccount: [asha] }, { ifAccountExists: 'createAgain' });
		await runJuspay({ credential: local.credential, parameters });
		const again = await runJuspay({ credential: local.credential, parameters });

		const post = [CREATE, 'validate', { bank_account: [asha] }];
		expect(seen()).toEqual([[LIST], post, [LIST], post]);
		expect(again.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
	});

	it('two rows with the same account in one run, in flight at once (with Wait for Final Status): one list, one penny drop and one status check; the second row is the first\'s answer, marked sameAsItem', async () => {
		local.sandbox.setLatency(100);
		const parameters = createAndValidate(
			{ bankAccount: [{ account: '={{ $json.account }}', ifsc: ravi.ifsc }] },
			{ options: { concurrency: 2, waitForFinalStatus: true, pollInterval: 1, maxWait: 10 } },
		);

		const result = await runJuspay({ credential: local.credential, parameters, inputItems: [{ account: ravi.account }, { account: ravi.account }] });

		const accountId = (result.json('Juspay')[0].ids as { customerAccountId: string }).customerAccountId;
		expect(seen()).toEqual([
			[LIST],
			[CREATE, 'validate', { bank_account: [{ ifsc: ravi.ifsc, account: ravi.account }] }],
			[`GET /customers/cst_x/customer-accounts/${accountId}`],
		]);
		const [first, second] = items(result.output('Juspay'));
		expect(first).toEqual({ json: expect.objectContaining({ status: 'VALID', statusChecks: 1 }), pairedItem: { item: 0 } });
		expect(first.json).not.toHaveProperty('sameAsItem');
		expect(second).toEqual({ json: { ...first.json, alreadyExisted: true, sameAsItem: 0 }, pairedItem: { item: 1 } });
	});

	it('the list call fails (401): the item fails, nothing is created', async () => {
		const result = await runJuspay({
			credential: { ...local.credential, apiKey: 'wrong_key' },
			parameters: createAndValidate({ bankAccount: [asha] }),
		});

		expect(result.error).toMatchObject({ httpCode: '401' });
		expect(seen()).toEqual([[LIST]]);
	});
});

describe('the same account under another IFSC at Juspay: still the same account, never paid twice', () => {
	it('answered under AABF0008032: the item reports ifscSent; a re-run finds it by account number and pays nothing', async () => {
		const parameters = createAndValidate({ bankAccount: [otherIfsc] });
		const first = await runJuspay({ credential: local.credential, parameters });
		const again = await runJuspay({ credential: local.credential, parameters });

		expect(paid()).toHaveLength(1);
		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [otherIfsc] }], [LIST]]);
		expect(first.json('Juspay')[0]).toMatchObject({ valid: true, account: otherIfsc.account, ifsc: 'AABF0008032', ifscSent: 'YESB0000262' });
		expect(again.json('Juspay')[0]).toMatchObject({ valid: true, ifsc: 'AABF0008032', ifscSent: 'YESB0000262', alreadyExisted: true });
	});

	it('its reply lost: the list shows it under the other IFSC, and that is the answer (no second POST)', async () => {
		lose('reset', true);

		const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [otherIfsc] }, { options: { timeout: 2 } }) });

		expect(result.error).toBeUndefined();
		expect(paid()).toHaveLength(1);
		expect(result.json('Juspay')[0]).toMatchObject({ ifsc: 'AABF0008032', ifscSent: 'YESB0000262', recoveredByStatusCheck: true });
	});
});

describe('Create and Validate whose reply is lost: read again, never sent again', () => {
	it.each(['reset', 'html', '500', 'hang'] as const)(
		'the POST landed but its reply was lost (%s): listed again, the new account is the answer, no second POST',
		async (kind) => {
			lose(kind, true);

			const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }, { options: { timeout: 1 } }) });

			expect(result.error).toBeUndefined();
			expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }], [LIST]]);
			expect(items(result.output('Juspay'))).toEqual([
				{
					json: expect.objectContaining({ valid: true, status: 'VALID', account: asha.account, nameSent: asha.name, recoveredByStatusCheck: true }),
					pairedItem: { item: 0 },
				},
			]);
		},
	);

	it('a slow penny drop (listed only 1.5 s later): the list is read again within the Timeout, and finds it; one POST', async () => {
		local.sandbox.setPennyDrop(1500);
		lose('reset', true);

		const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }, { options: { timeout: 6 } }) });

		expect(result.error).toBeUndefined();
		expect(paid()).toHaveLength(1);
		// At once, 1 s later, then 2 s after that: listed by then.
		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }], [LIST], [LIST], [LIST]]);
		expect(result.json('Juspay')[0]).toMatchObject({ valid: true, recoveredByStatusCheck: true });
	});

	it('not listed within the Timeout: the item fails with the outcome unknown and advice, one POST; a re-run once Juspay lists it pays nothing', async () => {
		local.sandbox.setPennyDrop(2500);
		lose('reset', true);
		const parameters = createAndValidate({ bankAccount: [asha] }, { options: { timeout: 1 } });

		const result = await runJuspay({ credential: local.credential, parameters, onError: 'continueRegularOutput' });

		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }], [LIST]]);
		expect(result.json('Juspay')).toEqual([
			{
				error: 'The connection to Juspay failed while trying to create and validate the customer account (ECONNRESET)',
				details: expect.objectContaining({ itemIndex: 0, outcomeUnknown: true }),
			},
		]);
		const { description } = result.json('Juspay')[0].details as { description: string };
		expect(description).toContain('Juspay lists a customer account only once its validation has finished');
		expect(description).toContain('Return Existing returns the account once Juspay lists it');
		expect(description).toContain('Nothing was sent again');

		// Juspay lists it once the penny drop has run (2.5 s after the POST).
		await sleep(3000);
		const again = await runJuspay({ credential: local.credential, parameters });
		expect(paid()).toHaveLength(1);
		expect(again.json('Juspay')[0]).toMatchObject({ valid: true, alreadyExisted: true });
	});

	it('Create and Validate Again with the account already saved: the new account differs from the one listed before, so it is the answer', async () => {
		const seed = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }) });
		local.sandbox.clear();
		lose('reset', true);

		const result = await runJuspay({
			credential: local.credential,
			parameters: createAndValidate({ bankAccount: [asha] }, { ifAccountExists: 'createAgain', options: { timeout: 1 } }),
		});

		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }], [LIST]]);
		expect(result.error).toBeUndefined();
		const recovered = result.json('Juspay')[0];
		expect(recovered).toMatchObject({ valid: true, recoveredByStatusCheck: true });
		expect((recovered.ids as { customerAccountId: string }).customerAccountId).not.toBe((seed.json('Juspay')[0].ids as { customerAccountId: string }).customerAccountId);
	});
});

describe('n8n\'s Retry On Fail runs the node again: what the execution sent is not sent again', () => {
	it('a lost reply, not listed at first: the retries only read the list, and the third try finds the account; one POST', async () => {
		local.sandbox.setPennyDrop(2500);
		lose('reset', true);

		const result = await runJuspay({
			credential: local.credential,
			parameters: createAndValidate({ bankAccount: [asha] }, { options: { timeout: 1 } }),
			retry: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1500 },
		});

		expect(result.error).toBeUndefined();
		expect(paid()).toHaveLength(1);
		expect(seen().filter(([what]) => what === CREATE)).toHaveLength(1);
		expect(result.json('Juspay')[0]).toMatchObject({ valid: true, recoveredByStatusCheck: true });
	});

	it('a row that succeeded before another row failed the node is not paid again on the retry', async () => {
		// Row 1's account is still validating (not listed), row 2 fails on its first try (a 400), then passes.
		local.sandbox.setPennyDrop(5000);
		local.sandbox.setFaults([{ kind: '401', method: 'POST', path: '/customers/cst_y/', times: 1 }]);
		const parameters = createAndValidate({ bankAccount: [{ account: '={{ $json.account }}', ifsc: asha.ifsc }] }, { customerId: '={{ $json.customer }}', options: { concurrency: 1 } });

		const result = await runJuspay({
			credential: local.credential,
			parameters,
			inputItems: [{ customer: 'cst_x', account: asha.account }, { customer: 'cst_y', account: ravi.account }],
			retry: { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 },
		});

		expect(result.error).toBeUndefined();
		const toX = paid().filter((r) => r.path === '/customers/cst_x/accounts');
		expect(toX).toHaveLength(1);
		expect(result.json('Juspay')[0]).toMatchObject({ status: 'PENDING', alreadyExisted: true });
	});
});

describe('executions in one n8n process at the same moment share one Create and Validate', () => {
	it('a form submitted twice at once: two executions, one POST, the second marked alreadyExisted', async () => {
		local.sandbox.setLatency(200);
		const parameters = createAndValidate({ bankAccount: [asha] });

		const [one, two] = await Promise.all([
			runJuspay({ credential: local.credential, parameters }),
			runJuspay({ credential: local.credential, parameters }),
		]);

		expect(paid()).toHaveLength(1);
		const answers = [one.json('Juspay')[0], two.json('Juspay')[0]];
		expect(answers.map((a) => a.valid)).toEqual([true, true]);
		expect(answers.filter((a) => a.alreadyExisted === true)).toHaveLength(1);
		expect(answers[0].ids).toEqual(answers[1].ids);
	});
});

describe('a later execution in one n8n process, while the first penny drop still runs (Juspay does not list it yet)', () => {
	const runTwice = async () => {
		local.sandbox.setPennyDrop(5000);
		const parameters = createAndValidate({ bankAccount: [asha] });
		const first = await runJuspay({ credential: local.credential, parameters, onError: 'continueRegularOutput' });
		const id = (first.json('Juspay')[0].ids as { customerAccountId: string }).customerAccountId;
		const again = async () => await runJuspay({ credential: local.credential, parameters, onError: 'continueRegularOutput' });
		return { first, id, again };
	};

	it('a re-run reads the account the first one got by its ID (free) and returns it PENDING, alreadyExisted: one POST', async () => {
		const { first, id, again } = await runTwice();
		const second = await again();

		expect(first.json('Juspay')[0]).toMatchObject({ status: 'PENDING' });
		expect(paid()).toHaveLength(1);
		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }], [LIST], [`GET /customers/cst_x/customer-accounts/${id}`]]);
		expect(items(second.output('Juspay'))).toEqual([
			{ json: expect.objectContaining({ status: 'PENDING', ids: { customerId: 'cst_x', customerAccountId: id }, alreadyExisted: true }), pairedItem: { item: 0 } },
		]);
	});

	it('that read fails (500 on each of its four tries): the item fails saying why, and nothing is sent', async () => {
		const { id, again } = await runTwice();
		local.sandbox.setFaults([{ kind: '500', method: 'GET', path: `/customer-accounts/${id}`, times: 4 }]);
		const second = await again();

		expect(paid()).toHaveLength(1);
		expect(second.json('Juspay')).toEqual([{ error: expect.any(String), details: expect.objectContaining({ itemIndex: 0 }) }]);
		expect((second.json('Juspay')[0].details as { description: string }).description).toContain(
			`An earlier execution in this n8n process validated this account (customer account ${id}), and reading it now failed, so nothing was sent`,
		);
	});

	it('deleted in between (404): a new validation is paid for, as asked', async () => {
		const { id, again } = await runTwice();
		await fetch(`${local.credential.baseUrl}/customers/cst_x/customer-accounts/${id}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: SANDBOX_BASIC, 'x-routing-id': 'cst_x' },
			body: 'command=delete',
		});
		const second = await again();

		expect(paid()).toHaveLength(2);
		expect(second.json('Juspay')[0]).toMatchObject({ status: 'PENDING' });
		expect(second.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
	});
});

describe('Customer Account → Validate reads first (If Already Validated)', () => {
	const validate = (id: string, fields: INodeParameters = {}): INodeParameters => ({
		resource: 'customerAccount',
		operation: 'validate',
		customerId: 'cst_x',
		customerAccountId: id,
		...fields,
	});
	const saved = async (operation: 'create' | 'createAndValidate'): Promise<string> => {
		const seed = await runJuspay({ credential: local.credential, parameters: { ...createAndValidate({ bankAccount: [asha] }), operation, simplify: false } });
		local.sandbox.clear();
		return String(seed.json('Juspay')[0].customer_account_id);
	};

	it('by default an account Juspay has validated is returned as it is: one free GET, no POST', async () => {
		const id = await saved('createAndValidate');

		const result = await runJuspay({ credential: local.credential, parameters: validate(id) });

		expect(seen()).toEqual([[`GET /customers/cst_x/customer-accounts/${id}`]]);
		expect(result.json('Juspay')[0]).toMatchObject({ valid: true, status: 'VALID', alreadyExisted: true, ids: { customerId: 'cst_x', customerAccountId: id } });
	});

	it('an account never validated (CREATED) is validated: GET, then one POST', async () => {
		const id = await saved('create');

		const result = await runJuspay({ credential: local.credential, parameters: validate(id) });

		expect(seen()).toEqual([[`GET /customers/cst_x/customer-accounts/${id}`], [`POST /customers/cst_x/customer-accounts/${id}/validate`]]);
		expect(result.json('Juspay')[0]).toMatchObject({ valid: true });
		expect(result.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
	});

	it('Validate Again pays for a fresh check on purpose; two rows with the same account share it', async () => {
		const id = await saved('createAndValidate');

		const result = await runJuspay({
			credential: local.credential,
			parameters: validate('={{ $json.id }}', { ifAlreadyValidated: 'validateAgain' }),
			inputItems: [{ id }, { id }],
		});

		expect(paid()).toHaveLength(1);
		expect(result.json('Juspay')[1]).toMatchObject({ valid: true, alreadyExisted: true, sameAsItem: 0 });
	});

	it('its reply lost: the account is read again and shows the new validation; one POST', async () => {
		const id = await saved('create');
		lose('reset', true, '/validate');

		const result = await runJuspay({ credential: local.credential, parameters: validate(id, { options: { timeout: 1 } }) });

		expect(result.error).toBeUndefined();
		expect(paid()).toHaveLength(1);
		expect(result.json('Juspay')[0]).toMatchObject({ valid: true, recoveredByStatusCheck: true });
	});

	it('its POST never landed: the read shows no new validation, the item fails with the outcome unknown, nothing is resent', async () => {
		const id = await saved('create');
		lose('reset', false, '/validate');

		const result = await runJuspay({ credential: local.credential, parameters: validate(id, { options: { timeout: 1 } }) });

		expect(paid()).toHaveLength(1);
		expect(result.error).toMatchObject({ context: { juspay: { outcomeUnknown: true } } });
		expect(result.error?.description).toContain('Nothing was sent again');
	});
});
