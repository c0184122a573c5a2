/**
 * The Juspay Trigger through n8n-core's real WebhookContext (test/harness/
 * callWebhook.ts): what it answers, what it hands n8n to run, and what it
 * keeps in the workflow's static data. The event body is the one the local
 * sandbox sends (test/sandbox/webhooks.js).
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { JuspayWebhookApi } from '../../credentials/JuspayWebhookApi.credentials';
import { JuspayTrigger } from '../../nodes/JuspayTrigger/JuspayTrigger.node';
import { callWebhook } from '../harness/callWebhook';
import { ashaVerdict } from './featureFixtures';

const LOGIN = { username: 'juspay-hook', password: 'Hook-Secret-42' };
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const GOOD = { authorization: basic(LOGIN.username, LOGIN.password) };

/** A VALIDATION_V2 event as the sandbox sends it. */
function event(beneId: string, outcome: 'VALID' | 'INVALID' = 'VALID'): IDataObject {
	return {
		id: 'evt_1',
		event_type: 'VALIDATION_V2',
		event_name: outcome,
		date_created: '2026-11-23T06:00:00.000Z',
		content: {
			customerId: 'cust_1',
			uniqueId: beneId,
			status: outcome,
			remark: outcome === 'VALID' ? 'Bank Account details verified successfully' : 'Invalid account number or IFSC provided',
			nameAtBank: outcome === 'VALID' ? 'ASHA VERMA' : undefined,
			validateResp: { status: outcome === 'VALID' ? 'SUCCESS' : 'FAILURE' },
			beneDetails: { details: { name: 'Asha Verma', ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' },
		},
	};
}

interface CallOptions {
	parameters?: INodeParameters;
	headers?: Record<string, string>;
	body?: unknown;
	staticData?: IDataObject;
	rawBody?: Buffer;
	workflowId?: string;
	mode?: 'webhook' | 'manual';
	/** Another copy of the node's module: what a restarted n8n loads. */
	trigger?: typeof JuspayTrigger;
}

async function call(options: CallOptions) {
	const Trigger = options.trigger ?? JuspayTrigger;
	const answer = await callWebhook({
		nodeType: new Trigger(),
		node: { name: 'Juspay Trigger', type: 'n8n-nodes-juspay.juspayTrigger', parameters: options.parameters ?? {} },
		credentialTypes: [new JuspayWebhookApi()],
		credentials: { juspayWebhookApi: LOGIN },
		headers: options.headers ?? GOOD,
		body: options.body,
		rawBody: options.rawBody,
		staticData: options.staticData,
		workflowId: options.workflowId,
		mode: options.mode,
	});
	const items = (answer.result.workflowData?.[0] ?? []) as INodeExecutionData[];
	return { ...answer, items: items.map((item) => item.json) };
}

describe('Juspay Trigger (engine)', () => {
	it('a valid result: one item with the Juspay node\'s verdict, name matched, answered by n8n (onReceived)', async () => {
		const { items, response, result } = await call({ body: event('bene_1') });
		expect(response).toBeUndefined();
		expect(result.noWebhookResponse).toBeUndefined();
		// The same verdict the Juspay node gives for this account when Juspay answers at once, the account masked (Options → Mask Account Numbers, on by default).
		expect(items).toEqual([{ ...ashaVerdict({ customerId: 'cust_1', beneId: 'bene_1' }), account: 'XXXXXXXXXXX1191' }]);
		expect(new JuspayTrigger().description.webhooks?.[0]).toMatchObject({ httpMethod: 'POST', responseMode: 'onReceived' });
	});

	it('Mask Account Numbers off: the verdict with the account number as Juspay sent it', async () => {
		const { items } = await call({ body: event('bene_1m'), parameters: { options: { maskAccountNumbers: false } } });
		expect(items).toEqual([ashaVerdict({ customerId: 'cust_1', beneId: 'bene_1m' })]);
	});

	it.each([
		['ASHA VERMA', 'STRONG', true],
		['ASHA VERMA', 'EXACT', true],
		['VERMA ASHA', 'STRONG', true],
		['VERMA ASHA', 'EXACT', false],
		['USHA VERMA', 'PARTIAL', false],
	])('Name Match Threshold: the bank has %s, threshold %s → verified %s', async (nameAtBank, threshold, verified) => {
		// A bene ID per case: the Trigger drops a result it has already received.
		const body = event(`bene_t_${nameAtBank}_${threshold}`.replace(/ /g, '_'));
		(body.content as IDataObject).nameAtBank = nameAtBank;
		const options = threshold === 'STRONG' ? {} : { nameMatchThreshold: threshold };
		const { items } = await call({ body, parameters: { options } });
		expect(items).toEqual([expect.objectContaining({ valid: true, verified, nameAtBank, nameMatch: expect.objectContaining({ expectedName: 'Asha Verma' }) })]);
	});

	it('Simplify off: Juspay\'s body as it came, its account number masked unless Mask Account Numbers is off', async () => {
		const body = event('bene_2', 'INVALID');
		const { items } = await call({ body, parameters: { simplify: false } });
		const content = body.content as IDataObject;
		const beneDetails = content.beneDetails as { details: IDataObject };
		const masked = { ...body, content: { ...content, beneDetails: { ...beneDetails, details: { ...beneDetails.details, account: 'XXXXXXXXXXX1191' } } } };
		expect(items).toEqual([masked]);
		const raw = await call({ body: event('bene_2r', 'INVALID'), parameters: { simplify: false, options: { maskAccountNumbers: false } } });
		expect(raw.items).toEqual([event('bene_2r', 'INVALID')]);
	});

	it('a body n8n did not parse (JSON sent as text/plain) is read from the raw bytes', async () => {
		const { items } = await call({ body: {}, rawBody: Buffer.from(JSON.stringify(event('bene_3'))) });
		expect(items).toEqual([expect.objectContaining({ valid: true, ids: { customerId: 'cust_1', beneId: 'bene_3' } })]);
	});

	it.each([
		['a wrong password', { authorization: basic(LOGIN.username, 'wrong') }],
		['a wrong username', { authorization: basic('someone', LOGIN.password) }],
		['no login', {} as Record<string, string>],
	])('%s: 401, nothing to run, nothing remembered, the password nowhere in the answer', async (_, headers) => {
		const { response, result, staticData } = await call({ body: event('bene_4'), headers });
		expect(response?.status).toBe(401);
		expect(response?.headers['WWW-Authenticate']).toBe('Basic realm="Juspay webhook"');
		expect(result).toEqual({ noWebhookResponse: true });
		expect(staticData).toEqual({});
		expect(JSON.stringify(response)).not.toContain(LOGIN.password);
	});

	it('Authentication None: no login needed', async () => {
		const { items } = await call({ body: event('bene_5'), headers: {}, parameters: { authentication: 'none' } });
		expect(items).toHaveLength(1);
	});

	it.each([
		['valid', 'VALID', undefined],
		['valid', 'INVALID', 'Event INVALID is not one of the selected Events'],
		['invalid', 'INVALID', undefined],
		['invalid', 'VALID', 'Event VALID is not one of the selected Events'],
		['any', 'INVALID', undefined],
	] as const)('Events %s: a %s result starts one execution, or is answered 200 and starts nothing', async (events, outcome, ignored) => {
		const { items, result, response } = await call({ body: event(`bene_6_${events}_${outcome}`, outcome), parameters: { events } });
		expect(response).toBeUndefined();
		if (ignored) expect(result).toEqual({ webhookResponse: { received: true, ignored } });
		expect(items).toHaveLength(ignored ? 0 : 1);
	});

	it('a call that is not a validation event is answered and ignored', async () => {
		const { result } = await call({ body: { event_name: 'ORDER_SUCCEEDED', content: { order: { id: 'o' } } } });
		expect(result).toEqual({ webhookResponse: { received: true, ignored: 'No beneficiary in the body: not a validation event' } });
	});

	it('a resent event within the window is dropped; the static data n8n saves holds its key', async () => {
		const first = await call({ body: event('bene_7'), workflowId: 'wf-resend' });
		expect(first.items).toHaveLength(1);
		expect(Object.keys(first.staticData)).toEqual(['node:Juspay Trigger']);
		expect(Object.keys((first.staticData['node:Juspay Trigger'] as { recentEvents: IDataObject }).recentEvents)).toEqual(['cust_1/bene_7/VALID']);

		const again = await call({ body: event('bene_7'), staticData: first.staticData, workflowId: 'wf-resend' });
		expect(again.result).toEqual({ webhookResponse: { received: true, ignored: 'Duplicate: this result was already received' } });

		const other = await call({ body: event('bene_8'), staticData: first.staticData, workflowId: 'wf-resend' });
		expect(other.items).toHaveLength(1);
	});

	describe('many results at once (n8n gives each production call its own static data copy and saves it after)', () => {
		const copy = (data: IDataObject) => JSON.parse(JSON.stringify(data)) as IDataObject;
		const keysOf = (data: IDataObject) => Object.keys((data['node:Juspay Trigger'] as { recentEvents?: IDataObject } | undefined)?.recentEvents ?? {}).sort();
		const benes = Array.from({ length: 40 }, (_, i) => `many_${String(i).padStart(2, '0')}`);
		const expectedKeys = benes.map((bene) => `cust_1/${bene}/VALID`).sort();

		it('40 at once: each starts once, a resend during or after is dropped, and the next call saves all 40 keys', async () => {
			const workflowId = 'wf-many-at-once';
			const saved: IDataObject = {};
			// Every call reads the saved static data before any of them is saved.
			const firsts = await Promise.all(benes.map(async (bene) => await call({ body: event(bene), staticData: copy(saved), workflowId })));
			expect(firsts.map((answer) => answer.items.length)).toEqual(benes.map(() => 1));
			// n8n saves each copy after its call; the first call's copy, saved last, holds only its own key.
			expect(keysOf(firsts[0].staticData)).toEqual([expectedKeys[0]]);
			Object.assign(saved, firsts[0].staticData);

			const resent = await call({ body: event(benes[39]), staticData: copy(saved), workflowId });
			expect(resent.result).toEqual({ webhookResponse: { received: true, ignored: 'Duplicate: this result was already received' } });
			expect(keysOf(resent.staticData)).toEqual(expectedKeys);

			// A restart: a fresh copy of the node's module, only the saved static data to go on.
			let Restarted: typeof JuspayTrigger = JuspayTrigger;
			jest.isolateModules(() => {
				Restarted = (jest.requireActual('../../nodes/JuspayTrigger/JuspayTrigger.node') as { JuspayTrigger: typeof JuspayTrigger }).JuspayTrigger;
			});
			expect(Restarted).not.toBe(JuspayTrigger);
			const afterRestart = await call({ body: event(benes[20]), staticData: copy(resent.staticData), workflowId, trigger: Restarted });
			expect(afterRestart.result).toEqual({ webhookResponse: { received: true, ignored: 'Duplicate: this result was already received' } });
			// Without that next call, the copy saved last would not have known it.
			const lostInRace = await call({ body: event(benes[20]), staticData: copy(firsts[0].staticData), workflowId: 'wf-restart-check', trigger: Restarted });
			expect(lostInRace.items).toHaveLength(1);
		});

		it('a resend arriving together with its first delivery starts one execution', async () => {
			const answers = await Promise.all([0, 1, 2].map(async () => await call({ body: event('together'), staticData: {}, workflowId: 'wf-together' })));
			expect(answers.map((answer) => answer.items.length).sort()).toEqual([0, 0, 1]);
		});

		it('another workflow, or the editor\'s test URL, does not share the keys', async () => {
			expect((await call({ body: event('shared'), staticData: {}, workflowId: 'wf-one' })).items).toHaveLength(1);
			expect((await call({ body: event('shared'), staticData: {}, workflowId: 'wf-two' })).items).toHaveLength(1);
			expect((await call({ body: event('shared'), staticData: {}, workflowId: 'wf-one', mode: 'manual' })).items).toHaveLength(1);
			expect((await call({ body: event('shared'), staticData: {}, workflowId: 'wf-one' })).items).toHaveLength(0);
		});
	});

	it('Drop Duplicate Events off: a resent event runs again and nothing is stored', async () => {
		const parameters = { options: { dropDuplicates: false } };
		const first = await call({ body: event('bene_9'), parameters });
		const again = await call({ body: event('bene_9'), parameters, staticData: first.staticData });
		expect([first.items.length, again.items.length]).toEqual([1, 1]);
		expect(first.staticData).toEqual({});
	});

	it('the credential test refuses a login HTTP Basic cannot carry', async () => {
		const test = new JuspayTrigger().methods.credentialTest.juspayWebhookLogin;
		const run = async (data: ICredentialDataDecryptedObject) =>
			await test.call({} as never, { id: '1', name: 'c', type: 'juspayWebhookApi', data });
		expect(await run(LOGIN)).toEqual({ status: 'OK', message: 'The login can be used for HTTP Basic' });
		expect((await run({ username: 'a:b', password: 'x' })).status).toBe('Error');
	});
});
