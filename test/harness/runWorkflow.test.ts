import nock from 'nock';
import type {
	IAuthenticateGeneric,
	IConnections,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodeType,
} from 'n8n-workflow';
import { Expression, NodeConnectionTypes } from 'n8n-workflow';
import { WorkflowHasIssuesError } from 'n8n-core';

import { HARNESS_NOOP, HARNESS_SET, HARNESS_START, runWorkflow } from './runWorkflow';

/* ------------------------------------------------------------------ demo node + credential */

class DemoApi implements ICredentialType {
	name = 'demoApi';
	displayName = 'Demo API';
	properties: INodeProperties[] = [
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'Merchant ID', name: 'merchantId', type: 'string', default: '' },
		{ displayName: 'Environment', name: 'environment', type: 'string', default: 'sandbox' },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: { username: '={{$credentials.apiKey}}', password: '' },
			headers: { 'x-merchantid': '={{$credentials.merchantId}}' },
		},
	};
}

/** The demo node: POSTs one request per item with the given credential type. */
function makeDemoNode(credentialName = 'demoApi'): INodeType {
	return {
		description: {
			displayName: 'Demo',
			name: 'demo',
			group: ['transform'],
			version: 1,
			description: 'Demo node for the harness test',
			defaults: { name: 'Demo' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: credentialName, required: true }],
			properties: [
				{ displayName: 'Thing ID', name: 'thingId', type: 'string', default: '', required: true },
				{ displayName: 'Note', name: 'note', type: 'string', default: '' },
			],
		},

		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const items = this.getInputData();
			const out: INodeExecutionData[] = [];
			for (let i = 0; i < items.length; i++) {
				try {
					const id = this.getNodeParameter('thingId', i) as string;
					const note = this.getNodeParameter('note', i) as string;
					const response = (await this.helpers.httpRequestWithAuthentication.call(this, credentialName, {
						method: 'POST',
						url: 'https://api.example.test/things/' + encodeURIComponent(id),
						body: { note, index: i },
						json: true,
					})) as IDataObject;
					out.push({ json: { ...response, requestedId: id }, pairedItem: { item: i } });
				} catch (error) {
					if (this.continueOnFail()) {
						out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
						continue;
					}
					throw error;
				}
			}
			return [out];
		},
	};
}

/* ------------------------------------------------------------------ fixtures */

const API_KEY = 'key_test_123';
// NodeApiError's message for an HTTP 400 (its description keeps 'Request failed with status code 400').
const BAD_REQUEST = 'Bad request - please check your parameters';
const BASIC = 'Basic ' + Buffer.from(`${API_KEY}:`).toString('base64');

function demoWorkflow(demoOverrides: Partial<INode> = {}): { nodes: INode[]; connections: IConnections } {
	return {
		nodes: [
			{ id: '1', name: 'Start', type: HARNESS_START, typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: '2',
				name: 'Prepare',
				type: HARNESS_SET,
				typeVersion: 3.4,
				position: [200, 0],
				parameters: {
					assignments: {
						assignments: [
							{ id: 'a1', name: 'thing', value: '={{ $json.raw.trim().toUpperCase() }}', type: 'string' },
						],
					},
					includeOtherFields: false,
				},
			},
			{
				id: '3',
				name: 'Demo',
				type: 'test.demo',
				typeVersion: 1,
				position: [400, 0],
				parameters: {
					// From the previous node's item ...
					thingId: '={{ $json.thing }}',
					// ... and via paired-item lookup back to the trigger.
					note: "={{ $('Start').item.json.note }}",
				},
				...demoOverrides,
			},
			{ id: '4', name: 'After', type: HARNESS_NOOP, typeVersion: 1, position: [600, 0], parameters: {} },
			{ id: '5', name: 'Errors', type: HARNESS_NOOP, typeVersion: 1, position: [600, 200], parameters: {} },
		],
		connections: {
			Start: { main: [[{ node: 'Prepare', type: NodeConnectionTypes.Main, index: 0 }]] },
			Prepare: { main: [[{ node: 'Demo', type: NodeConnectionTypes.Main, index: 0 }]] },
			Demo: {
				main: [
					[{ node: 'After', type: NodeConnectionTypes.Main, index: 0 }],
					[{ node: 'Errors', type: NodeConnectionTypes.Main, index: 0 }],
				],
			},
		},
	};
}

const inputItems = [
	{ raw: ' ab/1 ', note: 'first' },
	{ raw: 'cd2', note: 'second' },
	{ raw: 'ef3', note: 'third' },
];

const common = {
	nodeTypes: { 'test.demo': makeDemoNode() },
	credentialTypes: [new DemoApi()],
	credentials: { demoApi: { apiKey: API_KEY, merchantId: 'merchant_42' } },
	inputItems,
};

function mockThing(id: string, note: string, index: number, status = 200) {
	return nock('https://api.example.test', {
		reqheaders: {
			authorization: BASIC,
			'x-merchantid': 'merchant_42',
		},
	})
		.post(`/things/${encodeURIComponent(id)}`, { note, index })
		.reply(status, status === 200 ? { ok: true, id } : { error: 'bad thing' });
}

/* ------------------------------------------------------------------ tests */

describe('runWorkflow harness (real n8n-core WorkflowExecute)', () => {
	const timings: number[] = [];

	beforeAll(() => {
		nock.disableNetConnect();
	});
	afterEach(() => {
		nock.cleanAll();
	});
	afterAll(() => {
		nock.enableNetConnect();
		// HARNESS_TIMINGS=1 npx jest test/harness  -> prints ms per workflow run.
		// eslint-disable-next-line no-console
		if (process.env.HARNESS_TIMINGS) console.log(`harness timings (ms per workflow run): ${timings.map((t) => t.toFixed(1)).join(', ')}`);
	});

	it('runs the workflow, applies the credential auth, resolves expressions and keeps paired items', async () => {
		const scopes = [mockThing('AB/1', 'first', 0), mockThing('CD2', 'second', 1), mockThing('EF3', 'third', 2)];

		const result = await runWorkflow({ workflow: demoWorkflow(), ...common });
		timings.push(result.durationMs);

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		// Expressions went through n8n-workflow's in-process evaluator, not isolated-vm.
		expect(Expression.getActiveImplementation()).toBe('legacy');
		for (const scope of scopes) expect(scope.isDone()).toBe(true);
		expect(result.executedNodes).toEqual(['Start', 'Prepare', 'Demo', 'After']);

		const demoOut = result.output('Demo');
		expect(demoOut.map((i) => i.json)).toEqual([
			{ ok: true, id: 'AB/1', requestedId: 'AB/1' },
			{ ok: true, id: 'CD2', requestedId: 'CD2' },
			{ ok: true, id: 'EF3', requestedId: 'EF3' },
		]);
		expect(demoOut.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.output('Demo', 1)).toEqual([]);
		expect(result.json('After')).toEqual(result.json('Demo'));
		expect(result.credentialsHelper.events.filter((e) => e.kind === 'authenticate')).toHaveLength(3);
	});

	it('records the exact request that left through the HTTP stack', async () => {
		const seen: Array<{ path: string; headers: Record<string, unknown>; body: unknown }> = [];
		nock('https://api.example.test')
			.post(/\/things\/.*/)
			.times(1)
			.reply(function (path, body) {
				seen.push({ path, headers: this.req.headers, body });
				return [200, { ok: true, id: 'x' }];
			});

		const result = await runWorkflow({ workflow: demoWorkflow(), ...common, inputItems: [inputItems[0]] });
		timings.push(result.durationMs);

		expect(result.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].path).toBe('/things/AB%2F1');
		expect(seen[0].headers.authorization).toBe(BASIC);
		expect(seen[0].headers['x-merchantid']).toBe('merchant_42');
		expect(seen[0].body).toEqual({ note: 'first', index: 0 });
	});

	it('continueOnFail: the failing item becomes { error } and the others go through', async () => {
		mockThing('AB/1', 'first', 0);
		mockThing('CD2', 'second', 1, 400);
		mockThing('EF3', 'third', 2);

		const result = await runWorkflow({
			workflow: demoWorkflow({ onError: 'continueRegularOutput' }),
			...common,
		});
		timings.push(result.durationMs);

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		const out = result.output('Demo');
		expect(out).toHaveLength(3);
		expect(out[0].json).toMatchObject({ ok: true, id: 'AB/1' });
		expect(out[1].json).toEqual({ error: BAD_REQUEST });
		expect(out[1].pairedItem).toEqual({ item: 1 });
		expect(out[2].json).toMatchObject({ ok: true, id: 'EF3' });
		expect(result.executedNodes).toContain('After');
		expect(result.executedNodes).not.toContain('Errors');
	});

	it("onError 'continueErrorOutput': the failing item is routed to output 1", async () => {
		mockThing('AB/1', 'first', 0);
		mockThing('CD2', 'second', 1, 400);
		mockThing('EF3', 'third', 2);

		const result = await runWorkflow({
			workflow: demoWorkflow({ onError: 'continueErrorOutput' }),
			...common,
		});
		timings.push(result.durationMs);

		expect(result.error).toBeUndefined();
		const success = result.output('Demo', 0);
		const failed = result.output('Demo', 1);
		expect(success.map((i) => i.json.id)).toEqual(['AB/1', 'EF3']);
		expect(success.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(failed).toHaveLength(1);
		// n8n-core puts the error message on the item (json.error) for the error output.
		expect(failed[0].json.error).toBe(BAD_REQUEST);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		// Both branches ran, each with only its own items.
		expect(result.json('After').map((j) => j.id)).toEqual(['AB/1', 'EF3']);
		expect(result.output('Errors')).toHaveLength(1);
	});

	it('without continueOnFail the run reports the node error instead of throwing', async () => {
		mockThing('AB/1', 'first', 0);
		mockThing('CD2', 'second', 1, 400);

		const result = await runWorkflow({ workflow: demoWorkflow(), ...common });
		timings.push(result.durationMs);

		expect(result.status).toBe('error');
		// The engine stores a plain-object copy of the NodeApiError ({ ...error, message, stack }),
		// so assert on its fields rather than with toBeInstanceOf.
		expect(result.error).toMatchObject({
			name: 'NodeApiError',
			message: BAD_REQUEST,
			description: 'Request failed with status code 400',
			httpCode: '400',
			node: { name: 'Demo' },
			context: { data: { error: 'bad thing' } },
		});
		expect(result.run.data.resultData.lastNodeExecuted).toBe('Demo');
		expect(result.task('Demo').executionStatus).toBe('error');
		expect(result.executedNodes).not.toContain('After');
	});

	it('maps exported n8n-nodes-base manualTrigger / set / noOp onto the helper nodes', async () => {
		const result = await runWorkflow({
			workflow: {
				nodes: [
					{ id: '1', name: 'When clicking', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					{
						id: '2',
						name: 'Edit Fields',
						type: 'n8n-nodes-base.set',
						typeVersion: 3.4,
						position: [200, 0],
						parameters: {
							assignments: {
								assignments: [
									{ id: 'x', name: 'doubled', value: '={{ $json.n * 2 }}', type: 'number' },
									{ id: 'y', name: 'fromTrigger', value: "={{ $('When clicking').item.json.n }}", type: 'number' },
								],
							},
							includeOtherFields: true,
							options: {},
						},
					},
					{ id: '3', name: 'Pass', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [400, 0], parameters: {} },
				],
				connections: {
					'When clicking': { main: [[{ node: 'Edit Fields', type: NodeConnectionTypes.Main, index: 0 }]] },
					'Edit Fields': { main: [[{ node: 'Pass', type: NodeConnectionTypes.Main, index: 0 }]] },
				},
			},
			inputItems: [{ n: 1 }, { n: 5 }],
		});
		timings.push(result.durationMs);

		expect(result.error).toBeUndefined();
		expect(result.json('Pass')).toEqual([
			{ n: 1, doubled: 2, fromTrigger: 1 },
			{ n: 5, doubled: 10, fromTrigger: 5 },
		]);
	});

	describe('credential authenticate forms', () => {
		const oneItem = [{ raw: 'q1', note: 'n' }];

		it('generic qs + header, with a credential default filled in', async () => {
			class QsApi implements ICredentialType {
				name = 'qsApi';
				displayName = 'Qs API';
				properties: INodeProperties[] = [
					{ displayName: 'API Key', name: 'apiKey', type: 'string', default: '' },
					{ displayName: 'Environment', name: 'environment', type: 'string', default: 'sandbox' },
				];
				authenticate: IAuthenticateGeneric = {
					type: 'generic',
					properties: {
						qs: { api_key: '={{$credentials.apiKey}}' },
						headers: { 'X-Env': '={{$credentials.environment}}' },
					},
				};
			}
			const scope = nock('https://api.example.test', { reqheaders: { 'x-env': 'sandbox' } })
				.post('/things/Q1', { note: 'n', index: 0 })
				.query({ api_key: 'qs-key' })
				.reply(200, { ok: true });

			const result = await runWorkflow({
				workflow: demoWorkflow(),
				nodeTypes: { 'test.demo': makeDemoNode('qsApi') },
				credentialTypes: [new QsApi()],
				credentials: { qsApi: { apiKey: 'qs-key' } },
				inputItems: oneItem,
			});
			timings.push(result.durationMs);

			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
		});

		it('function authenticate and preAuthentication (expirable session token)', async () => {
			class SessionApi implements ICredentialType {
				name = 'sessionApi';
				displayName = 'Session API';
				properties: INodeProperties[] = [
					{ displayName: 'Secret', name: 'secret', type: 'string', default: '' },
					{
						displayName: 'Session Token',
						name: 'sessionToken',
						type: 'hidden',
						typeOptions: { expirable: true },
						default: '',
					},
				];
				async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
					const { token } = (await this.helpers.httpRequest({
						method: 'POST',
						url: 'https://api.example.test/login',
						body: { secret: credentials.secret },
						json: true,
					})) as { token: string };
					return { sessionToken: token };
				}
				async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) {
					return {
						...requestOptions,
						headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.sessionToken)}` },
					};
				}
			}
			const login = nock('https://api.example.test').post('/login', { secret: 's3cret' }).reply(200, { token: 'tok-1' });
			const call = nock('https://api.example.test', { reqheaders: { authorization: 'Bearer tok-1' } })
				.post('/things/Q1')
				.reply(200, { ok: true });

			const result = await runWorkflow({
				workflow: demoWorkflow(),
				nodeTypes: { 'test.demo': makeDemoNode('sessionApi') },
				credentialTypes: [new SessionApi()],
				credentials: { sessionApi: { secret: 's3cret' } },
				inputItems: oneItem,
			});
			timings.push(result.durationMs);

			expect(result.error).toBeUndefined();
			expect(login.isDone()).toBe(true);
			expect(call.isDone()).toBe(true);
			// The refreshed token is kept, as n8n would persist it.
			expect(result.credentialsHelper.getStored('sessionApi')).toMatchObject({ sessionToken: 'tok-1' });
		});
	});

	it("mode 'trigger' (production-like): the start node's items come in as trigger data", async () => {
		mockThing('AB/1', 'first', 0);
		const result = await runWorkflow({ workflow: demoWorkflow(), ...common, inputItems: [inputItems[0]], mode: 'trigger' });
		timings.push(result.durationMs);

		expect(result.error).toBeUndefined();
		expect(result.run.mode).toBe('trigger');
		expect(result.json('Demo')).toEqual([{ ok: true, id: 'AB/1', requestedId: 'AB/1' }]);
	});

	it('rejects a workflow with parameter issues (required parameter missing) like n8n does', async () => {
		const workflow = demoWorkflow();
		workflow.nodes.find((n) => n.name === 'Demo')!.parameters.thingId = '';
		await expect(runWorkflow({ workflow, ...common })).rejects.toThrow(WorkflowHasIssuesError);
	});
});
