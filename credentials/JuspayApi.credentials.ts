import type { IAuthenticateGeneric, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * Juspay API key credential.
 *
 * Juspay authenticates with HTTP Basic: the API key is the username and the
 * password is empty. The key is only ever placed on the request by n8n's own
 * `authenticate` step, never by node code, so it cannot end up in an output.
 *
 * The credential test lives on the node (`methods.credentialTest`), because
 * the only spend-free request that proves a key is a read of a customer that
 * does not exist: Juspay answers 404 to a good key and 401 to a wrong one, and
 * a declarative test here would call the 404 a failure.
 */
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
