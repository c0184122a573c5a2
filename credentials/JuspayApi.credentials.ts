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
 * The credential test reads the payout status of a beneficiary that never
 * exists: a GET that creates nothing and costs nothing, and one request that
 * checks both fields, since payout calls carry the Merchant ID
 * (`x-merchantid`) beside the key. A good pair gets 404 (E09, not found). A
 * wrong key gets E02; a wrong Merchant ID gets 403 E08 in our reading of
 * Juspay's error list, which is not confirmed, so E04, E07 and E08 all fail
 * the test naming the Merchant ID. The test accepts any status
 * (`ignoreHttpStatusErrors`) and decides by Juspay's error code, because n8n
 * reads rules only from the body of an accepted answer.
 */
const REJECTED =
	'Juspay rejected the API key. Check the key, and that the environment matches it: a sandbox key works only on sandbox.';
const MERCHANT_REFUSED =
	'Juspay refused the Merchant ID (or the API key with it). Check that the Merchant ID is the one the API key belongs to, in this environment.';

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
			url: '/payout/merchant/v1/benedetails/n8n_credential_check/n8n_credential_check',
			method: 'GET',
			headers: {
				accept: 'application/json',
				'content-type': 'application/json',
				'x-merchantid': '={{ $credentials.merchantId }}',
			},
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'errorCode', value: 'E02', message: REJECTED } },
			// In case the payout host answers a bad key the way the customer-account API does.
			{ type: 'responseSuccessBody', properties: { key: 'error_code', value: 'access_denied', message: REJECTED } },
			{ type: 'responseSuccessBody', properties: { key: 'errorCode', value: 'E04', message: MERCHANT_REFUSED } },
			{ type: 'responseSuccessBody', properties: { key: 'errorCode', value: 'E07', message: MERCHANT_REFUSED } },
			{ type: 'responseSuccessBody', properties: { key: 'errorCode', value: 'E08', message: MERCHANT_REFUSED } },
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
