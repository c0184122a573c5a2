import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DerivedIdParts } from '../../helpers/derivedId';
import { additionalFields, present, presentFields } from '../../helpers/parameters';
import { labels, typeInput, validateInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { accountNumberField, ifscField, vpaField } from '../accountFields';
import { assertKnownBanks } from '../bankCheck';
import { callbackCredentialSelected, callbackLoginOf } from './callback';
import { beneDetailsBody, typedName } from './common';

/** The beneficiary's account fields, the same on Validate and Create. */
export const beneficiaryAccountFields: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'beneficiaryType',
		type: 'options',
		options: [
			{
				name: 'Bank Account',
				value: 'ACCOUNT_IFSC',
				description: 'Account number and IFSC, checked by a ₹1 penny drop',
			},
			{
				name: 'UPI ID',
				value: 'UPI_ID',
				description: 'A VPA, checked with the UPI network (no penny drop)',
			},
		],
		default: 'ACCOUNT_IFSC',
	},
	{ ...accountNumberField, displayOptions: { show: { beneficiaryType: ['ACCOUNT_IFSC'] } } },
	{ ...ifscField, displayOptions: { show: { beneficiaryType: ['ACCOUNT_IFSC'] } } },
	{ ...vpaField, displayOptions: { show: { beneficiaryType: ['UPI_ID'] } } },
];

/** What Validate and Create send for one item: the checked input, the body, and the parts a derived ID is made of. */
interface BeneficiaryRequest {
	customerId: string;
	/** The typed Beneficiary ID; undefined when the node derives it. */
	beneId?: string;
	body: IDataObject;
	parts: DerivedIdParts;
	/** The callback password sent, kept out of a raw answer that echoes the request. */
	callbackPassword?: string;
	/** The Beneficiary Name as typed, for the name match. */
	typedName?: string;
}

/** The benedetails body for a Validate or Create, checked by the type's schema. */
export async function beneficiaryBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: 'validate' | 'create',
): Promise<BeneficiaryRequest> {
	const { beneficiaryType: type } = parseInput(
		ctx,
		itemIndex,
		typeInput,
		{ beneficiaryType: ctx.getNodeParameter('beneficiaryType', itemIndex, 'ACCOUNT_IFSC') },
		labels,
	);
	const common = {
		customerId: ctx.getNodeParameter('customerId', itemIndex),
		beneId: present(ctx.getNodeParameter('beneId', itemIndex, '')),
		callbackCredential: callbackCredentialSelected(ctx),
		...presentFields(additionalFields(ctx, itemIndex)),
	};
	if (type === 'ACCOUNT_IFSC') {
		const input = parseInput(ctx, itemIndex, validateInput.ACCOUNT_IFSC, {
			...common,
			accountNumber: ctx.getNodeParameter('accountNumber', itemIndex),
			ifsc: ctx.getNodeParameter('ifsc', itemIndex),
		}, labels);
		await assertKnownBanks(ctx, itemIndex, [{ ifsc: input.ifsc, field: 'IFSC' }]);
		const checked = await request(ctx, itemIndex, command, input, type, { ifsc: input.ifsc, account: input.accountNumber });
		return { ...checked, typedName: typedName(common) };
	}
	const input = parseInput(ctx, itemIndex, validateInput.UPI_ID, {
		...common,
		vpa: ctx.getNodeParameter('vpa', itemIndex),
	}, labels);
	return { ...(await request(ctx, itemIndex, command, input, type, { vpa: input.vpa })), typedName: typedName(common) };
}

/** The checked input with its callback login (read only now, after the checks passed) made into a request. */
async function request(
	ctx: IExecuteFunctions,
	itemIndex: number,
	command: 'validate' | 'create',
	input: Parameters<typeof beneDetailsBody>[1] & { callbackCredential?: true },
	type: 'ACCOUNT_IFSC' | 'UPI_ID',
	details: IDataObject,
): Promise<BeneficiaryRequest> {
	const login = await callbackLoginOf(ctx, itemIndex, input);
	return {
		customerId: input.customerId,
		beneId: input.beneId,
		body: beneDetailsBody(command, input, type, details, login),
		parts: { operation: command, customerId: input.customerId, type, details },
		callbackPassword: login?.password,
	};
}
