import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, scoped } from '../../helpers/description';
import { additionalFields, presentFields } from '../../helpers/parameters';
import { labels, lookupInput } from '../../schemas/ifsc';
import { parseInput } from '../../schemas/parse';
import { ifscField } from '../accountFields';
import { assertKnownBanks } from '../bankCheck';
import { sendUnderBeneId } from '../money/beneficiaryRules';

const fields: INodeProperties[] = [
	{ ...ifscField, description: 'IFSC of the branch to look up' },
	additionalFieldsCollection([
			{
				displayName: 'Beneficiary ID',
				name: 'beneId',
				type: 'string',
				default: '',
				placeholder: 'e.g. ifsc_lookup_1042',
				description: 'Juspay files every lookup under a Beneficiary ID. Leave empty to use a new one for each lookup.',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. cust_1042',
				description: 'Customer ID to file the lookup under (default: n8n_ifsc_lookup)',
			},
		]),
];

export const description = scoped('ifsc', 'lookup', fields);

/** Customer the lookups are filed under when the user names none. */
export const LOOKUP_CUSTOMER = 'n8n_ifsc_lookup';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const extra = presentFields(additionalFields(this, itemIndex));
	const input = parseInput(
		this,
		itemIndex,
		lookupInput,
		{ ifsc: this.getNodeParameter('ifsc', itemIndex), ...extra },
		labels,
	);
	await assertKnownBanks(this, itemIndex, [{ ifsc: input.ifsc, field: 'IFSC' }]);
	const customerId = input.customerId ?? LOOKUP_CUSTOMER;
	// A lookup costs nothing, so a fresh id per lookup is safe: it only keeps
	// Juspay from refusing a second lookup of the same IFSC as a duplicate.
	const beneId = input.beneId ?? `ifsc_${input.ifsc}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
	const command = {
		customerId,
		body: { beneId, customerId, command: 'validate', beneDetails: { details: { ifsc: input.ifsc }, type: 'IFSC' } },
		action: 'look up the IFSC',
	};
	const result = await sendUnderBeneId(this, itemIndex, command, beneId, { readFirst: 'never', repeat: 'fail', earlierTry: false });
	return [result];
}
