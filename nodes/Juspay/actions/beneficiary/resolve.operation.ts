import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { sendBeneficiary } from '../money/beneficiaryRules';
import { outputFields } from '../output';
import { beneficiaryResult } from './beneficiaryResult';
import { customerIdField, extraFields, optionalBeneIdField, RESOURCE } from './fields';
import { resolveRequest } from './requestBody';

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
	const { customerId, beneId: typedBeneId, body, parts, callbackPassword, typedName } = await resolveRequest(this, itemIndex);
	const { bene, beneId } = await sendBeneficiary(
		this,
		itemIndex,
		typedBeneId,
		{ customerId, body, ifExists: 'fail', action: 'resolve the mobile number to a UPI ID' },
		parts,
	);
	return [
		await beneficiaryResult.call(this, itemIndex, bene, {
			customerId,
			beneId,
			validated: false,
			sent: body.beneDetails as IDataObject,
			typedName,
			secret: callbackPassword,
		}),
	];
}
