/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * One HTTP call to a webhook node, through n8n-core's real `WebhookContext`
 * (what n8n builds for each call to a production or test URL): real
 * parameter and credential resolution (the harness's credentials helper),
 * real workflow static data (`Workflow.getStaticData`), the node's own
 * `webhook()`. The request and response are small stand-ins for express's.
 *
 * Pass the same `staticData` object to successive calls to see what n8n
 * would have saved with an active workflow between them, or a copy to each
 * call to see what n8n 2.41 does (it reads the static data from the database
 * for each production call and saves the call's whole copy after it).
 */
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INode, INodeType, IWebhookResponseData, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExternalSecretsProxy, WebhookContext } from 'n8n-core';
import { createRequire } from 'node:module';
import type { Container as DiContainer } from '@n8n/di';

import { HarnessCredentialsHelper } from './credentialsHelper';
import { ensureN8nRuntime, HarnessNodeTypes } from './runWorkflow';

const { Container } = createRequire(require.resolve('n8n-core'))('@n8n/di') as { Container: typeof DiContainer };

export interface WebhookCall {
	nodeType: INodeType;
	/** The node as in the workflow JSON (type, parameters, credentials). */
	node: Omit<INode, 'id' | 'position' | 'typeVersion'> & Partial<INode>;
	credentialTypes?: ICredentialType[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	headers?: Record<string, string>;
	/** What n8n's body parser made of the request (an object for JSON and forms). */
	body?: unknown;
	/** The raw bytes, as n8n keeps them on `req.rawBody`. */
	rawBody?: Buffer;
	staticData?: IDataObject;
	/** Default 'harness-webhook-workflow'. */
	workflowId?: string;
	/** 'webhook' (default) for the production URL, 'manual' for the editor's test URL. */
	mode?: 'webhook' | 'manual';
}

export interface WebhookAnswer {
	/** What the node returned to n8n. */
	result: IWebhookResponseData;
	/** Set when the node answered the HTTP call itself (e.g. a 401). */
	response?: { status: number; headers: Record<string, string>; body: string };
	staticData: IDataObject;
}

export async function callWebhook(call: WebhookCall): Promise<WebhookAnswer> {
	ensureN8nRuntime();
	const node: INode = { id: 'webhook-node', position: [0, 0], typeVersion: 1, ...call.node } as INode;
	const nodeTypes = new HarnessNodeTypes({ [node.type]: call.nodeType });
	const credentialsHelper = new HarnessCredentialsHelper(call.credentialTypes ?? [], call.credentials ?? {});
	for (const { name } of call.nodeType.description.credentials ?? []) {
		if (credentialsHelper.hasCredentials(name) && !node.credentials?.[name]) {
			node.credentials = { ...node.credentials, [name]: { id: `harness-${name}`, name } };
		}
	}
	const staticData = call.staticData ?? {};
	const workflow = new Workflow({
		id: call.workflowId ?? 'harness-webhook-workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData,
	});
	let response: WebhookAnswer['response'];
	const res = {
		writeHead(status: number, headers: Record<string, string> = {}) {
			response = { status, headers, body: '' };
			return res;
		},
		end(text = '') {
			if (response) response.body += text;
			return res;
		},
	};
	const req = { body: call.body ?? {}, rawBody: call.rawBody, headers: call.headers ?? {}, params: {}, query: {} };
	const additionalData = {
		credentialsHelper,
		externalSecretsProxy: Container.get(ExternalSecretsProxy),
		httpRequest: req,
		httpResponse: res,
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		instanceBaseUrl: 'http://localhost:5678/',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const description = call.nodeType.description.webhooks?.[0];
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		call.mode ?? 'webhook',
		{
			httpMethod: 'POST',
			node: node.name,
			path: 'webhook',
			webhookDescription: description!,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
		},
		[],
		null,
	);
	const result = await call.nodeType.webhook!.call(context);
	// n8n keeps static data in an observable wrapper; what it saves is the plain data.
	return { result, response, staticData: JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject };
}
