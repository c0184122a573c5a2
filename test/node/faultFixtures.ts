/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports, no-console -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Helpers for the fault and bad-input suites that run the node against the
 * in-process Juspay sandbox (test/sandbox/server.js) over real HTTP on
 * 127.0.0.1, the only host nock lets through.
 *
 * `useSandboxSuite()` wires one sandbox per test file and, for EVERY test of
 * that file, checks after the test that the sandbox's API key and its Basic
 * form appear nowhere: not in any run result (JSON.stringify of the whole
 * IRun and the workflow error), not in any line n8n logged (every call of
 * @n8n/backend-common's Logger, which LoggerProxy and `this.logger` both
 * reach, captured at any level even though the harness logger is silent),
 * and not in anything written to the console.
 */
import { createRequire } from 'node:module';
import { format } from 'node:util';

import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { WorkflowRunResult } from '../harness/runWorkflow';
import type { RecordedRequest, Sandbox } from '../sandbox/server';
import { SANDBOX_BASIC, SANDBOX_KEY, SANDBOX_MERCHANT, useSandbox } from './featureFixtures';
import { runJuspay, runText, useNock, type JuspayRun } from './fixtures';

// faults.js is plain JS without typings; its compileFault gives the sandbox's own seeded PRNG.
const { compileFault } = require('../sandbox/faults') as {
	compileFault: (spec: { kind: string; share: number; seed: number }) => { random: () => number };
};

/** The key and its Basic form (base64 of 'test_api_key:'). */
const SECRETS = [SANDBOX_KEY, SANDBOX_BASIC.slice('Basic '.length)];

/* ------------------------------------------------------------------ log capture */

const coreRequire = createRequire(require.resolve('n8n-core'));
type LogFn = (this: unknown, ...args: unknown[]) => unknown;
const { Logger } = coreRequire('@n8n/backend-common') as { Logger: { prototype: { log: LogFn } } };

/** JSON that survives cycles and errors (log metadata may hold both). */
function safeJson(value: unknown): string {
	const seen = new WeakSet<object>();
	try {
		return JSON.stringify(value, (_key, v: unknown) => {
			if (v instanceof Error) return { ...v, name: v.name, message: v.message, stack: v.stack };
			if (typeof v === 'object' && v !== null) {
				if (seen.has(v)) return '[cycle]';
				seen.add(v);
			}
			if (typeof v === 'bigint') return String(v);
			return v;
		});
	} catch (error) {
		return `[unserialisable: ${String(error)}]`;
	}
}

/** Every line n8n logged and everything written to the console since the last `take()`. */
export const captured = {
	logLines: [] as string[],
	consoleLines: [] as string[],
	/** n8n log lines seen in this file so far (never cleared): shows the spy works. */
	logLinesTotal: 0,
};

function installCapture(): () => void {
	const originalLog = Logger.prototype.log;
	const logSpy = jest.spyOn(Logger.prototype, 'log').mockImplementation(function (this: unknown, ...args: unknown[]) {
		// Serialised now: Logger.log rewrites error metadata in place afterwards.
		captured.logLines.push(safeJson(args));
		captured.logLinesTotal++;
		return originalLog.apply(this, args);
	});
	const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => {
		const original = console[method].bind(console);
		return jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			captured.consoleLines.push(format(...args));
			original(...args);
		});
	});
	return () => {
		logSpy.mockRestore();
		for (const spy of consoleSpies) spy.mockRestore();
	};
}

/** Fails when a secret is in the text; names where it was found, never prints the text. */
export function expectNoSecretIn(where: string, text: string): void {
	for (const secret of SECRETS) {
		const index = text.indexOf(secret);
		expect({ where, secretFoundAt: index >= 0 ? text.slice(Math.max(0, index - 80), index) + '<SECRET>' : null }).toEqual({
			where,
			secretFoundAt: null,
		});
	}
}

/* ------------------------------------------------------------------ the suite */

export interface SandboxSuite {
	readonly sandbox: Sandbox;
	readonly credential: ICredentialDataDecryptedObject;
	/** runJuspay with the sandbox credential; every result is kept for the secrets check. */
	run(opts: Omit<JuspayRun, 'credential'> & { credential?: ICredentialDataDecryptedObject }): Promise<WorkflowRunResult>;
}

export function useSandboxSuite(): SandboxSuite {
	useNock('127.0.0.1');
	const local = useSandbox();
	let restoreCapture: (() => void) | undefined;
	const results: WorkflowRunResult[] = [];

	beforeAll(() => {
		restoreCapture = installCapture();
	});
	afterAll(() => restoreCapture?.());
	beforeEach(() => {
		results.length = 0;
		captured.logLines.length = 0;
		captured.consoleLines.length = 0;
	});
	afterEach(() => {
		results.forEach((result, index) => expectNoSecretIn(`run ${index} result`, runText(result)));
		expectNoSecretIn('n8n log lines', captured.logLines.join('\n'));
		expectNoSecretIn('console output', captured.consoleLines.join('\n'));
	});

	return {
		get sandbox() {
			return local.sandbox;
		},
		get credential() {
			return local.credential;
		},
		async run(opts) {
			const result = await runJuspay({ ...opts, credential: opts.credential ?? local.credential });
			results.push(result);
			return result;
		},
	};
}

/* ------------------------------------------------------------------ talking to the sandbox directly */

/** One request straight to the sandbox (setup only: the caller clears the request log after). */
async function sandboxCall(
	sandbox: Sandbox,
	path: string,
	body: { form?: Record<string, string>; json?: IDataObject },
	headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
	const response = await fetch(new URL(path, sandbox.url), {
		method: 'POST',
		headers: { authorization: SANDBOX_BASIC, 'content-type': body.form ? 'application/x-www-form-urlencoded' : 'application/json', ...headers },
		body: body.form ? new URLSearchParams(body.form).toString() : JSON.stringify(body.json),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

/** Creates one UPI customer account (command=create, no validation) and returns its id. */
export async function createCustomerAccount(sandbox: Sandbox, customerId: string, vpa = 'success@upi'): Promise<string> {
	const { status, body } = await sandboxCall(
		sandbox,
		`/customers/${customerId}/accounts`,
		{ form: { command: 'create', customer_id: customerId, account_details: JSON.stringify({ upi: [{ vpa }] }) } },
		{ 'x-routing-id': customerId },
	);
	const id = Array.isArray(body) ? (body[0] as IDataObject)?.customer_account_id : undefined;
	if (status !== 200 || typeof id !== 'string') throw new Error(`setup: creating an account for ${customerId} failed (${status})`);
	return id;
}

/** Stores a validated UPI beneficiary in the sandbox. */
export async function createBeneficiary(sandbox: Sandbox, customerId: string, beneId: string): Promise<void> {
	const { status } = await sandboxCall(
		sandbox,
		'/payout/merchant/v1/benedetails',
		{ json: { beneId, customerId, command: 'validate', beneDetails: { type: 'UPI_ID', details: { vpa: 'success@upi' } } } },
		{ 'x-merchantid': SANDBOX_MERCHANT },
	);
	if (status !== 200) throw new Error(`setup: creating beneficiary ${beneId} failed (${status})`);
}

/* ------------------------------------------------------------------ reading a run */

/**
 * Results and error items of a run with On Error → Continue (regular output),
 * where error items keep their `details`; nothing may reach the error output.
 */
export function bothOutputs(result: WorkflowRunResult): { ok: INodeExecutionData[]; failed: INodeExecutionData[] } {
	const all = result.output('Juspay', 0);
	expect(result.output('Juspay', 1)).toEqual([]);
	return { ok: all.filter((item) => item.json.error === undefined), failed: all.filter((item) => item.json.error !== undefined) };
}

/** The input item an output item is paired with (a single `{ item }` pairing is required). */
export function pairedIndex(item: INodeExecutionData): number {
	const paired = item.pairedItem;
	if (typeof paired !== 'object' || paired === null || Array.isArray(paired)) {
		throw new Error(`expected one pairedItem object, got ${JSON.stringify(paired)}`);
	}
	return paired.item;
}

/** Requests the sandbox recorded, counted per item by `itemOf` (undefined = belongs to no item). */
export function countPerItem(
	requests: RecordedRequest[],
	itemCount: number,
	itemOf: (request: RecordedRequest) => number | undefined,
): { posts: number[]; gets: number[]; stray: string[] } {
	const posts = new Array<number>(itemCount).fill(0);
	const gets = new Array<number>(itemCount).fill(0);
	const stray: string[] = [];
	for (const request of requests) {
		const index = itemOf(request);
		if (index === undefined || index < 0 || index >= itemCount) {
			stray.push(`${request.method} ${request.path}`);
			continue;
		}
		(request.method === 'POST' ? posts : gets)[index]++;
	}
	return { posts, gets, stray };
}

/* ------------------------------------------------------------------ scoping a fault to chosen POSTs */

/**
 * A seed for a sandbox fault with `share` and `seed`, such that the fault's
 * successive matching requests fire exactly as `pattern` says (true = fire).
 * The sandbox draws one number from its seeded PRNG (mulberry32, the same
 * code via compileFault) per matching request until `times` fires have
 * happened, so a fault with this seed and `times` = the number of `true`s
 * picks exactly those requests. Used where every item POSTs to the same
 * path (payout benedetails) and `path` cannot tell the items apart; it needs
 * the POSTs in a known order, i.e. Concurrency 1.
 */
export function seedFiring(pattern: boolean[], share = 0.5): number {
	for (let seed = 1; seed < 1_000_000; seed++) {
		const { random } = compileFault({ kind: '500', share, seed });
		if (pattern.every((fire) => random() < share === fire)) return seed;
	}
	throw new Error(`no seed found for ${JSON.stringify(pattern)}`);
}
