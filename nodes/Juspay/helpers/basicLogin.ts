/**
 * The HTTP Basic login of the Juspay Webhook API credential: the Juspay
 * Trigger checks incoming calls against it, and the Juspay node sends it with
 * a Callback URL so Juspay uses it when it calls back. One check of what makes
 * a login usable, so both nodes refuse the same logins.
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
