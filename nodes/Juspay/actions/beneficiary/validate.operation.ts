import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { sendBeneficiary } from '../money/beneficiaryRules';
import { outputFields } from '../output';
import { beneficiaryResult } from './beneficiaryResult';
import { beneficiaryAccountFields, customerIdField, extraFields, optionalBeneIdField, RESOURCE } from './fields';
import { beneficiaryRequest } from './requestBody';

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
					'Return the stored result if Juspay has the Beneficiary ID already (Juspay refuses a repeat, and the result is read for free); only a new ID is validated',
			},
		],
		default: 'fail',
		description:
			'What to do when Juspay already knows the Beneficiary ID you typed, e.g. when a workflow is re-run. With the Beneficiary ID left empty the stored result is always returned.',
	},
];

export const description = scoped(RESOURCE, 'validate', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { customerId, beneId: typedBeneId, body, parts, callbackPassword, typedName } = await beneficiaryRequest(this, itemIndex, 'validate');
	const ifExists = this.getNodeParameter('ifExists', itemIndex, 'fail') === 'returnExisting' ? 'returnExisting' : 'fail';
	const { bene, beneId } = await sendBeneficiary(
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
