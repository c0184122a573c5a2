import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { additionalFields, presentFields } from '../../helpers/parameters';
import { labels, typeInput, validateInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { juspayRequest } from '../../transport/request';
import { juspayObjects } from '../../transport/response';
import { requestTimeout } from '../options';
import { beneDetailsBody, beneIdField, customerIdField, extraFields, PAYOUT_BASE, RESOURCE } from './common';

const fields: INodeProperties[] = [
	customerIdField,
	beneIdField,
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
	{
		displayName: 'Account Number',
		name: 'accountNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 026291800001191',
		description: 'Bank account number, as text so leading zeros are kept',
		displayOptions: { show: { beneficiaryType: ['ACCOUNT_IFSC'] } },
	},
	{
		displayName: 'IFSC',
		name: 'ifsc',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. YESB0000262',
		description: 'IFSC of the account\'s branch',
		displayOptions: { show: { beneficiaryType: ['ACCOUNT_IFSC'] } },
	},
	{
		displayName: 'VPA',
		name: 'vpa',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 9876543210@ybl',
		description: 'UPI ID (virtual payment address) to check',
		displayOptions: { show: { beneficiaryType: ['UPI_ID'] } },
	},
	extraFields,
];

export const description = scoped(RESOURCE, 'validate', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { beneficiaryType: type } = parseInput(
		this,
		itemIndex,
		typeInput,
		{ beneficiaryType: this.getNodeParameter('beneficiaryType', itemIndex) },
		labels,
	);
	const common = {
		customerId: this.getNodeParameter('customerId', itemIndex),
		beneId: this.getNodeParameter('beneId', itemIndex),
		...presentFields(additionalFields(this, itemIndex)),
	};
	let body: IDataObject;
	if (type === 'ACCOUNT_IFSC') {
		const input = parseInput(this, itemIndex, validateInput.ACCOUNT_IFSC, {
			...common,
			accountNumber: this.getNodeParameter('accountNumber', itemIndex),
			ifsc: this.getNodeParameter('ifsc', itemIndex),
		}, labels);
		body = beneDetailsBody('validate', input, type, { ifsc: input.ifsc, account: input.accountNumber });
	} else {
		const input = parseInput(this, itemIndex, validateInput.UPI_ID, {
			...common,
			vpa: this.getNodeParameter('vpa', itemIndex),
		}, labels);
		body = beneDetailsBody('validate', input, type, { vpa: input.vpa });
	}

	const response = await juspayRequest.call(
		this,
		{
			api: 'payout',
			method: 'POST',
			path: `${PAYOUT_BASE}/benedetails`,
			action: 'validate the beneficiary',
			json: body,
			timeoutMs: requestTimeout(this),
		},
		itemIndex,
	);
	return juspayObjects(this, itemIndex, response);
}
