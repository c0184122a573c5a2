import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { scoped } from '../../helpers/description';
import { itemParameter } from '../../helpers/perRun';
import type { DerivedIdParts } from '../../helpers/derivedId';
import { additionalFields, present, presentFields } from '../../helpers/parameters';
import { labels, typeInput, validateInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { callbackCredentialSelected, callbackLoginOf } from './callback';
import { beneDetailsBody, optionalBeneIdField, customerIdField, extraFields, RESOURCE } from './common';
import { accountNumberField, ifscField, vpaField } from '../accountFields';
import { assertKnownBanks } from '../bankCheck';
import { outputFields } from '../output';
import { beneficiaryResult } from '../results';
import { sendBeneficiary } from './payout';

/** The beneficiary's account fields; Create uses them too. */
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

/** What Validate and Create send for one item: the checked input, the body, and the parts a derived ID is made of. */
interface BeneficiaryRequest {
	customerId: string;
	/** The typed Beneficiary ID; undefined when the node derives it. */
	beneId?: string;
	body: IDataObject;
	parts: DerivedIdParts;
	/** The callback password sent, kept out of a raw answer that echoes the request. */
	callbackPassword?: string;
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
		{ beneficiaryType: itemParameter<unknown>(ctx, 'beneficiaryType', itemIndex, 'ACCOUNT_IFSC') },
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
		return await request(ctx, itemIndex, command, input, type, { ifsc: input.ifsc, account: input.accountNumber });
	}
	const input = parseInput(ctx, itemIndex, validateInput.UPI_ID, {
		...common,
		vpa: ctx.getNodeParameter('vpa', itemIndex),
	}, labels);
	return await request(ctx, itemIndex, command, input, type, { vpa: input.vpa });
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { customerId, beneId: typedBeneId, body, parts, callbackPassword } = await beneficiaryBody(this, itemIndex, 'validate');
	const ifExists = itemParameter<unknown>(this, 'ifExists', itemIndex, 'fail') === 'returnExisting' ? 'returnExisting' : 'fail';
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
			secret: callbackPassword,
		}),
	];
}
