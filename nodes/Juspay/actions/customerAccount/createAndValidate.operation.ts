import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { outputFields } from '../output';
import { createAccounts } from './createAccounts';
import { accountsFields, ifAccountExistsField, RESOURCE } from './fields';

export const description = scoped(RESOURCE, 'createAndValidate', [...accountsFields, ...outputFields, ifAccountExistsField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await createAccounts.call(this, itemIndex, 'validate');
}
