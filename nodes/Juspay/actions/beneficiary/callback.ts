import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import { loginProblem, type Login } from '../../helpers/basicLogin';
import { cachedForRun } from '../../helpers/runCache';

/**
 * The login Juspay sends when it calls a Callback URL comes from a credential,
 * the Juspay Trigger's own: a credential is encrypted at rest and left out of
 * workflow JSON, exports and saved executions, and one login serves both the
 * Trigger that checks it and the request that tells Juspay to send it.
 * The node lists it as its second, optional credential (Juspay.node.ts):
 * selecting it is the setting. No parameter switches it on, because n8n's
 * editor draws the credentials at the last parameter a credential's display
 * options name, and a switch further down would pull them out of the top.
 */
export const WEBHOOK_CREDENTIAL_TYPE = 'juspayWebhookApi';

/**
 * True when a Juspay Webhook API credential is selected on the node, for the
 * schema to check against the Callback URL. Asked of the node, not of
 * getCredentials: n8n answers an unselected optional credential with a
 * misleading "Node does not require credentials".
 */
export function callbackCredentialSelected(ctx: IExecuteFunctions): true | undefined {
	return ctx.getNode().credentials?.[WEBHOOK_CREDENTIAL_TYPE] ? true : undefined;
}

/** The login to send with the Callback URL, once the input passed its schema; undefined without the credential. */
export async function callbackLoginOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: { callbackUrl?: string; callbackCredential?: true },
): Promise<Login | undefined> {
	if (input.callbackUrl === undefined || input.callbackCredential !== true) return undefined;
	return await callbackLogin(ctx, itemIndex);
}

type Loaded = { login: Login } | { problem: string };

/**
 * The callback login, read and decrypted once per run. An unusable or unreadable
 * credential stops the item with an error that says what to fix, and nothing
 * is sent: without the login, Juspay's call with the result would be refused
 * by the Trigger (401) and the result lost to the workflow.
 */
async function callbackLogin(ctx: IExecuteFunctions, itemIndex: number): Promise<Login> {
	const loaded = await cachedForRun(ctx, 'callbackLogin', async (): Promise<Loaded> => {
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
	throw new NodeOperationError(ctx.getNode(), `The callback login could not be sent: ${loaded.problem}`, {
		itemIndex,
		description: `Fix the Juspay Webhook API credential selected on this node (the one your Juspay Trigger uses), or remove it to send the Callback URL without a login. Nothing was sent to Juspay.`,
	});
}
