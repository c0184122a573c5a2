/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The workflows the e2e suite imports into n8n: built from n8n's own nodes
 * (Manual Trigger, Edit Fields (Set), Split Out, Webhook) and ours, as a user
 * would build them in the editor.
 */
export const CREDENTIAL = { id: 'e2eJuspayCred01', name: 'Juspay Sandbox (e2e)' };
export const JUSPAY = 'n8n-nodes-juspay.juspay';

type Params = Record<string, unknown>;
interface Node {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Params;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
	executeOnce?: boolean;
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
	webhookId?: string;
}

let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export function juspayNode(name: string, parameters: Params, extra: Partial<Node> = {}): Node {
	return {
		id: id(),
		name,
		type: JUSPAY,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { juspayApi: CREDENTIAL },
		...extra,
	};
}

/** Manual Trigger → Rows (Set, JSON) → Split Out: one item per row, as from a sheet. */
function rowsSource(rows: Params[]): { nodes: Node[]; last: string } {
	return {
		nodes: [
			{ id: id(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: id(),
				name: 'Rows',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
			},
			{
				id: id(),
				name: 'Sheet Rows',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 0],
				parameters: { fieldToSplitOut: 'rows', include: 'noOtherFields', options: {} },
			},
		],
		last: 'Sheet Rows',
	};
}

/** A workflow: rows → each Juspay node in turn (each fed by the one before). */
export function workflow(workflowId: string, name: string, rows: Params[], chain: Node[]) {
	const source = rowsSource(rows);
	const nodes = [...source.nodes, ...chain.map((node, index) => ({ ...node, position: [600 + 200 * index, 0] as [number, number] }))];
	const connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }> = {
		Start: { main: [[{ node: 'Rows', type: 'main', index: 0 }]] },
		Rows: { main: [[{ node: 'Sheet Rows', type: 'main', index: 0 }]] },
	};
	let previous = source.last;
	for (const node of chain) {
		connections[previous] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
		previous = node.name;
	}
	return { id: workflowId, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** Adds a No Op on each output of `from`, so both outputs' items show in run data. */
export function withOutputs(base: ReturnType<typeof workflow>, from: string) {
	const ok = { id: id(), name: 'Success Branch', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [1200, -100] as [number, number], parameters: {} };
	const failed = { id: id(), name: 'Error Branch', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [1200, 100] as [number, number], parameters: {} };
	return {
		...base,
		nodes: [...base.nodes, ok, failed],
		connections: {
			...base.connections,
			[from]: { main: [[{ node: ok.name, type: 'main', index: 0 }], [{ node: failed.name, type: 'main', index: 0 }]] },
		},
	};
}

export function credential(baseUrl: string) {
	return {
		...CREDENTIAL,
		type: 'juspayApi',
		data: { apiKey: 'test_api_key', merchantId: 'test_merchant', environment: 'custom', baseUrl },
	};
}

/** A Webhook node for a form's POST, answering with the last node's first item. */
function formWebhook(webhookId: string, path: string): Node {
	return {
		id: id(),
		name: 'Form Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId,
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
	};
}

/**
 * A form POST (Webhook node) → Beneficiary Validate of the posted vendor,
 * account and IFSC, answered with the verdict (`extra` adds parameters,
 * `credentials` a credential beside the Juspay API one).
 * Without a Beneficiary ID in `extra` the node derives it from the details.
 */
function formValidate(workflowId: string, name: string, webhookId: string, path: string, extra: Params, credentials: Node['credentials'] = {}) {
	const { additionalFields, ...rest } = extra as { additionalFields?: Params };
	return {
		id: workflowId,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		nodes: [
			formWebhook(webhookId, path),
			juspayNode('Validate', {
				resource: 'beneficiary',
				operation: 'validate',
				customerId: '={{ $json.body.vendor }}',
				accountNumber: '={{ $json.body.account }}',
				ifsc: '={{ $json.body.ifsc }}',
				additionalFields: { name: '={{ $json.body.name }}', ...additionalFields },
				...rest,
			}, { credentials: { juspayApi: CREDENTIAL, ...credentials } }),
		],
		connections: { 'Form Webhook': { main: [[{ node: 'Validate', type: 'main', index: 0 }]] } },
	};
}

const bank = (account: string, ifsc: string, name?: string) => ({ account, ifsc, ...(name ? { name } : {}) });

/** Every e2e workflow, by id. */
export function allWorkflows() {
	const ca = (operation: string, params: Params = {}, extra: Partial<Node> = {}) =>
		juspayNode(`CA ${operation}`, { resource: 'customerAccount', operation, ...params }, extra);
	const createOne = ca('create', {
		customerId: '={{ $json.customer }}',
		accounts: { bankAccount: [bank('={{ $json.account }}', '={{ $json.ifsc }}')] },
	});
	const accountIdOf = "={{ $('CA create').item.json.customer_account_id }}";
	const bene = (name: string, operation: string, params: Params, extra: Partial<Node> = {}) =>
		juspayNode(name, { resource: 'beneficiary', operation, ...params }, extra);

	return {
		caCreateAndValidate: workflow('e2eCaCreateVal1', 'CA Create and Validate', [{ customer: 'cst_e2e_1', name: 'Asha Verma' }], [
			ca('createAndValidate', {
				customerId: '={{ $json.customer }}',
				accounts: { bankAccount: [bank('026291800001191', 'YESB0000262', '={{ $json.name }}')], upi: [{ vpa: 'success@upi' }] },
				simplify: false,
			}),
		]),
		// Default options (If Account Already Exists → Return Existing, Simplify on), run twice by the test.
		caCreateAndValidateRerun: workflow('e2eCaRerun00001', 'CA Create and Validate Re-run', [{ customer: 'cst_e2e_rerun', name: 'Asha Verma' }], [
			ca('createAndValidate', {
				customerId: '={{ $json.customer }}',
				accounts: { bankAccount: [bank('026291800001191', 'YESB0000262', '={{ $json.name }}')], upi: [{ vpa: 'success@upi' }] },
			}),
		]),
		caCreate: workflow('e2eCaCreate0001', 'CA Create', [{ customer: 'cst_e2e_2', account: '000100289877623', ifsc: 'SBIN0008752' }], [createOne]),
		caValidate: workflow('e2eCaValidate01', 'CA Validate', [{ customer: 'cst_e2e_3', account: '026291800001191', ifsc: 'YESB0000262' }], [
			createOne,
			ca('validate', { customerId: "={{ $('Sheet Rows').item.json.customer }}", customerAccountId: accountIdOf }),
		]),
		caGet: workflow('e2eCaGet0000001', 'CA Get', [{ customer: 'cst_e2e_4', account: '026291800001191', ifsc: 'YESB0000262' }], [
			createOne,
			ca('get', { customerId: '={{ $json.customer_id }}', customerAccountId: '={{ $json.customer_account_id }}' }),
		]),
		caGetAll: workflow('e2eCaGetAll0001', 'CA Get Many', [
			{ customer: 'cst_e2e_5', account: '026291800001191', ifsc: 'YESB0000262' },
			{ customer: 'cst_e2e_5', account: '000100289877623', ifsc: 'SBIN0008752' },
		], [
			createOne,
			ca('getAll', { customerId: '={{ $json.customer_id }}', returnAll: true, simplify: false }, { executeOnce: true }),
		]),
		caDelete: workflow('e2eCaDelete0001', 'CA Delete', [{ customer: 'cst_e2e_6', account: '026291800001191', ifsc: 'YESB0000262' }], [
			createOne,
			ca('delete', { customerId: '={{ $json.customer_id }}', customerAccountId: '={{ $json.customer_account_id }}' }),
		]),
		beneValidate: workflow('e2eBeneValidate', 'Beneficiary Validate', [
			{ customer: 'cust_e2e_7', bene: 'bene_e2e_7a', account: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' },
			{ customer: 'cust_e2e_7', bene: 'bene_e2e_7b', account: '000100289877623', ifsc: 'SBIN0008752', name: 'Ravi Rao' },
		], [
			bene('Validate', 'validate', {
				customerId: '={{ $json.customer }}',
				beneId: '={{ $json.bene }}',
				beneficiaryType: 'ACCOUNT_IFSC',
				accountNumber: '={{ $json.account }}',
				ifsc: '={{ $json.ifsc }}',
				additionalFields: { name: '={{ $json.name }}' },
			}),
		]),
		beneCreateStatus: workflow('e2eBeneCreate01', 'Beneficiary Create → Get Status', [{ customer: 'cust_e2e_8', bene: 'bene_e2e_8' }], [
			bene('Create', 'create', {
				customerId: '={{ $json.customer }}',
				beneId: '={{ $json.bene }}',
				beneficiaryType: 'UPI_ID',
				vpa: 'success@upi',
			}),
			bene('Get Status', 'getStatus', {
				customerId: "={{ $('Sheet Rows').item.json.customer }}",
				beneId: '={{ $json.uniqueId }}',
			}),
		]),
		beneResolve: workflow('e2eBeneResolve1', 'Beneficiary Resolve', [{ customer: 'cust_e2e_9', bene: 'bene_e2e_9', mobile: '+91 80883 75524' }], [
			bene('Resolve', 'resolve', { customerId: '={{ $json.customer }}', beneId: '={{ $json.bene }}', mobile: '={{ $json.mobile }}' }),
		]),
		ifscLookup: workflow('e2eIfscLookup01', 'IFSC Look Up', [{ ifsc: 'yesb0000262' }], [
			juspayNode('Look Up', { resource: 'ifsc', operation: 'lookup', ifsc: '={{ $json.ifsc }}', additionalFields: { beneId: 'ifsc_e2e_1' } }),
		]),
		continueOnFail: workflow('e2eContinueFail', 'Continue On Fail', [
			{ customer: 'cust_e2e_10', bene: 'bene_e2e_10a', account: '026291800001191', ifsc: 'YESB0000262' },
			{ customer: 'cust_e2e_10', bene: 'bene_e2e_10b', account: '026291800001191', ifsc: 'YESB000026' },
			{ customer: 'cust_e2e_10', bene: 'bene_e2e_10c', account: '000100289877623', ifsc: 'SBIN0008752' },
		], [
			bene('Validate', 'validate', {
				customerId: '={{ $json.customer }}',
				beneId: '={{ $json.bene }}',
				accountNumber: '={{ $json.account }}',
				ifsc: '={{ $json.ifsc }}',
			}, { onError: 'continueRegularOutput' }),
		]),
		errorOutput: withOutputs(
			workflow('e2eErrorOutput1', 'Error Output', [
				{ customer: 'cust_e2e_11', bene: 'bene_e2e_8' },
				{ customer: 'cust_e2e_11', bene: 'no_such_bene' },
				{ customer: 'cust_e2e_11', bene: 'bene_e2e_8' },
			], [
				bene('Get Status', 'getStatus', { customerId: 'cust_e2e_8', beneId: '={{ $json.bene }}' }, { onError: 'continueErrorOutput' }),
			]),
			'Get Status',
		),
		waitFinal: workflow('e2eWaitFinal001', 'Wait for Final Status', [
			{ customer: 'cust_e2e_12', bene: 'bene_e2e_12', account: '02014457596968', ifsc: 'CITI0000001' },
		], [
			bene('Validate', 'validate', {
				customerId: '={{ $json.customer }}',
				beneId: '={{ $json.bene }}',
				accountNumber: '={{ $json.account }}',
				ifsc: '={{ $json.ifsc }}',
				options: { waitForFinalStatus: true, pollInterval: 1, maxWait: 10 },
			}),
		]),
		rerun: workflow('e2eRerunDedupe1', 'Re-run Never Pays Twice', [
			{ customer: 'cust_e2e_13', bene: 'bene_e2e_13', account: '026291800001191', ifsc: 'YESB0000262' },
		], [
			bene('Validate', 'validate', {
				customerId: '={{ $json.customer }}',
				beneId: '={{ $json.bene }}',
				accountNumber: '={{ $json.account }}',
				ifsc: '={{ $json.ifsc }}',
				ifExists: 'returnExisting',
			}),
		]),
		// The money rules of customer accounts (Juspay gives them no key): see juspay.e2e.test.ts, "money".
		caValidateReadsFirst: workflow('e2eCaReadFirst1', 'CA Create and Validate → Validate reads first', [{ customer: 'cst_e2e_read' }], [
			ca('createAndValidate', { customerId: '={{ $json.customer }}', accounts: { bankAccount: [bank('026291800001191', 'YESB0000262')] }, simplify: false }),
			ca('validate', { customerId: "={{ $('Sheet Rows').item.json.customer }}", customerAccountId: '={{ $json.customer_account_id }}' }),
		]),
		caLostReply: workflow('e2eCaLostReply1', 'CA Create and Validate, reply lost', [{ customer: 'cst_e2e_lost' }], [
			ca('createAndValidate', { customerId: '={{ $json.customer }}', accounts: { bankAccount: [bank('026291800001191', 'YESB0000262')] }, options: { timeout: 6 } }),
		]),
		caRetryOnFail: workflow('e2eCaRetryFail1', 'CA Create and Validate, Retry On Fail', [{ customer: 'cst_e2e_retry' }], [
			ca(
				'createAndValidate',
				{ customerId: '={{ $json.customer }}', accounts: { bankAccount: [bank('026291800001191', 'YESB0000262')] }, options: { timeout: 1 } },
				{ retryOnFail: true, maxTries: 3, waitBetweenTries: 1500 },
			),
		]),
		caOtherIfsc: workflow('e2eCaOtherIfsc1', 'CA Create and Validate, another IFSC at Juspay', [{ customer: 'cst_e2e_ifsc' }], [
			ca('createAndValidate', { customerId: '={{ $json.customer }}', accounts: { bankAccount: [bank('026291800001192', 'YESB0000262')] } }),
		]),
		prototypePath: workflow('e2eProtoPath001', 'Callback Field Path to a prototype', [{ customer: 'cust_e2e_proto' }], [
			bene('Validate', 'validate', {
				customerId: '={{ $json.customer }}',
				accountNumber: '026291800001191',
				ifsc: 'YESB0000262',
				additionalFields: { callbackUrl: 'https://n8n.example.com/webhook/x', callbackFieldPath: '__proto__.x' },
			}, { onError: 'continueRegularOutput' }),
			juspayNode('Look Up', { resource: 'ifsc', operation: 'lookup', ifsc: 'YESB0000262', additionalFields: { beneId: 'ifsc_e2e_proto' } }),
		]),
		webhook: formValidate('e2eWebhookForm1', 'Form → Validate → Reply', '5d0f3a52-3a1b-4a5e-9a57-0c9d7e0e0e2e', 'juspay-check', {
			options: { maskAccountNumbers: true },
		}),
		// A form that saves a customer's bank account and validates it: the same submission again, as a new
		// execution of the same n8n process, while the first penny drop still runs.
		webhookAccount: {
			id: 'e2eWebhookCaVal1',
			name: 'Form → Customer Account Create and Validate → Reply',
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			nodes: [
				formWebhook('5d0f3a52-3a1b-4a5e-9a57-0c9d7e0e0e2f', 'juspay-save-account'),
				ca('createAndValidate', {
					customerId: '={{ $json.body.customer }}',
					accounts: { bankAccount: [bank('={{ $json.body.account }}', '={{ $json.body.ifsc }}')] },
				}),
			],
			connections: { 'Form Webhook': { main: [[{ node: 'CA createAndValidate', type: 'main', index: 0 }]] } },
		},
	};
}

/* ------------------------------------------------------------------ the async path: callback → Juspay Trigger */

export const WEBHOOK_CREDENTIAL = { id: 'e2eJuspayHook01', name: 'Juspay Webhook (e2e)' };
export const WEBHOOK_LOGIN = { username: 'juspay-e2e', password: 'Hook-E2e-Secret-7781' };
export const TRIGGER_WEBHOOK_ID = '7b6f0c1e-2d1a-4c3b-9e8f-0a1b2c3d4e5f';

export function webhookCredential() {
	return { ...WEBHOOK_CREDENTIAL, type: 'juspayWebhookApi', data: WEBHOOK_LOGIN };
}

/** The Juspay Trigger's production URL on an n8n at `n8nUrl`. */
export const triggerUrl = (n8nUrl: string) => `${n8nUrl}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;

/**
 * The README's two-workflow pattern: a form sends a validation with the
 * Trigger's production URL as Callback URL; the Juspay Trigger receives the
 * final result later (basic auth, duplicates dropped).
 */
export function triggerWorkflows(n8nUrl: string) {
	return {
		callbackForm: formValidate(
			'e2eCallbackForm',
			'Form → Validate with Callback URL',
			'9c2e4f60-1b3a-4d5e-8f70-112233445566',
			'juspay-callback-check',
			{
				beneId: "={{ 'bene_' + $json.body.vendor }}",
				additionalFields: { callbackUrl: triggerUrl(n8nUrl) },
			},
			// The Trigger's own credential, selected on the node: its login goes with the URL; the workflow holds no password.
			{ juspayWebhookApi: WEBHOOK_CREDENTIAL },
		),
		// The URL alone: no webhook credential selected, so no login is sent.
		callbackNoLogin: formValidate('e2eCallbackNoLgn', 'Form → Validate with Callback URL, no login', '9c2e4f60-1b3a-4d5e-8f70-112233445567', 'juspay-callback-nologin', {
			beneId: "={{ 'bene_' + $json.body.vendor }}",
			additionalFields: { callbackUrl: triggerUrl(n8nUrl) },
		}),
		// The webhook credential selected but no Callback URL: not used (n8n may fill it in by itself).
		callbackNoUrl: formValidate(
			'e2eCallbackNoUrl',
			'Form → Validate with the webhook login, no Callback URL',
			'9c2e4f60-1b3a-4d5e-8f70-112233445568',
			'juspay-callback-nourl',
			{ beneId: "={{ 'bene_' + $json.body.vendor }}" },
			{ juspayWebhookApi: WEBHOOK_CREDENTIAL },
		),
		trigger: {
			id: 'e2eJuspayTrigr1',
			name: 'Juspay Trigger → Update Row',
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			nodes: [
				{
					id: id(),
					name: 'Juspay Trigger',
					type: 'n8n-nodes-juspay.juspayTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId: TRIGGER_WEBHOOK_ID,
					parameters: { authentication: 'basicAuth', events: 'any', options: { dropDuplicates: true } },
					credentials: { juspayWebhookApi: WEBHOOK_CREDENTIAL },
				},
				{ id: id(), name: 'Update Row', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
			],
			connections: { 'Juspay Trigger': { main: [[{ node: 'Update Row', type: 'main', index: 0 }]] } },
		},
	};
}
