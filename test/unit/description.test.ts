import { NodeHelpers } from 'n8n-workflow';
import type { INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { JuspayApi } from '../../credentials/JuspayApi.credentials';
import { resources } from '../../nodes/Juspay/actions/router';
import { Juspay } from '../../nodes/Juspay/Juspay.node';
import codex from '../../nodes/Juspay/Juspay.node.json';
import { JuspayWebhookApi } from '../../credentials/JuspayWebhookApi.credentials';
import { JuspayTrigger } from '../../nodes/JuspayTrigger/JuspayTrigger.node';
import triggerCodex from '../../nodes/JuspayTrigger/JuspayTrigger.node.json';
import packageJson from '../../package.json';

/**
 * Contract tests over the node description: what users' saved workflows
 * depend on (resource and operation values, parameter names) and what makes
 * the node feel like n8n's own (sorted options, scoped fields).
 */
const node = new Juspay();
const properties = node.description.properties;

const optionValues = (property: INodeProperties | undefined) =>
	((property?.options ?? []) as INodePropertyOptions[]).map((option) => option.value);

const operationSelectors = properties.filter((p) => p.name === 'operation');
const operationsOf = (resource: string) =>
	optionValues(operationSelectors.find((p) => p.displayOptions?.show?.resource?.includes(resource)));

describe('node description', () => {
	it('keeps the released resource and operation values', () => {
		expect(optionValues(properties.find((p) => p.name === 'resource'))).toEqual(['beneficiary', 'customerAccount', 'ifsc']);
		expect(operationsOf('customerAccount')).toEqual(['create', 'createAndValidate', 'delete', 'get', 'getAll', 'validate']);
		expect(operationsOf('beneficiary')).toEqual(['create', 'getStatus', 'resolve', 'validate']);
		expect(operationsOf('ifsc')).toEqual(['lookup']);
	});

	it('routes every operation it shows, and shows every operation it routes', () => {
		for (const [resource, operations] of Object.entries(resources)) {
			expect(operationsOf(resource).sort()).toEqual(Object.keys(operations).sort());
		}
	});

	it('sorts every options list and collection alphabetically by display name', () => {
		const check = (list: INodeProperties[]) => {
			for (const property of list) {
				const options = property.options as Array<{ name?: string; displayName?: string; values?: INodeProperties[] }> | undefined;
				if (!options?.length) continue;
				const names = options.map((o) => o.displayName ?? o.name ?? '');
				if (property.type !== 'fixedCollection') expect({ field: property.name, names }).toEqual({ field: property.name, names: [...names].sort() });
				for (const option of options) if (option.values) check(option.values);
				if (property.type === 'collection') check(property.options as INodeProperties[]);
			}
		};
		check(properties);
	});

	it('scopes every field but resource and options to one resource and its operations', () => {
		for (const property of properties) {
			if (property.name === 'resource' || property.name === 'options') continue;
			expect({ name: property.name, resource: property.displayOptions?.show?.resource?.length }).toEqual({
				name: property.name,
				resource: 1,
			});
		}
	});

	it('offers Simplify, on by default, on every validate, get, status and resolve operation', () => {
		const shownFor = properties
			.filter((p) => p.name === 'simplify')
			.flatMap((p) => (p.displayOptions?.show?.operation ?? []).map((op) => `${p.displayOptions?.show?.resource?.[0]}:${op}`))
			.sort();
		expect(shownFor).toEqual([
			'beneficiary:getStatus',
			'beneficiary:resolve',
			'beneficiary:validate',
			'customerAccount:createAndValidate',
			'customerAccount:get',
			'customerAccount:getAll',
			'customerAccount:validate',
		]);
		for (const p of properties.filter((p) => p.name === 'simplify')) expect(p.default).toBe(true);
	});

	it('says in every operation whether it costs a penny drop', () => {
		for (const selector of operationSelectors) {
			for (const option of selector.options as INodePropertyOptions[]) {
				expect({ op: option.value, says: /penny drop|Free/i.test(option.description ?? '') }).toEqual({ op: option.value, says: true });
			}
		}
	});

	it('uses the agreed parameter names for ids', () => {
		const names = new Set(properties.map((p) => p.name));
		for (const name of ['customerId', 'customerAccountId', 'beneId']) expect(names.has(name)).toBe(true);
	});

	it('asks for a Beneficiary ID only where there are no details to derive it from (Get Status)', () => {
		const beneIds = properties
			.filter((p) => p.name === 'beneId' && p.displayOptions?.show?.resource?.includes('beneficiary'))
			.flatMap((p) => (p.displayOptions?.show?.operation ?? []).map((op) => [op, p.required === true, p.default, /^Optional: leave empty/.test(p.hint ?? '')]))
			.sort();
		// The optional ones say so under the field (a description shows only on hover).
		expect(beneIds).toEqual([
			['create', false, '', true],
			['getStatus', true, '', false],
			['resolve', false, '', true],
			['validate', false, '', true],
		]);
	});

	it('defaults: If Beneficiary Already Exists → Fail (a typed ID), If Account Already Exists → Return Existing (never pays twice); neither takes an expression', () => {
		const find = (name: string) => properties.filter((p) => p.name === name);
		expect(find('ifExists').map((p) => [p.displayOptions?.show?.resource, p.displayOptions?.show?.operation, p.default])).toEqual([
			[['beneficiary'], ['validate'], 'fail'],
		]);
		expect(find('ifAccountExists').map((p) => [p.displayOptions?.show?.resource, p.displayOptions?.show?.operation, p.default])).toEqual([
			[['customerAccount'], ['createAndValidate'], 'returnExisting'],
		]);
		expect(optionValues(find('ifAccountExists')[0])).toEqual(['createAgain', 'returnExisting']);
		expect([...find('ifExists'), ...find('ifAccountExists')].map((p) => p.noDataExpression)).toEqual([true, true]);
	});

	it('has every default among its options', () => {
		for (const property of properties.filter((p) => p.type === 'options')) {
			expect(optionValues(property)).toContain(property.default);
		}
	});

	it('describes booleans with "Whether" and gives string fields e.g. placeholders', () => {
		const all: INodeProperties[] = [];
		const walk = (list: INodeProperties[]) => {
			for (const p of list) {
				all.push(p);
				if (p.type === 'collection') walk(p.options as INodeProperties[]);
				if (p.type === 'fixedCollection') for (const o of p.options as Array<{ values: INodeProperties[] }>) walk(o.values);
			}
		};
		walk(properties);
		for (const p of all.filter((p) => p.type === 'boolean')) expect(p.description).toMatch(/^Whether /);
		for (const p of all.filter((p) => p.type === 'string' && p.placeholder)) expect(p.placeholder).toMatch(/^e\.g\. /);
	});

	it('is usable as an AI tool, with a subtitle, icons and the credential', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.subtitle).toBeTruthy();
		expect(node.description.icon).toEqual({ light: 'file:juspay.svg', dark: 'file:juspay.dark.svg' });
		expect(node.description.credentials?.[0]).toEqual({ name: 'juspayApi', required: true });
	});

	it('has a codex entry in Finance & Accounting', () => {
		expect(codex.node).toBe('n8n-nodes-juspay.juspay');
		expect(codex.categories).toEqual(['Finance & Accounting']);
		expect(codex.resources.primaryDocumentation.length).toBeGreaterThan(0);
	});
});

describe('credential description', () => {
	const credential = new JuspayApi();
	it('has the agreed fields, with the key hidden and the base URL only for custom', () => {
		expect(credential.name).toBe('juspayApi');
		expect(credential.displayName).toBe('Juspay API');
		expect(credential.properties.map((p) => p.name)).toEqual(['apiKey', 'merchantId', 'environment', 'baseUrl']);
		expect(credential.properties[0].typeOptions).toEqual({ password: true });
		expect(optionValues(credential.properties[2])).toEqual(['custom', 'production', 'sandbox']);
		expect(credential.properties[3].displayOptions).toEqual({ show: { environment: ['custom'] } });
	});

	it('authenticates with HTTP Basic: the API key as user, empty password', () => {
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { auth: { username: '={{$credentials.apiKey}}', password: '' } },
		});
	});
});

describe('Beneficiary: the callback (Callback URL, the Juspay Webhook API credential)', () => {
	const extras = properties.filter((p) => p.name === 'additionalFields' && p.displayOptions?.show?.resource?.includes('beneficiary'));

	it('offers Callback URL and Field Path in Additional Fields on Validate, Create and Resolve, and no login there', () => {
		const byOperation: Record<string, INodeProperties[]> = Object.fromEntries(
			extras.map((p) => [String(p.displayOptions?.show?.operation?.[0]), (p.options as INodeProperties[]).filter((o) => o.name.startsWith('callback'))]),
		);
		expect(Object.keys(byOperation).sort()).toEqual(['create', 'resolve', 'validate']);
		for (const fields of Object.values(byOperation)) {
			expect(fields.map((f) => f.name)).toEqual(['callbackFieldPath', 'callbackUrl']);
			expect(fields.find((f) => f.name === 'callbackFieldPath')?.default).toBe('additionalInfo.webhookDetails');
		}
	});

	it('has no parameter that switches the login on: selecting the credential is the setting', () => {
		expect(properties.filter((p) => /authentication/i.test(p.name)).map((p) => p.name)).toEqual([]);
	});

	it('keeps the credentials on top: of the parameters, their `show` names only Resource, the first', () => {
		// n8n's editor draws the credentials at the last parameter whose name is a key of a credential's `show`.
		const named = (node.description.credentials ?? []).flatMap((c) => Object.keys(c.displayOptions?.show ?? {}));
		expect([...new Set(named.filter((key) => properties.some((p) => p.name === key)))]).toEqual(['resource']);
		expect(properties[0].name).toBe('resource');
	});

	it('shows the Juspay Webhook API credential, optional and labelled so, only once a Callback URL is set; the API credential always', () => {
		const [api, webhook] = node.description.credentials ?? [];
		expect(node.description.credentials).toHaveLength(2);
		expect(api).toEqual({ name: 'juspayApi', required: true });
		expect(webhook).toMatchObject({ name: 'juspayWebhookApi', displayName: 'Callback URL Login (Optional)', required: false, testedBy: 'juspayWebhookLogin' });
		// Whichever node n8n asks for the credential's test, it is the same function.
		expect(node.methods.credentialTest.juspayWebhookLogin).toBe(new JuspayTrigger().methods.credentialTest.juspayWebhookLogin);
		// As the editor and n8n-core ask, after the description went through JSON (the editor gets it over REST).
		const described = JSON.parse(JSON.stringify(node.description)) as typeof node.description;
		const [apiSent, webhookSent] = described.credentials ?? [];
		const shown = (parameters: Record<string, unknown>) => ({
			api: NodeHelpers.displayParameter(parameters as INodeParameters, apiSent, null, described),
			webhook: NodeHelpers.displayParameter(parameters as INodeParameters, webhookSent, null, described),
		});
		const url = { callbackUrl: 'https://n8n.example.com/webhook/abc/webhook' };
		for (const operation of ['validate', 'create', 'resolve']) {
			expect(shown({ resource: 'beneficiary', operation })).toEqual({ api: true, webhook: false });
			expect(shown({ resource: 'beneficiary', operation, additionalFields: {} })).toEqual({ api: true, webhook: false });
			expect(shown({ resource: 'beneficiary', operation, additionalFields: { callbackUrl: '' } })).toEqual({ api: true, webhook: false });
			expect(shown({ resource: 'beneficiary', operation, additionalFields: url })).toEqual({ api: true, webhook: true });
			expect(shown({ resource: 'beneficiary', operation, additionalFields: { callbackUrl: '={{ $json.hook }}' } })).toEqual({ api: true, webhook: true });
		}
		expect(shown({ resource: 'beneficiary', operation: 'getStatus' })).toEqual({ api: true, webhook: false });
		expect(shown({ resource: 'customerAccount', operation: 'validate' })).toEqual({ api: true, webhook: false });
		expect(shown({ resource: 'ifsc', operation: 'lookup' })).toEqual({ api: true, webhook: false });
	});

	it('keeps every secret in a credential: no node parameter is a password field', () => {
		const all = properties.flatMap((p) => [p, ...((p.options ?? []) as INodeProperties[]).filter((o) => 'type' in o)]);
		expect(all.filter((p) => p.typeOptions?.password).map((p) => p.name)).toEqual([]);
	});
});

describe('Juspay Trigger description', () => {
	const trigger = new JuspayTrigger().description;
	const byName = (name: string) => trigger.properties.find((p) => p.name === name);

	it('is a webhook trigger with no inputs that answers on receipt (POST, onReceived)', () => {
		expect(trigger.name).toBe('juspayTrigger');
		expect(trigger.displayName).toBe('Juspay Trigger');
		expect(trigger.group).toEqual(['trigger']);
		expect(trigger.inputs).toEqual([]);
		expect(trigger.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		expect(trigger.icon).toEqual({ light: 'file:juspay.svg', dark: 'file:juspay.dark.svg' });
	});

	it('keeps its released parameter values', () => {
		expect(optionValues(byName('authentication'))).toEqual(['basicAuth', 'none']);
		expect(byName('authentication')?.default).toBe('basicAuth');
		expect(optionValues(byName('events'))).toEqual(['any', 'invalid', 'valid']);
		expect(byName('simplify')?.default).toBe(true);
		expect((byName('options')?.options as INodeProperties[]).map((o) => [o.name, o.default])).toEqual([
			['dropDuplicates', true],
			['duplicateWindowHours', 24],
			['maskAccountNumbers', true],
			['nameMatchThreshold', 'STRONG'],
		]);
	});

	it('asks for its own credential only with Basic Auth, and tests it itself', () => {
		expect(trigger.credentials).toEqual([
			{ name: 'juspayWebhookApi', required: true, testedBy: 'juspayWebhookLogin', displayOptions: { show: { authentication: ['basicAuth'] } } },
		]);
		expect(Object.keys(new JuspayTrigger().methods.credentialTest)).toEqual(['juspayWebhookLogin']);
		const credential = new JuspayWebhookApi();
		expect(credential.name).toBe('juspayWebhookApi');
		expect(credential.properties.map((p) => [p.name, p.typeOptions])).toEqual([
			['username', undefined],
			['password', { password: true }],
		]);
	});

	it('sorts its options, every default is one of them, booleans say "Whether"', () => {
		for (const property of trigger.properties) {
			if (property.type === 'options') expect(optionValues(property)).toContain(property.default);
			const options = (property.options ?? []) as Array<{ name?: string; displayName?: string }>;
			const names = options.map((o) => o.displayName ?? o.name ?? '');
			expect(names).toEqual([...names].sort());
		}
		const booleans = [...trigger.properties, ...(byName('options')?.options as INodeProperties[])].filter((p) => p.type === 'boolean');
		for (const p of booleans) expect(p.description).toMatch(/^Whether /);
	});

	it('is registered in package.json with its credential, and has a codex entry', () => {
		expect(packageJson.n8n.nodes).toContain('dist/nodes/JuspayTrigger/JuspayTrigger.node.js');
		expect(packageJson.n8n.credentials).toContain('dist/credentials/JuspayWebhookApi.credentials.js');
		expect(triggerCodex.node).toBe('n8n-nodes-juspay.juspayTrigger');
		expect(triggerCodex.categories).toEqual(['Finance & Accounting']);
	});
});
