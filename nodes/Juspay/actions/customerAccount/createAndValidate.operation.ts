import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { simplifyField } from '../results';
import { accountsFields, createAccounts } from './accounts';
import { RESOURCE } from './common';
import { ifAccountExistsField } from './existingAccounts';

export const description = scoped(RESOURCE, 'createAndValidate', [...accountsFields, simplifyField, ifAccountExistsField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await createAccounts.call(this, itemIndex, 'validate');
}
