/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Shared fixtures for the whole-workflow tests of the Juspay node: a workflow
 * builder (Start → optional Set → Juspay → two No Op nodes on its outputs), a
 * runner that plugs in the real node and credential, and nock helpers that
 * record exactly what Juspay receives.
 *
 * Every test file calls `useNock()` once: it forbids real network, records any
 * request no interceptor matched, and after each test asserts that no request
 * went unmatched and no interceptor was left unused.
 */
import nock from 'nock';
import type { ClientRequest } from 'node:http';
import type {
	ICredentialDataDecryptedObject,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { JuspayApi } from '../../credentials/JuspayApi.credentials';
import { JuspayWebhookApi } from '../../credentials/JuspayWebhookApi.credentials';
import { Juspay } from '../../nodes/Juspay/Juspay.node';
import { forgetPaid } from '../../nodes/Juspay/actions/money/payOnce';
import { forgetLearnedPaces } from '../../nodes/Juspay/transport/pace/pace';
import { HARNESS_NOOP, HARNESS_SET, HARNESS_START, runWorkflow, type WorkflowRunResult } from '../harness/runWorkflow';

export const JUSPAY_TYPE = 'n8n-nodes-juspay.juspay';
/** The tool n8n 2.x makes of a `usableAsTool` node; run here with the node's own description. */
export const JUSPAY_TOOL_TYPE = 'n8n-nodes-juspay.juspayTool';
export const BASE_URL = 'https://juspay.test';
export const API_KEY = 'sk_test_S3CRET_k3y_4242';
export const MERCHANT_ID = 'merchant_42';
/** The exact Authorization header Juspay must get: Basic base64(apiKey + ':'). */
export const BASIC = 'Basic ' + Buffer.from(`${API_KEY}:`).toString('base64');
export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
/** Juspay's beneficiary path (payout API v1). */
export const V1 = '/payout/merchant/v1/benedetails';
/** The headers Juspay must get on a customer-account call, and on a payout call. */
export const customerHeaders = (routingId: string) => ({ authorization: BASIC, 'content-type': FORM, 'x-routing-id': routingId });
export const payoutHeaders = { authorization: BASIC, 'content-type': JSON_TYPE, 'x-merchantid': MERCHANT_ID };

export const customCredential: ICredentialDataDecryptedObject = {
	apiKey: API_KEY,
	merchantId: MERCHANT_ID,
	environment: 'custom',
	baseUrl: BASE_URL,
};

/* ------------------------------------------------------------------ workflow */

export interface SetField {
	name: string;
	/** A value or an expression (`={{ ... }}`). */
	value: unknown;
	type?: 'string' | 'number' | 'boolean' | 'object' | 'array';
}

export interface JuspayRun {
	/** The Juspay node's parameters (resource, operation, fields, options, ...). */
	parameters: INodeParameters;
	/** Items emitted by the Start node (default: one empty item). */
	inputItems?: IDataObject[];
	/** Adds a Set node named "Prepare" between Start and Juspay. */
	set?: SetField[];
	/** The node's "On Error" setting. */
	onError?: INode['onError'];
	/** The node's Retry On Fail settings (node Settings). */
	retry?: Pick<INode, 'retryOnFail' | 'maxTries' | 'waitBetweenTries'>;
	/** The Juspay node's version (default 1); 1.1 has the Output option. */
	typeVersion?: number;
	/** Run it as the AI tool variant n8n makes of it (`n8n-nodes-juspay.juspayTool`). */
	asTool?: boolean;
	credential?: ICredentialDataDecryptedObject;
	/** The Juspay Webhook API credential (the callback login); without it the node has none selected. */
	webhookCredential?: ICredentialDataDecryptedObject;
}

export function juspayWorkflow(opts: Pick<JuspayRun, 'parameters' | 'set' | 'onError' | 'retry' | 'typeVersion' | 'asTool'>): {
	nodes: INode[];
	connections: IConnections;
} {
	const main = (node: string) => ({ node, type: NodeConnectionTypes.Main, index: 0 });
	const nodes: INode[] = [
		{ id: 'start', name: 'Start', type: HARNESS_START, typeVersion: 1, position: [0, 0], parameters: {} },
	];
	const connections: IConnections = {};
	let previous = 'Start';
	if (opts.set) {
		nodes.push({
			id: 'prepare',
			name: 'Prepare',
			type: HARNESS_SET,
			typeVersion: 3.4,
			position: [200, 0],
			parameters: {
				assignments: {
					assignments: opts.set.map((field, index) => ({
						id: `a${index}`,
						name: field.name,
						value: field.value,
						type: field.type ?? 'string',
					})),
				},
				includeOtherFields: false,
			} as INodeParameters,
		});
		connections.Start = { main: [[main('Prepare')]] };
		previous = 'Prepare';
	}
	nodes.push(
		{
			id: 'juspay',
			name: 'Juspay',
			type: opts.asTool ? JUSPAY_TOOL_TYPE : JUSPAY_TYPE,
			typeVersion: opts.typeVersion ?? 1,
			position: [400, 0],
			parameters: opts.parameters,
			...(opts.onError ? { onError: opts.onError } : {}),
			...opts.retry,
		},
		{ id: 'ok', name: 'Success', type: HARNESS_NOOP, typeVersion: 1, position: [600, 0], parameters: {} },
		{ id: 'err', name: 'Failure', type: HARNESS_NOOP, typeVersion: 1, position: [600, 200], parameters: {} },
	);
	connections[previous] = { main: [[main('Juspay')]] };
	connections.Juspay = { main: [[main('Success')], [main('Failure')]] };
	return { nodes, connections };
}

export async function runJuspay(opts: JuspayRun): Promise<WorkflowRunResult> {
	return await runWorkflow({
		workflow: juspayWorkflow(opts),
		nodeTypes: { [JUSPAY_TYPE]: new Juspay(), [JUSPAY_TOOL_TYPE]: new Juspay() },
		credentialTypes: [new JuspayApi(), new JuspayWebhookApi()],
		credentials: {
			juspayApi: opts.credential ?? customCredential,
			...(opts.webhookCredential ? { juspayWebhookApi: opts.webhookCredential } : {}),
		},
		inputItems: opts.inputItems,
	});
}

/** Captured requests in a stable order (items run concurrently, so arrival order may vary). */
export function sortedBy<T>(list: T[], key: (entry: T) => string): T[] {
	return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

/** `json` and `pairedItem` of each item: what the next node sees. */
export function items(list: INodeExecutionData[]): Array<Pick<INodeExecutionData, 'json' | 'pairedItem'>> {
	return list.map(({ json, pairedItem }) => ({ json, pairedItem }));
}

/** The whole run as text, for "the API key appears nowhere" checks. */
export function runText(result: WorkflowRunResult): string {
	return JSON.stringify({ run: result.run, error: result.error });
}

/** Neither the API key nor its Basic form (nor its base64 alone) appears anywhere in the run. */
export function expectNoSecrets(result: WorkflowRunResult, apiKey = API_KEY): void {
	const text = runText(result);
	const base64 = Buffer.from(`${apiKey}:`).toString('base64');
	expect(text).not.toContain(apiKey);
	expect(text).not.toContain(base64);
	expect(text).not.toContain(encodeURIComponent(apiKey));
}

/* ------------------------------------------------------------------ parameters */

/** Parameters of one operation, with `simplify: false` so Juspay's raw answer is the output. */
export function params(resource: string, operation: string, fields: INodeParameters, raw = true): INodeParameters {
	return { resource, operation, ...(raw ? { simplify: false } : {}), ...fields };
}

/* ------------------------------------------------------------------ nock */

export interface Captured {
	method: string;
	/** Path as sent on the wire (ids still URL-encoded). */
	path: string;
	/** authorization, content-type and every x-* header, as sent. */
	headers: Record<string, string>;
	/** Decoded body: form fields (account_details parsed) or JSON; undefined when none. */
	body: unknown;
}

/** Headers worth asserting exactly: auth, content type, and every x-* header. */
export function pickHeaders(raw: Record<string, unknown>): Record<string, string> {
	const picked: Record<string, string> = {};
	for (const [name, value] of Object.entries(raw)) {
		const key = name.toLowerCase();
		if (key === 'authorization' || key === 'content-type' || key.startsWith('x-')) picked[key] = String(value);
	}
	return picked;
}

/** A form body as an object, with `account_details` parsed from its JSON text. */
export function decodeForm(raw: string): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	for (const [key, value] of new URLSearchParams(raw)) {
		if (key in fields) throw new Error(`form field ${key} sent twice`);
		fields[key] = key === 'account_details' ? (JSON.parse(value) as unknown) : value;
	}
	return fields;
}

function decodeBody(headers: Record<string, string>, body: unknown): unknown {
	if (body === undefined || body === '') return undefined;
	const type = (headers['content-type'] ?? '').split(';')[0].trim();
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	if (type === FORM) return decodeForm(text);
	if (type === JSON_TYPE) return JSON.parse(text) as unknown;
	return text;
}

/**
 * Juspay at BASE_URL: every call is recorded into `requests`, in order.
 * `reply(method, path, ...)` answers one request on that exact path.
 */
export function juspay(baseUrl = BASE_URL) {
	const requests: Captured[] = [];
	const scope = nock(baseUrl);
	const record = (req: ClientRequest & { headers: Record<string, unknown> }, method: string, uri: string, body: unknown) => {
		const headers = pickHeaders(req.headers);
		requests.push({ method, path: uri, headers, body: decodeBody(headers, body) });
	};
	const api = {
		requests,
		scope,
		reply(method: 'GET' | 'POST', path: string, status: number, body: string | object, headers?: Record<string, string>) {
			scope
				.intercept(path, method)
				.reply(function (uri, requestBody) {
					record(this.req as never, method, uri, requestBody);
					return [status, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': JSON_TYPE, ...headers }];
				});
			return api;
		},
		/**
		 * Answers `times` requests on that path, each from what it carried. Items run
		 * concurrently (the Concurrency option), so same-path answers must not rely on order.
		 */
		replyWith(method: 'GET' | 'POST', path: string, times: number, answer: (request: Captured) => [number, object]) {
			scope
				.intercept(path, method)
				.times(times)
				.reply(function (uri, requestBody) {
					record(this.req as never, method, uri, requestBody);
					const [status, body] = answer(requests[requests.length - 1]);
					return [status, JSON.stringify(body), { 'content-type': JSON_TYPE }];
				});
			return api;
		},
		/** Answers after `ms` milliseconds (for the Timeout option). */
		replyDelayed(method: 'GET' | 'POST', path: string, ms: number, status: number, body: object) {
			scope
				.intercept(path, method)
				.delay(ms)
				.reply(function (uri, requestBody) {
					record(this.req as never, method, uri, requestBody);
					return [status, JSON.stringify(body), { 'content-type': JSON_TYPE }];
				});
			return api;
		},
		/** The connection fails with this Node error code (ECONNRESET, ...). */
		fail(method: 'GET' | 'POST', path: string, code: string) {
			scope.intercept(path, method).reply(function (uri, requestBody, callback) {
				record(this.req as never, method, uri, requestBody);
				callback(Object.assign(new Error(code === 'ECONNRESET' ? 'socket hang up' : code), { code }), undefined as never);
			});
			return api;
		},
	};
	return api;
}

/** Requests nock saw that no interceptor matched (any such request is a bug in a test or in the node). */
export const unmatched: string[] = [];

/**
 * Per test file: no real network, every request matched, every interceptor
 * used. `passthroughHost` (e.g. '127.0.0.1' for the local sandbox) is a host a
 * test lets through with nock.enableNetConnect; nock reports those requests as
 * "no match" too, so they are not counted (the sandbox records them instead).
 */
export function useNock(passthroughHost?: string): void {
	const onNoMatch = (req: { method?: string; path?: string; href?: string; hostname?: string; options?: { href?: string } }) => {
		const target = req.href ?? req.options?.href ?? req.path ?? '?';
		if (passthroughHost && target.startsWith(`http://${passthroughHost}:`)) return;
		unmatched.push(`${req.method ?? '?'} ${target}`);
	};
	beforeAll(() => {
		nock.disableNetConnect();
		nock.emitter.on('no match', onNoMatch);
	});
	beforeEach(() => {
		unmatched.length = 0;
		// Each test is its own Juspay and its own n8n: its runs start from scratch, not from the pace
		// earlier tests learned or what they paid for.
		forgetLearnedPaces();
		forgetPaid();
	});
	afterEach(() => {
		const pending = nock.pendingMocks();
		const stray = [...unmatched];
		nock.cleanAll();
		nock.disableNetConnect();
		expect({ unmatchedRequests: stray, pendingMocks: pending }).toEqual({ unmatchedRequests: [], pendingMocks: [] });
	});
	afterAll(() => {
		nock.emitter.removeListener('no match', onNoMatch);
		nock.enableNetConnect();
	});
}
