import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isSafePath, setAtPath, valueAtPath } from '../helpers/safePath';

/**
 * What validate, get, status and resolve operations output, chosen in the
 * Output option (node version 1.1; what n8n's guidelines ask of a node an AI
 * agent uses: a small answer by default). Version 1 nodes keep their Simplify
 * switch, so a saved workflow with Simplify off still gets Juspay's answer.
 */
export type OutputMode = 'simplified' | 'raw' | 'selected';

const VERSION_1 = { '@version': [1] };

const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	displayOptions: { show: VERSION_1 },
	description:
		'Whether to return one verdict with the same fields for both Juspay APIs (valid, verified, status, reason, nameAtBank, nameMatch, accountType, IDs) instead of Juspay\'s raw response',
};

const outputField: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	displayOptions: { hide: VERSION_1 },
	options: [
		{ name: 'Raw', value: 'raw', description: 'Juspay\'s answer as it came' },
		{ name: 'Selected Fields', value: 'selected', description: 'Only the fields you list' },
		{
			name: 'Simplified',
			value: 'simplified',
			description:
				'One verdict with the same fields for both Juspay APIs: valid, verified, status, reason, nameAtBank, nameMatch, accountType, IDs. Best for AI agents: a few hundred characters.',
		},
	],
	default: 'simplified',
};

const fieldsField: INodeProperties = {
	displayName: 'Fields',
	name: 'outputFields',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. valid, nameAtBank, reason',
	displayOptions: { show: { output: ['selected'] }, hide: VERSION_1 },
	description:
		'Comma-separated names of the fields to return, taken from the verdict (valid, verified, status, reason, nameAtBank, nameMatch, …) or else from Juspay\'s answer; a dot reaches inside an object, e.g. validateResp.status',
};

/** The output fields every operation that returns a verdict shows. */
export const outputFields: INodeProperties[] = [simplifyField, outputField, fieldsField];

export interface Output {
	mode: OutputMode;
	/** Selected Fields: the paths to return. */
	fields: string[];
}

export function outputOf(ctx: IExecuteFunctions, itemIndex: number): Output {
	if (ctx.getNode().typeVersion < 1.1) {
		return { mode: ctx.getNodeParameter('simplify', itemIndex, true) === false ? 'raw' : 'simplified', fields: [] };
	}
	const mode = ctx.getNodeParameter('output', itemIndex, 'simplified');
	if (mode === 'raw') return { mode, fields: [] };
	if (mode !== 'selected') return { mode: 'simplified', fields: [] };
	const listed = String(ctx.getNodeParameter('outputFields', itemIndex, ''));
	const fields = listed.split(',').map((field) => field.trim()).filter((field) => field !== '');
	const unsafe = fields.find((field) => !isSafePath(field));
	if (unsafe !== undefined) {
		throw new NodeOperationError(ctx.getNode(), 'Fields may only name fields: __proto__, prototype and constructor are refused', {
			itemIndex,
			description: `The field "Fields" lists "${unsafe}". Name fields of the verdict or of Juspay's answer, joined by dots (e.g. validateResp.status). Nothing was sent to Juspay.`,
		});
	}
	return { mode, fields };
}

/**
 * One result in the chosen output. `raw` must already be free of secrets.
 * Selected Fields looks each field up in the verdict first, then in the raw
 * answer, and leaves out a field neither has; a dot path keeps its nesting
 * (so Mask Account Numbers still finds an `account` inside).
 */
export function shapeOutput(output: Output, verdict: () => IDataObject, raw: () => IDataObject): IDataObject {
	if (output.mode === 'raw') return raw();
	if (output.mode === 'simplified') return verdict();
	const sources = [verdict(), raw()];
	const picked: IDataObject = {};
	for (const field of output.fields) {
		const value = sources.map((source) => valueAtPath(source, field)).find((found) => found !== undefined);
		if (value !== undefined) setAtPath(picked, field, value);
	}
	return picked;
}
