/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The Juspay node as an AI tool in a real n8n 2.41.1 (`n8n start`, the packed
 * tarball): the example workflow (Chat Trigger → AI Agent with n8n's OpenAI
 * Chat Model → Juspay tools) answered by a scripted stand-in model
 * (test/model/server.ts), and the Juspay tool served by n8n's MCP Server
 * Trigger to the official MCP SDK client. Asserts what the sandbox received,
 * what the model was offered and sent back, and what the user got.
 *
 * n8n 2.x only: the AI Agent v3 and MCP Server Trigger v2 used here, and the
 * tool description n8n reads from the node, are n8n 2.x; on N8N_LINE=1 the
 * suite is skipped (the node's 1.x behaviour is covered by juspay.e2e.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { startSandbox, type Sandbox } from '../sandbox/server';
import { StandInModel } from '../model/server';
import { ensureRuntime, N8n, packTarball, ROOT, type StartedN8n } from '../../scripts/lib/n8n';
import { CREDENTIAL, credential } from './workflows';

const line = process.env.N8N_LINE === '1' ? '1' : '2';
const API_KEY = 'test_api_key';
const OPENAI_CREDENTIAL = { id: 'e2eStandInModel', name: 'Stand-in model (e2e)' };
const AGENT_WORKFLOW = 'e2eAiAgentChat01';
const MCP_WORKFLOW = 'e2eAiMcpServer01';
const MCP_PATH = 'juspay-e2e';
const ACCOUNT = { accountNumber: '026291800001191', ifsc: 'YESB0000262', accountHolderName: 'Asha Verma' };

type Node = { name: string; type: string; webhookId?: string; parameters: Record<string, unknown>; credentials?: object };
type Workflow = { nodes: Node[]; connections: Record<string, unknown> } & Record<string, unknown>;

const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'ai-agent-chat.json'), 'utf8')) as Workflow;
const chatTrigger = example.nodes.find((node) => node.type === '@n8n/n8n-nodes-langchain.chatTrigger') as Node;

/** The example, pointed at the sandbox and the stand-in model, its chat open to the test. */
function agentWorkflow(): Workflow {
	return {
		...example,
		id: AGENT_WORKFLOW,
		nodes: example.nodes.map((node) => {
			if (node === chatTrigger) return { ...node, parameters: { ...node.parameters, public: true } };
			if (node.type === 'n8n-nodes-juspay.juspayTool') return { ...node, credentials: { juspayApi: CREDENTIAL } };
			if (node.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi') return { ...node, credentials: { openAiApi: OPENAI_CREDENTIAL } };
			return node;
		}),
	};
}

/**
 * MCP Server Trigger ← the example's Validate Bank Account tool (under its own
 * Customer ID) and a Get Validation Result tool (Get Status, free).
 */
function mcpWorkflow(): Workflow {
	const tool = example.nodes.find((node) => node.name === 'Validate Bank Account') as Node;
	const getStatus = {
		...tool,
		id: '9f2e3d4c-5b6a-4f7e-8d9c-0b1a2c3d4e03',
		name: 'Get Validation Result',
		parameters: {
			resource: 'beneficiary',
			operation: 'getStatus',
			customerId: 'mcp-client-checks',
			beneId: "={{ $fromAI('beneId', 'ids.beneId of the earlier validation', 'string') }}",
		},
		credentials: { juspayApi: CREDENTIAL },
	} as Node;
	return {
		id: MCP_WORKFLOW,
		name: 'Juspay tools for MCP clients (e2e)',
		settings: { executionOrder: 'v1' },
		pinData: {},
		nodes: [
			{
				id: '9f2e3d4c-5b6a-4f7e-8d9c-0b1a2c3d4e01',
				name: 'MCP Server Trigger',
				type: '@n8n/n8n-nodes-langchain.mcpTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '9f2e3d4c-5b6a-4f7e-8d9c-0b1a2c3d4e0a',
				parameters: { path: MCP_PATH },
			} as Node,
			{ ...tool, id: '9f2e3d4c-5b6a-4f7e-8d9c-0b1a2c3d4e02', parameters: { ...tool.parameters, customerId: 'mcp-client-checks' }, credentials: { juspayApi: CREDENTIAL } } as Node,
			getStatus,
		],
		connections: {
			'Validate Bank Account': { ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] },
			'Get Validation Result': { ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] },
		},
	};
}

let sandbox: Sandbox;
let model: StandInModel;
let n8n: N8n;
let server: StartedN8n;
let packDir: string;

/** The validations (each a ₹1 penny drop) the sandbox received. */
/** Validations Juspay carried out (a send it refused as a repeated Beneficiary ID, E05, pays nothing). */
const validations = () =>
	sandbox.requests.filter((request) => request.method === 'POST' && (request.body as { command?: string } | undefined)?.command === 'validate' && request.status !== 400);

let session = 0;
/** One chat message to the published example, as n8n's chat widget sends it; the agent's answer. */
async function ask(chatInput: string): Promise<string> {
	const answer = await fetch(`${server.url}/webhook/${chatTrigger.webhookId}/chat`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ action: 'sendMessage', sessionId: `e2e-session-${++session}`, chatInput }),
	});
	const text = await answer.text();
	if (!answer.ok) throw new Error(`chat answered HTTP ${answer.status}: ${text}`);
	return (JSON.parse(text) as { output: string }).output;
}

const pause = async () => await new Promise((resolve) => setTimeout(resolve, 250));

/** Waits (bounded) until a production webhook of a published workflow answers (GET) other than 404. */
async function untilRegistered(url: string): Promise<void> {
	for (let attempt = 0; attempt < 120; attempt++) {
		if ((await fetch(url)).status !== 404) return;
		await pause();
	}
	throw new Error(`${url} was never registered`);
}

/** The newest execution of the agent workflow, once n8n has saved it as done. */
async function lastAgentExecution(before: number) {
	let executions: Awaited<ReturnType<StartedN8n['executions']>> = [];
	for (let attempt = 0; attempt < 40; attempt++) {
		executions = await server.executions(AGENT_WORKFLOW);
		if (executions.length > before && !['new', 'running'].includes(executions[0].status)) return executions[0];
		await pause();
	}
	throw new Error(`the agent execution was not saved: ${JSON.stringify(executions)}`);
}

const describeOnLine2 = line === '2' ? describe : describe.skip;

describeOnLine2('n8n 2.41.1: Juspay as a tool of the AI Agent and of MCP clients', () => {
	beforeAll(async () => {
		const runtime = ensureRuntime('2');
		packDir = mkdtempSync(join(tmpdir(), 'juspay-pack-'));
		const tarball = packTarball(packDir);
		sandbox = await startSandbox({ apiKey: API_KEY, merchantId: 'test_merchant' });
		model = await StandInModel.start();
		n8n = await N8n.create(runtime, tarball);
		n8n.importCredentials([
			credential(sandbox.url),
			{ ...OPENAI_CREDENTIAL, type: 'openAiApi', data: { apiKey: 'sk-stand-in-model', url: model.url } },
		]);
		n8n.importWorkflows([agentWorkflow(), mcpWorkflow()]);
		n8n.activate(AGENT_WORKFLOW);
		n8n.activate(MCP_WORKFLOW);
		server = await n8n.start();
		// n8n answers before it has registered the published workflows' webhooks.
		await untilRegistered(`${server.url}/webhook/${chatTrigger.webhookId}/chat`);
	}, 1_800_000);

	afterAll(async () => {
		await n8n?.dispose();
		await model?.stop();
		await sandbox?.stop();
		if (packDir) rmSync(packDir, { recursive: true, force: true });
	});

	beforeEach(() => {
		sandbox.clear();
		model.clear();
	});

	describe('AI Agent (the example workflow: Chat Trigger → AI Agent → Juspay tools)', () => {
		it('validates the bank account the model names: one penny drop with its account and IFSC; the answer carries the verdict; the tool result is small', async () => {
			model.willCall({ tool: 'Validate_Bank_Account', args: ACCOUNT });
			const answer = await ask('Before we pay Asha Verma: is account 026291800001191 at YESB0000262 valid?');

			expect(validations()).toHaveLength(1);
			expect((validations()[0].body as { beneDetails: unknown }).beneDetails).toEqual({
				type: 'ACCOUNT_IFSC',
				details: { account: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' },
			});
			const [result] = model.toolResults;
			expect(result.content.length).toBeLessThan(3_000);
			const [verdict] = JSON.parse(result.content) as Array<Record<string, unknown>>;
			expect(verdict).toMatchObject({ valid: true, status: 'VALID', nameAtBank: expect.any(String) });
			expect(verdict.nameAtBank).not.toBe('');
			expect(result.content).not.toContain(API_KEY);
			expect(answer).toContain('"valid":true');
			expect(answer).toContain(`"nameAtBank":${JSON.stringify(verdict.nameAtBank)}`);
		});

		it('the same account asked again, in a new conversation: no second penny drop, the same verdict', async () => {
			model.willCall({ tool: 'Validate_Bank_Account', args: ACCOUNT });
			const answer = await ask('Check account 026291800001191, IFSC YESB0000262 again please.');

			expect(validations()).toEqual([]);
			expect(JSON.parse(model.toolResults[0].content)).toEqual([expect.objectContaining({ valid: true, status: 'VALID' })]);
			expect(answer).toContain('"valid":true');
		});

		it('a malformed IFSC from the model: nothing is sent, the model is told which field and format, the execution succeeds', async () => {
			const before = (await server.executions(AGENT_WORKFLOW)).length;
			model.willCall({ tool: 'Validate_Bank_Account', args: { ...ACCOUNT, ifsc: 'YESB000262' } });
			const answer = await ask('Is 026291800001191 at YESB000262 valid?');

			expect(sandbox.requests).toEqual([]);
			const told = JSON.parse(model.toolResults[0].content) as Array<{ error?: string }>;
			expect(told).toEqual([{ error: expect.stringContaining('IFSC must be 11 characters') }]);
			expect(told[0].error).toContain('Nothing was sent to Juspay');
			expect(answer).toContain('IFSC must be 11 characters');
			expect(await lastAgentExecution(before)).toMatchObject({ status: 'success' });
		});

		it('offers the tools with descriptions that say a bank account check costs a ₹1 penny drop and a mobile lookup is free', async () => {
			model.willCall({ tool: 'Find_UPI_ID_of_Mobile', args: { mobile: '9876543210' } });
			await ask('Which UPI ID belongs to 9876543210?');

			const tools = Object.fromEntries(model.offered[0].map((tool) => [tool.name, tool]));
			expect(Object.keys(tools).sort()).toEqual(['Find_UPI_ID_of_Mobile', 'Validate_Bank_Account']);
			expect(tools.Validate_Bank_Account.description).toContain('costs money');
			expect(tools.Validate_Bank_Account.description).toContain('₹1 penny drop');
			expect(tools.Validate_Bank_Account.description).toContain('IFSC: 11 characters');
			expect(tools.Find_UPI_ID_of_Mobile.description).toContain('Free: no penny drop');
			expect(tools.Validate_Bank_Account.parameters).toMatchObject({
				type: 'object',
				properties: {
					accountNumber: { type: 'string', description: expect.any(String) },
					ifsc: { type: 'string', description: expect.stringContaining('11 characters') },
					accountHolderName: { type: 'string' },
				},
			});
			// The free lookup ran: one resolve, no validation.
			expect(sandbox.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { command?: string }).command)).toEqual(['resolve']);
			expect(JSON.parse(model.toolResults[0].content)).toEqual([expect.objectContaining({ vpa: expect.any(String) })]);
		});
	});

	describe('MCP Server Trigger', () => {
		let client: Client;

		beforeAll(async () => {
			client = new Client({ name: 'juspay-e2e', version: '1.0.0' });
			await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp/${MCP_PATH}`)));
		});

		afterAll(async () => await client?.close());

		it('an MCP client lists the Juspay tool with its description and input schema, and a call returns the verdict after one penny drop', async () => {
			const { tools } = await client.listTools();
			expect(tools.map((tool) => tool.name).sort()).toEqual(['Get_Validation_Result', 'Validate_Bank_Account']);
			const validate = tools.find((tool) => tool.name === 'Validate_Bank_Account');
			expect(validate?.description).toContain('₹1 penny drop');
			expect(validate?.inputSchema).toMatchObject({
				type: 'object',
				properties: { accountNumber: { type: 'string' }, ifsc: { type: 'string' }, accountHolderName: { type: 'string' } },
			});

			const result = (await client.callTool({ name: 'Validate_Bank_Account', arguments: ACCOUNT })) as { content: Array<{ type: string; text: string }>; isError?: boolean };
			expect(result.isError).toBeFalsy();
			const text = result.content.map((part) => part.text).join('');
			expect(text.length).toBeLessThan(3_000);
			expect(text).not.toContain(API_KEY);
			expect(JSON.parse(text)).toEqual([expect.objectContaining({ valid: true, status: 'VALID', nameAtBank: 'ASHA VERMA' })]);
			expect(validations()).toHaveLength(1);
			expect(validations()[0].body).toMatchObject({ customerId: 'mcp-client-checks', beneDetails: { details: { account: '026291800001191', ifsc: 'YESB0000262' } } });
		});

		it('Get Validation Result (free): the client reads the verdict back by its Beneficiary ID, with no new penny drop', async () => {
			const validated = (await client.callTool({ name: 'Validate_Bank_Account', arguments: ACCOUNT })) as { content: Array<{ text: string }> };
			const [{ ids }] = JSON.parse(validated.content[0].text) as Array<{ ids: { beneId: string } }>;
			sandbox.clear();

			const { tools } = await client.listTools();
			expect(tools.find((tool) => tool.name === 'Get_Validation_Result')?.description).toContain('Free: no penny drop');
			const result = (await client.callTool({ name: 'Get_Validation_Result', arguments: { beneId: ids.beneId } })) as { content: Array<{ text: string }>; isError?: boolean };
			expect(result.isError).toBeFalsy();
			expect(JSON.parse(result.content[0].text)).toEqual([expect.objectContaining({ valid: true, status: 'VALID', ids: { customerId: 'mcp-client-checks', beneId: ids.beneId } })]);
			expect(sandbox.requests.map((request) => request.method)).toEqual(['GET']);
		});
	});
});
