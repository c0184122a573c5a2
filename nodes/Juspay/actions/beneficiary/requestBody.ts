import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Login } from '../../helpers/basicLogin';
import type { DerivedIdParts } from '../../helpers/derivedId';
import { additionalFields, nodeInput, present, presentFields } from '../../helpers/parameters';
import { setAtPath } from '../../helpers/safePath';
import { labels, resolveInput, typeInput, validateInput } from '../../schemas/beneficiary';
import { parseInput } from '../../schemas/parse';
import { assertKnownBanks } from '../bankCheck';
import { callbackCredentialSelected, callbackLoginOf } from './callback';
import { DEFAULT_CALLBACK_PATH } from './fields';

/**
 * What exactly is sent for Beneficiary → Validate, Create and Resolve: one
 * JSON body for POST /payout/merchant/v1/benedetails, built here from the
 * item's parameters, top to bottom:
 *
 *   beneId        the typed Beneficiary ID; left empty, the money rules put
 *                 the ID derived from the details here (derivedId.ts)
 *   customerId    checked as an ID (letters, digits, _ - . : @ +)
 *   command       validate, create or resolve
 *   beneDetails   { details: { name?, ifsc, account } | { name?, vpa } | { mobile }, type }
 *                 IFSC upper-cased; account kept as text (leading zeros);
 *                 VPA as typed; mobile as its 10 digits (+91 / 0 removed);
 *                 name cleaned for Juspay (letters, digits, spaces; & → AND)
 *   preferredGateway, email, phone, metadata   only when set
 *   additionalInfo.webhookDetails (or the Callback Field Path)
 *                 { url, username, password } with a Callback URL; the login
 *                 comes from the Juspay Webhook API credential (callback.ts)
 *
 * Each field is checked and cleaned by the schemas (schemas/beneficiary.ts,
 * schemas/fields.ts) before anything is sent; a bad one fails the item.
 */

/** What Validate and Create send for one item: the checked input, the body, and the parts a derived ID is made of. */
export interface BeneficiaryRequest {
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

/** The request for a Validate or Create, checked by the type's schema. */
export async function beneficiaryRequest(
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

/** The request for a Resolve (mobile → UPI ID), checked by its schema. */
export async function resolveRequest(ctx: IExecuteFunctions, itemIndex: number): Promise<BeneficiaryRequest> {
	const input = parseInput(
		ctx,
		itemIndex,
		resolveInput,
		{
			...nodeInput(ctx, itemIndex, ['customerId', 'mobile']),
			beneId: present(ctx.getNodeParameter('beneId', itemIndex, '')),
			callbackCredential: callbackCredentialSelected(ctx),
		},
		labels,
	);
	const details = { mobile: input.mobile };
	const login = await callbackLoginOf(ctx, itemIndex, input);
	return {
		customerId: input.customerId,
		beneId: input.beneId,
		body: beneDetailsBody('resolve', input, 'UPI_ID', details, login),
		parts: { operation: 'resolve', customerId: input.customerId, type: 'UPI_ID', details },
		callbackPassword: login?.password,
		typedName: typedName(additionalFields(ctx, itemIndex)),
	};
}

interface Extras {
	name?: string;
	email?: string;
	phone?: string;
	preferredGateway?: string;
	metadata?: string;
	callbackUrl?: string;
	callbackFieldPath?: string;
}

/** The Beneficiary Name as typed (before it is cleaned for Juspay): the name matched against the bank's. */
function typedName(fields: Record<string, unknown>): string | undefined {
	return typeof fields.name === 'string' && fields.name.trim() !== '' ? fields.name.trim() : undefined;
}

/** `{ url, username, password }` placed at the Callback Field Path (checked safe by its schema), beside what is already there. */
function setCallback(body: IDataObject, input: Extras, login: Login | undefined): void {
	if (input.callbackUrl === undefined) return;
	setAtPath(body, input.callbackFieldPath ?? DEFAULT_CALLBACK_PATH, { url: input.callbackUrl, ...login });
}

/** The benedetails request body, with the optional fields only when set; `login` is the callback's (the Juspay Webhook API credential). */
function beneDetailsBody(
	command: 'validate' | 'create' | 'resolve',
	input: { customerId: string; beneId?: string } & Extras,
	type: 'ACCOUNT_IFSC' | 'UPI_ID',
	details: IDataObject,
	login?: Login,
): IDataObject {
	const body: IDataObject = {
		beneId: input.beneId,
		customerId: input.customerId,
		command,
		beneDetails: {
			details: input.name === undefined ? details : { name: input.name, ...details },
			type,
		},
	};
	if (input.preferredGateway !== undefined) body.preferredGateway = input.preferredGateway;
	if (input.email !== undefined) body.email = input.email;
	if (input.phone !== undefined) body.phone = input.phone;
	if (input.metadata !== undefined) body.metadata = input.metadata;
	setCallback(body, input, login);
	return body;
}
