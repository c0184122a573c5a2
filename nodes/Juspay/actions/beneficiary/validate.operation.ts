import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { outputFields } from '../output';
import { beneficiaryAccountFields, beneficiaryBody } from './body';
import { customerIdField, extraFields, optionalBeneIdField, RESOURCE } from './common';
import { beneficiaryResult } from './result';
import { sendBeneficiary } from './sendBeneficiary';

const fields: INodeProperties[] = [
	customerIdField,
	optionalBeneIdField,
	...beneficiaryAccountFields,
	extraFields,
	...outputFields,
	{
		displayName: 'If Beneficiary Already Exists',
		name: 'ifExists',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Fail',
				value: 'fail',
				description: 'Stop with Juspay\'s duplicate Beneficiary ID error (E05)',
			},
			{
				name: 'Return Existing Result',
				value: 'returnExisting',
				description:
					'Look the Beneficiary ID up first (a free status read) and return its stored result if Juspay has it; only a new ID is sent for validation',
			},
		],
		default: 'fail',
		description:
			'What to do when Juspay already knows the Beneficiary ID you typed, e.g. when a workflow is re-run. With the Beneficiary ID left empty the stored result is always returned.',
	},
];

export const description = scoped(RESOURCE, 'validate', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { customerId, beneId: typedBeneId, body, parts, callbackPassword, typedName } = await beneficiaryBody(this, itemIndex, 'validate');
	const ifExists = this.getNodeParameter('ifExists', itemIndex, 'fail') === 'returnExisting' ? 'returnExisting' : 'fail';
	const { bene, beneId } = await sendBeneficiary.call(
		this,
		itemIndex,
		typedBeneId,
		{ body, ifExists, action: 'validate the beneficiary', sendsValidation: true, customerId },
		parts,
	);
	return [
		await beneficiaryResult.call(this, itemIndex, bene, {
			customerId,
			beneId,
			validated: true,
			sent: body.beneDetails as IDataObject,
			typedName,
			secret: callbackPassword,
		}),
	];
}
