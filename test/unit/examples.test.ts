import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import { Juspay } from '../../nodes/Juspay/Juspay.node';

/**
 * The example workflows users import must only use parameters the node has,
 * for the resource and operation they pick, or n8n would silently drop them.
 */
const properties = new Juspay().description.properties;
const dir = join(__dirname, '..', '..', 'examples');

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	return (!show?.resource || show.resource.includes(resource)) && (!show?.operation || show.operation.includes(operation));
}

describe.each(readdirSync(dir).filter((file) => file.endsWith('.json')))('example %s', (file) => {
	const workflow = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
		nodes: Array<{ type: string; name: string; parameters: Record<string, unknown> }>;
	};
	const juspayNodes = workflow.nodes.filter((node) => node.type === 'n8n-nodes-juspay.juspay');

	it('uses the Juspay node', () => expect(juspayNodes.length).toBeGreaterThan(0));

	it.each(juspayNodes.map((node) => [node.name, node] as const))('%s uses only parameters the node has', (_name, node) => {
		const { resource, operation, ...rest } = node.parameters as { resource: string; operation: string };
		const visible = properties.filter((p) => shownFor(p, resource, operation));
		for (const [key, value] of Object.entries(rest)) {
			const property = visible.find((p) => p.name === key);
			expect({ key, known: property !== undefined }).toEqual({ key, known: true });
			if (property?.type === 'collection') {
				const names = (property.options as INodeProperties[]).map((o) => o.name);
				for (const inner of Object.keys(value as object)) expect(names).toContain(inner);
			}
		}
	});
});
