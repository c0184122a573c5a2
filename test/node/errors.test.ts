/**
 * Failures through the real engine: Juspay's two error shapes, auth, duplicates,
 * missing objects, server errors, unreadable answers, timeouts and resets;
 * how n8n's "On Error" settings route a failed item; and that the API key
 * never appears anywhere in a run.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { WorkflowRunResult } from '../harness/runWorkflow';
import { V1, expectNoSecrets, items, juspay, params, runJuspay, useNock } from './fixtures';

useNock();

/* ------------------------------------------------------------------ Juspay's error bodies */

/** Express Checkout error shape (customer accounts). */
const ecError = (
	httpStatus: string,
	errorCode: string,
	code: string,
	userMessage: string,
	developerMessage: string,
	errorMessage?: string,
) => ({
	...(errorMessage ? { error_message: errorMessage } : {}),
	status: httpStatus,
	error_code: errorCode,
	error_info: {
		user_message: userMessage,
		request_id: 'b2e0fd33-7655-4778-83a8-5179ed21b0b7',
		href: 'NA',
		developer_message: developerMessage,
		code,
		category: code === 'INTERNAL_SERVER_ERROR' ? 'SERVER_ERROR' : 'USER_ERROR',
	},
});
/** Payout error shape (beneficiaries). */
const payoutError = (errorCode: string, errorMessage: string, userMessage: string) => ({
	error: true,
	errorCode,
	errorMessage,
	userMessage,
});

const EC_401 = ecError('error', 'access_denied', 'UNAUTHORIZED', 'Unauthorized.', 'Invalid API Key. Please pass a valid and active api key.');
const EC_404 = ecError(
	'invalid_request_error',
	'object_not_found',
	'RESOURCE_NOT_FOUND',
	'Cannot process your request as customer account not found.',
	'Customer account not found.',
	'Cannot find what you are looking for',
);
const EC_500 = ecError('error', 'internal_server_error', 'INTERNAL_SERVER_ERROR', 'Something went wrong.', 'Internal server error.');
const REQUEST_ID = 'b2e0fd33-7655-4778-83a8-5179ed21b0b7';

/* ------------------------------------------------------------------ operations used */

const ACCOUNTS = '/customers/c1/accounts';
const ACCOUNT = '/customers/c1/customer-accounts/a1';

// Create and Validate Again: these cases pin how the POST's errors read. Both
// modes list the customer's accounts first (the money rules, pinned in
// customerAccountMoney.test.ts); Timeout 1 s: one list read after a lost reply.
const createAndValidate = params('customerAccount', 'createAndValidate', {
	customerId: 'c1',
	accounts: { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262' }] },
	ifAccountExists: 'createAgain',
	options: { timeout: 1 },
});
const LIST = '/customers/c1/customer-accounts/list';
const EMPTY_LIST = { list: [] };
/** The customer already has the account: after a lost answer the list cannot tell an old account from a new one. */
const SAVED = { list: [{ object: 'customer_account', customer_account_id: 'a0', customer_id: 'c1', account_details: { account: '026291800001191', ifsc: 'YESB0000262' }, validation_status: 'ACTIVE' }] };
const validateAccount = params('customerAccount', 'validate', { customerId: 'c1', customerAccountId: 'a1', options: { timeout: 1 } });
/** Validate reads the account first: this one was created, never validated. */
const CREATED_ACCOUNT = { object: 'customer_account', customer_account_id: 'a1', customer_id: 'c1', validation_status: 'CREATED' };
const LOST_CREATE =
	'Juspay\'s answer to Create and Validate was lost, and Juspay does not list the account yet. Juspay lists a customer account only once its validation has finished, so the penny drop may still be in flight. Check the customer\'s accounts later (Get Many, or the Juspay dashboard): running the workflow again with If Account Already Exists → Return Existing returns the account once Juspay lists it. Nothing was sent again: Juspay gives this request no key to check it by, so a second one could pay twice.';
const LOST_VALIDATE =
	'Juspay\'s answer to Validate was lost, and the account does not show a new validation yet. Read it later with Get (free): running the workflow again with If Already Validated → Return Existing Result returns its result once it shows. Nothing was sent again: Juspay gives this request no key to check it by, so a second one could pay twice.';
const getAccount = params('customerAccount', 'get', { customerId: 'c1', customerAccountId: 'a1' });
const validateBene = params('beneficiary', 'validate', {
	customerId: 'c1',
	beneId: 'b1',
	beneficiaryType: 'ACCOUNT_IFSC',
	accountNumber: '026291800001191',
	ifsc: 'YESB0000262',
});
const resolveMobile = params('beneficiary', 'resolve', { customerId: 'c1', beneId: 'b1', mobile: '9876543210' });

/* ------------------------------------------------------------------ helpers */

const ADVICE_UNKNOWN =
	'The request may have reached Juspay, so a validation (and its penny drop) may have happened. Check its status before sending it again.';
const ADVICE_401 =
	'Check the API key and the environment in the "Juspay API" credential: a sandbox key works only against sandbox, a production key only against production.';

/** The facts of the run's error that a user (or a workflow) relies on. */
function failure(result: WorkflowRunResult): IDataObject {
	const error = result.error as unknown as {
		name: string;
		message: string;
		description?: string;
		httpCode?: string;
		context?: { itemIndex?: number; juspay?: IDataObject };
	};
	return {
		name: error?.name,
		message: error?.message,
		description: error?.description,
		httpCode: error?.httpCode,
		itemIndex: error?.context?.itemIndex,
		juspay: error?.context?.juspay,
	};
}

/** A hard failure: the run ends in error, is reported (not thrown), and nothing reaches the next node. */
function expectFailedRun(result: WorkflowRunResult): void {
	expect(result.status).toBe('error');
	expect(result.task('Juspay').executionStatus).toBe('error');
	expect(result.executedNodes).not.toContain('Success');
	expect(result.executedNodes).not.toContain('Failure');
	expectNoSecrets(result);
}

/* ------------------------------------------------------------------ Juspay answers with an error */

interface ErrorCase {
	name: string;
	parameters: INodeParameters;
	mock: (api: ReturnType<typeof juspay>) => unknown;
	/** The requests Juspay must receive, in order (each exactly once). */
	sent: string[];
	expected: IDataObject;
}

const cases: ErrorCase[] = [
	{
		name: 'Express Checkout error_info (400 INVALID_INPUT) on Create and Validate',
		parameters: createAndValidate,
		mock: (api) =>
			api.reply('GET', LIST, 200, EMPTY_LIST).reply(
				'POST',
				ACCOUNTS,
				400,
				ecError('invalid_request_error', 'invalid_request', 'INVALID_INPUT', 'Invalid request.', 'IFSC is not serviceable.', 'IFSC is not serviceable.'),
			),
		sent: [`GET ${LIST}`, `POST ${ACCOUNTS}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay refused to create and validate the customer account [INVALID_INPUT, HTTP 400]: Invalid request. IFSC is not serviceable.',
			description: 'Juspay did not accept the values sent. Check the fields its message names.',
			httpCode: '400',
			itemIndex: 0,
			juspay: {
				httpCode: 400,
				code: 'INVALID_INPUT',
				userMessage: 'Invalid request.',
				developerMessage: 'IFSC is not serviceable.',
				requestId: REQUEST_ID,
				outcomeUnknown: false,
			},
		},
	},
	{
		name: 'payout errorCode/errorMessage/userMessage (400 E01) on Beneficiary Validate',
		parameters: validateBene,
		mock: (api) => api.reply('POST', V1, 400, payoutError('E01', 'Invalid IFSC provided', 'Validation failure')),
		sent: [`POST ${V1}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay refused to validate the beneficiary [E01, HTTP 400]: Validation failure Invalid IFSC provided',
			description: 'Juspay did not accept the values sent. Check the fields its message names.',
			httpCode: '400',
			itemIndex: 0,
			juspay: {
				httpCode: 400,
				code: 'E01',
				userMessage: 'Validation failure',
				developerMessage: 'Invalid IFSC provided',
				outcomeUnknown: false,
			},
		},
	},
	{
		name: 'a payout error body on HTTP 200 (error: true) on Resolve',
		parameters: resolveMobile,
		mock: (api) => api.reply('POST', V1, 200, payoutError('E01', 'Invalid mobile', 'Validation failure')),
		sent: [`POST ${V1}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay refused to resolve the mobile number to a UPI ID [E01, HTTP 200]: Validation failure Invalid mobile',
			description: 'Juspay did not accept the values sent. Check the fields its message names.',
			httpCode: '200',
			itemIndex: 0,
			juspay: { httpCode: 200, code: 'E01', userMessage: 'Validation failure', developerMessage: 'Invalid mobile', outcomeUnknown: false },
		},
	},
	{
		// n8n retries a request that failed with 401 once (after preAuthentication); a POST that
		// spent money must not be sent twice: the transport reads every status itself.
		name: '401 on a POST (Create and Validate): sent exactly once, advice names the API key and environment',
		parameters: createAndValidate,
		mock: (api) => api.reply('GET', LIST, 200, EMPTY_LIST).reply('POST', ACCOUNTS, 401, EC_401),
		sent: [`GET ${LIST}`, `POST ${ACCOUNTS}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay rejected the API key [UNAUTHORIZED, HTTP 401]: Unauthorized. Invalid API Key. Please pass a valid and active api key.',
			description: ADVICE_401,
			httpCode: '401',
			itemIndex: 0,
			juspay: {
				httpCode: 401,
				code: 'UNAUTHORIZED',
				userMessage: 'Unauthorized.',
				developerMessage: 'Invalid API Key. Please pass a valid and active api key.',
				requestId: REQUEST_ID,
				outcomeUnknown: false,
			},
		},
	},
	{
		name: '401 (payout E02) on Beneficiary Validate: sent exactly once',
		parameters: validateBene,
		mock: (api) => api.reply('POST', V1, 401, payoutError('E02', 'Invalid API key', 'Unauthorized')),
		sent: [`POST ${V1}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay rejected the API key [E02, HTTP 401]: Unauthorized Invalid API key',
			description: ADVICE_401,
			httpCode: '401',
			itemIndex: 0,
			juspay: { httpCode: 401, code: 'E02', userMessage: 'Unauthorized', developerMessage: 'Invalid API key', outcomeUnknown: false },
		},
	},
	{
		name: 'payout E05 (duplicate Beneficiary ID): no new validation, and no second request',
		parameters: validateBene,
		mock: (api) => api.reply('POST', V1, 400, payoutError('E05', 'Duplicate BeneId.', 'Bad request')),
		sent: [`POST ${V1}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay refused a repeated Beneficiary ID [E05, HTTP 400]: Bad request Duplicate BeneId.',
			description: expect.stringContaining('it was used before, so no new validation was made'),
			httpCode: '400',
			itemIndex: 0,
			juspay: { httpCode: 400, code: 'E05', userMessage: 'Bad request', developerMessage: 'Duplicate BeneId.', outcomeUnknown: false },
		},
	},
	{
		name: '404 RESOURCE_NOT_FOUND on Get',
		parameters: getAccount,
		mock: (api) => api.reply('GET', ACCOUNT, 404, EC_404),
		sent: [`GET ${ACCOUNT}`],
		expected: {
			name: 'NodeApiError',
			message:
				'Juspay found nothing to get the customer account [RESOURCE_NOT_FOUND, HTTP 404]: Cannot process your request as customer account not found. Customer account not found.',
			description: 'Check the IDs in the node (Customer ID, Customer Account ID or Beneficiary ID) and that they belong to this environment.',
			httpCode: '404',
			itemIndex: 0,
			juspay: {
				httpCode: 404,
				code: 'RESOURCE_NOT_FOUND',
				userMessage: 'Cannot process your request as customer account not found.',
				developerMessage: 'Customer account not found.',
				requestId: REQUEST_ID,
				outcomeUnknown: false,
			},
		},
	},
	{
		name: '500 on a POST (Create and Validate Again, account already saved): the list shows no new validation, so the outcome stays unknown and nothing is resent',
		parameters: createAndValidate,
		mock: (api) => api.reply('GET', LIST, 200, SAVED).reply('POST', ACCOUNTS, 500, EC_500).reply('GET', LIST, 200, SAVED),
		sent: [`GET ${LIST}`, `POST ${ACCOUNTS}`, `GET ${LIST}`],
		expected: {
			name: 'NodeApiError',
			message:
				'Juspay had a server error while trying to create and validate the customer account [INTERNAL_SERVER_ERROR, HTTP 500]: Something went wrong. Internal server error.',
			description: `This is on Juspay's side; try again later. ${ADVICE_UNKNOWN} ${LOST_CREATE}`,
			httpCode: '500',
			itemIndex: 0,
			juspay: {
				httpCode: 500,
				code: 'INTERNAL_SERVER_ERROR',
				userMessage: 'Something went wrong.',
				developerMessage: 'Internal server error.',
				requestId: REQUEST_ID,
				outcomeUnknown: true,
			},
		},
	},
	{
		// The payout POST's outcome is unknown, so the node asks for the beneficiary's status
		// instead of resending; when that check fails too (here: refused, so not retried),
		// the original error is reported.
		name: '500 on a payout POST whose status check fails too: the POST is never resent',
		parameters: validateBene,
		mock: (api) =>
			api
				.reply('POST', V1, 500, payoutError('E06', 'Internal error', 'Something went wrong'))
				.reply('GET', `${V1}/c1/b1`, 403, payoutError('E08', 'Forbidden', 'Access denied')),
		sent: [`POST ${V1}`, `GET ${V1}/c1/b1`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay had a server error while trying to validate the beneficiary [E06, HTTP 500]: Something went wrong Internal error',
			description: `This is on Juspay's side; try again later. ${ADVICE_UNKNOWN}`,
			httpCode: '500',
			itemIndex: 0,
			juspay: {
				httpCode: 500,
				code: 'E06',
				userMessage: 'Something went wrong',
				developerMessage: 'Internal error',
				outcomeUnknown: true,
			},
		},
	},
	{
		name: 'an HTML page with HTTP 200 on a POST (Validate): the outcome is unknown',
		parameters: validateAccount,
		mock: (api) =>
			api
				.reply('GET', ACCOUNT, 200, CREATED_ACCOUNT)
				.reply('POST', `${ACCOUNT}/validate`, 200, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' })
				.reply('GET', ACCOUNT, 200, CREATED_ACCOUNT),
		sent: [`GET ${ACCOUNT}`, `POST ${ACCOUNT}/validate`, `GET ${ACCOUNT}`],
		expected: {
			name: 'NodeApiError',
			message: "Juspay's answer could not be read (HTTP 200, not valid JSON) while trying to validate the customer account",
			description: `${ADVICE_UNKNOWN} ${LOST_VALIDATE}`,
			httpCode: '200',
			itemIndex: 0,
			juspay: { httpCode: 200, outcomeUnknown: true, code: 'UNREADABLE_RESPONSE' },
		},
	},
	{
		name: 'a truncated JSON body with HTTP 200 on Create and Validate (account already saved): the outcome stays unknown',
		parameters: createAndValidate,
		mock: (api) =>
			api.reply('GET', LIST, 200, SAVED).reply('POST', ACCOUNTS, 200, '[{"object":"customer_account","customer_account_id":"banh_').reply('GET', LIST, 200, SAVED),
		sent: [`GET ${LIST}`, `POST ${ACCOUNTS}`, `GET ${LIST}`],
		expected: {
			name: 'NodeApiError',
			message: "Juspay's answer could not be read (HTTP 200, not valid JSON) while trying to create and validate the customer account",
			description: `${ADVICE_UNKNOWN} ${LOST_CREATE}`,
			httpCode: '200',
			itemIndex: 0,
			juspay: { httpCode: 200, outcomeUnknown: true, code: 'UNREADABLE_RESPONSE' },
		},
	},
	{
		name: 'an empty JSON array with HTTP 200 on Create and Validate (no account to return): the outcome is unknown, the list is read, nothing is resent',
		parameters: createAndValidate,
		mock: (api) => api.reply('GET', LIST, 200, EMPTY_LIST).reply('POST', ACCOUNTS, 200, []).reply('GET', LIST, 200, EMPTY_LIST),
		sent: [`GET ${LIST}`, `POST ${ACCOUNTS}`, `GET ${LIST}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay answered without any account or beneficiary in its response',
			description: `The request may have been processed. Check its status in Juspay before sending it again. ${LOST_CREATE}`,
			httpCode: 'EMPTY_RESPONSE',
			itemIndex: 0,
			juspay: { code: 'EMPTY_RESPONSE', outcomeUnknown: true },
		},
	},
	{
		name: 'a timeout (answer later than the Timeout option) on a POST (Validate): the outcome is unknown',
		parameters: validateAccount,
		mock: (api) =>
			api.reply('GET', ACCOUNT, 200, CREATED_ACCOUNT).replyDelayed('POST', `${ACCOUNT}/validate`, 1500, 200, {}).reply('GET', ACCOUNT, 200, CREATED_ACCOUNT),
		sent: [`GET ${ACCOUNT}`, `POST ${ACCOUNT}/validate`, `GET ${ACCOUNT}`],
		expected: {
			name: 'NodeApiError',
			message: 'Juspay did not answer in time while trying to validate the customer account (ECONNABORTED)',
			description: `Juspay may be slow right now; the Timeout option sets how long to wait. ${ADVICE_UNKNOWN} ${LOST_VALIDATE}`,
			httpCode: 'ECONNABORTED',
			itemIndex: 0,
			juspay: { outcomeUnknown: true, code: 'ECONNABORTED' },
		},
	},
	{
		name: 'a reset connection (ECONNRESET) on a POST (Create and Validate, account already saved): the outcome stays unknown',
		parameters: createAndValidate,
		mock: (api) => api.reply('GET', LIST, 200, SAVED).fail('POST', ACCOUNTS, 'ECONNRESET').reply('GET', LIST, 200, SAVED),
		sent: [`GET ${LIST}`, `POST ${ACCOUNTS}`, `GET ${LIST}`],
		expected: {
			name: 'NodeApiError',
			message: 'The connection to Juspay failed while trying to create and validate the customer account (ECONNRESET)',
			description: `The connection was closed before Juspay answered. ${ADVICE_UNKNOWN} ${LOST_CREATE}`,
			httpCode: 'ECONNRESET',
			itemIndex: 0,
			juspay: { outcomeUnknown: true, code: 'ECONNRESET' },
		},
	},
];

describe('Juspay answers with an error (no On Error setting: the run fails cleanly)', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, { parameters, mock, sent, expected }) => {
		const api = juspay();
		mock(api);

		const result = await runJuspay({ parameters });

		expectFailedRun(result);
		expect(failure(result)).toEqual(expected);
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(sent);
	});
});

describe('what is safe to send again', () => {
	it('Create and Validate (Return Existing) of a saved, never validated account whose answer is lost (500): Juspay validated it under the same ID, the list shows it, no second POST', async () => {
		const saved = { object: 'customer_account', customer_account_id: 'a0', customer_id: 'c1', account_details: { account: '026291800001191', ifsc: 'YESB0000262' } };
		const api = juspay()
			.reply('GET', LIST, 200, { list: [{ ...saved, validation_status: 'CREATED' }] })
			.reply('POST', ACCOUNTS, 500, EC_500)
			.reply('GET', LIST, 200, { list: [{ ...saved, validation_status: 'ACTIVE', last_validated: '2026-11-23T13:00:00Z' }] });

		const result = await runJuspay({ parameters: { ...createAndValidate, ifAccountExists: 'returnExisting' } });

		expect(result.error).toBeUndefined();
		expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${LIST}`, `POST ${ACCOUNTS}`, `GET ${LIST}`]);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: { ...saved, validation_status: 'ACTIVE', last_validated: '2026-11-23T13:00:00Z', recoveredByStatusCheck: true }, pairedItem: { item: 0 } },
		]);
	});
});

/* ------------------------------------------------------------------ On Error settings */

describe('On Error settings with 3 items where the middle one fails', () => {
	const rows = [
		{ customer: 'c0', account: 'a0' },
		{ customer: 'c1', account: 'a1' },
		{ customer: 'c2', account: 'a2' },
	];
	const get = params('customerAccount', 'get', { customerId: '={{ $json.customer }}', customerAccountId: '={{ $json.account }}' });
	const account = (n: number) => ({ object: 'customer_account', customer_account_id: `a${n}`, customer_id: `c${n}`, validation_status: 'ACTIVE' });
	const mockThree = () =>
		juspay()
			.reply('GET', '/customers/c0/customer-accounts/a0', 200, account(0))
			.reply('GET', '/customers/c1/customer-accounts/a1', 404, EC_404)
			.reply('GET', '/customers/c2/customer-accounts/a2', 200, account(2));
	const errorJson = {
		error:
			'Juspay found nothing to get the customer account [RESOURCE_NOT_FOUND, HTTP 404]: Cannot process your request as customer account not found. Customer account not found.',
		details: {
			itemIndex: 1,
			description: 'Check the IDs in the node (Customer ID, Customer Account ID or Beneficiary ID) and that they belong to this environment.',
			httpCode: 404,
			code: 'RESOURCE_NOT_FOUND',
			userMessage: 'Cannot process your request as customer account not found.',
			developerMessage: 'Customer account not found.',
			requestId: REQUEST_ID,
			outcomeUnknown: false,
		},
	};

	// The error object is never put on the item: n8n would replace the json with the bare message.
	it("'continueRegularOutput': 3 items out, the failed one exactly { json: { error, details } } paired to item 1, nothing on output 1", async () => {
		const api = mockThree();

		const result = await runJuspay({ inputItems: rows, parameters: get, onError: 'continueRegularOutput' });

		expect(result.status).toBe('success');
		expect(result.error).toBeUndefined();
		expect(api.requests).toHaveLength(3);
		expect(items(result.output('Juspay'))).toEqual([
			{ json: account(0), pairedItem: { item: 0 } },
			{ json: errorJson, pairedItem: { item: 1 } },
			{ json: account(2), pairedItem: { item: 2 } },
		]);
		expect(result.output('Juspay', 1)).toEqual([]);
		expect(result.json('Success')).toHaveLength(3);
		expectNoSecrets(result);
	});

	// On the error output the item is { error, message } (the only shape n8n 1.x routes
	// there too); n8n merges the input item's fields into it.
	it("'continueErrorOutput': the failed item goes to output 1 with its input fields, the error and the advice; the others to output 0", async () => {
		const api = mockThree();

		const result = await runJuspay({ inputItems: rows, parameters: get, onError: 'continueErrorOutput' });

		expect(result.status).toBe('success');
		expect(result.error).toBeUndefined();
		expect(api.requests).toHaveLength(3);
		expect(items(result.output('Juspay', 0))).toEqual([
			{ json: account(0), pairedItem: { item: 0 } },
			{ json: account(2), pairedItem: { item: 2 } },
		]);
		expect(items(result.output('Juspay', 1))).toEqual([
			{ json: { ...rows[1], error: errorJson.error, message: errorJson.details.description }, pairedItem: { item: 1 } },
		]);
		expect(result.json('Success')).toEqual([account(0), account(2)]);
		expect(result.json('Failure')).toHaveLength(1);
		// What expectFailedRun's "never reached Success / Failure" relies on: the harness records the nodes that ran.
		expect([...result.executedNodes].sort()).toEqual(['Failure', 'Juspay', 'Start', 'Success']);
		expectNoSecrets(result);
	});
});

/* ------------------------------------------------------------------ secrets */

describe('the API key never leaks', () => {
	it('not even when Juspay echoes it back in its error message', async () => {
		const { API_KEY } = await import('./fixtures');
		const basic = Buffer.from(`${API_KEY}:`).toString('base64');
		juspay().reply('GET', LIST, 200, EMPTY_LIST).reply(
			'POST',
			ACCOUNTS,
			401,
			ecError('error', 'access_denied', 'UNAUTHORIZED', `Key ${API_KEY} is not valid`, `Authorization: Basic ${basic} was rejected`),
		);

		const result = await runJuspay({ parameters: createAndValidate, onError: 'continueRegularOutput' });

		expect(result.status).toBe('success');
		const [item] = result.output('Juspay');
		expect(item.json.error).toBe('Juspay rejected the API key [UNAUTHORIZED, HTTP 401]: Key *** is not valid Authorization: Basic *** was rejected');
		expectNoSecrets(result);
	});
});
