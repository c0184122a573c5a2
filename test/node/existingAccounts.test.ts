/**
 * Customer Account → Create and Validate → If Account Already Exists:
 * Return Existing lists the customer's saved accounts first (free) and
 * sends only accounts the customer does not have yet. Asserted on what the
 * local sandbox received and the items n8n got back.
 */
import type { INodeParameters } from 'n8n-workflow';

import { items, runJuspay, useNock } from './fixtures';
import { useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();

const LIST = 'GET /customers/cst_x/customer-accounts/list';
const CREATE = 'POST /customers/cst_x/accounts';
const asha = { account: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' };
const ravi = { account: '02014457596968', ifsc: 'CITI0000001', name: 'Ravi Kumar' };

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
		r.method === 'POST' ? [`${r.method} ${r.path}`, (r.body as { command: string }).command, JSON.parse((r.body as { account_details: string }).account_details)] : [`${r.method} ${r.path}`],
	);

describe('Create and Validate → If Account Already Exists → Return Existing', () => {
	it('one saved account and one new: one penny drop (only the new one is sent), two items, both paired', async () => {
		const seed = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }, { ifAccountExists: 'createAgain' }) });
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
			// Saved by an earlier run: its name may be that run's echo, so it is not taken as the bank's.
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
		expect(output[1].json).toMatchObject({ status: 'PENDING', account: ravi.account, ifsc: ravi.ifsc });
		expect(output[1].json).not.toHaveProperty('alreadyExisted');
		expect((output[1].json.ids as { customerAccountId: string }).customerAccountId).not.toBe(savedId);
	});

	it('everything saved already (same details typed differently): only the free list call, nothing sent', async () => {
		await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha], upi: [{ vpa: 'success@upi' }] }) });
		local.sandbox.clear();

		const result = await runJuspay({
			credential: local.credential,
			parameters: createAndValidate({ bankAccount: [{ account: ` ${asha.account}`, ifsc: 'yesb0000262' }], upi: [{ vpa: 'Success@UPI' }] }, { simplify: false }),
		});

		expect(seen()).toEqual([[LIST]]);
		expect(result.json('Juspay')).toEqual([
			expect.objectContaining({ validation_status: 'ACTIVE', account_details: { name: asha.name, ifsc: asha.ifsc, account: asha.account }, alreadyExisted: true }),
			expect.objectContaining({ validation_status: 'ACTIVE', account_details: { vpa: 'success@upi' }, alreadyExisted: true }),
		]);
	});

	it('a saved FAILURE or PENDING is returned too; a saved account never validated (CREATED) is sent as new', async () => {
		const failed = { account: '000100289877623', ifsc: 'SBIN0008752' };
		const pending = { account: '02014457596969', ifsc: 'CITI0000001' };
		await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [failed, pending] }) });
		await runJuspay({ credential: local.credential, parameters: { ...createAndValidate({ bankAccount: [asha] }), operation: 'create' } });
		local.sandbox.clear();

		const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [failed, pending, asha] }) });

		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }]]);
		expect(result.json('Juspay').map((j) => [j.status, j.account, j.alreadyExisted])).toEqual([
			['INVALID', failed.account, true],
			['PENDING', pending.account, true],
			['VALID', asha.account, undefined],
		]);
	});

	it('left at its default (Return Existing), the same input run twice sends one validation: the second run lists, sends nothing, and says alreadyExisted', async () => {
		const parameters = createAndValidate({ bankAccount: [asha] }, { ifAccountExists: undefined });
		const first = await runJuspay({ credential: local.credential, parameters });
		const again = await runJuspay({ credential: local.credential, parameters });

		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [asha] }], [LIST]]);
		expect(first.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
		expect(again.json('Juspay')).toEqual([{ ...first.json('Juspay')[0], nameAtBank: null, nameSent: null, nameMatch: null, alreadyExisted: true }]);
	});

	it('Create and Validate Again: sent again, no list call', async () => {
		const parameters = createAndValidate({ bankAccount: [asha] }, { ifAccountExists: 'createAgain' });
		await runJuspay({ credential: local.credential, parameters });
		const again = await runJuspay({ credential: local.credential, parameters });

		expect(seen()).toEqual([
			[CREATE, 'validate', { bank_account: [asha] }],
			[CREATE, 'validate', { bank_account: [asha] }],
		]);
		expect(again.json('Juspay')[0]).not.toHaveProperty('alreadyExisted');
	});

	it('two rows with the same account in one run, in flight at once: one list, one penny drop, the second row marked sameAsItem', async () => {
		local.sandbox.setLatency(100);
		const parameters = createAndValidate(
			{ bankAccount: [{ account: '={{ $json.account }}', ifsc: 'YESB0000262' }] },
			{ options: { concurrency: 2 } },
		);

		const result = await runJuspay({ credential: local.credential, parameters, inputItems: [{ account: asha.account }, { account: asha.account }] });

		expect(seen()).toEqual([[LIST], [CREATE, 'validate', { bank_account: [{ ifsc: asha.ifsc, account: asha.account }] }]]);
		const [first, second] = items(result.output('Juspay'));
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(first.json).not.toHaveProperty('sameAsItem');
		expect(second).toEqual({ json: { ...first.json, alreadyExisted: true, sameAsItem: 0 }, pairedItem: { item: 1 } });
	});

	it('same account on two rows with Wait for Final Status: one penny drop and one status check for both', async () => {
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
		expect(result.json('Juspay')).toEqual([
			expect.objectContaining({ status: 'VALID', statusChecks: 1 }),
			expect.objectContaining({ status: 'VALID', statusChecks: 1, alreadyExisted: true, sameAsItem: 0 }),
		]);
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

describe('Create and Validate whose answer is lost: the customer\'s list decides, one validation at Juspay', () => {
	const lose = (kind: 'reset' | 'html' | '500' | 'hang', landed: boolean) =>
		local.sandbox.setFaults([{ kind, method: 'POST', path: '/accounts', times: 1, landed }]);

	it.each(['reset', 'html', '500', 'hang'] as const)(
		'the POST landed but its answer was lost (%s): listed again, the new account is the answer, no second POST',
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

	it('the POST never landed (reset before Juspay read it): the list proves it, and it is sent once more', async () => {
		lose('reset', false);

		const result = await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }) });

		expect(result.error).toBeUndefined();
		const post = [CREATE, 'validate', { bank_account: [asha] }];
		expect(seen()).toEqual([[LIST], post, [LIST], post]);
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ status: 'VALID', account: asha.account })]);
		expect(result.json('Juspay')[0]).not.toHaveProperty('recoveredByStatusCheck');
	});

	it('Create and Validate Again with the account already saved: no list from before tells old from new, so the unknown outcome is reported, never resent', async () => {
		await runJuspay({ credential: local.credential, parameters: createAndValidate({ bankAccount: [asha] }) });
		local.sandbox.clear();
		lose('reset', true);

		const result = await runJuspay({
			credential: local.credential,
			parameters: createAndValidate({ bankAccount: [asha] }, { ifAccountExists: 'createAgain' }),
		});

		expect(seen()).toEqual([[CREATE, 'validate', { bank_account: [asha] }], [LIST]]);
		expect(result.error).toMatchObject({ context: { juspay: { outcomeUnknown: true } } });
		expect(result.error?.description).toMatch(/may have reached Juspay/);
	});
});
