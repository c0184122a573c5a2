import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

/**
 * The one place that turns a failed Juspay call into an n8n error.
 *
 * Juspay has two error shapes: Express Checkout (customer accounts) answers
 * `{ status, error_code, error_message, error_info: { user_message,
 * developer_message, code, category, request_id } }`, payouts answer
 * `{ error: true, errorCode, errorMessage, userMessage }`. Both become a
 * NodeApiError whose message carries Juspay's own words and code, whose
 * description says what to do, and whose `context.juspay` holds the facts the
 * router puts on error items. Nothing from the request (headers, auth) is
 * ever copied in: only what Juspay said, with the API key redacted.
 */

export interface JuspayFailure {
	/** HTTP status, when Juspay answered. */
	httpCode?: number;
	/** Juspay's code: `error_info.code` / `error_code` or payout `errorCode`. */
	code?: string;
	userMessage?: string;
	developerMessage?: string;
	requestId?: string;
	/** True when a POST may have reached Juspay: never resend it blindly. */
	outcomeUnknown: boolean;
	/** Seconds Juspay asked us to wait (Retry-After), when given. */
	retryAfterSeconds?: number;
}

export interface FailedCall {
	method: 'GET' | 'POST';
	/** What the call does, for messages: e.g. "validate the beneficiary". */
	action: string;
	itemIndex: number;
	/** Strings that must never appear in an error (the API key and its Basic form). */
	secrets: string[];
	/** Whether the call asks Juspay for a validation (a penny drop for a bank account). */
	sendsValidation?: boolean;
}

const ADVICE_401 =
	'Check the API key and the environment in the "Juspay API" credential: a sandbox key works only against sandbox, a production key only against production.';
const ADVICE_MERCHANT =
	'Check the Merchant ID in the "Juspay API" credential (sent as x-merchantid on payout calls): it must be the merchant the API key belongs to, in the same environment.';
/** What to say when a POST's outcome is unknown: a validation costs money, other POSTs do not. */
function outcomeUnknownAdvice(call: FailedCall): string {
	return call.sendsValidation
		? 'The request may have reached Juspay, so a validation (and its penny drop) may have happened. Check its status before sending it again.'
		: 'The request may have reached Juspay and been carried out. Check before sending it again.';
}

/** Reads Juspay's error fields from either error shape. */
export function readJuspayError(body: unknown): Omit<JuspayFailure, 'outcomeUnknown'> {
	if (!isObject(body)) return {};
	const info = isObject(body.error_info) ? body.error_info : undefined;
	if (info || 'error_code' in body || body.status === 'error') {
		return compact({
			code: str(info?.code) ?? str(body.error_code),
			userMessage: str(info?.user_message) ?? str(body.error_message),
			developerMessage: str(info?.developer_message),
			requestId: str(info?.request_id),
		});
	}
	return compact({
		code: str(body.errorCode),
		userMessage: str(body.userMessage) ?? str(body.errorMessage),
		developerMessage: str(body.errorMessage) !== str(body.userMessage) ? str(body.errorMessage) : undefined,
	});
}

/** True when a 2xx body is really an error (Juspay's error shapes). */
export function isJuspayErrorBody(body: unknown): boolean {
	if (!isObject(body)) return false;
	return body.error === true || (body.status === 'error' && isObject(body.error_info));
}

/** An HTTP answer from Juspay that is an error (or an error-shaped 2xx). */
export function apiError(
	node: INode,
	call: FailedCall,
	httpCode: number,
	body: unknown,
	retryAfterSeconds?: number,
): NodeApiError {
	const said = readJuspayError(body);
	// A 5xx on a POST does not tell us whether Juspay acted on it.
	const outcomeUnknown = call.method === 'POST' && httpCode >= 500;
	const failure: JuspayFailure = compact({ httpCode, ...said, outcomeUnknown, retryAfterSeconds });
	const juspayText = [said.userMessage, said.developerMessage].filter(Boolean).join(' ');
	const codeText = said.code ? `${said.code}, HTTP ${httpCode}` : `HTTP ${httpCode}`;
	const { title, advice } = explain(httpCode, said, call);
	return build(node, call, failure, {
		message: `${title} [${codeText}]${juspayText ? `: ${juspayText}` : ''}`,
		description: outcomeUnknown ? `${advice} ${outcomeUnknownAdvice(call)}` : advice,
	});
}

/** Juspay answered 2xx with something that is not JSON (an HTML page, a cut-off body). */
/**
 * A 429 that outlasted the run's budget: the one way rate limiting fails a
 * row. Says so, and what to change.
 */
export function rateLimitBudgetSpent(error: NodeApiError, budgetMs: number): NodeApiError {
	const budget = budgetMs >= 60_000 ? `${Math.round(budgetMs / 60_000)} min` : `${Math.round(budgetMs / 1000)} s`;
	error.message = `${error.message} (still rate-limited after waiting ${budget}, the Max Wait When Rate Limited option)`;
	error.description =
		'Juspay kept refusing requests with 429 (too many requests) for longer than Max Wait When Rate Limited. Nothing was carried out for this row, so it is safe to run it again: raise Max Wait When Rate Limited, lower Max Concurrency, or run the rest later.';
	return error;
}

export function unreadableBodyError(node: INode, call: FailedCall, httpCode: number): NodeApiError {
	const outcomeUnknown = call.method === 'POST';
	return build(
		node,
		call,
		{ httpCode, outcomeUnknown, code: 'UNREADABLE_RESPONSE' },
		{
			message: `Juspay's answer could not be read (HTTP ${httpCode}, not valid JSON) while trying to ${call.action}`,
			description: outcomeUnknown
				? outcomeUnknownAdvice(call)
				: 'A proxy or white-label host may have answered instead of Juspay. Check the Base URL in the credential, then run the node again.',
		},
	);
}

/** No HTTP answer at all: timeout, reset connection, refused, DNS. */
export function transportError(node: INode, call: FailedCall, error: unknown): NodeApiError {
	const code = findErrorCode(error);
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
	const neverSent = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
	const outcomeUnknown = call.method === 'POST' && !neverSent;
	const what = timedOut
		? 'Juspay did not answer in time'
		: neverSent
			? 'Juspay could not be reached'
			: 'The connection to Juspay failed';
	const advice = neverSent
		? 'Check the environment or Base URL in the credential and the network of this n8n.'
		: timedOut
			? 'Juspay may be slow right now; the Timeout option sets how long to wait.'
			: 'The connection was closed before Juspay answered.';
	return build(
		node,
		call,
		compact({ outcomeUnknown, code: code ?? 'NETWORK_ERROR' }),
		{
			message: `${what} while trying to ${call.action}${code ? ` (${code})` : ''}`,
			description: outcomeUnknown ? `${advice} ${outcomeUnknownAdvice(call)}` : advice,
		},
	);
}

/**
 * Juspay's E05 is a bad request of any kind; it means "this Beneficiary ID
 * was used before" only when its message says duplicate.
 */
export function isRepeatedBeneId(failure: Omit<JuspayFailure, 'outcomeUnknown'> | undefined): boolean {
	if (failure?.code !== 'E05') return false;
	return /duplicate/i.test(`${failure.userMessage ?? ''} ${failure.developerMessage ?? ''}`);
}

function explain(
	httpCode: number,
	said: Omit<JuspayFailure, 'outcomeUnknown'>,
	call: FailedCall,
): { title: string; advice: string } {
	const code = said.code;
	// Juspay's payout codes for a refused merchant are not confirmed (NOTES: E04, E07 401, E08 403): all read alike.
	if (code === 'E04' || code === 'E07' || code === 'E08') {
		return { title: 'Juspay refused the Merchant ID or API key', advice: ADVICE_MERCHANT };
	}
	if (httpCode === 401 || code === 'UNAUTHORIZED' || code === 'E02' || code === 'E07') {
		return { title: 'Juspay rejected the API key', advice: ADVICE_401 };
	}
	if (httpCode === 403) {
		return {
			title: 'Juspay refused access',
			advice: 'The API key works but is not allowed to do this. Check the Merchant ID in the credential and that the feature is enabled for your Juspay account.',
		};
	}
	if (isRepeatedBeneId(said) && call.action.includes('beneficiary')) {
		return {
			title: 'Juspay refused a repeated Beneficiary ID',
			advice: 'Juspay treats the Beneficiary ID as the idempotency key: it was used before, so no new validation was made. Use a new Beneficiary ID for a new validation, or read the earlier result with Get Status.',
		};
	}
	if (httpCode === 404 || code === 'RESOURCE_NOT_FOUND' || code === 'E09') {
		return {
			title: `Juspay found nothing to ${call.action}`,
			advice: 'Check the IDs in the node (Customer ID, Customer Account ID or Beneficiary ID) and that they belong to this environment.',
		};
	}
	if (httpCode === 429) {
		return {
			title: 'Juspay is rate-limiting requests',
			advice: 'Juspay refused the request because too many were sent; nothing was carried out, so it is safe to send again.',
		};
	}
	if (httpCode >= 500) {
		return {
			title: `Juspay had a server error while trying to ${call.action}`,
			advice: 'This is on Juspay\'s side; try again later.',
		};
	}
	return {
		title: `Juspay refused to ${call.action}`,
		advice: 'Juspay did not accept the values sent. Check the fields its message names.',
	};
}

function build(
	node: INode,
	call: FailedCall,
	failure: JuspayFailure,
	text: { message: string; description: string },
): NodeApiError {
	const message = redact(text.message, call.secrets);
	const description = redact(text.description, call.secrets);
	const clean = JSON.parse(redact(JSON.stringify(failure), call.secrets)) as JuspayFailure;
	const error = new NodeApiError(node, clean as unknown as JsonObject, {
		message,
		description,
		httpCode: clean.httpCode ? String(clean.httpCode) : undefined,
		itemIndex: call.itemIndex,
	});
	// NodeApiError derives its own message from the status code when one is
	// given; ours names Juspay's words and must win.
	error.message = message;
	error.description = description;
	error.context.juspay = clean as unknown as JsonObject;
	return error;
}

/** Replaces every secret (the API key, its Basic form) with `***`. */
export function redact(text: string, secrets: string[]): string {
	return secrets
		.filter((secret) => secret.length >= 4)
		.reduce((out, secret) => out.split(secret).join('***'), text);
}

/** Node's error code (ECONNRESET, ...) from an error or the errors that caused it. */
function findErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 6 && isObject(current); depth++) {
		const code = str(current.code);
		if (code && /^E[A-Z_]+$/.test(code)) return code;
		const message = str(current.message) ?? '';
		if (/timeout of \d+ms exceeded/i.test(message)) return 'ECONNABORTED';
		if (/socket hang up/i.test(message)) return 'ECONNRESET';
		current = current.cause;
	}
	return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Any caught error as an n8n node error, tagged with its item. Our own
 * errors pass through unchanged (keeping their Juspay facts); anything else
 * is wrapped, so nothing raw ever reaches n8n.
 */
export function asNodeError(node: INode, caught: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (caught instanceof NodeOperationError || caught instanceof NodeApiError) {
		if (caught.context.itemIndex === undefined) caught.context.itemIndex = itemIndex;
		return caught;
	}
	return new NodeOperationError(node, caught as Error, { itemIndex });
}

/** Juspay's failure a node error carries (`context.juspay`), if it is one of ours. */
export function failureOf(error: unknown): JuspayFailure | undefined {
	const context = (error as { context?: { juspay?: JuspayFailure } } | undefined)?.context;
	return context?.juspay;
}
