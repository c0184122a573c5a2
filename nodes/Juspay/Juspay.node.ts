import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription, NodeParameterValue } from 'n8n-workflow';

import * as beneficiary from './actions/beneficiary/Beneficiary.resource';
import * as customerAccount from './actions/customerAccount/CustomerAccount.resource';
import * as ifsc from './actions/ifsc/Ifsc.resource';
import { optionsDescription } from './actions/options';
import { route } from './actions/router';
import { toolDescriptionFields } from './actions/toolUse';
import { testWebhookLogin } from './helpers/basicLogin';

export class Juspay implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Juspay',
		name: 'juspay',
		icon: { light: 'file:juspay.svg', dark: 'file:juspay.dark.svg' },
		group: ['transform'],
		// 1.1: an Output option (Simplified, Raw, Selected Fields) instead of the Simplify switch.
		version: [1, 1.1],
		subtitle:
			'={{ ({ createAndValidate: "Create and Validate", create: "Create", validate: "Validate", get: "Get", getAll: "Get Many", delete: "Delete", getStatus: "Get Status", resolve: "Resolve", lookup: "Look Up" })[$parameter["operation"]] + " " + ({ customerAccount: "Customer Account", beneficiary: "Beneficiary", ifsc: "IFSC" })[$parameter["resource"]] }}',
		description: 'Validate Indian bank accounts (penny drop) and UPI IDs, and resolve mobile numbers to UPI IDs, with Juspay',
		defaults: { name: 'Juspay' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Two credentials on purpose (n8n's newer lint rule single-credential-per-node, not
		// yet in the released plugin, asks for one at a time and allows a reasoned exception):
		// only juspayApi authenticates the requests to Juspay. juspayWebhookApi is the login
		// Juspay must present when it calls the Juspay Trigger back; the Trigger checks the
		// same credential, so the secret lives in one place. As a node parameter it would be
		// stored in plain text in the workflow.
		credentials: [
			{ name: 'juspayApi', required: true },
			// The callback login (actions/beneficiary/callback.ts): optional, and selecting it
			// is the setting. Shown, under a label that says what it is, only once a Callback
			// URL is set: n8n's "exists" condition, which works for credentials as for
			// parameters though their type does not list it. The editor draws the credentials
			// at the last parameter whose name a `show` key is; `additionalFields.callbackUrl`
			// is no parameter's name, so the block stays on top, at Resource. Tested as the
			// Trigger tests it. Written out here because n8n's lint reads this list as literals.
			{
				name: 'juspayWebhookApi',
				displayName: 'Callback URL Login (Optional)',
				required: false,
				testedBy: 'juspayWebhookLogin',
				displayOptions: {
					show: { resource: ['beneficiary'], 'additionalFields.callbackUrl': [{ _cnd: { exists: true } } as unknown as NodeParameterValue] },
				},
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Beneficiary', value: 'beneficiary', description: 'Payout API: validate a bank account or UPI ID before paying it, find the UPI ID of a mobile number' },
					{ name: 'Customer Account', value: 'customerAccount', description: 'Express Checkout API: save and validate a customer\'s bank accounts and UPI IDs' },
					{ name: 'IFSC', value: 'ifsc', description: 'Bank branch details for an IFSC' },
				],
				default: 'customerAccount',
			},
			// Shown only on the AI tool (Juspay Tool): what the model is told.
			...toolDescriptionFields,
			...customerAccount.description,
			...beneficiary.description,
			...ifsc.description,
			optionsDescription,
		],
	};

	methods = { credentialTest: { juspayWebhookLogin: testWebhookLogin } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, { continueOnFail: this.continueOnFail() });
	}
}
