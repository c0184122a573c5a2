/**
 * What an AI model is told about the Juspay tool, read the way n8n reads it
 * (n8n-workflow's own parameter defaults and tool description), and which
 * output switch each node version shows.
 */
import { NodeHelpers, type INode, type INodeParameters, type INodeTypeDescription } from 'n8n-workflow';

import { Juspay } from '../../nodes/Juspay/Juspay.node';
import { resources } from '../../nodes/Juspay/actions/router';
import { TOOL_DESCRIPTIONS } from '../../nodes/Juspay/actions/toolUse';

const node = new Juspay().description;
// n8n 2.x offers a `usableAsTool` node to agents as `<name>Tool` (n8n's convertNodeToAiTool).
const tool: INodeTypeDescription = { ...node, name: 'juspayTool', displayName: 'Juspay Tool' };

function parametersOf(description: INodeTypeDescription, parameters: INodeParameters, typeVersion = 1.1): INodeParameters {
	const asNode = { parameters, typeVersion } as INode;
	return NodeHelpers.getNodeParameters(description.properties, parameters, true, false, asNode, description) ?? {};
}

/** The description n8n gives the model for a tool node with these parameters. */
function toldToModel(parameters: INodeParameters): string {
	const asNode = { name: 'Juspay', type: 'n8n-nodes-juspay.juspayTool', typeVersion: 1.1, parameters: parametersOf(tool, parameters) } as INode;
	return NodeHelpers.getToolDescriptionForNode(asNode, { description: tool } as never);
}

const operations = Object.entries(resources).flatMap(([resource, ops]) => Object.keys(ops).map((operation) => ({ resource, operation })));
const MONEY = ['beneficiary/validate', 'customerAccount/createAndValidate', 'customerAccount/validate'];

describe('the tool description the model is given', () => {
	it('exists for every operation, and only for operations that exist', () => {
		const described = Object.entries(TOOL_DESCRIPTIONS).flatMap(([resource, ops]) => Object.keys(ops).map((operation) => ({ resource, operation })));
		expect(described).toEqual(expect.arrayContaining(operations));
		expect(described).toHaveLength(operations.length);
	});

	it.each(operations)('$resource/$operation: n8n tells the model our text for this operation, under 1,000 characters', ({ resource, operation }) => {
		const text = toldToModel({ resource, operation });
		expect(text).toBe(TOOL_DESCRIPTIONS[resource][operation]);
		expect(text.length).toBeLessThan(1_000);
	});

	it.each(operations)('$resource/$operation: says whether it costs money', ({ resource, operation }) => {
		const text = TOOL_DESCRIPTIONS[resource][operation];
		if (MONEY.includes(`${resource}/${operation}`)) {
			expect(text).toContain('real ₹1 penny drop');
			expect(text).toContain('costs money');
		} else {
			expect(text).toMatch(/Free/);
			expect(text).not.toContain('costs money');
		}
	});

	it.each([
		['beneficiary', 'validate', 'Asking again for the same account details costs nothing'],
		['customerAccount', 'createAndValidate', 'on n8n with several workers another one could pay a second time while it is PENDING'],
		['customerAccount', 'validate', 'if Juspay has validated it or is validating it, that result is returned and nothing is paid'],
	])('%s/%s says what asking again costs (the money rules differ per API)', (resource, operation, said) => {
		expect(TOOL_DESCRIPTIONS[resource][operation]).toContain(said);
	});

	it('Validate names each field with its format', () => {
		const text = toldToModel({ resource: 'beneficiary', operation: 'validate' });
		expect(text).toContain('Account number: 5 to 40 letters or digits');
		expect(text).toContain('IFSC: 11 characters, 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)');
		expect(text).toContain('UPI ID (VPA): name@bank');
		expect(text).toContain('A UPI ID check is free');
	});

	it('a description the user edits is what the model gets', () => {
		expect(toldToModel({ resource: 'beneficiary', operation: 'validate', toolDescription: 'Check one vendor account.' })).toBe('Check one vendor account.');
	});

	it('is a parameter of the tool only: the regular node has none', () => {
		expect(parametersOf(node, { resource: 'beneficiary', operation: 'validate' })).not.toHaveProperty('toolDescription');
		expect(parametersOf(tool, { resource: 'beneficiary', operation: 'validate' })).toHaveProperty('toolDescription');
	});
});

describe('Output (version 1.1) and Simplify (version 1)', () => {
	const validate = { resource: 'beneficiary', operation: 'validate' };

	it('version 1.1 shows Output (Simplified by default), not Simplify', () => {
		const parameters = parametersOf(node, validate, 1.1);
		expect(parameters.output).toBe('simplified');
		expect(parameters).not.toHaveProperty('simplify');
		expect(parameters).not.toHaveProperty('outputFields');
		expect(parametersOf(node, { ...validate, output: 'selected' }, 1.1)).toHaveProperty('outputFields', '');
	});

	it('version 1 keeps Simplify, so a saved Simplify off still means the raw answer', () => {
		const parameters = parametersOf(node, { ...validate, simplify: false }, 1);
		expect(parameters.simplify).toBe(false);
		expect(parameters).not.toHaveProperty('output');
	});

	it('the Output options are Raw, Selected Fields and Simplified', () => {
		const output = node.properties.find((p) => p.name === 'output');
		expect(output?.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual(['raw', 'selected', 'simplified']);
	});
});
