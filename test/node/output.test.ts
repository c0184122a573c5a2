/**
 * The Output option (node version 1.1): Simplified (the verdict, the
 * default), Raw (Juspay's answer) and Selected Fields; version 1 keeps its
 * Simplify switch, so a saved workflow with Simplify off still gets the raw
 * answer. And the node run as an AI tool: a refused value reads fully in the
 * error message, the only part of an error a model is shown.
 */
import type { INodeParameters } from 'n8n-workflow';

import { derivedBeneId } from '../../nodes/Juspay/helpers/derivedId';
import { items, runJuspay, useNock } from './fixtures';
import { ashaVerdict, useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();

const validate = (fields: INodeParameters = {}): INodeParameters => ({
	resource: 'beneficiary',
	operation: 'validate',
	customerId: 'cust_o',
	beneficiaryType: 'ACCOUNT_IFSC',
	accountNumber: '026291800001191',
	ifsc: 'YESB0000262',
	additionalFields: { name: 'Asha Verma' },
	...fields,
});
const beneId = derivedBeneId({ operation: 'validate', customerId: 'cust_o', type: 'ACCOUNT_IFSC', details: { account: '026291800001191', ifsc: 'YESB0000262' } });
const verdict = ashaVerdict({ customerId: 'cust_o', beneId });

async function output(parameters: INodeParameters, typeVersion: number) {
	const result = await runJuspay({ credential: local.credential, parameters, typeVersion });
	expect(result.error).toBeUndefined();
	return items(result.output('Juspay')).map((item) => item.json);
}

describe('Selected Fields never reaches a prototype', () => {
	it.each(['__proto__.polluted', 'constructor.prototype.polluted', 'valid, ids.__proto__'])('"%s": the item fails naming the field, before anything is sent', async (outputFields) => {
		const result = await runJuspay({ credential: local.credential, parameters: validate({ output: 'selected', outputFields }), typeVersion: 1.1 });

		expect(result.error?.message).toBe('Fields may only name fields: __proto__, prototype and constructor are refused');
		expect(result.error?.description).toContain('Nothing was sent to Juspay');
		expect(local.sandbox.requests).toEqual([]);
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});

describe('Output (version 1.1)', () => {
	it('Simplified by default: the verdict only, a few hundred characters', async () => {
		const [json] = await output(validate(), 1.1);
		expect(json).toEqual(verdict);
		expect(JSON.stringify(json).length).toBeLessThan(600);
	});

	it('Raw: Juspay\'s answer, the same as Simplify off on version 1', async () => {
		const [raw] = await output(validate({ output: 'raw' }), 1.1);
		expect(raw).toMatchObject({ uniqueId: beneId, status: 'VALID', nameAtBank: 'ASHA VERMA' });
		expect(raw).not.toHaveProperty('nameMatch');
		local.sandbox.reset();
		// The sandbox makes up a new reference and UTR for every penny drop.
		const data = (raw.validateResp as { data: object }).data;
		const fresh = { ...raw, validateResp: { ...(raw.validateResp as object), data: { ...data, refId: expect.any(String), utr: expect.any(String) } } };
		expect(await output(validate({ simplify: false }), 1)).toEqual([fresh]);
	});

	it('Selected Fields: the listed verdict fields, then Juspay fields by dot path (nested as in Juspay); an unknown field is left out', async () => {
		const [json] = await output(validate({ output: 'selected', outputFields: ' valid, nameAtBank ,beneDetails.details.ifsc, ids.beneId, noSuchField' }), 1.1);
		expect(json).toEqual({ valid: true, nameAtBank: 'ASHA VERMA', beneDetails: { details: { ifsc: 'YESB0000262' } }, ids: { beneId } });
	});

	it('Selected Fields with Mask Account Numbers: an account number picked by dot path is masked too', async () => {
		const [json] = await output(
			validate({ output: 'selected', outputFields: 'valid, beneDetails.details.account', options: { maskAccountNumbers: true } }),
			1.1,
		);
		expect(json).toEqual({ valid: true, beneDetails: { details: { account: 'XXXXXXXXXXX1191' } } });
	});

	it('a Simplify value left in a version 1.1 node is ignored: Output decides', async () => {
		expect(await output(validate({ simplify: false }), 1.1)).toEqual([verdict]);
	});
});

describe('Simplify (version 1, saved workflows)', () => {
	it('an Output value in a version 1 node is ignored: Simplify decides', async () => {
		const [json] = await output(validate({ simplify: false, output: 'simplified' }), 1);
		expect(json).toMatchObject({ uniqueId: beneId, status: 'VALID' });
	});
});

describe('run as an AI tool (Juspay Tool)', () => {
	it('a malformed IFSC: nothing sent; the message names the field, its format, and that nothing was sent', async () => {
		const result = await runJuspay({ credential: local.credential, parameters: validate({ ifsc: 'YESB000262' }), typeVersion: 1.1, asTool: true });
		expect(local.sandbox.requests).toEqual([]);
		expect(result.error?.message).toBe(
			'IFSC must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)\n\n' +
				'The field "IFSC" must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262). Nothing was sent to Juspay.',
		);
	});

	it('a malformed mobile number on Resolve names the field and format', async () => {
		const result = await runJuspay({
			credential: local.credential,
			parameters: { resource: 'beneficiary', operation: 'resolve', customerId: 'cust_o', mobile: '12345' },
			typeVersion: 1.1,
			asTool: true,
		});
		expect(local.sandbox.requests).toEqual([]);
		expect(result.error?.message).toContain('Mobile Number must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9');
		expect(result.error?.message).toContain('Nothing was sent to Juspay.');
	});
});
