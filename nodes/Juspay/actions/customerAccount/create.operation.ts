import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { createAccounts } from './createAccounts';
import { accountsFields, RESOURCE } from './fields';

export const description = scoped(RESOURCE, 'create', accountsFields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await createAccounts.call(this, itemIndex, 'create');
}
