import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

/**
 * The HTTP Basic login of the Juspay Webhook API credential: the Juspay
 * Trigger checks incoming calls against it, and the Juspay node sends it with
 * a Callback URL so Juspay uses it when it calls back. One check of what makes
 * a login usable, and one credential test, so both nodes judge a login alike.
 */
export interface Login {
	username: string;
	password: string;
}

/** What is wrong with a login for HTTP Basic, or undefined when it can be used. */
export function loginProblem(login: Partial<Login>): string | undefined {
	if (!login.username) return 'The username is empty';
	if (login.username.includes(':')) return 'The username must not contain a colon (:), which HTTP Basic uses as the separator';
	if (!login.password) return 'The password is empty';
	return undefined;
}

/**
 * The credential's "Test" (both nodes name it in `testedBy`). No Juspay
 * endpoint checks an incoming login: check it can be sent as HTTP Basic.
 */
export async function testWebhookLogin(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const problem = loginProblem((credential.data ?? {}) as Partial<Login>);
	return problem ? { status: 'Error', message: problem } : { status: 'OK', message: 'The login can be used for HTTP Basic' };
}
