import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** The credential type every Juspay call authenticates with. */
export const CREDENTIAL_TYPE = 'juspayApi';

export interface JuspayCredentials extends ICredentialDataDecryptedObject {
	apiKey: string;
	merchantId: string;
	environment: 'sandbox' | 'production' | 'custom';
	baseUrl: string;
}

const HOSTS = {
	sandbox: 'https://sandbox.juspay.in',
	production: 'https://api.juspay.in',
} as const;

export type BaseUrl = { url: string; problem?: undefined } | { url?: undefined; problem: string };

/**
 * The host Juspay's paths are appended to. A custom host (a bank's
 * white-label domain, or the local sandbox) must be an absolute http(s) URL;
 * anything else is refused so a typo cannot send the API key elsewhere.
 */
export function baseUrlOf(credentials: Pick<JuspayCredentials, 'environment' | 'baseUrl'>): BaseUrl {
	if (credentials.environment !== 'custom') {
		return { url: HOSTS[credentials.environment] ?? HOSTS.sandbox };
	}
	const raw = String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return { problem: 'The Juspay credential\'s Base URL is not a valid URL (e.g. https://payouts.mybank.example)' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { problem: 'The Juspay credential\'s Base URL must start with https:// or http://' };
	}
	return { url: raw };
}

/**
 * Which Juspay account a credential calls, as a hash of host, merchant and
 * key: runs calling the same account share one pace (`pace/pace.ts`), and the key
 * itself is never held outside the credential. Undefined when the host is
 * not usable (every request then fails with the reason anyway).
 */
export function accountFingerprint(credentials: JuspayCredentials): string | undefined {
	const { url } = baseUrlOf(credentials);
	if (url === undefined) return undefined;
	return createHash('sha256').update(`${url}\n${String(credentials.merchantId ?? '')}\n${String(credentials.apiKey ?? '')}`).digest('hex');
}
