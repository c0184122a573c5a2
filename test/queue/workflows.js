/**
 * What the queue-mode test imports into n8n: the Juspay credential pointed at
 * the local sandbox, and "a sheet posted to a webhook" workflows: Webhook →
 * Split Out (one item per row) → Juspay Beneficiary Validate, with default
 * options. The re-run variant differs only in "If Beneficiary Already
 * Exists: Return Existing Result", what a user picks to re-run rows safely.
 * The trigger workflow receives Juspay's webhooks (VALIDATION_V2 results).
 */
const CREDENTIAL = { id: 'queueJuspayCred', name: 'Juspay Sandbox (queue test)' };
const WEBHOOK_CREDENTIAL = { id: 'queueJuspayHook', name: 'Juspay Webhook (queue test)' };
const WEBHOOK_LOGIN = { username: 'juspay-queue', password: 'Hook-Queue-Secret-4417' };
const TRIGGER_WEBHOOK_ID = '7b1f0c2e-0c55-4c1e-9d3a-5f0e7a1c2b50';

function credential(baseUrl) {
	return {
		...CREDENTIAL,
		type: 'juspayApi',
		data: { apiKey: 'test_api_key', merchantId: 'test_merchant', environment: 'custom', baseUrl },
	};
}

/** A workflow as n8n's import:workflow takes it (published afterwards). */
const workflow = (id, name, nodes, connections) => ({ id, name, active: false, settings: { executionOrder: 'v1' }, pinData: {}, nodes, connections });

/** A production webhook at /webhook/<path> that answers at once and validates the posted rows. */
function batchWorkflow({ id, name, path, webhookId, ifExists }) {
	return workflow(
		id,
		name,
		[
			{
				id: `${webhookId.slice(0, -1)}1`,
				name: 'Sheet Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
			},
			{
				id: `${webhookId.slice(0, -1)}2`,
				name: 'Rows',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [200, 0],
				parameters: { fieldToSplitOut: 'body.rows', include: 'noOtherFields', options: {} },
			},
			{
				id: `${webhookId.slice(0, -1)}3`,
				name: 'Validate',
				type: 'n8n-nodes-juspay.juspay',
				typeVersion: 1,
				position: [400, 0],
				credentials: { juspayApi: CREDENTIAL },
				parameters: {
					resource: 'beneficiary',
					operation: 'validate',
					customerId: '={{ $json.customer }}',
					beneId: '={{ $json.bene }}',
					accountNumber: '={{ $json.account }}',
					ifsc: '={{ $json.ifsc }}',
					additionalFields: { name: '={{ $json.name }}' },
					...(ifExists ? { ifExists } : {}),
				},
			},
		],
		{
			'Sheet Webhook': { main: [[{ node: 'Rows', type: 'main', index: 0 }]] },
			Rows: { main: [[{ node: 'Validate', type: 'main', index: 0 }]] },
		},
	);
}

/** Juspay Trigger (basic auth, any result, duplicates dropped) → Update Row (No Op). */
const triggerWorkflow = workflow(
	'queueJuspayTrig',
	'Juspay Trigger → Update Row (queue)',
	[
		{
			id: `${TRIGGER_WEBHOOK_ID.slice(0, -1)}1`,
			name: 'Juspay Trigger',
			type: 'n8n-nodes-juspay.juspayTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: { authentication: 'basicAuth', events: 'any', options: { dropDuplicates: true } },
			credentials: { juspayWebhookApi: WEBHOOK_CREDENTIAL },
		},
		{ id: `${TRIGGER_WEBHOOK_ID.slice(0, -1)}2`, name: 'Update Row', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
	],
	{ 'Juspay Trigger': { main: [[{ node: 'Update Row', type: 'main', index: 0 }]] } },
);

function webhookCredential() {
	return { ...WEBHOOK_CREDENTIAL, type: 'juspayWebhookApi', data: WEBHOOK_LOGIN };
}

/** The Juspay Trigger's production URL on the main instance at `n8nUrl`. */
const triggerUrl = (n8nUrl) => `${n8nUrl}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;

const WORKFLOWS = {
	batch: batchWorkflow({ id: 'queueBatchVal01', name: 'Sheet → Validate (queue)', path: 'queue-batch', webhookId: '7b1f0c2e-0c55-4c1e-9d3a-5f0e7a1c2b30' }),
	rerun: batchWorkflow({
		id: 'queueRerunVal01',
		name: 'Sheet → Validate, re-run (queue)',
		path: 'queue-rerun',
		webhookId: '7b1f0c2e-0c55-4c1e-9d3a-5f0e7a1c2b40',
		ifExists: 'returnExisting',
	}),
	trigger: triggerWorkflow,
};

/**
 * Rows of one batch: distinct Beneficiary IDs, alternating an account the
 * sandbox finds valid and one it finds invalid, so verdicts can be checked row by row.
 */
function batchRows(batch, count) {
	return Array.from({ length: count }, (_, index) => {
		const valid = index % 2 === 0;
		return {
			customer: `cust_${batch}`,
			bene: `bene_${batch}_${String(index).padStart(4, '0')}`,
			account: valid ? '026291800001191' : '000100289877623',
			ifsc: valid ? 'YESB0000262' : 'SBIN0008752',
			name: valid ? 'Asha Verma' : 'Ravi Rao',
			valid,
		};
	});
}

module.exports = { WORKFLOWS, WEBHOOK_LOGIN, batchRows, credential, triggerUrl, webhookCredential };
