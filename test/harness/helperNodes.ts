/* eslint-disable @n8n/community-nodes/node-usable-as-tool -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Minimal helper node types for workflow-level tests. Written for this harness
 * (not derived from n8n's node sources): they only do what a test needs.
 *
 *  - HarnessStartTrigger: a manual-trigger-like node that emits the items the
 *    test handed to `runWorkflow({ inputItems })`. It is a real trigger node
 *    (`trigger()` returning `manualTriggerFunction`), so n8n-core runs it
 *    through `TriggersAndPollers.runTriggerFunction` exactly like the real
 *    Manual Trigger in manual mode.
 *  - HarnessSet: sets fields from expressions. Parameter shape matches what an
 *    exported n8n Set node (v3.3+) stores: `assignments.assignments[]` with
 *    `{ id, name, value, type }`, plus `includeOtherFields`. Expressions in
 *    `value` are resolved by the real engine (`$json`, `$('Start').item`, ...).
 *  - HarnessNoOp: passes its input through unchanged.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

export const HARNESS_START = 'harness.start';
export const HARNESS_SET = 'harness.set';
export const HARNESS_NOOP = 'harness.noOp';

/** n8n-nodes-base types that the harness maps onto its helper nodes when the test does not supply them. */
export const N8N_ALIASES: Record<string, string> = {
	'n8n-nodes-base.manualTrigger': HARNESS_START,
	'n8n-nodes-base.set': HARNESS_SET,
	'n8n-nodes-base.noOp': HARNESS_NOOP,
};

export class HarnessStartTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Start',
		name: HARNESS_START,
		group: ['trigger'],
		version: 1,
		description: 'Emits the items given to runWorkflow({ inputItems })',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	/**
	 * n8n-core calls `trigger` with `this` bound to its TriggerContext, so the
	 * items are captured in a closure; the harness builds one instance per run.
	 */
	trigger: (this: ITriggerFunctions) => Promise<ITriggerResponse>;

	constructor(items: IDataObject[]) {
		// Like the real Manual Trigger, an empty start still emits one empty item.
		const source: IDataObject[] = items.length > 0 ? items : [{}];
		this.trigger = async function (this: ITriggerFunctions): Promise<ITriggerResponse> {
			const manualTriggerFunction = async () => {
				// Fresh copies per run so a node mutating its input cannot leak into the fixture.
				this.emit([source.map((json) => ({ json: structuredClone(json) }))]);
			};
			return { manualTriggerFunction };
		};
	}
}

type Assignment = { id?: string; name: string; value: unknown; type?: string };

function convertAssignmentValue(value: unknown, type: string | undefined): unknown {
	switch (type) {
		case 'number':
			return typeof value === 'number' ? value : Number(value);
		case 'boolean':
			return typeof value === 'boolean' ? value : String(value).toLowerCase() === 'true';
		case 'array':
		case 'object':
			return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
		default:
			return value;
	}
}

export class HarnessSet implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Set',
		name: HARNESS_SET,
		group: ['transform'],
		version: [1, 2, 3, 3.1, 3.2, 3.3, 3.4],
		description: 'Sets fields from (expression) values',
		defaults: { name: 'Set' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Fields to Set',
				name: 'assignments',
				type: 'assignmentCollection',
				default: {},
			},
			{
				displayName: 'Include Other Input Fields',
				name: 'includeOtherFields',
				type: 'boolean',
				default: false,
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			try {
				const assignments = this.getNodeParameter('assignments.assignments', i, []) as Assignment[];
				const includeOther = this.getNodeParameter('includeOtherFields', i, false) as boolean;
				const json: IDataObject = includeOther ? { ...items[i].json } : {};
				for (const a of assignments) {
					json[a.name] = convertAssignmentValue(a.value, a.type) as IDataObject[string];
				}
				out.push({ json, pairedItem: { item: i } });
			} catch (error) {
				if (this.continueOnFail()) {
					out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
					continue;
				}
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
			}
		}
		return [out];
	}
}

export class HarnessNoOp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness No Op',
		name: HARNESS_NOOP,
		group: ['transform'],
		version: 1,
		description: 'Passes items through',
		defaults: { name: 'No Op' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}
