import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

/**
 * Juspay API key credential.
 *
 * Juspay authenticates with HTTP Basic: the API key is the username and the
 * password is empty. The key is only ever placed on the request by n8n's own
 * `authenticate` step, never by node code, so it cannot end up in an output.
 *
 * The credential test reads the customer accounts of a customer that never
 * exists: a GET that creates nothing and costs nothing. Juspay checks the key
 * before it looks anything up, so a wrong key gets 401 (`error_code:
 * access_denied`) while a good one gets an empty list or a 404. The test
 * therefore accepts any answer (`ignoreHttpStatusErrors`) and fails on the
 * 401 by its status or by Juspay's error body.
 */
const REJECTED =
	'Juspay rejected the API key. Check the key, and that the environment matches it: a sandbox key works only on sandbox.';

export class JuspayApi implements ICredentialType {
	name = 'juspayApi';

	displayName = 'Juspay API';

	icon: Icon = { light: 'file:juspay.svg', dark: 'file:juspay.dark.svg' };

	documentationUrl = 'https://juspay.io/in/docs/api-reference/docs/express-checkout/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API key from the Juspay dashboard (Settings → Security → API Keys)',
		},
		{
			displayName: 'Merchant ID',
			name: 'merchantId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. acme_payouts',
			description: 'Your Juspay merchant ID, sent as the x-merchantid header on payout calls',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{
					name: 'Custom',
					value: 'custom',
					description: 'A white-label host or a local sandbox',
				},
				{
					name: 'Production',
					value: 'production',
					description: 'https://api.juspay.in: real penny drops, real money',
				},
				{
					name: 'Sandbox',
					value: 'sandbox',
					description: 'https://sandbox.juspay.in',
				},
			],
			default: 'sandbox',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://payouts.mybank.example',
			description: 'Host that serves Juspay\'s API paths, without a trailing slash',
			displayOptions: { show: { environment: ['custom'] } },
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{ $credentials.environment === "custom" ? String($credentials.baseUrl).trim().replace(/\\/+$/, "") : $credentials.environment === "production" ? "https://api.juspay.in" : "https://sandbox.juspay.in" }}',
			url: '/customers/n8n_credential_check/customer-accounts/list',
			method: 'GET',
			headers: {
				accept: 'application/json',
				'content-type': 'application/x-www-form-urlencoded',
				'x-routing-id': 'n8n_credential_check',
			},
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'error_code', value: 'access_denied', message: REJECTED },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'error_info.code', value: 'UNAUTHORIZED', message: REJECTED },
			},
		],
	};

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.apiKey}}',
				password: '',
			},
		},
	};
}
