/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Beneficiary → Validate / Create / Resolve with a Callback URL (Additional
 * Fields) and the callback login (the Juspay Webhook API credential, when selected):
 * the exact request Juspay receives, what n8n gets back (never the callback
 * password), and bad input refused before any request. The last
 * test runs the whole async path against the sandbox: Validate sends the
 * callback, the sandbox settles the pending validation and calls a Juspay
 * Trigger, which emits the verdict.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import type { IDataObject } from 'n8n-workflow';

import { JuspayWebhookApi } from '../../credentials/JuspayWebhookApi.credentials';
import { JuspayTrigger } from '../../nodes/JuspayTrigger/JuspayTrigger.node';
import { callWebhook } from '../harness/callWebhook';
import { V1, items, juspay, payoutHeaders, runJuspay, runText, useNock } from './fixtures';
import { useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();

const HOOK = 'https://n8n.example.com/webhook/3f1c/webhook';
const PASSWORD = 'Cb-Pass-9917';
const LOGIN = { username: 'juspay-hook', password: PASSWORD };
/** The URL in Additional Fields; the login is the Juspay Webhook API credential's, when the test selects it. */
const callback = { additionalFields: { callbackUrl: HOOK } };
const bank = { beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '026291800001191', ifsc: 'YESB0000262' };
const sentDetails = { details: { ifsc: 'YESB0000262', account: '026291800001191' }, type: 'ACCOUNT_IFSC' };
const answer = (status: string, extra: IDataObject = {}) => ({ uniqueId: 'bene_cb', status, beneDetails: sentDetails, ...extra });

describe('Callback URL (Additional Fields) on beneficiary operations', () => {
	it('Validate sends additionalInfo.webhookDetails {url, username, password} from the credential; the verdict carries no password', async () => {
		const api = juspay().reply('POST', V1, 200, answer('PENDING'));
		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'validate', customerId: 'cust_cb', beneId: 'bene_cb', ...bank, ...callback },
			webhookCredential: LOGIN,
		});
		expect(result.error).toBeUndefined();
		expect(api.requests).toEqual([
			{
				method: 'POST',
				path: V1,
				headers: payoutHeaders,
				body: {
					beneId: 'bene_cb',
					customerId: 'cust_cb',
					command: 'validate',
					beneDetails: sentDetails,
					additionalInfo: { webhookDetails: { url: HOOK, username: 'juspay-hook', password: PASSWORD } },
				},
			},
		]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: expect.objectContaining({ status: 'PENDING', valid: null, ids: { customerId: 'cust_cb', beneId: 'bene_cb' } }), pairedItem: { item: 0 } },
		]);
		expect(runText(result)).not.toContain(PASSWORD);
	});

	it('without the credential selected only the URL is sent, and no credential is read', async () => {
		const api = juspay().reply('POST', V1, 200, answer('PENDING'));
		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'validate', customerId: 'cust_cb', beneId: 'bene_cb', ...bank, ...callback },
		});
		expect(result.error).toBeUndefined();
		expect(result.credentialsHelper.events.filter((e) => e.type === 'juspayWebhookApi')).toEqual([]);
		expect(api.requests[0].body).toEqual({
			beneId: 'bene_cb',
			customerId: 'cust_cb',
			command: 'validate',
			beneDetails: sentDetails,
			additionalInfo: { webhookDetails: { url: HOOK } },
		});
	});

	it.each(['validate', 'create', 'resolve'])(
		'%s: a credential selected without a Callback URL is not used: the request has no callback, the login is not read',
		async (operation) => {
			const api = juspay().reply('POST', V1, 200, answer('VALID'));
			const result = await runJuspay({
				parameters: { resource: 'beneficiary', operation, customerId: 'cust_cb', beneId: 'bene_cb', ...bank, mobile: '9876543210', additionalFields: { name: 'Asha Verma' } },
				webhookCredential: LOGIN,
			});
			expect(result.error).toBeUndefined();
			expect(api.requests.map((r) => [r.method, r.path, (r.body as IDataObject).command])).toEqual([['POST', V1, operation]]);
			expect(Object.keys(api.requests[0].body as IDataObject)).not.toContain('additionalInfo');
			expect(result.credentialsHelper.events.filter((e) => e.type === 'juspayWebhookApi')).toEqual([]);
			expect(runText(result)).not.toContain(PASSWORD);
		},
	);

	it('Get Status ignores a selected credential: no callback check, no login read', async () => {
		const api = juspay().reply('GET', `${V1}/cust_cb/bene_cb`, 200, answer('VALID'));
		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'getStatus', customerId: 'cust_cb', beneId: 'bene_cb' },
			webhookCredential: LOGIN,
		});
		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V1}/cust_cb/bene_cb`]]);
		expect(result.credentialsHelper.events.filter((e) => e.type === 'juspayWebhookApi')).toEqual([]);
	});

	it('an unusable login in the credential: refused, nothing sent, the password not echoed', async () => {
		const api = juspay();
		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'resolve', customerId: 'cust_cb', beneId: 'bene_cb', mobile: '9876543210', ...callback },
			webhookCredential: { username: 'juspay:hook', password: PASSWORD },
		});
		expect(result.error?.message).toBe(
			'The callback login could not be sent: the Juspay Webhook API credential cannot be used: the username must not contain a colon (:), which HTTP Basic uses as the separator',
		);
		expect(api.requests).toEqual([]);
		expect(runText(result)).not.toContain(PASSWORD);
	});

	it('three rows: the credential is read once for the run, and each row sends the same login', async () => {
		const api = juspay()
			.reply('POST', V1, 200, answer('PENDING'))
			.reply('POST', V1, 200, answer('PENDING'))
			.reply('POST', V1, 200, answer('PENDING'));
		const result = await runJuspay({
			inputItems: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }],
			parameters: { resource: 'beneficiary', operation: 'validate', customerId: 'cust_cb', beneId: '={{ "bene_" + $json.id }}', ...bank, ...callback },
			webhookCredential: LOGIN,
		});
		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => (r.body as IDataObject).additionalInfo)).toEqual(
			Array(3).fill({ webhookDetails: { url: HOOK, username: 'juspay-hook', password: PASSWORD } }),
		);
		expect(result.credentialsHelper.events.filter((e) => e.kind === 'getDecrypted' && e.type === 'juspayWebhookApi')).toHaveLength(1);
	});

	it('a refused Validate (400) becomes an error item without the password', async () => {
		const api = juspay().reply('POST', V1, 400, { status: 'FAILURE', errorCode: 'E01', errorMessage: 'webhookDetails.url is not reachable', userMessage: 'Invalid request' });
		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'validate', customerId: 'cust_cb', beneId: 'bene_cb', ...bank, ...callback },
			webhookCredential: LOGIN,
			onError: 'continueErrorOutput',
		});
		expect(api.requests).toHaveLength(1);
		expect(items(result.output('Juspay', 1))).toEqual([{ json: expect.objectContaining({ error: expect.stringContaining('Invalid request') }), pairedItem: { item: 0 } }]);
		expect(runText(result)).not.toContain(PASSWORD);
	});

	it('Callback Field Path moves it (the name is unconfirmed); a URL alone sends only the URL', async () => {
		const api = juspay().reply('POST', V1, 200, answer('VALID'));
		await runJuspay({
			parameters: {
				resource: 'beneficiary',
				operation: 'validate',
				customerId: 'cust_cb',
				beneId: 'bene_cb',
				...bank,
				additionalFields: { callbackUrl: HOOK, callbackFieldPath: 'webhook.details' },
			},
		});
		expect(api.requests[0].body).toMatchObject({ webhook: { details: { url: HOOK } } });
		expect(api.requests[0].body).not.toHaveProperty('additionalInfo');
	});

	it('Resolve and Create send it too; a raw answer that echoes the request has the password hidden', async () => {
		const echo = { additionalInfo: { webhookDetails: { url: HOOK, username: 'juspay-hook', password: PASSWORD } } };
		const api = juspay()
			.reply('POST', V1, 200, answer('VALID', { resolvedVpa: '9876543210@ybl', ...echo }))
			.reply('POST', V1, 200, answer('CREATED', echo));
		const resolved = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'resolve', customerId: 'cust_cb', beneId: 'bene_cb', mobile: '9876543210', simplify: false, ...callback },
			webhookCredential: LOGIN,
		});
		const created = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'create', customerId: 'cust_cb', beneId: 'bene_cb', ...bank, ...callback },
			webhookCredential: LOGIN,
		});
		expect(api.requests.map((r) => [(r.body as IDataObject).command, (r.body as IDataObject).additionalInfo])).toEqual([
			['resolve', { webhookDetails: { url: HOOK, username: 'juspay-hook', password: PASSWORD } }],
			['create', { webhookDetails: { url: HOOK, username: 'juspay-hook', password: PASSWORD } }],
		]);
		for (const result of [resolved, created]) {
			expect(result.json('Juspay')[0].additionalInfo).toEqual({ webhookDetails: { url: HOOK, username: 'juspay-hook', password: '[hidden]' } });
			expect(runText(result)).not.toContain(PASSWORD);
		}
	});

	it.each([
		[false, { callbackFieldPath: 'webhook.details' }, 'Callback URL is required when Callback Field Path is set'],
		[true, { callbackUrl: 'ftp://example.com/x' }, 'Callback URL must be an http or https URL (e.g. the Juspay Trigger\'s Production URL)'],
		[false, { callbackUrl: HOOK, callbackFieldPath: 'beneDetails.hook' }, 'Callback Field Path must not start with beneDetails, a field the request already uses'],
		[false, { callbackUrl: HOOK, callbackFieldPath: 'a..b' }, 'Callback Field Path must be keys joined by dots (e.g. additionalInfo.webhookDetails)'],
	])('with the credential selected: %s, %j is refused before any request', async (selected, additionalFields, message) => {
		const api = juspay();
		const result = await runJuspay({
			parameters: { resource: 'beneficiary', operation: 'validate', customerId: 'cust_cb', beneId: 'bene_cb', ...bank, additionalFields },
			...(selected ? { webhookCredential: LOGIN } : {}),
		});
		expect(result.error?.message).toBe(message);
		expect(api.requests).toEqual([]);
	});
});

describe('Callback Field Path never reaches a prototype of the n8n process', () => {
	const protoKeys = () => [Object.getOwnPropertyNames(Object.prototype).sort(), Object.keys({}), ({} as IDataObject).url, ({} as IDataObject).x];
	const clean = protoKeys();

	it.each(['__proto__.x', 'constructor.prototype.x', 'a.__proto__', 'prototype', 'webhook.constructor'])(
		'"%s" is refused with an error naming the field; nothing is sent, no login read, Object.prototype untouched',
		async (callbackFieldPath) => {
			const api = juspay();
			const result = await runJuspay({
				parameters: {
					resource: 'beneficiary',
					operation: 'validate',
					customerId: 'cust_cb',
					beneId: 'bene_cb',
					...bank,
					additionalFields: { callbackUrl: HOOK, callbackFieldPath },
				},
				webhookCredential: LOGIN,
			});

			expect(result.error?.message).toBe('Callback Field Path may not use __proto__, prototype or constructor as a key');
			expect(result.error?.description).toContain('Nothing was sent to Juspay');
			expect(api.requests).toEqual([]);
			expect(protoKeys()).toEqual(clean);
			expect(Object.prototype).not.toHaveProperty('x');
			expect(Object.prototype).not.toHaveProperty('url');
			expect(runText(result)).not.toContain(PASSWORD);
		},
	);
});

describe('the async path against the sandbox: Validate with a Callback URL → Juspay Trigger', () => {
	let receiver: http.Server;
	let hookUrl: string;
	const emitted: IDataObject[][] = [];
	let staticData: IDataObject = {};

	beforeAll(async () => {
		// Each sandbox call is handed to the Juspay Trigger's webhook() as n8n would; 200 when it ran or was ignored.
		receiver = http.createServer((req, res) => {
			let text = '';
			req.on('data', (chunk) => (text += chunk));
			req.on('end', async () => {
				const answer = await callWebhook({
					nodeType: new JuspayTrigger(),
					node: { name: 'Juspay Trigger', type: 'n8n-nodes-juspay.juspayTrigger', parameters: {} },
					credentialTypes: [new JuspayWebhookApi()],
					credentials: { juspayWebhookApi: LOGIN },
					headers: req.headers as Record<string, string>,
					body: JSON.parse(text),
					staticData,
				});
				staticData = answer.staticData;
				if (answer.result.workflowData) emitted.push(answer.result.workflowData[0].map((item) => item.json));
				res.writeHead(answer.response?.status ?? 200).end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook/juspay/webhook`;
	});

	afterAll(async () => {
		await new Promise((resolve) => receiver.close(resolve));
	});

	it('PENDING from Validate, then the VALID event arrives by itself and the trigger emits the verdict once (a resend is dropped)', async () => {
		local.sandbox.webhooks.configure({ finalizeAfterMs: 0, retryDelayMs: 5 });
		const result = await runJuspay({
			credential: local.credential,
			webhookCredential: LOGIN,
			parameters: {
				resource: 'beneficiary',
				operation: 'validate',
				customerId: 'cust_async',
				beneId: 'bene_async',
				beneficiaryType: 'ACCOUNT_IFSC',
				accountNumber: '02014457596968',
				ifsc: 'CITI0000001',
				additionalFields: { name: 'Asha Verma', callbackUrl: hookUrl },
			},
		});
		expect(result.json('Juspay')).toEqual([expect.objectContaining({ status: 'PENDING', valid: null })]);
		await local.sandbox.webhooks.idle();
		local.sandbox.webhooks.redeliver('bene_async');
		await local.sandbox.webhooks.idle();

		expect(local.sandbox.webhooks.deliveries().map((d) => [d.event, d.attempts.map((a) => a.status)])).toEqual([
			['VALID', [200]],
			['VALID', [200]],
		]);
		expect(emitted).toEqual([
			[
				expect.objectContaining({
					valid: true,
					// The Trigger's verdict carries the same one answer to branch on.
					verified: true,
					status: 'VALID',
					nameAtBank: 'ASHA VERMA',
					nameMatch: { score: 100, band: 'EXACT', expectedName: 'Asha Verma', explanation: 'same name' },
					ids: { customerId: 'cust_async', beneId: 'bene_async' },
				}),
			],
		]);
	});
});
