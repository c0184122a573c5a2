import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

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
		credentials: [
			{ name: 'juspayApi', required: true },
			// The callback login (actions/beneficiary/callback.ts): optional, and selecting it
			// is the setting. The editor draws the credentials at the last parameter a `show`
			// names, so `show` names only Resource (the first) and the block stays on top;
			// `hide` does not move it. Tested as the Trigger tests it. Written out here
			// because n8n's lint reads this list as literals.
			{
				name: 'juspayWebhookApi',
				required: false,
				testedBy: 'juspayWebhookLogin',
				displayOptions: { show: { resource: ['beneficiary'] }, hide: { operation: ['getStatus'] } },
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Beneficiary', value: 'beneficiary', description: 'Payout beneficiaries: bank account and UPI validation, mobile to UPI ID' },
					{ name: 'Customer Account', value: 'customerAccount', description: 'A customer\'s saved bank accounts and UPI IDs' },
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
		return await route.call(this);
	}
}
