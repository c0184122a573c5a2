import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { testWebhookLogin, type Login } from '../Juspay/helpers/basicLogin';
import { maskAccountNumbers } from '../Juspay/helpers/mask';
import { nameMatchThresholdOption, thresholdOf } from '../Juspay/helpers/nameMatch';
import { beneficiaryVerdict } from '../Juspay/helpers/verdict';
import { loginMatches } from './event/auth';
import { eventKey, processMemory, seenBefore } from './event/duplicates';
import { parseWebhookBody, type ValidationEvent } from './event/parse';

const HOUR_MS = 3_600_000;

/** Which final results start the workflow, by the Events parameter. */
const WANTED: Record<string, string[]> = {
	any: ['VALID', 'INVALID', 'ERROR'],
	invalid: ['INVALID'],
	valid: ['VALID'],
};

/** Answered, with 200, to a call that starts nothing: Juspay stops resending. */
function ignored(reason: string): IWebhookResponseData {
	return { webhookResponse: { received: true, ignored: reason } };
}

/** The Juspay node's verdict for the beneficiary in the event; `verified` by the Trigger's Name Match Threshold. */
function verdictOf(event: ValidationEvent, options: IDataObject): IDataObject {
	const bene = { ...event.beneficiary, status: event.juspayEvent, uniqueId: event.beneId };
	return beneficiaryVerdict(bene, { customerId: event.customerId }, undefined, undefined, thresholdOf(options.nameMatchThreshold));
}

export class JuspayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Juspay Trigger',
		name: 'juspayTrigger',
		icon: { light: 'file:juspay.svg', dark: 'file:juspay.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ({ any: "Any Result", valid: "Valid Results", invalid: "Invalid Results" })[$parameter["events"]] }}',
		// n8n's node creator lists this Trigger and the Juspay node as one entry, "Juspay",
		// under this description (the Trigger's overwrites the node's): it names both jobs.
		description: 'Validate Indian bank accounts and UPI IDs with Juspay, and start workflows when a validation result arrives',
		defaults: { name: 'Juspay Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'juspayWebhookApi',
				required: true,
				testedBy: 'juspayWebhookLogin',
				displayOptions: { show: { authentication: ['basicAuth'] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// Answer 200 as soon as the call is read: Juspay resends until it sees one.
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				// n8n 2.x publishes a workflow, 1.x activates it; a notice cannot ask which n8n it is in, so it names both.
				displayName:
					'Copy the Production URL above into Juspay\'s dashboard (Webhooks, event VALIDATION_V2), or into the Callback URL of a Juspay node\'s Validate. The Production URL answers once the workflow is live: Publish it (n8n 2.x) or switch it to Active (n8n 1.x).',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Basic Auth', value: 'basicAuth', description: 'Juspay sends a username and password that must match the credential' },
					{ name: 'None', value: 'none', description: 'Anyone who knows the URL can post a result' },
				],
				// Basic Auth by default: without it, anyone with the URL could mark an account valid.
				default: 'basicAuth',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'options',
				options: [
					// Names and actions read on their own: n8n's node creator lists them as "On …" among every node's events.
					{
						name: 'Any Validation Result',
						value: 'any',
						description: 'Valid, invalid, and an error Juspay reports as final',
						action: 'On any bank account or UPI ID validation result',
					},
					{
						name: 'Invalid Bank Account or UPI ID',
						value: 'invalid',
						description: 'Only validations that failed',
						action: 'On invalid bank account or UPI ID',
					},
					{
						name: 'Valid Bank Account or UPI ID',
						value: 'valid',
						description: 'Only validations that succeeded',
						action: 'On valid bank account or UPI ID',
					},
				],
				default: 'any',
				description: 'Which validation results start the workflow; the others are answered and ignored',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to return the same verdict fields as the Juspay node (valid, verified, status, reason, nameAtBank, nameMatch, IDs) instead of Juspay\'s body as it came',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Drop Duplicate Events',
						name: 'dropDuplicates',
						type: 'boolean',
						default: true,
						description:
							'Whether to ignore a result already received for the same beneficiary within the duplicate window (Juspay resends until it gets a 200)',
					},
					{
						displayName: 'Duplicate Window (Hours)',
						name: 'duplicateWindowHours',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 720 },
						default: 24,
						description: 'How long a received result is remembered for Drop Duplicate Events',
						displayOptions: { show: { dropDuplicates: [true] } },
					},
					{
						displayName: 'Mask Account Numbers',
						name: 'maskAccountNumbers',
						type: 'boolean',
						// On by default: what a callback brings is often posted straight on to Slack or a sheet.
						default: true,
						description:
							'Whether to mask bank account numbers in the output (XXXXXXXXXXX1191), e.g. before posting results to Slack or a sheet',
					},
					nameMatchThresholdOption,
				],
			},
		],
	};

	methods = { credentialTest: { juspayWebhookLogin: testWebhookLogin } };

	/**
	 * Nothing to register: the URL goes into Juspay's dashboard, or into each
	 * validation request (Callback URL). n8n asks anyway when it activates.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('authentication', 'basicAuth') === 'basicAuth') {
			const login = await this.getCredentials<Login>('juspayWebhookApi');
			if (!loginMatches(this.getHeaderData().authorization, login)) {
				// Answered here and nothing returned to run: a refused call starts no execution.
				const response = this.getResponseObject();
				response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="Juspay webhook"', 'content-type': 'application/json' });
				response.end(JSON.stringify({ message: 'Authorization failed: check the webhook username and password' }));
				return { noWebhookResponse: true };
			}
		}

		const body = this.getBodyData();
		const parsed = parseWebhookBody(Object.keys(body).length ? body : rawBody(this));
		if ('ignored' in parsed) return ignored(parsed.ignored);
		const { event, body: juspayBody } = parsed;

		const events = String(this.getNodeParameter('events', 'any'));
		if (!(Object.hasOwn(WANTED, events) ? WANTED[events] : WANTED.any).includes(event.status)) return ignored(`Event ${event.status} is not one of the selected Events`);

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const key = eventKey(event);
		if (options.dropDuplicates !== false && key !== undefined) {
			const hours = Number(options.duplicateWindowHours ?? 24);
			const windowMs = (Number.isFinite(hours) && hours > 0 ? hours : 24) * HOUR_MS;
			if (seenBefore(this.getWorkflowStaticData('node'), recentInProcess(this), key, windowMs, Date.now())) {
				return ignored('Duplicate: this result was already received');
			}
		}

		const json = this.getNodeParameter('simplify', true) === false ? juspayBody : verdictOf(event, options);
		return { workflowData: [[{ json: options.maskAccountNumbers === false ? json : maskAccountNumbers(json) }]] };
	}
}

/**
 * The keys this process has seen for this Trigger. A call to the editor's test
 * URL gets none: n8n runs one call per "Listen for test event" and does not
 * save its static data, so a test event never hides a production one.
 */
function recentInProcess(ctx: IWebhookFunctions) {
	if (ctx.getMode() === 'manual') return new Map<string, number>();
	const node = ctx.getNode();
	return processMemory(`${ctx.getWorkflow().id ?? ''}:${node.id || node.name}`);
}

/** The raw request text, for a body n8n did not parse (e.g. JSON sent as text/plain). */
function rawBody(ctx: IWebhookFunctions): unknown {
	const raw = (ctx.getRequestObject() as { rawBody?: unknown }).rawBody;
	return Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
}
