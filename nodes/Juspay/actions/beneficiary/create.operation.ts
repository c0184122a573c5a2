import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { hideSecret } from '../../helpers/mask';
import { sendBeneficiary } from '../money/beneficiaryRules';
import { beneficiaryAccountFields, customerIdField, extraFields, optionalBeneIdField, RESOURCE } from './fields';
import { beneficiaryRequest } from './requestBody';

const fields: INodeProperties[] = [customerIdField, optionalBeneIdField, ...beneficiaryAccountFields, extraFields];

export const description = scoped(RESOURCE, 'create', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { customerId, beneId, body, parts, callbackPassword } = await beneficiaryRequest(this, itemIndex, 'create');
	const { bene } = await sendBeneficiary(this, itemIndex, beneId, { customerId, body, ifExists: 'fail', action: 'create the beneficiary' }, parts);
	return [hideSecret(bene, callbackPassword)];
}
