import type { INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../helpers/description';
import { accountNumberField, ifscField, vpaField } from '../accountFields';

/** The Beneficiary resource's fields, as the editor shows them; what is sent is built in requestBody.ts. */

export const RESOURCE = 'beneficiary';

export const customerIdField: INodeProperties = {
	displayName: 'Customer ID',
	name: 'customerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. cust_1042',
	description: 'Your ID for the customer this beneficiary belongs to (Juspay\'s customerId)',
};

/** Optional on Validate, Create and Resolve; Get Status makes it required. */
export const beneIdField: INodeProperties = {
	displayName: 'Beneficiary ID',
	name: 'beneId',
	type: 'string',
	default: '',
	placeholder: 'e.g. bene_1042_hdfc',
	description:
		'Leave empty and the node uses an ID made from the details (n8n_…), so the same details are never validated or paid for twice: an earlier result is returned instead. Type your own ID only to force a new check of the same details; Juspay refuses an ID it has seen before.',
};

/** Validate, Create and Resolve: the ID may be left empty, and the field says so under it (a description shows only on hover). */
export const optionalBeneIdField: INodeProperties = {
	...beneIdField,
	hint: 'Optional: leave empty to use an ID made from the details, so the same details are never paid for twice',
};

/** Where the per-request webhook goes (Juspay's newer reference; unconfirmed, so overridable). */
export const DEFAULT_CALLBACK_PATH = 'additionalInfo.webhookDetails';

export const extraFields: INodeProperties = additionalFieldsCollection([
		{
			displayName: 'Beneficiary Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Asha Verma',
			description:
				'Name of the beneficiary, as typed (e.g. "Gupta, Sanjay" or "Sai & Sons"). Juspay gets it in letters, digits and spaces: & becomes AND, other punctuation is dropped. The name as typed is the one matched with the name at the bank.',
		},
		{
			displayName: 'Callback Field Path',
			name: 'callbackFieldPath',
			type: 'string',
			default: DEFAULT_CALLBACK_PATH,
			placeholder: `e.g. ${DEFAULT_CALLBACK_PATH}`,
			description:
				'Leave as it is unless Juspay tells you otherwise: where in the request the Callback URL is sent (Juspay\'s newer reference shows additionalInfo.webhookDetails)',
		},
		{
			displayName: 'Callback URL',
			name: 'callbackUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://n8n.example.com/webhook/3f1c…/webhook',
			description:
				'URL Juspay calls with the final result of this validation: the Production URL of a Juspay Trigger. Once it is set, Callback URL Login (Optional) appears at the top: select the Trigger\'s Juspay Webhook API credential there to send its username and password with the URL.',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. nathan@example.com',
			default: '',
			description: 'Email of the beneficiary',
		},
		{
			displayName: 'Metadata',
			name: 'metadata',
			type: 'string',
			default: '',
			placeholder: 'e.g. {"sheetRow": 12}',
			description: 'Your own reference data, stored with the beneficiary (text; an object from an expression is sent as JSON text)',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: 'e.g. 9876543210',
			description: 'Phone number of the beneficiary',
		},
		{
			displayName: 'Preferred Gateway',
			name: 'preferredGateway',
			type: 'string',
			default: '',
			placeholder: 'e.g. CFGEN',
			description: 'Gateway Juspay should validate through',
		},
	]);

/** The beneficiary's account fields, the same on Validate and Create. */
export const beneficiaryAccountFields: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'beneficiaryType',
		type: 'options',
		options: [
			{
				name: 'Bank Account',
				value: 'ACCOUNT_IFSC',
				description: 'Account number and IFSC, checked by a ₹1 penny drop',
			},
			{
				name: 'UPI ID',
				value: 'UPI_ID',
				description: 'A VPA, checked with the UPI network (no penny drop)',
			},
		],
		default: 'ACCOUNT_IFSC',
	},
	{ ...accountNumberField, displayOptions: { show: { beneficiaryType: ['ACCOUNT_IFSC'] } } },
	{ ...ifscField, displayOptions: { show: { beneficiaryType: ['ACCOUNT_IFSC'] } } },
	{ ...vpaField, displayOptions: { show: { beneficiaryType: ['UPI_ID'] } } },
];
