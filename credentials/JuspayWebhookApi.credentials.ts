import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * The login Juspay uses when it calls the Juspay Trigger (HTTP Basic).
 *
 * This is an incoming login: the user chooses it and enters the same username
 * and password in Juspay's dashboard (Webhooks), or selects this credential
 * as the second credential of the Juspay node, which sends it
 * with a Callback URL. There is no Juspay endpoint to test it against, so
 * the nodes test it (`testedBy`): it checks the login can be sent as HTTP
 * Basic at all.
 */
export class JuspayWebhookApi implements ICredentialType {
	name = 'juspayWebhookApi';

	displayName = 'Juspay Webhook API';

	icon: Icon = { light: 'file:juspay.svg', dark: 'file:juspay.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-juspay/n8n-nodes-juspay#juspay-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. juspay-webhook',
			description: 'Username Juspay sends with each webhook call. Enter the same one in Juspay\'s dashboard (Webhooks); the Juspay node sends it itself with a Callback URL.',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Password Juspay sends with each webhook call. Enter the same one in Juspay\'s dashboard (Webhooks); the Juspay node sends it itself with a Callback URL.',
		},
	];
}
