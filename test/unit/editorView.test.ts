import { NodeHelpers } from 'n8n-workflow';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Juspay } from '../../nodes/Juspay/Juspay.node';
import codex from '../../nodes/Juspay/Juspay.node.json';
import { JuspayTrigger } from '../../nodes/JuspayTrigger/JuspayTrigger.node';

/**
 * What a new user reads in n8n's editor (issue 18), pinned on the
 * descriptions the editor is given. How the node creator uses them (read in
 * the editor bundles of n8n 2.41.1 and 1.123.81, `generateMergedNodesAndActions`):
 * a trigger whose type name is another node's plus "Trigger" is listed with
 * that node as one entry, under the trigger's description; the search matches
 * display names and codex aliases; a node's actions are its operations'
 * `action` strings, a trigger's are "On …" its Events. `npm run screenshots`
 * shows it.
 */
const node = new Juspay().description;
const trigger = new JuspayTrigger().description;

const operations = node.properties
	.filter((p) => p.name === 'operation')
	.flatMap((p) => (p.options as INodePropertyOptions[]).map((o) => ({ resource: String(p.displayOptions?.show?.resource?.[0]), ...o })));
const action = (resource: string, value: string) => operations.find((o) => o.resource === resource && o.value === value)?.action;

describe('the node creator: one "Juspay" entry for the node and its Trigger', () => {
	it('lists them as one entry (the Trigger is the node\'s name plus "Trigger"), under the Trigger\'s description', () => {
		expect(trigger.name).toBe(`${node.name}Trigger`);
	});

	it('the entry\'s description (the Trigger\'s) says the package validates bank accounts and UPI IDs, and what the Trigger starts', () => {
		expect(trigger.description).toMatch(/^Validate Indian bank accounts and UPI IDs with Juspay/);
		expect(trigger.description).toMatch(/start workflows when a validation result arrives/);
		// Each stands on its own where n8n shows it alone.
		expect(node.description).toMatch(/^Validate Indian bank accounts/);
	});

	it('finds the node by what a user types (its codex aliases), and "UPI" in the actions of a UPI check', () => {
		// The node creator's search: the letters typed, in order, in the display name or an alias, any case.
		const matches = (typed: string, text: string) => {
			let at = 0;
			for (const letter of text.toLowerCase()) if (letter === typed[at]?.toLowerCase()) at++;
			return at === typed.length;
		};
		const found = (typed: string) => [node.displayName, ...codex.alias].some((text) => matches(typed, text));
		for (const typed of ['juspay', 'UPI', 'validate a bank account', 'validate bank account', 'verify bank account', 'validate UPI ID', 'penny drop', 'VPA', 'IFSC']) {
			expect({ typed, found: found(typed) }).toEqual({ typed, found: true });
		}
		expect(found('send an email')).toBe(false);
		const upi = operations.filter((o) => /UPI/.test(o.action ?? '')).map((o) => `${o.resource}:${o.value}`).sort();
		expect(upi).toEqual(['beneficiary:resolve', 'beneficiary:validate', 'customerAccount:create', 'customerAccount:createAndValidate']);
	});

	it('says in each action which to pick: Payout (Beneficiary) or a checkout customer (Customer Account)', () => {
		expect(action('beneficiary', 'validate')).toBe('Validate a bank account or UPI ID before a payout');
		expect(action('customerAccount', 'createAndValidate')).toBe('Save and validate a bank account or UPI ID of a checkout customer');
		expect(action('customerAccount', 'validate')).toBe('Validate a saved checkout customer account again');
		const actions = operations.map((o) => o.action);
		expect(new Set(actions).size).toBe(actions.length);
	});

	it('names the operations in the panel by what they do', () => {
		const names = Object.fromEntries(operations.map((o) => [`${o.resource}:${o.value}`, o.name]));
		expect(names).toMatchObject({
			'beneficiary:validate': 'Validate Bank Account or UPI ID',
			'beneficiary:resolve': 'Resolve Mobile Number to UPI ID',
			'beneficiary:create': 'Create Without Validating',
			'customerAccount:validate': 'Validate Saved Account Again',
		});
	});

	it('lists the Trigger\'s events as actions that read on their own among every node\'s events', () => {
		const events = trigger.properties.find((p) => p.name === 'events')?.options as INodePropertyOptions[];
		expect(events.map((e) => [e.value, e.name, e.action])).toEqual([
			['any', 'Any Validation Result', 'On any bank account or UPI ID validation result'],
			['invalid', 'Invalid Bank Account or UPI ID', 'On invalid bank account or UPI ID'],
			['valid', 'Valid Bank Account or UPI ID', 'On valid bank account or UPI ID'],
		]);
	});
});

describe('the Trigger panel', () => {
	it('says how to make the Production URL answer in either n8n: Publish (2.x) or Active (1.x)', () => {
		const notice = trigger.properties.find((p) => p.type === 'notice')?.displayName ?? '';
		expect(notice).toMatch(/Publish it \(n8n 2\.x\)/);
		expect(notice).toMatch(/Active \(n8n 1\.x\)/);
		expect(notice).not.toMatch(/^Activate|\. Activate/);
	});
});

describe('Options: only what the chosen Concurrency uses', () => {
	const options = node.properties.find((p) => p.name === 'options')?.options as INodeProperties[];
	const byName = (name: string) => options.find((o) => o.name === name) as INodeProperties;
	/** What the Options collection offers for these values, as the editor asks (inside the collection). */
	const offered = (values: Record<string, unknown>) =>
		['concurrencyMode', 'concurrency', 'maxConcurrency'].filter((name) =>
			NodeHelpers.displayParameter(values as never, byName(name), null, node, { operation: 'validate', resource: 'beneficiary', options: values } as never),
		);

	it('Auto offers Max Concurrency, Fixed offers Fixed Concurrency; with no mode chosen, each number means what it says', () => {
		expect(offered({ concurrencyMode: 'auto' })).toEqual(['concurrencyMode', 'maxConcurrency']);
		expect(offered({ concurrencyMode: 'fixed' })).toEqual(['concurrencyMode', 'concurrency']);
		expect(offered({})).toEqual(['concurrencyMode', 'concurrency', 'maxConcurrency']);
	});

	it('keeps a number set without a mode when n8n recomputes the parameters (the editor, and the engine before a run)', () => {
		const recomputed = (options: Record<string, unknown>) =>
			NodeHelpers.getNodeParameters(node.properties, { resource: 'beneficiary', operation: 'validate', options } as never, false, false, null, node)?.options;
		// Saved before Concurrency existed: a fixed pace.
		expect(recomputed({ concurrency: 12 })).toEqual({ concurrency: 12 });
		// Auto, the default, capped.
		expect(recomputed({ maxConcurrency: 20 })).toEqual({ maxConcurrency: 20 });
		// And n8n drops what the chosen mode does not use.
		expect(recomputed({ concurrencyMode: 'auto', concurrency: 12, maxConcurrency: 20 })).toEqual({ concurrencyMode: 'auto', maxConcurrency: 20 });
		expect(recomputed({ concurrencyMode: 'fixed', concurrency: 12, maxConcurrency: 20 })).toEqual({ concurrencyMode: 'fixed', concurrency: 12 });
	});

	it('describes Payout API Version and Callback Field Path by when to change them', () => {
		expect(byName('payoutApiVersion').description).toMatch(/Keep V1 unless Juspay asked you to use V2/);
		const extras = node.properties.find((p) => p.name === 'additionalFields' && p.displayOptions?.show?.resource?.includes('beneficiary'));
		const path = (extras?.options as INodeProperties[]).find((o) => o.name === 'callbackFieldPath');
		expect(path?.description).toMatch(/^Leave as it is unless Juspay tells you otherwise/);
	});
});
