import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { nodeInput } from '../../helpers/parameters';
import { labels, resolveInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { beneDetailsBody, beneIdField, customerIdField, extraFields, RESOURCE } from './common';
import { beneficiaryResult, simplifyField } from '../results';
import { sendBeneficiaryCommand } from './payout';

const fields: INodeProperties[] = [
	customerIdField,
	beneIdField,
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
	simplifyField,
];

export const description = scoped(RESOURCE, 'resolve', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		resolveInput,
		nodeInput(this, itemIndex, ['customerId', 'beneId', 'mobile']),
		labels,
	);
	const body = beneDetailsBody('resolve', input, 'UPI_ID', { mobile: input.mobile });
	const bene = await sendBeneficiaryCommand.call(this, itemIndex, {
		customerId: input.customerId,
		beneId: input.beneId,
		body,
		ifExists: 'fail',
		action: 'resolve the mobile number to a UPI ID',
	});
	return [
		await beneficiaryResult.call(this, itemIndex, bene, {
			...input,
			validated: false,
			sent: body.beneDetails as IDataObject,
			secret: input.callbackPassword,
		}),
	];
}
