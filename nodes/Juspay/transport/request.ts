import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	NodeApiError,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountFingerprint, baseUrlOf, CREDENTIAL_TYPE, type JuspayCredentials } from './credentials';
import {
	apiError,
	failureOf,
	isJuspayErrorBody,
	rateLimitBudgetSpent,
	transportError,
	unreadableBodyError,
	type FailedCall,
	type JuspayFailure,
} from './errors';
import { cachedForRun } from '../helpers/runCache';
import { paceOf, type Answer } from './pace/pace';
import { isRetryable, RETRY, retryDelayMs } from './retry';

/**
 * The one place that calls Juspay.
 *
 * Customer-account calls (Express Checkout) are form-encoded and carry
 * `x-routing-id`; payout calls are JSON and carry `x-merchantid`. Basic auth
 * is added by n8n from the credential's `authenticate`, never here.
 *
 * Requests are sent with `ignoreHttpStatusErrors` so that every answer comes
 * back here to be read once: this keeps Juspay's error body, and stops n8n's
 * own 401 handling from sending a POST a second time. Every attempt goes
 * through the run's pace (`pace/pace.ts`), which also sends a 429 again (see
 * there); other faults follow `retry.ts`: only what is safe to send again is
 * sent again.
 */
export interface JuspayCall {
	api: 'customerAccounts' | 'payout';
	method: 'GET' | 'POST';
	/** Built with `apiPath`, so every id in it is encoded. */
	path: string;
	/** What the call does, for error messages: e.g. "validate the beneficiary". */
	action: string;
	/** Form fields for a customer-account POST, in the order they are sent. */
	form?: Array<[string, string]>;
	/** JSON body for a payout POST. */
	json?: IDataObject;
	/** `x-routing-id` for customer-account calls. */
	routingId?: string;
	/** Milliseconds to wait for an answer. */
	timeoutMs?: number;
	/** Whether the call asks for a validation (may cost a penny drop): shapes error advice. */
	sendsValidation?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export async function juspayRequest(
	this: IExecuteFunctions,
	call: JuspayCall,
	itemIndex: number,
): Promise<unknown> {
	const credentials = await juspayCredentials(this, itemIndex);
	const { url: baseUrl, problem } = baseUrlOf(credentials);
	if (problem !== undefined) throw new NodeOperationError(this.getNode(), problem, { itemIndex });
	const failed: FailedCall = {
		method: call.method,
		action: call.action,
		itemIndex,
		secrets: secretsOf(credentials),
		sendsValidation: call.sendsValidation,
	};
	const options = requestOptions(call, baseUrl, credentials);
	const pace = paceOf(this);
	const started = Date.now();
	let rateLimitedMs = 0;

	for (let faults = 0; ; ) {
		const sent = await pace.send(async () => {
			const outcome = await exchange(this, failed, options, credentials);
			const failure = outcome.ok ? undefined : failureOf(outcome.error);
			return { outcome: { outcome, failure }, answer: answerOf(failure), retryAfterSeconds: failure?.retryAfterSeconds };
		}, faults > 0);
		const { outcome, failure } = sent.outcome;
		rateLimitedMs += sent.rateLimitedMs;
		if (outcome.ok) return outcome.body;
		if (sent.outOfBudget) throw rateLimitBudgetSpent(outcome.error, pace.settings.rateLimitBudgetMs);

		// Other faults keep their own count and clock, apart from 429 waits.
		faults++;
		const delay = failure ? retryDelayMs(faults, failure) : 0;
		const retry =
			isRetryable(call.method, failure) &&
			faults < RETRY.maxAttempts &&
			Date.now() - started - rateLimitedMs + delay <= RETRY.maxTotalMs;
		if (!retry) throw outcome.error;
		// "Service unavailable" holds every item back, not only this one.
		if (failure?.httpCode === 503) pace.pause(delay);
		await pace.backoff(delay);
	}
}

/** What an attempt tells the pace: whether Juspay answered, or said "slow down". */
function answerOf(failure: JuspayFailure | undefined): Answer {
	if (!failure) return 'answered';
	if (failure.httpCode === 429) return 'rateLimited';
	if (failure.httpCode === 503) return 'overloaded';
	return failure.httpCode === undefined ? 'noAnswer' : 'answered';
}

type Outcome = { ok: true; body: unknown } | { ok: false; error: NodeApiError };

/** One HTTP exchange, its failure returned (not thrown) so the caller decides on a retry. */
async function exchange(
	ctx: IExecuteFunctions,
	call: FailedCall,
	options: IHttpRequestOptions,
	credentials: JuspayCredentials,
): Promise<Outcome> {
	let response: IN8nHttpFullResponse;
	try {
		// The decrypted credential is handed over so n8n does not load and
		// decrypt it again for every request; n8n still applies `authenticate`.
		const node = ctx.getNode().credentials?.[CREDENTIAL_TYPE];
		response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			CREDENTIAL_TYPE,
			{ ...options, headers: { ...options.headers } },
			{ credentialsDecrypted: { id: node?.id ?? '', name: node?.name ?? '', type: CREDENTIAL_TYPE, data: credentials } },
		)) as IN8nHttpFullResponse;
	} catch (error) {
		return { ok: false, error: transportError(ctx.getNode(), call, error) };
	}
	const status = Number(response.statusCode);
	const body = parseJson(response.body);
	if (status < 200 || status >= 300) {
		return { ok: false, error: apiError(ctx.getNode(), call, status, body, retryAfterSeconds(response.headers)) };
	}
	if (body === undefined || typeof body !== 'object' || body === null) {
		return { ok: false, error: unreadableBodyError(ctx.getNode(), call, status) };
	}
	if (isJuspayErrorBody(body)) return { ok: false, error: apiError(ctx.getNode(), call, status, body) };
	return { ok: true, body };
}

export function requestOptions(
	call: JuspayCall,
	baseUrl: string,
	credentials: Pick<JuspayCredentials, 'merchantId'>,
): IHttpRequestOptions {
	const headers: IDataObject = { accept: 'application/json' };
	let body: string | undefined;
	if (call.api === 'customerAccounts') {
		// Juspay's reference sends this content type on its GETs too.
		headers['content-type'] = 'application/x-www-form-urlencoded';
		if (call.routingId) headers['x-routing-id'] = call.routingId;
		if (call.form) body = new URLSearchParams(call.form).toString();
	} else {
		headers['content-type'] = 'application/json';
		headers['x-merchantid'] = credentials.merchantId;
		if (call.json) body = JSON.stringify(call.json);
	}
	return {
		method: call.method,
		url: baseUrl + call.path,
		headers,
		...(body !== undefined && call.method === 'POST' ? { body } : {}),
		// Read the raw text and parse it here, so a cut-off or HTML body is
		// reported as such instead of surfacing as a bare string.
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: call.timeoutMs ?? DEFAULT_TIMEOUT_MS,
	};
}

function parseJson(raw: unknown): unknown {
	if (raw === undefined || raw === null) return undefined;
	if (typeof raw === 'object' && !Buffer.isBuffer(raw)) return raw;
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** `Retry-After` in seconds, from either of its forms (seconds or an HTTP date). */
export function retryAfterSeconds(headers: IDataObject | undefined, now = Date.now()): number | undefined {
	const value = headers?.['retry-after'];
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The node's Juspay credential, loaded and decrypted once per run. */
/** The Juspay account this run calls (see `accountFingerprint`); undefined when the credential cannot be read: each item then says why. */
export async function juspayAccount(ctx: IExecuteFunctions): Promise<string | undefined> {
	try {
		return accountFingerprint(await juspayCredentials(ctx, 0));
	} catch {
		return undefined;
	}
}

export async function juspayCredentials(ctx: IExecuteFunctions, itemIndex: number): Promise<JuspayCredentials> {
	return await cachedForRun(ctx, 'credentials', async () => await ctx.getCredentials<JuspayCredentials>(CREDENTIAL_TYPE, itemIndex));
}

function secretsOf(credentials: JuspayCredentials): string[] {
	const key = String(credentials.apiKey ?? '');
	if (!key) return [];
	return [key, Buffer.from(`${key}:`).toString('base64'), encodeURIComponent(key)];
}
