import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { labels, statusInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { beneIdField, customerIdField, RESOURCE } from './fields';
import { outputFields } from '../output';
import { getBeneficiaryStatus } from '../payoutCalls';
import { beneficiaryResult } from './beneficiaryResult';

const fields: INodeProperties[] = [
	customerIdField,
	{
		...beneIdField,
		required: true,
		placeholder: 'e.g. bene_1042_hdfc',
		description: 'Beneficiary ID the validation was sent with (the output\'s ids.beneId, also when the node derived it)',
	},
	...outputFields,
];

export const description = scoped(RESOURCE, 'getStatus', fields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const input = parseInput(
		this,
		itemIndex,
		statusInput,
		{
			customerId: this.getNodeParameter('customerId', itemIndex),
			beneId: this.getNodeParameter('beneId', itemIndex),
		},
		labels,
	);
	const bene = await getBeneficiaryStatus.call(this, itemIndex, input.customerId, input.beneId);
	return [await beneficiaryResult.call(this, itemIndex, bene, { ...input, validated: false })];
}
