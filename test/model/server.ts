/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * A stand-in for an OpenAI chat model, so n8n's AI Agent can be tested with
 * no network: OpenAI-compatible `POST /v1/chat/completions` (plain and
 * streamed) on 127.0.0.1, a free port. It follows a script instead of
 * thinking: asked a question, it calls the tool the test planned with the
 * test's arguments; handed the tool's result, it answers with that result.
 *
 * It records what a real model would have been given, so tests can assert it:
 * the tools offered (name, description, JSON schema) and every tool result.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OfferedTool {
	name: string;
	description: string;
	parameters: Record<string, unknown>;
}

export interface ToolResult {
	toolCallId: string;
	content: string;
}

/** The tool call the model makes for the next question: a tool name (matched by its start) and arguments. */
export interface PlannedCall {
	tool: string;
	args: Record<string, unknown>;
}

interface ChatMessage {
	role: string;
	content?: string | null | Array<{ type: string; text?: string }>;
	tool_call_id?: string;
}

interface ChatRequest {
	messages: ChatMessage[];
	tools?: Array<{ type: string; function: { name: string; description?: string; parameters?: Record<string, unknown> } }>;
	stream?: boolean;
	model?: string;
}

/** The answer the model gives once it has the tool result: it quotes it. */
export const answerFor = (toolResult: string) => `The Juspay tool returned: ${toolResult}`;

export class StandInModel {
	/** Every tool list the model was offered, one per request that had tools. */
	readonly offered: OfferedTool[][] = [];
	/** Every tool result sent back to the model, in order. */
	readonly toolResults: ToolResult[] = [];
	private readonly plan: PlannedCall[] = [];
	private calls = 0;

	private constructor(
		private readonly server: ReturnType<typeof createServer>,
		readonly url: string,
	) {}

	static async start(): Promise<StandInModel> {
		// No request can come before `model` is set: nobody knows the port until then.
		const server = createServer((req, res) => void model.handle(req, res));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const model = new StandInModel(server, `http://127.0.0.1:${port}/v1`);
		return model;
	}

	/** The next question is answered by calling this tool with these arguments. */
	willCall(call: PlannedCall): void {
		this.plan.push(call);
	}

	clear(): void {
		this.offered.length = 0;
		this.toolResults.length = 0;
		this.plan.length = 0;
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
			res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no ${req.method} ${req.url} here` } }));
			return;
		}
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
		const tools = (request.tools ?? []).map(({ function: f }) => ({ name: f.name, description: f.description ?? '', parameters: f.parameters ?? {} }));
		if (tools.length > 0) this.offered.push(tools);

		const last = request.messages[request.messages.length - 1];
		const reply = last?.role === 'tool' ? this.answer(last) : this.toolCall(tools);
		this.send(res, request, reply);
	}

	/** A tool result came back: record it and answer with it. */
	private answer(message: ChatMessage): Reply {
		const content = textOf(message.content);
		this.toolResults.push({ toolCallId: message.tool_call_id ?? '', content });
		return { content: answerFor(content) };
	}

	private toolCall(tools: OfferedTool[]): Reply {
		const planned = this.plan.shift();
		if (!planned) return { content: 'No tool call was planned for this question.' };
		const tool = tools.find((t) => t.name.startsWith(planned.tool));
		if (!tool) return { content: `No offered tool starts with ${planned.tool}; offered: ${tools.map((t) => t.name).join(', ')}` };
		return { toolCall: { id: `call_${++this.calls}`, name: tool.name, arguments: JSON.stringify(planned.args) } };
	}

	private send(res: ServerResponse, request: ChatRequest, reply: Reply): void {
		const id = `chatcmpl-${++this.calls}`;
		const created = Math.floor(Date.now() / 1000);
		const model = request.model ?? 'stand-in';
		const toolCalls = reply.toolCall
			? [{ index: 0, id: reply.toolCall.id, type: 'function', function: { name: reply.toolCall.name, arguments: reply.toolCall.arguments } }]
			: undefined;
		const finish = toolCalls ? 'tool_calls' : 'stop';
		const usage = { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 };
		if (request.stream) {
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			const event = (delta: object, finishReason: string | null) =>
				res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`);
			event({ role: 'assistant', content: reply.content ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, null);
			event({}, finish);
			res.end('data: [DONE]\n\n');
			return;
		}
		const message = { role: 'assistant', content: reply.content ?? null, ...(toolCalls ? { tool_calls: toolCalls.map(({ id, type, function: fn }) => ({ id, type, function: fn })) } : {}) };
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ id, object: 'chat.completion', created, model, choices: [{ index: 0, message, finish_reason: finish }], usage }));
	}
}

interface Reply {
	content?: string;
	toolCall?: { id: string; name: string; arguments: string };
}

function textOf(content: ChatMessage['content']): string {
	if (typeof content === 'string') return content;
	return (content ?? []).map((part) => part.text ?? '').join('');
}
