/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The transport's pieces where no run through the engine reaches every case.
 * Juspay's two error bodies, the 401 advice, a repeated Beneficiary ID, an
 * unreadable body, a rejected Base URL and the key's redaction are pinned
 * through the engine in test/node/errors.test.ts and badInput.test.ts.
 */
import type { INode } from 'n8n-workflow';

import { baseUrlOf } from '../../nodes/Juspay/transport/credentials';
import { apiError, transportError } from '../../nodes/Juspay/transport/errors';
import { apiPath, encodeSegment } from '../../nodes/Juspay/transport/path';
import { requestOptions, retryAfterSeconds } from '../../nodes/Juspay/transport/request';

const node = { name: 'Juspay', type: 'n8n-nodes-juspay.juspay', typeVersion: 1, position: [0, 0], parameters: {}, id: '1' } as INode;
const KEY = 'sk_live_SECRET_123';
const basic = Buffer.from(`${KEY}:`).toString('base64');
const call = (method: 'GET' | 'POST', action = 'validate the beneficiary') => ({ method, action, itemIndex: 3, secrets: [KEY, basic] });

describe('apiPath', () => {
	it.each([
		['a/../b', 'a%2F..%2Fb'],
		['x?y=z', 'x%3Fy%3Dz'],
		['%2F', '%252F'],
		['..', '%2E%2E'],
		['.', '%2E'],
		['cst_1 2#', 'cst_1%202%23'],
	])('encodes %s as one path segment', (id, encoded) => {
		expect(encodeSegment(id)).toBe(encoded);
		expect(apiPath`/customers/${id}/accounts`).toBe(`/customers/${encoded}/accounts`);
	});
});

describe('baseUrlOf', () => {
	it('maps environments to Juspay hosts and trims a custom host', () => {
		expect(baseUrlOf({ environment: 'sandbox', baseUrl: '' })).toEqual({ url: 'https://sandbox.juspay.in' });
		expect(baseUrlOf({ environment: 'production', baseUrl: 'https://ignored' })).toEqual({ url: 'https://api.juspay.in' });
		expect(baseUrlOf({ environment: 'custom', baseUrl: ' http://127.0.0.1:8765/// ' })).toEqual({ url: 'http://127.0.0.1:8765' });
	});
});

describe('requestOptions', () => {
	it('form-encodes customer-account calls with x-routing-id and no merchant header', () => {
		const options = requestOptions(
			{ api: 'customerAccounts', method: 'POST', path: '/customers/c1/accounts', action: 'x', form: [['command', 'validate'], ['account_details', '{"upi":[{"vpa":"a@b"}]}']], routingId: 'c1' },
			'https://sandbox.juspay.in',
			{ merchantId: 'm1' },
		);
		expect(options).toEqual({
			method: 'POST',
			url: 'https://sandbox.juspay.in/customers/c1/accounts',
			headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-routing-id': 'c1' },
			body: 'command=validate&account_details=%7B%22upi%22%3A%5B%7B%22vpa%22%3A%22a%40b%22%7D%5D%7D',
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 30000,
		});
	});
});

describe('retryAfterSeconds', () => {
	const now = Date.parse('2026-11-22T10:00:00Z');
	it.each([
		[{ 'retry-after': '7' }, 7],
		[{ 'retry-after': 3 }, 3],
		[{ 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' }, 30],
		[{ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }, 0],
		[{ 'retry-after': 'soon' }, undefined],
		[{}, undefined],
	])('reads %j as %p seconds', (headers, seconds) => {
		expect(retryAfterSeconds(headers, now)).toBe(seconds);
	});
});

describe('error mapping', () => {
	it('reads an E05 that does not say duplicate as a bad request with Juspay\'s own words, not as a repeated Beneficiary ID', () => {
		const error = apiError(node, call('POST'), 400, { error: true, errorCode: 'E05', errorMessage: 'beneDetails.type is invalid', userMessage: 'Bad request' });
		expect(error.message).toBe('Juspay refused to validate the beneficiary [E05, HTTP 400]: Bad request beneDetails.type is invalid');
		expect(error.description).not.toMatch(/idempotency/);
	});

	it.each([
		[401, 'E07'],
		[403, 'E08'],
		[401, 'E04'],
	])('names the Merchant ID when a payout call gets %i with %s', (status, code) => {
		const error = apiError(node, call('GET', 'get the beneficiary status'), status, { error: true, errorCode: code, errorMessage: 'Invalid merchant id', userMessage: 'Unauthorized' });
		expect(error.message).toBe(`Juspay refused the Merchant ID or API key [${code}, HTTP ${status}]: Unauthorized Invalid merchant id`);
		expect(error.description).toMatch(/Check the Merchant ID/);
	});

	it('marks a 5xx on a POST as an unknown outcome, but not on a GET', () => {
		const post = apiError(node, call('POST'), 500, { error: true, errorCode: 'E06', errorMessage: 'Internal error' });
		expect(post.context.juspay).toMatchObject({ httpCode: 500, code: 'E06', outcomeUnknown: true });
		expect(post.description).toMatch(/may have reached Juspay/);
		const get = apiError(node, call('GET'), 503, undefined, 5);
		expect(get.context.juspay).toEqual({ httpCode: 503, outcomeUnknown: false, retryAfterSeconds: 5 });
		expect(get.message).toBe('Juspay had a server error while trying to validate the beneficiary [HTTP 503]');
	});

	it('reports a 429 as rate limiting with its Retry-After', () => {
		const error = apiError(node, call('POST'), 429, undefined, 12);
		expect(error.message).toBe('Juspay is rate-limiting requests [HTTP 429]');
		expect(error.context.juspay).toEqual({ httpCode: 429, outcomeUnknown: false, retryAfterSeconds: 12 });
	});

	it.each([
		[{ code: 'ECONNABORTED', message: 'timeout of 100ms exceeded' }, 'Juspay did not answer in time', true],
		[{ message: 'wrapped', cause: { code: 'ECONNRESET' } }, 'The connection to Juspay failed', true],
		[{ message: 'socket hang up' }, 'The connection to Juspay failed', true],
		[{ cause: { cause: { code: 'ECONNREFUSED' } } }, 'Juspay could not be reached', false],
	])('maps the transport failure %j', (cause, lead, unknown) => {
		const error = transportError(node, call('POST'), cause);
		expect(error.message.startsWith(`${lead} while trying to validate the beneficiary`)).toBe(true);
		expect((error.context.juspay as { outcomeUnknown: boolean }).outcomeUnknown).toBe(unknown);
	});
});
