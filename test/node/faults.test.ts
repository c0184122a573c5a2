/**
 * Faults against the local Juspay sandbox, through n8n-core's real engine:
 * every fault kind (401, 404, 429 with Retry-After, 500, 503, a hang past
 * the timeout, a reset connection, an HTML or a truncated body) on the five
 * operations where the money rule differs, over batches of 5 items where only
 * items 1 and 3 fail, with and without continueOnFail ("On Error" → continue
 * (using error output) / stop).
 *
 * For each run:
 * - with continueOnFail, every input item ends as exactly one success item
 *   (output 0) or one error item (output 1), paired with its input; none is
 *   lost or duplicated; the run succeeds;
 * - without it, the run ends with status error naming the first failing
 *   item (itemIndex 1), and the engine returns normally (no crash);
 * - the requests the sandbox recorded per item are exactly what the money
 *   rule allows (the table MONEY_RULE below); without continueOnFail, never more.
 *
 * The API key never appears in any result, log line or console output
 * (checked after every test by useSandboxSuite).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Fault, RecordedRequest } from '../sandbox/server';
import { RETRY } from '../../nodes/Juspay/transport/retry';
import type { WorkflowRunResult } from '../harness/runWorkflow';
import { params } from './fixtures';
import {
	bothOutputs,
	captured,
	countPerItem,
	createBeneficiary,
	createCustomerAccount,
	expectNoSecretIn,
	pairedIndex,
	seedFiring,
	useSandboxSuite,
} from './faultFixtures';

jest.setTimeout(30_000);

const suite = useSandboxSuite();

// The backoff between GET retries (no Retry-After) is shortened so 4 attempts
// take milliseconds, not seconds; the number of attempts, the Retry-After
// handling and the timeout are unchanged. Restored after the file.
const realBaseDelay = RETRY.baseDelayMs;
beforeAll(() => {
	RETRY.baseDelayMs = 20;
});
afterAll(() => {
	RETRY.baseDelayMs = realBaseDelay;
});

/* ------------------------------------------------------------------ the money rule, as a table */

type Kind = '401' | '404' | '429' | '500' | '503' | 'hang' | 'reset' | 'html' | 'truncated';
const KINDS: Kind[] = ['401', '404', '429', '500', '503', 'hang', 'reset', 'html', 'truncated'];

interface Rule {
	/** How often the fault fires for each failing item: once, N times, or on every request. */
	fires: number | 'always';
	/** POSTs the sandbox may see for a failing item. */
	post: number;
	/** GETs (status checks, or the GET itself) the sandbox may see for a failing item. */
	get: number;
	/** ok: the node recovered (same result as without the fault); error: the item fails. */
	outcome: 'ok' | 'error';
}

const r = (fires: Rule['fires'], post: number, get: number, outcome: Rule['outcome']): Rule => ({ fires, post, get, outcome });

/**
 * Per failing item. A 404 is not a sandbox fault: it is a real "not found"
 * (an unknown id; for the two POSTs whose path has no per-item id, a Base URL
 * with a wrong prefix, so every item of that batch fails).
 *
 *                                   fires     POST GET outcome
 */
const MONEY_RULE: Record<OperationName, Record<Kind, Rule>> = {
	// POST with beneId as the idempotency key: an unknown outcome → one status
	// GET by beneId; the sandbox never processed the faulted POST, so the GET
	// says 404 and exactly one resend follows. 401/404 are final; 429 is resent.
	'Beneficiary Validate': {
		'401':       r(1,        1,   0,  'error'),
		'404':       r('always', 1,   0,  'error'),
		'429':       r(1,        2,   0,  'ok'),
		'500':       r(1,        2,   1,  'ok'),
		'503':       r(1,        2,   1,  'ok'),
		hang:        r(1,        2,   1,  'ok'),
		reset:       r(1,        2,   1,  'ok'),
		html:        r(1,        2,   1,  'ok'),
		truncated:   r(1,        2,   1,  'ok'),
	},
	// POST with no ID of ours. Return Existing (the default) lists the
	// customer's accounts first (1 GET); an unknown outcome is only read
	// again (the list, within the item's Timeout: 1 s here, so once). The
	// fault stood in for the POST, so the list never shows the account and
	// the item fails with the outcome unknown: never a second POST. Only a
	// 429 (refused before Juspay acted) is resent.
	'Customer Account Create and Validate': {
		'401':       r('always', 1,   1,  'error'),
		'404':       r('always', 0,   1,  'error'),
		'429':       r(1,        2,   1,  'ok'),
		'500':       r('always', 1,   2,  'error'),
		'503':       r('always', 1,   2,  'error'),
		hang:        r('always', 1,   2,  'error'),
		reset:       r('always', 1,   2,  'error'),
		html:        r('always', 1,   2,  'error'),
		truncated:   r('always', 1,   2,  'error'),
	},
	// The saved account is read first (1 GET: it was created, never
	// validated, so it is validated); an unknown outcome is read once more
	// and, showing no new validation, fails the item: never a second POST.
	'Customer Account Validate': {
		'401':       r('always', 1,   1,  'error'),
		'404':       r('always', 0,   1,  'error'),
		'429':       r(1,        2,   1,  'ok'),
		'500':       r('always', 1,   2,  'error'),
		'503':       r('always', 1,   2,  'error'),
		hang:        r('always', 1,   2,  'error'),
		reset:       r('always', 1,   2,  'error'),
		html:        r('always', 1,   2,  'error'),
		truncated:   r('always', 1,   2,  'error'),
	},
	// GETs: retried on 429, 5xx, timeout, reset and garbage, 4 attempts in all.
	// A fault that fires on every attempt ends in an error after exactly 4; one
	// that fires fewer times is recovered from. 401 and 404 are never retried.
	'Customer Account Get': {
		'401':       r('always', 0,   1,  'error'),
		'404':       r('always', 0,   1,  'error'),
		'429':       r(1,        0,   2,  'ok'),
		'500':       r('always', 0,   4,  'error'),
		'503':       r(3,        0,   4,  'ok'),
		hang:        r(1,        0,   2,  'ok'),
		reset:       r('always', 0,   4,  'error'),
		html:        r(1,        0,   2,  'ok'),
		truncated:   r('always', 0,   4,  'error'),
	},
	'Beneficiary Get Status': {
		'401':       r('always', 0,   1,  'error'),
		'404':       r('always', 0,   1,  'error'),
		'429':       r(1,        0,   2,  'ok'),
		'500':       r(3,        0,   4,  'ok'),
		'503':       r('always', 0,   4,  'error'),
		hang:        r(1,        0,   2,  'ok'),
		reset:       r(1,        0,   2,  'ok'),
		html:        r('always', 0,   4,  'error'),
		truncated:   r(2,        0,   3,  'ok'),
	},
};

/** What the error of a failing item says, per kind (POSTs add the "may have reached Juspay" advice). */
const MESSAGE: Record<Kind, RegExp> = {
	'401': /^Juspay rejected the API key \[(E02|UNAUTHORIZED), HTTP 401\]/,
	'404': /^Juspay found nothing to .+ \[(E09|RESOURCE_NOT_FOUND), HTTP 404\]/,
	'429': /^Juspay is rate-limiting requests \[.*HTTP 429\]/,
	'500': /^Juspay had a server error while trying to .+ \[.*HTTP 500\]/,
	'503': /^Juspay had a server error while trying to .+ \[.*HTTP 503\]/,
	hang: /^Juspay did not answer in time while trying to .+ \((ECONNABORTED|ETIMEDOUT|ESOCKETTIMEDOUT)\)$/,
	reset: /^The connection to Juspay failed while trying to .+ \(ECONNRESET\)$/,
	html: /^Juspay's answer could not be read \(HTTP 200, not valid JSON\) while trying to .+$/,
	truncated: /^Juspay's answer could not be read \(HTTP 200, not valid JSON\) while trying to .+$/,
};
const OUTCOME_UNKNOWN_KINDS: Kind[] = ['500', '503', 'hang', 'reset', 'html', 'truncated'];
const MAY_HAVE_REACHED = 'The request may have reached Juspay, so a validation (and its penny drop) may have happened.';

/* ------------------------------------------------------------------ the operations */

type OperationName =
	| 'Beneficiary Validate'
	| 'Customer Account Create and Validate'
	| 'Customer Account Validate'
	| 'Customer Account Get'
	| 'Beneficiary Get Status';

const ITEMS = 5;
const FAILING = [1, 3];
const ALL = [0, 1, 2, 3, 4];
/** Every request names its item by an id ending in the item's index (bv3, cav3, cv3, cg3, bs3). */
const ITEM_ID = /\b(?:bv|cav|cv|cg|bs)(\d)\b/;
const itemOf = (request: RecordedRequest) => {
	const match = ITEM_ID.exec(`${request.path} ${request.rawBody}`);
	return match ? Number(match[1]) : undefined;
};

interface Prepared {
	inputItems: IDataObject[];
	faults: Fault[];
	/** Items that fail in this scenario (FAILING, or every item for a whole-batch 404). */
	failing: number[];
	/** A Base URL other than the sandbox's root (the whole-batch 404). */
	baseUrl?: string;
}

interface Operation {
	method: 'GET' | 'POST';
	/** Requests of an item without a fault, when not just the one request of `method`. */
	normal?: { post: number; get: number };
	parameters: INodeParameters;
	/** Creates what the batch needs in the sandbox and says which items fail how. */
	prepare(kind: Kind, rule: Rule): Promise<Prepared>;
	/** The success item of input item i is the answer about item i. */
	identifies(json: IDataObject, index: number): boolean;
}

const TIMEOUT_1S = { timeout: 1 };

/** The sandbox fault of a kind (a 404 is never a fault here: see MONEY_RULE). */
function faultKind(kind: Kind): Fault['kind'] {
	if (kind === '404') throw new Error('404 is not a sandbox fault kind');
	return kind;
}

/** One fault per failing item, scoped by a path part only that item's requests have. */
function perItemFaults(kind: Kind, rule: Rule, method: 'GET' | 'POST', scope: (index: number) => string): Fault[] {
	return FAILING.map((index) => ({
		kind: faultKind(kind),
		method,
		path: scope(index),
		...(rule.fires === 'always' ? {} : { times: rule.fires }),
		...(kind === '429' ? { retryAfter: 1 } : {}),
	}));
}

const OPERATIONS: Record<OperationName, Operation> = {
	'Beneficiary Validate': {
		method: 'POST',
		// Concurrency 1: every item POSTs to the same path, so the fault picks POSTs by their order.
		parameters: params('beneficiary', 'validate', {
			customerId: 'cust_f',
			beneId: '={{ $json.id }}',
			beneficiaryType: 'ACCOUNT_IFSC',
			accountNumber: '026291800001191',
			ifsc: 'YESB0000262',
			options: { ...TIMEOUT_1S, concurrency: 1 },
		}),
		async prepare(kind, rule) {
			const inputItems = ALL.map((i) => ({ id: `bv${i}` }));
			if (kind === '404') {
				// Every POST goes to /payout/payout/merchant/v1/benedetails: Juspay-shaped 404 (E09).
				return { inputItems, faults: [], failing: ALL, baseUrl: `${suite.sandbox.url}/payout` };
			}
			// The POSTs in order: item 0, item 1 (fires, then its resend), item 2, item 3 (fires).
			const pattern = [false, true, ...new Array<boolean>(rule.post - 1).fill(false), false, true];
			const fault: Fault = {
				kind: faultKind(kind),
				method: 'POST',
				path: '/benedetails',
				share: 0.5,
				seed: seedFiring(pattern),
				times: FAILING.length,
				...(kind === '429' ? { retryAfter: 1 } : {}),
			};
			return { inputItems, faults: [fault], failing: FAILING };
		},
		identifies: (json, i) => json.uniqueId === `bv${i}` && json.status === 'VALID',
	},
	'Customer Account Create and Validate': {
		method: 'POST',
		normal: { post: 1, get: 1 },
		parameters: params('customerAccount', 'createAndValidate', {
			customerId: '={{ $json.id }}',
			accounts: { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262' }] },
			options: TIMEOUT_1S,
		}),
		async prepare(kind, rule) {
			const inputItems = ALL.map((i) => ({ id: `cav${i}` }));
			if (kind === '404') return { inputItems, faults: [], failing: ALL, baseUrl: `${suite.sandbox.url}/missing` };
			return { inputItems, faults: perItemFaults(kind, rule, 'POST', (i) => `/customers/cav${i}/`), failing: FAILING };
		},
		identifies: (json, i) => json.customer_id === `cav${i}` && json.validation_status === 'ACTIVE',
	},
	'Customer Account Validate': {
		method: 'POST',
		normal: { post: 1, get: 1 },
		parameters: params('customerAccount', 'validate', {
			customerId: '={{ $json.id }}',
			customerAccountId: '={{ $json.account }}',
			options: TIMEOUT_1S,
		}),
		async prepare(kind, rule) {
			const inputItems: IDataObject[] = [];
			for (const i of ALL) inputItems.push({ id: `cv${i}`, account: await createCustomerAccount(suite.sandbox, `cv${i}`) });
			if (kind === '404') {
				for (const i of FAILING) inputItems[i].account = `banh_missing${i}`;
				return { inputItems, faults: [], failing: FAILING };
			}
			return { inputItems, faults: perItemFaults(kind, rule, 'POST', (i) => `/customers/cv${i}/`), failing: FAILING };
		},
		identifies: (json, i) => json.customer_id === `cv${i}` && json.validation_status === 'ACTIVE',
	},
	'Customer Account Get': {
		method: 'GET',
		parameters: params('customerAccount', 'get', {
			customerId: '={{ $json.id }}',
			customerAccountId: '={{ $json.account }}',
			options: TIMEOUT_1S,
		}),
		async prepare(kind, rule) {
			const inputItems: IDataObject[] = [];
			for (const i of ALL) inputItems.push({ id: `cg${i}`, account: await createCustomerAccount(suite.sandbox, `cg${i}`) });
			if (kind === '404') {
				for (const i of FAILING) inputItems[i].account = `banh_missing${i}`;
				return { inputItems, faults: [], failing: FAILING };
			}
			return { inputItems, faults: perItemFaults(kind, rule, 'GET', (i) => `/customers/cg${i}/`), failing: FAILING };
		},
		identifies: (json, i) => json.customer_id === `cg${i}` && json.customer_account_id !== undefined,
	},
	'Beneficiary Get Status': {
		method: 'GET',
		parameters: params('beneficiary', 'getStatus', {
			customerId: 'cust_s',
			beneId: '={{ $json.id }}',
			options: TIMEOUT_1S,
		}),
		async prepare(kind, rule) {
			const missing = kind === '404' ? FAILING : [];
			for (const i of ALL) if (!missing.includes(i)) await createBeneficiary(suite.sandbox, 'cust_s', `bs${i}`);
			const inputItems = ALL.map((i) => ({ id: `bs${i}` }));
			if (kind === '404') return { inputItems, faults: [], failing: FAILING };
			return { inputItems, faults: perItemFaults(kind, rule, 'GET', (i) => `/cust_s/bs${i}`), failing: FAILING };
		},
		identifies: (json, i) => json.uniqueId === `bs${i}` && json.status === 'VALID',
	},
};

/* ------------------------------------------------------------------ one scenario */

async function runScenario(name: OperationName, kind: Kind, continueOnFail: boolean) {
	const operation = OPERATIONS[name];
	const rule = MONEY_RULE[name][kind];
	const prepared = await operation.prepare(kind, rule);
	suite.sandbox.clear(); // setup requests are not the node's
	suite.sandbox.setFaults(prepared.faults);

	const result = await suite.run({
		parameters: operation.parameters,
		inputItems: prepared.inputItems,
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...(prepared.baseUrl ? { credential: { ...suite.credential, baseUrl: prepared.baseUrl } } : {}),
	});

	const failing = rule.outcome === 'error' ? prepared.failing : [];
	const normal = operation.normal ?? { post: operation.method === 'POST' ? 1 : 0, get: operation.method === 'GET' ? 1 : 0 };
	const allowed = (i: number) => (prepared.failing.includes(i) ? rule : normal);
	const counts = countPerItem(suite.sandbox.requests, ITEMS, itemOf);
	return { operation, rule, prepared, result, failing, allowed, counts };
}

function expectErrorFor(kind: Kind, method: 'GET' | 'POST', message: string, description: string | undefined) {
	expect(message).toMatch(MESSAGE[kind]);
	if (method === 'POST' && OUTCOME_UNKNOWN_KINDS.includes(kind)) expect(description).toContain(MAY_HAVE_REACHED);
	if (method === 'GET' || !OUTCOME_UNKNOWN_KINDS.includes(kind)) expect(description ?? '').not.toContain(MAY_HAVE_REACHED);
}

/* ------------------------------------------------------------------ the matrix */

const names = Object.keys(OPERATIONS) as OperationName[];

describe.each(names)('%s', (name) => {
	describe.each(KINDS)('fault %s', (kind) => {
		const rule = MONEY_RULE[name][kind];
		const summary = `${rule.post} POST + ${rule.get} GET for a failing item, ${rule.outcome}`;

		it(`with continueOnFail: one result or one error item per input, correctly paired; ${summary}`, async () => {
			const { operation, result, failing, allowed, counts } = await runScenario(name, kind, true);

			// The run itself never fails.
			expect(result.status).toBe('success');
			expect(result.error).toBeUndefined();

			// Every input item: exactly one item out, on the right output, paired with it.
			const { ok, failed } = bothOutputs(result);
			expect([...ok, ...failed].map(pairedIndex).sort()).toEqual(ALL);
			expect(failed.map(pairedIndex)).toEqual(failing);
			expect(ok.map(pairedIndex)).toEqual(ALL.filter((i) => !failing.includes(i)));
			for (const item of ok) expect(operation.identifies(item.json, pairedIndex(item))).toBe(true);
			for (const item of failed) {
				const index = pairedIndex(item);
				const details = item.json.details as IDataObject;
				expect(details.itemIndex).toBe(index);
				expectErrorFor(kind, operation.method, String(item.json.error), details.description as string | undefined);
			}

			// Exactly the requests the money rule allows, per item.
			expect(counts.stray).toEqual([]);
			expect({ posts: counts.posts, gets: counts.gets }).toEqual({
				posts: ALL.map((i) => allowed(i).post),
				gets: ALL.map((i) => allowed(i).get),
			});
		});

		it(`without continueOnFail: ${rule.outcome === 'ok' ? 'the batch succeeds' : 'the run stops with an error naming the first failing item'}, no more requests than allowed`, async () => {
			const { operation, result, failing, allowed, counts } = await runScenario(name, kind, false);

			expect(counts.stray).toEqual([]);
			if (failing.length === 0) {
				// Recovered: the same as a run without the fault.
				expect(result.status).toBe('success');
				const out = result.output('Juspay');
				expect(out.map(pairedIndex)).toEqual(ALL);
				for (const item of out) expect(operation.identifies(item.json, pairedIndex(item))).toBe(true);
				expect({ posts: counts.posts, gets: counts.gets }).toEqual({
					posts: ALL.map((i) => allowed(i).post),
					gets: ALL.map((i) => allowed(i).get),
				});
				return;
			}

			// The engine ended the run normally, with the node's error for the first failing item.
			const first = failing[0];
			expect(result.status).toBe('error');
			expect(result.error).toMatchObject({ context: { itemIndex: first }, node: { name: 'Juspay' } });
			expectErrorFor(kind, operation.method, String(result.error?.message), result.error?.description ?? undefined);
			expect(result.task('Juspay').error).toBeDefined();
			expect(result.executedNodes).not.toContain('Success');
			expect(result.output('Juspay')).toEqual([]);

			// The first failing item made exactly its allowed requests; no item made more than allowed.
			expect([counts.posts[first], counts.gets[first]]).toEqual([allowed(first).post, allowed(first).get]);
			for (const i of ALL) {
				expect(counts.posts[i]).toBeLessThanOrEqual(allowed(i).post);
				expect(counts.gets[i]).toBeLessThanOrEqual(allowed(i).get);
			}
		});
	});
});

/* ------------------------------------------------------------------ beyond the matrix */

describe('Beneficiary Validate: the status check decides', () => {
	const validate = (ids: string[], onError?: 'continueRegularOutput') => ({
		parameters: OPERATIONS['Beneficiary Validate'].parameters,
		inputItems: ids.map((id) => ({ id })),
		...(onError ? { onError } : {}),
	});

	it('a POST that Juspay processed but whose answer was lost: 1 POST + 1 GET, the stored result, no resend', async () => {
		// bv1 exists at Juspay (it processed the POST); the answer to the node is a 500.
		await createBeneficiary(suite.sandbox, 'cust_f', 'bv1');
		suite.sandbox.clear();
		suite.sandbox.setFaults([
			{ kind: '500', method: 'POST', path: '/benedetails', share: 0.5, seed: seedFiring([false, true]), times: 1 },
		]);

		const result = await suite.run(validate(['bv0', 'bv1', 'bv2'], 'continueRegularOutput'));

		expect(result.status).toBe('success');
		const { ok, failed } = bothOutputs(result);
		expect(failed).toEqual([]);
		expect(ok.map(pairedIndex)).toEqual([0, 1, 2]);
		expect(ok[1].json).toMatchObject({ uniqueId: 'bv1', status: 'VALID', recoveredByStatusCheck: true });
		const counts = countPerItem(suite.sandbox.requests, 3, itemOf);
		expect(counts).toEqual({ posts: [1, 1, 1], gets: [0, 1, 0], stray: [] });
	});

	it('a resend that fails again with an unknown outcome is reported, never sent a third time (2 POSTs, 1 GET)', async () => {
		// Item 1's POST and its one resend both get a 500.
		suite.sandbox.setFaults([
			{ kind: '500', method: 'POST', path: '/benedetails', share: 0.5, seed: seedFiring([false, true, true]), times: 2 },
		]);

		const result = await suite.run(validate(['bv0', 'bv1', 'bv2'], 'continueRegularOutput'));

		expect(result.status).toBe('success');
		const { ok, failed } = bothOutputs(result);
		expect(ok.map(pairedIndex)).toEqual([0, 2]);
		expect(failed.map(pairedIndex)).toEqual([1]);
		expect(String(failed[0].json.error)).toMatch(MESSAGE['500']);
		expect((failed[0].json.details as IDataObject).description).toContain(MAY_HAVE_REACHED);
		expect(countPerItem(suite.sandbox.requests, 3, itemOf)).toEqual({ posts: [1, 2, 1], gets: [0, 1, 0], stray: [] });
	});

	it.each([
		['with continueOnFail', true],
		['without continueOnFail', false],
	])('%s: a POST with an unknown outcome whose status check fails too is reported, never resent (1 POST, 4 GETs)', async (_mode, continueOnFail) => {
		suite.sandbox.setFaults([
			{ kind: 'reset', method: 'POST', path: '/benedetails', share: 0.5, seed: seedFiring([false, true]), times: 1 },
			{ kind: '503', method: 'GET', path: '/cust_f/bv1' },
		]);

		const result = await suite.run(validate(['bv0', 'bv1', 'bv2'], continueOnFail ? 'continueRegularOutput' : undefined));

		const counts = countPerItem(suite.sandbox.requests, 3, itemOf);
		const reported = continueOnFail
			? { message: bothOutputs(result).failed[0]?.json.error, details: bothOutputs(result).failed[0]?.json.details as IDataObject }
			: { message: result.error?.message, details: { itemIndex: result.error?.context?.itemIndex, description: result.error?.description } };
		// The original, unknown outcome is what the user is told.
		expect(reported.message).toMatch(MESSAGE.reset);
		expect(reported.details).toMatchObject({ itemIndex: 1, description: expect.stringContaining(MAY_HAVE_REACHED) });
		if (continueOnFail) {
			expect(result.status).toBe('success');
			expect(bothOutputs(result).ok.map(pairedIndex)).toEqual([0, 2]);
			expect(bothOutputs(result).failed.map(pairedIndex)).toEqual([1]);
			expect(counts).toEqual({ posts: [1, 1, 1], gets: [0, 4, 0], stray: [] });
		} else {
			expect(result.status).toBe('error');
			// Concurrency 1: item 2 is never started once item 1 failed.
			expect(counts).toEqual({ posts: [1, 1, 0], gets: [0, 4, 0], stray: [] });
		}
	});
});

describe('GETs give up after 4 attempts, timeouts included', () => {
	it('a Get Status that hangs every time: 4 attempts of 1 s, then one error item; the other items are unaffected', async () => {
		for (const i of [0, 1, 2]) await createBeneficiary(suite.sandbox, 'cust_s', `bs${i}`);
		suite.sandbox.clear();
		suite.sandbox.setFaults([{ kind: 'hang', method: 'GET', path: '/cust_s/bs1' }]);

		const started = Date.now();
		const result: WorkflowRunResult = await suite.run({
			parameters: OPERATIONS['Beneficiary Get Status'].parameters,
			inputItems: [{ id: 'bs0' }, { id: 'bs1' }, { id: 'bs2' }],
			onError: 'continueRegularOutput',
		});

		expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
		expect(result.status).toBe('success');
		const { ok, failed } = bothOutputs(result);
		expect(ok.map(pairedIndex)).toEqual([0, 2]);
		expect(failed.map(pairedIndex)).toEqual([1]);
		expect(String(failed[0].json.error)).toMatch(MESSAGE.hang);
		expect(countPerItem(suite.sandbox.requests, 3, itemOf)).toEqual({ posts: [0, 0, 0], gets: [1, 4, 1], stray: [] });
	});
});

describe('the secrets check itself', () => {
	it('fails on the key or its Basic form, wherever it is in the text', () => {
		expect(() => expectNoSecretIn('x', 'Authorization: Basic dGVzdF9hcGlfa2V5Og==')).toThrow();
		expect(() => expectNoSecretIn('x', '{"apiKey":"test_api_key"}')).toThrow();
		expect(() => expectNoSecretIn('x', 'Basic *** was rejected')).not.toThrow();
	});


	it("sees n8n's own log lines (so an empty capture cannot pass for a clean one)", async () => {
		await createBeneficiary(suite.sandbox, 'cust_s', 'bs0');
		suite.sandbox.clear();
		suite.sandbox.setFaults([{ kind: '401', method: 'GET' }]);

		const result = await suite.run({
			parameters: OPERATIONS['Beneficiary Get Status'].parameters,
			inputItems: [{ id: 'bs0' }],
		});

		expect(result.status).toBe('error');
		expect(captured.logLines.length).toBeGreaterThan(0);
		expect(captured.logLines.join('\n')).toContain('Juspay');
		// The sandbox did receive the key: the check below each test is about what n8n shows, not what is sent.
		expect(suite.sandbox.requests.map((request) => request.headers.authorization)).toEqual([
			`Basic ${Buffer.from('test_api_key:').toString('base64')}`,
		]);
	});
});
