/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Tests of the local Juspay sandbox itself, over real HTTP on an ephemeral port.
 * Expected values are written out here rather than read from data.js, so a
 * slip in the sandbox's test data shows up as a failure.
 */
import http from 'http';
import path from 'path';
import { spawn } from 'child_process';
import { startSandbox, type Sandbox, type Fault } from './server';

// ---------------------------------------------------------------- client helpers

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

interface RequestOptions {
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

const API_KEY = 'test_api_key';
const MERCHANT = 'test_merchant';
const basic = (user: string, password = '') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const AUTH = basic(API_KEY);

/** Plain `http` so the test controls every header and sees resets and hangs as they are. */
function request(base: string, method: string, target: string, opts: RequestOptions = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path: target, headers: opts.headers, agent: false, timeout: opts.timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', reject);
    req.end(opts.body);
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** An Express Checkout call with every header Juspay wants, unless overridden. */
function ec(sb: Sandbox, method: string, target: string, fields?: Record<string, string>, headers: Record<string, string> = {}) {
  return request(sb.url, method, target, {
    headers: { authorization: AUTH, 'x-routing-id': 'cust_1', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: fields ? form(fields) : undefined,
  });
}

/** A payout call with every header Juspay wants, unless overridden. */
function payout(sb: Sandbox, method: string, target: string, body?: unknown, headers: Record<string, string> = {}) {
  return request(sb.url, method, target, {
    headers: { authorization: AUTH, 'x-merchantid': MERCHANT, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const bankDetails = (account: string, ifsc: string, name?: string) =>
  JSON.stringify({ bank_account: [{ ifsc, account, ...(name ? { name } : {}) }] });
const upiDetails = (vpa: string) => JSON.stringify({ upi: [{ vpa }] });

let beneCounter = 0;
const nextBeneId = () => `bene_${++beneCounter}`;

function bankBene(account: string, ifsc: string, extra: Record<string, unknown> = {}) {
  return {
    beneId: nextBeneId(), customerId: 'cust_1', command: 'validate',
    beneDetails: { details: { name: 'Shubham Kumar', ifsc, account }, type: 'ACCOUNT_IFSC' }, ...extra,
  };
}
function upiBene(details: Record<string, string>, command = 'validate') {
  return { beneId: nextBeneId(), customerId: 'cust_1', command, beneDetails: { details, type: 'UPI_ID' } };
}
function ifscBene(ifsc: string) {
  return { beneId: nextBeneId(), customerId: 'cust_1', command: 'validate', beneDetails: { details: { ifsc }, type: 'IFSC' } };
}

const BENE_PATH = '/payout/merchant/v1/benedetails';

// ---------------------------------------------------------------- expected shapes and test data

const EC_401 = {
  status: 'error',
  error_code: 'access_denied',
  error_info: {
    user_message: 'Unauthorized.', request_id: expect.any(String), href: 'NA',
    developer_message: 'Invalid API Key. Please pass a valid and active api key.', code: 'UNAUTHORIZED', category: 'USER_ERROR',
  },
};
const EC_404 = {
  error_message: 'Cannot find what you are looking for',
  status: 'invalid_request_error',
  error_code: 'object_not_found',
  error_info: {
    user_message: 'Cannot process your request as customer account not found.', request_id: expect.any(String), href: 'NA',
    developer_message: 'Customer account not found.', code: 'RESOURCE_NOT_FOUND', category: 'USER_ERROR',
  },
};
const ecError = (code: string) => expect.objectContaining({
  status: expect.any(String), error_code: expect.any(String),
  error_info: expect.objectContaining({ code, request_id: expect.any(String), user_message: expect.any(String), developer_message: expect.any(String) }),
});
const payoutError = (errorCode: string, errorMessage: string | jest.AsymmetricMatcher = expect.any(String)) =>
  ({ error: true, errorCode, errorMessage, userMessage: expect.any(String) });
const PAYOUT_401 = { error: true, errorCode: 'E02', errorMessage: 'Invalid API key', userMessage: 'Unauthorized' };
const DUPLICATE = { error: true, errorCode: 'E05', errorMessage: 'Duplicate BeneId.', userMessage: 'Bad request' };

// [account, ifsc, first answer, answer on status check]
const BANK_CASES: Array<[string, string, string, string]> = [
  ['02014457596967', 'CITI0000001', 'PENDING', 'INVALID'],
  ['02014457596968', 'CITI0000001', 'PENDING', 'VALID'],
  ['02014457596969', 'CITI0000001', 'PENDING', 'PENDING'],
  ['2640101002729', 'CNRR0002640', 'TIMEOUT', 'ERROR'],
  ['2640101002728', 'CNRR0002640', 'TIMEOUT', 'VALID'],
  ['2640101002727', 'CNRR0002640', 'TIMEOUT', 'INVALID'],
  ['026291800001191', 'YESB0000262', 'VALID', 'VALID'],
  ['000100289877623', 'SBIN0008752', 'INVALID', 'INVALID'],
  ['026291800001190', 'YESB0000262', 'ERROR', 'ERROR'],
];
const VPA_CASES: Array<[string, string]> = [['success@upi', 'VALID'], ['invalid@upi', 'INVALID'], ['error@upi', 'ERROR']];
const EC_STATUS: Record<string, string> = { VALID: 'ACTIVE', INVALID: 'FAILURE', ERROR: 'FAILURE', PENDING: 'PENDING', TIMEOUT: 'PENDING' };
const RESP_STATUS: Record<string, string> = { VALID: 'SUCCESS', INVALID: 'FAILURE', ERROR: 'FAILURE', PENDING: 'PENDING', TIMEOUT: 'PENDING' };

const waitFor = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

// ---------------------------------------------------------------- suite

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.stop());
beforeEach(() => sb.reset());

describe('startup and shutdown', () => {
  it('listens on an ephemeral port of 127.0.0.1', () => {
    expect(sb.url).toBe(`http://127.0.0.1:${sb.port}`);
    expect(sb.port).toBeGreaterThan(0);
  });

  it('stop() destroys a hanging socket, so the client sees the connection end', async () => {
    const own = await startSandbox({ faults: [{ kind: 'hang' }] });
    const pending = request(own.url, 'GET', '/anything', { headers: { authorization: AUTH } });
    await waitFor(() => own.requests.length === 1);
    const started = Date.now();
    await own.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
    await expect(own.stop()).resolves.toBeUndefined(); // idempotent
  });

  it('stop() does not wait for a pending latency timer', async () => {
    const own = await startSandbox({ latencyMs: 60_000 });
    const pending = request(own.url, 'GET', '/anything', { headers: { authorization: AUTH } });
    await waitFor(() => own.requests.length === 1);
    await own.stop();
    await expect(pending).rejects.toThrow();
  });

  it('rejects an invalid fault or latency at start', async () => {
    await expect(startSandbox({ faults: [{ kind: 'teapot' } as unknown as Fault] })).rejects.toThrow(/kind/);
    await expect(startSandbox({ latencyMs: -1 })).rejects.toThrow(/latency/);
  });
});

describe('authentication', () => {
  it('answers 401 in the Express Checkout shape without credentials', async () => {
    const r = await request(sb.url, 'GET', '/customers/c/customer-accounts/list', { headers: { 'x-routing-id': 'c' } });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(EC_401);
  });

  it.each([
    ['a wrong key', basic('wrong_key')],
    ['a non-empty password', basic(API_KEY, 'secret')],
    ['a bearer token', `Bearer ${API_KEY}`],
    ['no colon', `Basic ${Buffer.from(API_KEY).toString('base64')}`],
  ])('refuses %s on customer accounts', async (_label, authorization) => {
    const r = await ec(sb, 'GET', '/customers/c/customer-accounts/list', undefined, { authorization });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(EC_401);
  });

  it('answers 401 E02 in the payout shape', async () => {
    const missing = await payout(sb, 'POST', BENE_PATH, bankBene('026291800001191', 'YESB0000262'), { authorization: '' });
    const wrong = await payout(sb, 'GET', `${BENE_PATH}/c/b`, undefined, { authorization: basic('nope') });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(missing.json).toEqual(PAYOUT_401);
    expect(wrong.json).toEqual(PAYOUT_401);
  });

  it('uses the configured API key and merchant id', async () => {
    const own = await startSandbox({ apiKey: 'key_live', merchantId: 'acme' });
    try {
      const headers = { authorization: basic('key_live'), 'x-merchantid': 'acme' };
      const ok = await payout(own, 'POST', BENE_PATH, bankBene('026291800001191', 'YESB0000262'), headers);
      expect(ok.status).toBe(200);
      const defaultKey = await payout(own, 'GET', `${BENE_PATH}/c/b`, undefined, { 'x-merchantid': 'acme' });
      expect(defaultKey.status).toBe(401);
    } finally {
      await own.stop();
    }
  });

  it('checks auth before routing: an unknown path is 401 without, 404 with credentials', async () => {
    expect((await request(sb.url, 'GET', '/nowhere')).status).toBe(401);
    const ecMiss = await request(sb.url, 'GET', '/nowhere', { headers: { authorization: AUTH } });
    expect(ecMiss.status).toBe(404);
    expect(ecMiss.json).toMatchObject({ status: 'invalid_request_error', error_code: 'object_not_found', error_info: { code: 'RESOURCE_NOT_FOUND' } });
    const payoutMiss = await payout(sb, 'GET', '/payout/merchant/v1/unknown');
    expect(payoutMiss.status).toBe(404);
    expect(payoutMiss.json).toEqual(payoutError('E09'));
    const wrongMethod = await ec(sb, 'DELETE', '/customers/c/customer-accounts/banh_x');
    expect(wrongMethod.status).toBe(404);
  });
});

describe('Express Checkout: headers', () => {
  it('requires x-routing-id on every call', async () => {
    const post = await ec(sb, 'POST', '/customers/c/accounts', { command: 'create', account_details: upiDetails('a@upi') }, { 'x-routing-id': '' });
    const get = await ec(sb, 'GET', '/customers/c/customer-accounts/list', undefined, { 'x-routing-id': '' });
    for (const r of [post, get]) {
      expect(r.status).toBe(400);
      expect(r.json).toEqual(ecError('INVALID_INPUT'));
      expect(r.json.error_info.developer_message).toMatch(/x-routing-id/);
    }
  });

  it('requires a form content type on POSTs, parameters allowed', async () => {
    const fields = { command: 'create', account_details: upiDetails('a@upi') };
    const asJson = await request(sb.url, 'POST', '/customers/c/accounts', {
      headers: { authorization: AUTH, 'x-routing-id': 'c', 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    });
    expect(asJson.status).toBe(400);
    expect(asJson.json).toEqual(ecError('INVALID_INPUT'));
    expect(asJson.json.error_info.developer_message).toMatch(/Content-Type/);
    const withCharset = await ec(sb, 'POST', '/customers/c/accounts', fields, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(withCharset.status).toBe(200);
  });

  it('does not require a content type on GETs', async () => {
    const r = await request(sb.url, 'GET', '/customers/c/customer-accounts/list', { headers: { authorization: AUTH, 'x-routing-id': 'c' } });
    expect(r.status).toBe(200);
  });
});

describe('Express Checkout: create and create-with-validate', () => {
  it('creates a bank account as CREATED with the documented fields', async () => {
    const before = Date.now();
    const r = await ec(sb, 'POST', '/customers/cust_1/accounts', {
      command: 'create', bank_code: 'JP_HDFC', account_details: bankDetails('026291800001191', 'YESB0000262', 'test'),
      gateway_id: '800', gateway_reference_id: 'testing', preferred_ifsc_validation_gateway: 'CFGEN',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.json).toEqual([{
      object: 'customer_account',
      customer_account_id: expect.stringMatching(/^banh_[A-Za-z0-9]{16}$/),
      customer_id: 'cust_1',
      date_created: expect.any(String),
      account_details: { name: 'test', ifsc: 'YESB0000262', account: '026291800001191' },
      validation_amount: 1,
      currency: 'INR',
      validation_status: 'CREATED',
      last_validated: expect.any(String),
      customer_account_type: 'SAVINGS',
    }]);
    expect(Date.parse(r.json[0].date_created)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('answers one account per entry, in the order given, with UPI typed as UPI', async () => {
    const r = await ec(sb, 'POST', '/customers/cust_1/accounts', {
      command: 'validate', validation_amount: '2.5',
      account_details: JSON.stringify({ upi: [{ vpa: '9164326296@upi' }], bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191' }] }),
    });
    expect(r.status).toBe(200);
    expect(r.json.map((a: { customer_account_type: string }) => a.customer_account_type)).toEqual(['UPI', 'SAVINGS']);
    expect(r.json[0].account_details).toEqual({ vpa: '9164326296@upi' });
    expect(r.json.map((a: { validation_status: string }) => a.validation_status)).toEqual(['ACTIVE', 'ACTIVE']);
    expect(r.json.map((a: { validation_amount: number }) => a.validation_amount)).toEqual([2.5, 2.5]);
    expect(new Set(r.json.map((a: { customer_account_id: string }) => a.customer_account_id)).size).toBe(2);
  });

  it.each([
    ['missing account_details', { command: 'validate' }],
    ['empty account_details', { command: 'validate', account_details: '' }],
    ['malformed account_details', { command: 'validate', account_details: '{"bank_account":[{"ifsc":' }],
    ['account_details without accounts', { command: 'validate', account_details: '{}' }],
    ['an account number as a JSON number', { command: 'validate', account_details: '{"bank_account":[{"ifsc":"YESB0000262","account":26291800001191}]}' }],
    ['a bank account without ifsc', { command: 'validate', account_details: '{"bank_account":[{"account":"026291800001191"}]}' }],
    ['an unknown command', { command: 'delete', account_details: upiDetails('a@upi') }],
    ['a bad validation_amount', { command: 'validate', account_details: upiDetails('a@upi'), validation_amount: 'one' }],
  ])('answers 400 INVALID_INPUT for %s', async (_label, fields) => {
    const r = await ec(sb, 'POST', '/customers/cust_1/accounts', fields);
    expect(r.status).toBe(400);
    expect(r.json).toEqual(ecError('INVALID_INPUT'));
  });

  it.each(BANK_CASES)('validates bank account %s (%s): %s first, %s on the status check', async (account, ifsc, first, then) => {
    const created = await ec(sb, 'POST', '/customers/cust_1/accounts', { command: 'validate', account_details: bankDetails(account, ifsc) });
    expect(created.json[0].validation_status).toBe(EC_STATUS[first]);
    const id = created.json[0].customer_account_id;
    const checked = await ec(sb, 'GET', `/customers/cust_1/customer-accounts/${id}`);
    expect(checked.status).toBe(200);
    expect(checked.json.validation_status).toBe(EC_STATUS[then]);
    const again = await ec(sb, 'GET', `/customers/cust_1/customer-accounts/${id}`);
    expect(again.json.validation_status).toBe(EC_STATUS[then]);
  });

  it.each(VPA_CASES)('validates VPA %s as %s', async (vpa, outcome) => {
    const r = await ec(sb, 'POST', '/customers/cust_1/accounts', { command: 'validate', account_details: upiDetails(vpa) });
    expect(r.json[0]).toMatchObject({ validation_status: EC_STATUS[outcome], customer_account_type: 'UPI', account_details: { vpa } });
  });

  it('treats other well-formed accounts and VPAs as valid, malformed ones as failures', async () => {
    const details = JSON.stringify({
      bank_account: [{ ifsc: 'HDFC0000001', account: '50100012345678', name: 'Asha' }, { ifsc: 'BAD', account: '1' }],
      upi: [{ vpa: 'someone@okhdfcbank' }, { vpa: 'not-a-vpa' }],
    });
    const r = await ec(sb, 'POST', '/customers/cust_1/accounts', { command: 'validate', account_details: details });
    expect(r.json.map((a: { validation_status: string }) => a.validation_status)).toEqual(['ACTIVE', 'FAILURE', 'ACTIVE', 'FAILURE']);
  });
});

describe('Express Checkout: validate, get, list, delete', () => {
  async function createAccount(details: string, customer = 'cust_1') {
    const r = await ec(sb, 'POST', `/customers/${customer}/accounts`, { command: 'create', account_details: details });
    return r.json[0].customer_account_id as string;
  }

  it('validates with an empty form body', async () => {
    const id = await createAccount(upiDetails('success@upi'));
    const r = await ec(sb, 'POST', `/customers/cust_1/customer-accounts/${id}/validate`, {});
    expect(r.json).toMatchObject({ validation_status: 'ACTIVE', validation_amount: 1 });
  });

  it('lists a customer\'s accounts as { list, count } without settling them: one made by Create and Validate only once its validation has finished', async () => {
    const a = await createAccount(upiDetails('success@upi'));
    const created = await ec(sb, 'POST', '/customers/cust_1/accounts', { command: 'validate', account_details: bankDetails('02014457596968', 'CITI0000001') });
    const b = created.json[0].customer_account_id;
    await createAccount(upiDetails('other@upi'), 'cust_2');
    const ids = async () => (await ec(sb, 'GET', '/customers/cust_1/customer-accounts/list')).json.list.map((x: { customer_account_id: string }) => x.customer_account_id);
    const r = await ec(sb, 'GET', '/customers/cust_1/customer-accounts/list');
    expect(r.status).toBe(200);
    // b's penny drop is PENDING: Juspay creates the account "once the validation is successful".
    expect(r.json).toMatchObject({ count: 1 });
    expect(await ids()).toEqual([a]);
    // A status check settles it (PENDING → VALID): listed from then on.
    expect((await ec(sb, 'GET', `/customers/cust_1/customer-accounts/${b}`)).json).toMatchObject({ validation_status: 'ACTIVE' });
    expect(await ids()).toEqual([a, b]);
    expect((await ec(sb, 'GET', '/customers/nobody/customer-accounts/list')).json).toEqual({ list: [], count: 0 });
  });

  it('a penny drop that runs a while (setPennyDrop): PENDING and unlisted until it has run, then its outcome and listed', async () => {
    sb.setPennyDrop(300);
    const created = await ec(sb, 'POST', '/customers/cust_1/accounts', { command: 'validate', account_details: bankDetails('026291800001191', 'YESB0000262') });
    const id = created.json[0].customer_account_id;
    expect(created.json[0]).toMatchObject({ validation_status: 'PENDING' });
    expect((await ec(sb, 'GET', '/customers/cust_1/customer-accounts/list')).json).toEqual({ list: [], count: 0 });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await ec(sb, 'GET', '/customers/cust_1/customer-accounts/list')).json.list).toEqual([expect.objectContaining({ customer_account_id: id, validation_status: 'ACTIVE' })]);
  });

  it('answers the reference\'s other IFSC for 026291800001192 (sent with YESB0000262, answered AABF0008032)', async () => {
    const created = await ec(sb, 'POST', '/customers/cust_1/accounts', { command: 'validate', account_details: bankDetails('026291800001192', 'YESB0000262') });
    expect(created.json[0].account_details).toEqual({ ifsc: 'AABF0008032', account: '026291800001192' });
  });

  it('deletes an account, which then 404s', async () => {
    const id = await createAccount(upiDetails('success@upi'));
    const r = await ec(sb, 'POST', `/customers/cust_1/customer-accounts/${id}`, { command: 'delete' });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ status: 'DELETED', customer_account_id: id });
    expect((await ec(sb, 'GET', `/customers/cust_1/customer-accounts/${id}`)).json).toEqual(EC_404);
    expect((await ec(sb, 'POST', `/customers/cust_1/customer-accounts/${id}`, { command: 'delete' })).status).toBe(404);
  });

  it('refuses a delete without command=delete', async () => {
    const id = await createAccount(upiDetails('success@upi'));
    const r = await ec(sb, 'POST', `/customers/cust_1/customer-accounts/${id}`, { command: 'remove' });
    expect(r.status).toBe(400);
    expect(r.json).toEqual(ecError('INVALID_INPUT'));
  });
});

describe('payout: headers and request checks', () => {
  it('requires x-merchantid (400 E01) equal to the merchant id (403 E08)', async () => {
    const missing = await payout(sb, 'POST', BENE_PATH, bankBene('026291800001191', 'YESB0000262'), { 'x-merchantid': '' });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual(payoutError('E01', expect.stringMatching(/x-merchantid/)));
    const wrong = await payout(sb, 'GET', `${BENE_PATH}/c/b`, undefined, { 'x-merchantid': 'someone_else' });
    expect(wrong.status).toBe(403);
    expect(wrong.json).toEqual(payoutError('E08'));
  });

  it('accepts the header name in any case', async () => {
    const r = await payout(sb, 'POST', BENE_PATH, bankBene('026291800001191', 'YESB0000262'), { 'x-merchantid': '', 'X-MerchantId': MERCHANT });
    expect(r.status).toBe(200);
  });

  it('requires a JSON content type and a JSON object body', async () => {
    const asForm = await payout(sb, 'POST', BENE_PATH, undefined, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(asForm.status).toBe(400);
    expect(asForm.json).toEqual(payoutError('E01', expect.stringMatching(/Content-Type/)));
    const broken = await request(sb.url, 'POST', BENE_PATH, {
      headers: { authorization: AUTH, 'x-merchantid': MERCHANT, 'content-type': 'application/json' }, body: '{"beneId":',
    });
    expect(broken.status).toBe(400);
    expect(broken.json).toEqual(payoutError('E01'));
  });

  it.each([
    ['beneId', { beneId: '' }],
    ['customerId', { customerId: undefined }],
    ['details', { beneDetails: { type: 'ACCOUNT_IFSC' } }],
    ['account', { beneDetails: { details: { ifsc: 'YESB0000262' }, type: 'ACCOUNT_IFSC' } }],
    ['a known type', { beneDetails: { details: { ifsc: 'YESB0000262', account: '1234567' }, type: 'CARD' } }],
    ['a known command', { command: 'verify' }],
    ['a vpa for validate', { beneDetails: { details: { mobile: '9999999999' }, type: 'UPI_ID' } }],
  ])('answers 400 E01 without %s', async (_label, override) => {
    const r = await payout(sb, 'POST', BENE_PATH, { ...bankBene('026291800001191', 'YESB0000262'), ...override });
    expect(r.status).toBe(400);
    expect(r.json).toEqual(payoutError('E01'));
  });
});

describe.each(['v1', 'v2'])('payout %s: beneficiaries', (version) => {
  const base = `/payout/merchant/${version}/benedetails`;

  it('answers a valid account in the reference shape', async () => {
    const body = bankBene('026291800001191', 'YESB0000262', { preferredGateway: 'CFGEN', email: 'dummy@gmail.com', phone: '9999999999', metadata: 'x' });
    const r = await payout(sb, 'POST', base, body);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      validateResp: {
        subCode: '200', status: 'SUCCESS', message: 'Bank Account details verified successfully',
        data: {
          utr: expect.any(String), refId: expect.any(String), nameAtBank: 'SHUBHAM KUMAR', micr: 400532038,
          city: 'GREATER BOMBAY', branch: 'SANTACRUZ, MUMBAI', bankName: 'YES BANK', amountDeposited: '1',
        },
        accountStatusCode: 'ACCOUNT_IS_VALID', accountStatus: 'VALID',
      },
      uniqueId: body.beneId,
      status: 'VALID',
      remark: 'Bank Account details verified successfully',
      nameAtBank: 'SHUBHAM KUMAR',
      fulfillmentMethod: 'CFGEN_IMPS',
      beneDetails: body.beneDetails,
    });
  });

  it.each(BANK_CASES)('validates account %s (%s): %s first, %s on the status check', async (account, ifsc, first, then) => {
    const body = bankBene(account, ifsc);
    const r = await payout(sb, 'POST', base, body);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ uniqueId: body.beneId, status: first, validateResp: { status: RESP_STATUS[first] }, remark: expect.any(String) });
    expect(r.json.remark).toBe(r.json.validateResp.message);
    expect('nameAtBank' in r.json).toBe(first === 'VALID');
    const checked = await payout(sb, 'GET', `${base}/cust_1/${body.beneId}`);
    expect(checked.status).toBe(200);
    expect(checked.json).toMatchObject({ uniqueId: body.beneId, status: then, validateResp: { status: RESP_STATUS[then] }, beneDetails: body.beneDetails });
    expect('nameAtBank' in checked.json).toBe(then === 'VALID');
  });

  it.each(VPA_CASES)('validates VPA %s as %s', async (vpa, outcome) => {
    const body = upiBene({ name: 'Shubham Kumar', vpa });
    const r = await payout(sb, 'POST', base, body);
    expect(r.json).toMatchObject({ uniqueId: body.beneId, status: outcome, validateResp: { status: RESP_STATUS[outcome] }, fulfillmentMethod: 'DUMMY_UPI' });
    if (outcome === 'VALID') {
      expect(r.json.validateResp.data).toEqual({ nameAtBank: 'SHUBHAM KUMAR', accountExists: 'YES' });
      expect(r.json.nameAtBank).toBe('SHUBHAM KUMAR');
    }
  });

  it('names any other valid account after the given name, or a default', async () => {
    const named = await payout(sb, 'POST', base, bankBene('50100012345678', 'HDFC0000001'));
    expect(named.json).toMatchObject({ status: 'VALID', nameAtBank: 'SHUBHAM KUMAR' });
    const body = bankBene('50100012345679', 'HDFC0000001');
    delete (body.beneDetails.details as { name?: string }).name;
    const anonymous = await payout(sb, 'POST', base, body);
    expect(anonymous.json).toMatchObject({ status: 'VALID', nameAtBank: 'TEST ACCOUNT HOLDER' });
    const vpa = await payout(sb, 'POST', base, upiBene({ vpa: 'anyone@okaxis' }));
    expect(vpa.json).toMatchObject({ status: 'VALID', nameAtBank: 'TEST ACCOUNT HOLDER' });
  });

  it('refuses a repeated beneId with E05, even for another customer', async () => {
    const body = bankBene('026291800001191', 'YESB0000262');
    expect((await payout(sb, 'POST', base, body)).status).toBe(200);
    const again = await payout(sb, 'POST', base, body);
    expect(again.status).toBe(400);
    expect(again.json).toEqual(DUPLICATE);
    const otherCustomer = await payout(sb, 'POST', base, { ...body, customerId: 'cust_9', command: 'create' });
    expect(otherCustomer.json).toEqual(DUPLICATE);
  });

  it('keeps a beneId free when the request was refused', async () => {
    const body = bankBene('026291800001191', 'YESB0000262');
    expect((await payout(sb, 'POST', base, { ...body, customerId: '' })).status).toBe(400);
    expect((await payout(sb, 'POST', base, body)).status).toBe(200);
  });

  it('creates without validating', async () => {
    const body = { ...bankBene('02014457596968', 'CITI0000001'), command: 'create' };
    const r = await payout(sb, 'POST', base, body);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ uniqueId: body.beneId, status: 'CREATED', remark: expect.any(String), beneDetails: body.beneDetails });
    const checked = await payout(sb, 'GET', `${base}/cust_1/${body.beneId}`);
    expect(checked.json).toMatchObject({ status: 'CREATED' });
    expect(checked.json.validateResp).toBeUndefined();
  });

  it('resolves a mobile number to a VPA in the reference shape', async () => {
    const body = { ...upiBene({ name: 'Aditya Kadrolkar', mobile: '8088375524' }, 'resolve'), preferredGateway: 'YESBIZ' };
    const r = await payout(sb, 'POST', base, body);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      validateResp: {
        status: 'SUCCESS', responseMessage: 'SUCCESS', responseCode: 'SUCCESS',
        payload: expect.objectContaining({ vpa: '8088375524@mapper.npci', gatewayResponseStatus: 'SUCCESS', gatewayResponseCode: '00', gatewayTransactionId: expect.any(String) }),
      },
      uniqueId: body.beneId,
      status: 'VALID',
      responseCode: 'VALID_VPA',
      resolvedVpa: '8088375524@mapper.npci',
      remark: 'Mobile Number Resolved Successfully',
      nameAtBank: 'ADITYA KADROLKAR',
      gatewayRefId: r.json.validateResp.payload.gatewayTransactionId,
      fulfillmentMethod: 'YESBIZ_UPI',
      beneDetails: body.beneDetails,
    });
  });

  it('answers ERROR / UNABLE_TO_VALIDATE / MM2 for a mobile without a mapping', async () => {
    const body = upiBene({ mobile: '+91 98765 00000' }, 'resolve');
    const r = await payout(sb, 'POST', base, body);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      status: 'ERROR', responseCode: 'UNABLE_TO_VALIDATE', uniqueId: body.beneId,
      validateResp: { status: 'FAILURE', payload: { gatewayResponseCode: 'MM2' } },
    });
    expect(r.json.resolvedVpa).toBeUndefined();
    expect((await payout(sb, 'GET', `${base}/cust_1/${body.beneId}`)).json.status).toBe('ERROR');
  });

  it.each([
    ['YESB0000262', 'YES BANK', { imps: true, neft: true, rtgs: true, upi: true }],
    ['SBIN0008752', 'STATE BANK OF INDIA', { imps: true, neft: true, rtgs: true, upi: true }],
    ['CITI0000001', 'CITIBANK', { imps: true, neft: true, rtgs: true, upi: false }],
    ['CNRR0002640', 'CNRR SANDBOX CO-OPERATIVE BANK', { imps: true, neft: true, rtgs: false, upi: false }],
    ['HDFC0000001', 'HDFC BANK', { imps: true, neft: true, rtgs: true, upi: true }],
  ])('looks up IFSC %s', async (ifsc, bank, rails) => {
    const body = ifscBene(ifsc);
    const r = await payout(sb, 'POST', base, body);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ uniqueId: body.beneId, status: 'VALID', validateResp: { status: 'SUCCESS', data: { ifsc, bank, ...rails } } });
    const lookup = r.json.validateResp.data;
    for (const key of ['bankCode', 'branch', 'address', 'city', 'district', 'state']) expect(typeof lookup[key]).toBe('string');
    expect(lookup.micr === null || /^\d{9}$/.test(lookup.micr)).toBe(true);
    expect(r.json.validateResp.data.utr).toBeUndefined(); // no penny drop
  });

  it('answers 404 E09 for an unknown IFSC and 400 E01 for a malformed one', async () => {
    const unknown = await payout(sb, 'POST', base, ifscBene('ABCD0123456'));
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual(payoutError('E09'));
    const malformed = await payout(sb, 'POST', base, ifscBene('YESB262'));
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual(payoutError('E01'));
  });

});

describe('payout: v1 and v2 together', () => {
  it('share one store of beneficiaries', async () => {
    const body = bankBene('02014457596968', 'CITI0000001');
    await payout(sb, 'POST', '/payout/merchant/v1/benedetails', body);
    expect((await payout(sb, 'GET', `/payout/merchant/v2/benedetails/cust_1/${body.beneId}`)).json.status).toBe('VALID');
    expect((await payout(sb, 'POST', '/payout/merchant/v2/benedetails', body)).json).toEqual(DUPLICATE);
  });
});

describe('faults', () => {
  const get = (target = '/customers/c/customer-accounts/list') => ec(sb, 'GET', target);

  it('matches a path substring, a /regex/ and a method', async () => {
    sb.setFaults([
      { kind: '500', path: '/customer-accounts/list' },
      { kind: '503', path: '/benedetails/[^/]+/b2$/' },
      { kind: '429', method: 'post', path: 'benedetails' },
    ]);
    expect((await get()).status).toBe(500);
    expect((await get('/customers/c/customer-accounts/banh_x')).status).toBe(404);
    expect((await payout(sb, 'GET', `${BENE_PATH}/c/b2`)).status).toBe(503);
    expect((await payout(sb, 'GET', `${BENE_PATH}/c/b1`)).status).toBe(404);
    expect((await payout(sb, 'POST', BENE_PATH, bankBene('026291800001191', 'YESB0000262'))).status).toBe(429);
  });

  it('reads /source/flags as a regex, other slash-wrapped text as a substring', async () => {
    sb.setFaults([{ kind: '500', path: '/CUSTOMER-ACCOUNTS/i' }]);
    expect((await get()).status).toBe(500);
    sb.setFaults([{ kind: '500', path: '/customer-accounts/list' }]);
    expect((await get('/customers/c/customer-accounts/listing')).status).toBe(500); // substring
    expect((await get('/customers/c/customer-accounts/banh_x')).status).toBe(404);
  });

  it('a regex can match the query string of the raw path', async () => {
    sb.setFaults([{ kind: '503', path: '/\\?retry=1$/' }]);
    expect((await get('/customers/c/customer-accounts/list?retry=1')).status).toBe(503);
    expect((await get('/customers/c/customer-accounts/list?retry=2')).status).toBe(200);
  });

  it('share fires on a deterministic, evenly spread subset, first match first', async () => {
    sb.setFaults([{ kind: '500', share: 0.5 }]);
    const half = [];
    for (let i = 0; i < 6; i += 1) half.push((await get()).status);
    expect(half).toEqual([500, 200, 500, 200, 500, 200]);
    sb.setFaults([{ kind: '500', share: 0.25 }]);
    const quarter = [];
    for (let i = 0; i < 8; i += 1) quarter.push((await get()).status);
    expect(quarter).toEqual([500, 200, 200, 200, 500, 200, 200, 200]);
  });

  it('share with a seed repeats the same pattern for the same seed', async () => {
    const run = async () => {
      sb.setFaults([{ kind: '500', share: 0.5, seed: 42 }]);
      const statuses = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await get()).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('times stops the fault after N firings, then later faults apply', async () => {
    sb.setFaults([{ kind: '503', times: 2 }, { kind: '500', times: 1 }]);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await get()).status);
    expect(statuses).toEqual([503, 503, 500, 200, 200]);
  });

  it('applies after auth, and the request is still recorded', async () => {
    sb.setFaults([{ kind: '500', times: 1 }]);
    const unauthenticated = await request(sb.url, 'GET', '/customers/c/customer-accounts/list', { headers: { 'x-routing-id': 'c' } });
    expect(unauthenticated.status).toBe(401);
    expect((await get()).status).toBe(500); // the unauthenticated call did not use the fault up
    expect(sb.requests).toHaveLength(2);
  });

  it('can be given at start, and setFaults replaces them', async () => {
    const own = await startSandbox({ faults: [{ kind: '503' }] });
    try {
      const headers = { authorization: AUTH, 'x-routing-id': 'c' };
      expect((await request(own.url, 'GET', '/customers/c/customer-accounts/list', { headers })).status).toBe(503);
      own.setFaults([]);
      expect((await request(own.url, 'GET', '/customers/c/customer-accounts/list', { headers })).status).toBe(200);
    } finally {
      await own.stop();
    }
  });

  it('setFaults refuses invalid faults', () => {
    expect(() => sb.setFaults([{ kind: 'boom' } as unknown as Fault])).toThrow(/kind/);
    expect(() => sb.setFaults([{ kind: '500', share: 2 }])).toThrow(/share/);
    expect(() => sb.setFaults([{ kind: '500', times: 1.5 }])).toThrow(/times/);
    expect(() => sb.setFaults({} as unknown as Fault[])).toThrow(/array/);
    expect(() => sb.setFaults([{ kind: '429', landed: true }])).toThrow(/cannot have landed/);
  });
});

describe('latency', () => {
  it('delays every non-control request, but not the control surface', async () => {
    sb.setLatency(150);
    let started = Date.now();
    expect((await ec(sb, 'GET', '/customers/c/customer-accounts/list')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    started = Date.now();
    expect((await request(sb.url, 'GET', '/customers/c/customer-accounts/list')).status).toBe(401); // auth errors too
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    started = Date.now();
    await request(sb.url, 'GET', '/__sandbox/requests');
    expect(Date.now() - started).toBeLessThan(140);
  });

  it('takes latencyMs at start and can be switched off', async () => {
    const own = await startSandbox({ latencyMs: 120 });
    try {
      let started = Date.now();
      await request(own.url, 'GET', '/x');
      expect(Date.now() - started).toBeGreaterThanOrEqual(110);
      own.setLatency(0);
      started = Date.now();
      await request(own.url, 'GET', '/x');
      expect(Date.now() - started).toBeLessThan(110);
    } finally {
      await own.stop();
    }
  });

  it('refuses a negative latency', () => {
    expect(() => sb.setLatency(-5)).toThrow();
  });
});

describe('answered status in the request log', () => {
  it('records what each request was answered, 429s of the rate limiter included; refused requests are not acted on', async () => {
    const own = await startSandbox({ limits: { mode: 'perSecond', limit: 2 } });
    try {
      const bene = (beneId: string) =>
        request(own.url, 'POST', '/payout/merchant/v1/benedetails', {
          headers: { Authorization: AUTH, 'x-merchantid': MERCHANT, 'Content-Type': 'application/json' },
          body: JSON.stringify({ command: 'validate', beneId, customerId: 'c1', beneDetails: { type: 'UPI_ID', details: { vpa: 'success@upi' } } }),
        });
      const replies = [await bene('b1'), await bene('b2'), await bene('b3')];
      expect(replies.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(own.requests.map((r) => r.status)).toEqual([200, 200, 429]);
      own.setLimits({ mode: 'none' });
      const status = await request(own.url, 'GET', '/payout/merchant/v1/benedetails/c1/b3', { headers: { Authorization: AUTH, 'x-merchantid': MERCHANT } });
      expect(status.status).toBe(404);
      expect(own.requests[3].status).toBe(404);
    } finally {
      await own.stop();
    }
  });
});

describe('request log', () => {
  it('records the raw path, lower-cased headers, raw and parsed form body', async () => {
    const before = Date.now();
    await request(sb.url, 'POST', '/customers/c%201/accounts?x=a%20b&y=%2F', {
      headers: { Authorization: AUTH, 'X-Routing-Id': 'c 1', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'command=create&account_details=%7B%22upi%22%3A%5B%7B%22vpa%22%3A%22a%40upi%22%7D%5D%7D',
    });
    expect(sb.requests).toHaveLength(1);
    const [entry] = sb.requests;
    expect(entry.method).toBe('POST');
    expect(entry.path).toBe('/customers/c%201/accounts?x=a%20b&y=%2F');
    expect(entry.headers['x-routing-id']).toBe('c 1');
    expect(entry.headers.authorization).toBe(AUTH);
    expect(entry.rawBody).toBe('command=create&account_details=%7B%22upi%22%3A%5B%7B%22vpa%22%3A%22a%40upi%22%7D%5D%7D');
    expect(entry.body).toEqual({ command: 'create', account_details: '{"upi":[{"vpa":"a@upi"}]}' });
    expect(entry.time).toBeGreaterThanOrEqual(before);
    expect(entry.time).toBeLessThanOrEqual(Date.now());
  });

  it('decodes path parameters for the customer id', async () => {
    const r = await ec(sb, 'POST', '/customers/c%201/accounts', { command: 'create', account_details: upiDetails('a@upi') });
    expect(r.json[0].customer_id).toBe('c 1');
  });

  it('parses JSON bodies, and leaves other or broken bodies unparsed', async () => {
    const body = bankBene('026291800001191', 'YESB0000262');
    await payout(sb, 'POST', BENE_PATH, body);
    await request(sb.url, 'POST', '/x', { headers: { 'content-type': 'text/plain' }, body: 'hello' });
    await request(sb.url, 'POST', '/x', { headers: { 'content-type': 'application/json' }, body: '{oops' });
    await request(sb.url, 'POST', '/x', { headers: { 'content-type': 'application/json' }, body: '"text"' });
    await request(sb.url, 'GET', '/x');
    expect(sb.requests.map((r) => r.body)).toEqual([body, null, null, null, null]);
    expect(sb.requests.map((r) => r.rawBody)).toEqual([JSON.stringify(body), 'hello', '{oops', '"text"', '']);
  });

  it('records unauthenticated and faulted requests, but not control calls', async () => {
    sb.setFaults([{ kind: 'reset', times: 1 }]);
    await expect(ec(sb, 'GET', '/customers/c/customer-accounts/list')).rejects.toThrow();
    await request(sb.url, 'GET', '/nope');
    await request(sb.url, 'GET', '/__sandbox/requests');
    expect(sb.requests.map((r) => r.path)).toEqual(['/customers/c/customer-accounts/list', '/nope']);
  });

  it('clear() empties the same array in place', async () => {
    const log = sb.requests;
    await request(sb.url, 'GET', '/x');
    expect(log).toHaveLength(1);
    sb.clear();
    expect(log).toHaveLength(0);
    expect(sb.requests).toBe(log);
  });

  it('reset() also forgets accounts and beneficiaries', async () => {
    const body = bankBene('026291800001191', 'YESB0000262');
    await payout(sb, 'POST', BENE_PATH, body);
    sb.reset();
    expect(sb.requests).toHaveLength(0);
    expect((await payout(sb, 'POST', BENE_PATH, body)).status).toBe(200);
  });
});

describe('control surface', () => {
  const control = (method: string, what: string, body?: unknown) =>
    request(sb.url, method, `/__sandbox/${what}`, {
      headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('serves the request log without auth, and clears it', async () => {
    await ec(sb, 'GET', '/customers/c/customer-accounts/list');
    const log = await control('GET', 'requests');
    expect(log.status).toBe(200);
    expect(log.json).toEqual([expect.objectContaining({ method: 'GET', path: '/customers/c/customer-accounts/list', rawBody: '', body: null })]);
    expect((await control('POST', 'clear')).status).toBe(200);
    expect((await control('GET', 'requests')).json).toEqual([]);
  });

  it('sets faults and shows their counters', async () => {
    const set = await control('POST', 'faults', [{ kind: '503', retryAfter: 1, times: 1 }]);
    expect(set.status).toBe(200);
    expect((await ec(sb, 'GET', '/customers/c/customer-accounts/list')).status).toBe(503);
    expect((await ec(sb, 'GET', '/customers/c/customer-accounts/list')).status).toBe(200);
    expect((await control('GET', 'faults')).json).toEqual([expect.objectContaining({ kind: '503', times: 1, matched: 1, fired: 1 })]);
  });

  it('refuses invalid faults with 400 and keeps the old ones', async () => {
    await control('POST', 'faults', [{ kind: '500' }]);
    expect((await control('POST', 'faults', [{ kind: 'nope' }])).status).toBe(400);
    expect((await control('POST', 'faults', { kind: '500' })).status).toBe(400);
    expect((await request(sb.url, 'POST', '/__sandbox/faults', { body: '[{' })).status).toBe(400);
    expect((await ec(sb, 'GET', '/customers/c/customer-accounts/list')).status).toBe(500);
  });

  it('sets the latency', async () => {
    expect((await control('POST', 'latency', { ms: 120 })).json).toEqual({ ok: true, ms: 120 });
    const started = Date.now();
    await ec(sb, 'GET', '/customers/c/customer-accounts/list');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect((await control('POST', 'latency', { ms: 'slow' })).status).toBe(400);
  });

  it('resets everything', async () => {
    await control('POST', 'faults', [{ kind: '500' }]);
    expect((await control('POST', 'reset')).status).toBe(200);
    expect((await ec(sb, 'GET', '/customers/c/customer-accounts/list')).status).toBe(200);
  });

  it('answers 404 for an unknown control endpoint', async () => {
    expect((await control('GET', 'nothing')).status).toBe(404);
  });
});

describe('CLI', () => {
  it('prints its URL, serves with the given options, and stops on SIGTERM', async () => {
    const cli = path.join(__dirname, 'cli.js');
    const child = spawn(process.execPath, [cli, '--port', '0', '--api-key', 'cli_key', '--merchant-id', 'cli_m', '--latency', '0',
      '--fault', JSON.stringify({ kind: '503', times: 1 })], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no startup line: ${out}`)), 5000);
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) {
            clearTimeout(timer);
            resolve(out);
          }
        });
        child.on('error', reject);
      });
      const match = /^Juspay sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(line);
      expect(match).not.toBeNull();
      const url = match![1];
      const headers = { authorization: basic('cli_key'), 'x-merchantid': 'cli_m' };
      expect((await request(url, 'GET', `${BENE_PATH}/c/b`, { headers })).status).toBe(503);
      expect((await request(url, 'GET', `${BENE_PATH}/c/b`, { headers })).status).toBe(404);
      expect((await request(url, 'GET', '/__sandbox/requests')).json).toHaveLength(2);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('exits 2 with usage on a bad option', async () => {
    const child = spawn(process.execPath, [path.join(__dirname, 'cli.js'), '--fault', '{nope'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/--fault needs JSON/);
  });
});
