import type { ICredentialTestFunctions } from 'n8n-workflow';

import { CHECK_CUSTOMER, juspayApiCredentialTest } from '../../nodes/Juspay/methods/credentialTest';

/** A stand-in for n8n's credential-test helpers: records the request and answers with a status. */
function tester(answer: number | Error) {
	const requests: unknown[] = [];
	const ctx = {
		logger: {},
		helpers: {
			request: async (options: unknown) => {
				requests.push(options);
				if (answer instanceof Error) throw answer;
				return { statusCode: answer, body: '{}' };
			},
		},
	} as unknown as ICredentialTestFunctions;
	return { ctx, requests };
}

const credential = (data: Record<string, string>) => ({ id: '1', name: 'Juspay', type: 'juspayApi', data });

describe('credential test', () => {
	it('reads a customer that does not exist: a GET that creates nothing and spends nothing', async () => {
		const { ctx, requests } = tester(404);
		const result = await juspayApiCredentialTest.call(ctx, credential({ apiKey: 'k1', merchantId: 'm', environment: 'sandbox' }));
		expect(result).toEqual({ status: 'OK', message: 'Juspay accepted the API key' });
		expect(requests).toEqual([
			{
				method: 'GET',
				uri: `https://sandbox.juspay.in/customers/${CHECK_CUSTOMER}/customer-accounts/list`,
				auth: { user: 'k1', pass: '', sendImmediately: true },
				headers: {
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded',
					'x-routing-id': CHECK_CUSTOMER,
				},
				simple: false,
				resolveWithFullResponse: true,
				timeout: 15000,
			},
		]);
	});

	it('accepts a 200 and rejects a 401 with advice, on a custom host', async () => {
		const data = { apiKey: 'wrong', merchantId: 'm', environment: 'custom', baseUrl: 'http://127.0.0.1:9/' };
		expect((await juspayApiCredentialTest.call(tester(200).ctx, credential(data))).status).toBe('OK');
		const rejected = await juspayApiCredentialTest.call(tester(401).ctx, credential(data));
		expect(rejected).toEqual({
			status: 'Error',
			message: 'Juspay rejected the API key (HTTP 401). Check the key and that the environment matches it: sandbox keys work only on sandbox.',
		});
		expect(JSON.stringify(rejected)).not.toContain('wrong');
	});

	it('reports an unreachable host and other statuses', async () => {
		const data = { apiKey: 'k', merchantId: 'm', environment: 'production' };
		expect(await juspayApiCredentialTest.call(tester(new Error('ECONNREFUSED')).ctx, credential(data))).toEqual({
			status: 'Error',
			message: 'Could not reach Juspay at https://api.juspay.in. Check the environment or Base URL.',
		});
		expect((await juspayApiCredentialTest.call(tester(500).ctx, credential(data))).message).toBe(
			'Juspay answered HTTP 500 to the key check. Try again later.',
		);
		expect((await juspayApiCredentialTest.call(tester(200).ctx, credential({ ...data, environment: 'custom', baseUrl: 'nope' }))).status).toBe('Error');
	});
});
