import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { baseUrlOf, type JuspayCredentials } from '../transport/credentials';
import { apiPath } from '../transport/path';

/** A customer that never exists: reading it creates nothing and costs nothing. */
export const CHECK_CUSTOMER = 'n8n_credential_check';

/**
 * Tells a wrong key from a good one without creating anything or spending
 * money: it reads the customer accounts of a customer that does not exist.
 * Juspay checks the key first, so a wrong key gets 401, and a good key gets
 * an empty list or 404 (not found), which both prove the key works.
 */
export async function juspayApiCredentialTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as JuspayCredentials;
	let url: string;
	try {
		url = baseUrlOf(data) + apiPath`/customers/${CHECK_CUSTOMER}/customer-accounts/list`;
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}

	let statusCode: number;
	try {
		const response = (await this.helpers.request({
			method: 'GET',
			uri: url,
			auth: { user: String(data.apiKey ?? ''), pass: '', sendImmediately: true },
			headers: {
				accept: 'application/json',
				'content-type': 'application/x-www-form-urlencoded',
				'x-routing-id': CHECK_CUSTOMER,
			},
			simple: false,
			resolveWithFullResponse: true,
			timeout: 15_000,
		})) as { statusCode: number };
		statusCode = Number(response.statusCode);
	} catch {
		return {
			status: 'Error',
			message: `Could not reach Juspay at ${new URL(url).origin}. Check the environment or Base URL.`,
		};
	}

	if (statusCode === 401 || statusCode === 403) {
		return {
			status: 'Error',
			message: `Juspay rejected the API key (HTTP ${statusCode}). Check the key and that the environment matches it: sandbox keys work only on sandbox.`,
		};
	}
	if ((statusCode >= 200 && statusCode < 300) || statusCode === 404) {
		return { status: 'OK', message: 'Juspay accepted the API key' };
	}
	return { status: 'Error', message: `Juspay answered HTTP ${statusCode} to the key check. Try again later.` };
}
