import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { additionalFields, nodeInput, present } from '../../helpers/parameters';
import { labels, resolveInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { callbackCredentialSelected, callbackLoginOf } from './callback';
import { beneDetailsBody, optionalBeneIdField, customerIdField, extraFields, RESOURCE, typedName } from './common';
import { outputFields } from '../output';
import { beneficiaryResult } from './result';
import { sendBeneficiary } from './sendBeneficiary';

const fields: INodeProperties[] = [
	customerIdField,
	optionalBeneIdField,
	{
		displayName: 'Mobile Number',
		name: 'mobile',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 9876543210',
		description: 'Indian mobile number to look up; +91 or a leading 0 is fine',
	},
	extraFields,
	...outputFields,
];

export const description = scoped(RESOURCE, 'resolve', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		resolveInput,
		{
			...nodeInput(this, itemIndex, ['customerId', 'mobile']),
			beneId: present(this.getNodeParameter('beneId', itemIndex, '')),
			callbackCredential: callbackCredentialSelected(this),
		},
		labels,
	);
	const details = { mobile: input.mobile };
	const login = await callbackLoginOf(this, itemIndex, input);
	const body = beneDetailsBody('resolve', input, 'UPI_ID', details, login);
	const { bene, beneId } = await sendBeneficiary.call(
		this,
		itemIndex,
		input.beneId,
		{ customerId: input.customerId, body, ifExists: 'fail', action: 'resolve the mobile number to a UPI ID' },
		{ operation: 'resolve', customerId: input.customerId, type: 'UPI_ID', details },
	);
	return [
		await beneficiaryResult.call(this, itemIndex, bene, {
			customerId: input.customerId,
			beneId,
			validated: false,
			sent: body.beneDetails as IDataObject,
			typedName: typedName(additionalFields(this, itemIndex)),
			secret: login?.password,
		}),
	];
}
