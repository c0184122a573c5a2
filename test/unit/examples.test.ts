/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import { Juspay } from '../../nodes/Juspay/Juspay.node';
import { JuspayTrigger } from '../../nodes/JuspayTrigger/JuspayTrigger.node';

/**
 * The example workflows users import must only use parameters the node has,
 * for the resource and operation they pick, or n8n would silently drop them.
 */
const propertiesOf: Record<string, INodeProperties[]> = {
	'n8n-nodes-juspay.juspay': new Juspay().description.properties,
	// The AI tool n8n 2.x makes of the node: the same parameters.
	'n8n-nodes-juspay.juspayTool': new Juspay().description.properties,
	'n8n-nodes-juspay.juspayTrigger': new JuspayTrigger().description.properties,
};
const dir = join(__dirname, '..', '..', 'examples');

function shownFor(property: INodeProperties, resource?: string, operation?: string): boolean {
	const show = property.displayOptions?.show;
	return (!show?.resource || show.resource.includes(resource)) && (!show?.operation || show.operation.includes(operation));
}

describe.each(readdirSync(dir).filter((file) => file.endsWith('.json')))('example %s', (file) => {
	const workflow = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
		nodes: Array<{ type: string; name: string; parameters: Record<string, unknown> }>;
	};
	const juspayNodes = workflow.nodes.filter((node) => propertiesOf[node.type] !== undefined);

	it('uses the Juspay node or the Juspay Trigger', () => expect(juspayNodes.length).toBeGreaterThan(0));

	it.each(juspayNodes.map((node) => [node.name, node] as const))('%s uses only parameters the node has', (_name, node) => {
		const { resource, operation, ...rest } = node.parameters as { resource?: string; operation?: string };
		const visible = propertiesOf[node.type].filter((p) => shownFor(p, resource, operation));
		for (const [key, value] of Object.entries(rest)) {
			const property = visible.find((p) => p.name === key);
			expect({ key, known: property !== undefined }).toEqual({ key, known: true });
			if (property?.type === 'collection') {
				const names = (property.options as INodeProperties[]).map((o) => o.name);
				for (const inner of Object.keys(value as object)) expect(names).toContain(inner);
			}
		}
	});
});

/** n8n's own nodes that need no account of the user's: on a canvas, they show no warning mark. */
const NEEDS_NO_ACCOUNT = [
	...['formTrigger', 'if', 'manualTrigger', 'noOp', 'set', 'splitOut', 'stickyNote'].map((name) => `n8n-nodes-base.${name}`),
	...['agent', 'chatTrigger'].map((name) => `@n8n/n8n-nodes-langchain.${name}`),
];

describe.each(readdirSync(dir).filter((file) => file.endsWith('.json')))('example %s on the canvas', (file) => {
	type CanvasNode = { type: string; name: string; position: [number, number]; parameters: { content?: string; width?: number; height?: number } };
	const { nodes } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: CanvasNode[] };
	const notes = nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote');

	it('says in a sticky note what it does, under a heading, and what to set up', () => {
		const text = notes.map((note) => note.parameters.content ?? '').join('\n');
		expect(text).toMatch(/^## \S/m);
		expect(text).toMatch(/set up|use it for real|select|replace/i);
	});

	it('puts every node that needs the user\'s own account (a warning mark until connected) on a sticky note that names it', () => {
		const on = (node: CanvasNode, note: CanvasNode) => {
			const [x, y] = note.position;
			const { width = 240, height = 160 } = note.parameters;
			return node.position[0] >= x && node.position[0] + 100 <= x + width && node.position[1] >= y && node.position[1] + 100 <= y + height;
		};
		// The service a node connects to, as a note names it: googleSheets → "google sheets", lmChatOpenAi → "openai".
		const service = (type: string) => type.replace(/^.*\./, '').replace(/^lmChat/, '').replace(/^google/, 'Google ').toLowerCase();
		const needing = nodes.filter((node) => !NEEDS_NO_ACCOUNT.includes(node.type) && !node.type.startsWith('n8n-nodes-juspay.'));
		for (const node of needing) {
			const note = notes.find((candidate) => on(node, candidate));
			expect({ node: node.name, explained: note?.parameters.content?.toLowerCase().includes(service(node.type)) ?? false }).toEqual({
				node: node.name,
				explained: true,
			});
		}
	});
});

describe('the callback example pair', () => {
	type Node = {
		type: string;
		webhookId?: string;
		parameters: Record<string, unknown> & { additionalFields?: Record<string, string> };
		credentials?: Record<string, { name: string }>;
	};
	const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: Node[] };
	it('Validate calls back the Production URL of the Juspay Trigger in the other workflow, with the Trigger\'s credential', () => {
		const validate = read('callback-1-validate.json').nodes.find((n) => n.type === 'n8n-nodes-juspay.juspay');
		const trigger = read('callback-2-trigger.json').nodes.find((n) => n.type === 'n8n-nodes-juspay.juspayTrigger');
		expect(validate?.parameters.additionalFields).toEqual({
			name: '={{ $json.name }}',
			callbackUrl: `http://localhost:5678/webhook/${trigger?.webhookId}/webhook`,
		});
		// Selecting the Trigger's credential is what sends its login: no parameter switches it on.
		expect(Object.keys(validate?.parameters ?? {}).filter((key) => /authentication/i.test(key))).toEqual([]);
		expect(Object.keys(validate?.credentials ?? {})).toEqual(['juspayApi', 'juspayWebhookApi']);
		expect(validate?.credentials?.juspayWebhookApi).toEqual(trigger?.credentials?.juspayWebhookApi);
	});
});

describe('npm run dev wires the callback example pair to one local webhook login', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const dev = require('../../scripts/dev.js') as {
		devWorkflow: (file: string, workflow: unknown, n8nUrl: string) => { nodes: Array<{ type: string; parameters: Record<string, unknown>; credentials?: object }> };
		WEBHOOK_CREDENTIAL: { id: string; name: string };
	};
	const local = (file: string) =>
		dev.devWorkflow(file, JSON.parse(readFileSync(join(dir, file), 'utf8')), 'http://127.0.0.1:5999').nodes.filter((n) => n.type.startsWith('n8n-nodes-juspay.'));

	it('the Validate with the webhook credential and the Trigger get the same local one; other Juspay nodes only the API one', () => {
		const [validate] = local('callback-1-validate.json');
		const [trigger] = local('callback-2-trigger.json');
		expect(validate.credentials).toEqual({ juspayApi: expect.any(Object), juspayWebhookApi: dev.WEBHOOK_CREDENTIAL });
		expect(trigger.credentials).toEqual({ juspayWebhookApi: dev.WEBHOOK_CREDENTIAL });
		expect(validate.parameters.additionalFields).toMatchObject({ callbackUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:5999\/webhook\//) });
		const others = readdirSync(dir)
			.filter((file) => file.endsWith('.json') && !file.startsWith('callback-'))
			.flatMap((file) => local(file));
		expect(others.length).toBeGreaterThan(0);
		for (const node of others) expect(Object.keys(node.credentials ?? {})).toEqual(['juspayApi']);
	});
});
