import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { loginProblem, type Login } from '../../helpers/basicLogin';
import { itemParameter, perRun } from '../../helpers/perRun';

/**
 * The login Juspay sends when it calls a Callback URL comes from a credential,
 * the Juspay Trigger's own: a credential is encrypted at rest and left out of
 * workflow JSON, exports and saved executions, and one login serves both the
 * Trigger that checks it and the request that tells Juspay to send it.
 * The node lists it as its second credential (Juspay.node.ts), shown only
 * with Callback Authentication set to Basic Auth.
 */
export const WEBHOOK_CREDENTIAL_TYPE = 'juspayWebhookApi';

export const callbackAuthenticationField: INodeProperties = {
	displayName: 'Callback Authentication',
	name: 'callbackAuthentication',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Basic Auth',
			value: 'basicAuth',
			description: 'Juspay sends the username and password of a Juspay Webhook API credential (the Juspay Trigger\'s) with each call',
		},
		{ name: 'None', value: 'none', description: 'Juspay calls the Callback URL without a login' },
	],
	default: 'none',
	description:
		'How Juspay logs in when it calls the Callback URL (Additional Fields). Choose Basic Auth and the credential your Juspay Trigger uses.',
};

/** The Callback Authentication setting, for the schema to check against the Callback URL. */
export function callbackAuthentication(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return itemParameter<unknown>(ctx, 'callbackAuthentication', itemIndex, 'none');
}

/** The login to send with the Callback URL, once the input passed its schema; undefined with None. */
export async function callbackLoginOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: { callbackUrl?: string; callbackAuthentication?: string },
): Promise<Login | undefined> {
	if (input.callbackUrl === undefined || input.callbackAuthentication !== 'basicAuth') return undefined;
	return await callbackLogin(ctx, itemIndex);
}

type Loaded = { login: Login } | { problem: string };

/**
 * The callback login, read and decrypted once per run. A missing or unusable
 * credential stops the item with an error that says what to fix, and nothing
 * is sent: without the login, Juspay's call with the result would be refused
 * by the Trigger (401) and the result lost to the workflow.
 */
async function callbackLogin(ctx: IExecuteFunctions, itemIndex: number): Promise<Login> {
	const loaded = await perRun(ctx, 'callbackLogin', async (): Promise<Loaded> => {
		if (!ctx.getNode().credentials?.[WEBHOOK_CREDENTIAL_TYPE]) return { problem: 'no Juspay Webhook API credential is selected' };
		try {
			const data = await ctx.getCredentials<Partial<Login>>(WEBHOOK_CREDENTIAL_TYPE, itemIndex);
			const problem = loginProblem(data);
			if (problem) return { problem: `the Juspay Webhook API credential cannot be used: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` };
			return { login: { username: String(data.username), password: String(data.password) } };
		} catch (error) {
			// n8n's message (e.g. the credential was deleted) carries no credential data.
			return { problem: `the Juspay Webhook API credential could not be read (${(error as Error).message})` };
		}
	});
	if ('login' in loaded) return loaded.login;
	throw new NodeOperationError(ctx.getNode(), `Callback Authentication is Basic Auth, but ${loaded.problem} [item ${itemIndex}]`, {
		itemIndex,
		description: `Item ${itemIndex}: select the Juspay Webhook API credential your Juspay Trigger uses (Callback Authentication → Basic Auth), or set Callback Authentication to None. Nothing was sent to Juspay.`,
	});
}
