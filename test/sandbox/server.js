'use strict';
/**
 * A local stand-in for Juspay's sandbox (https://sandbox.juspay.in), plain
 * Node `http` and no dependencies, so it runs unbuilt under any Node the
 * tests or a real n8n use. It serves the Express Checkout customer-account
 * API and the payout beneficiary API with Juspay's documented test data
 * (data.js), records every request, and can be told to misbehave (faults.js).
 *
 * Reference: /work/shared/juspay-api/*.md and NOTES.md. Where the reference
 * shows no shape, the choice made here is marked ASSUMPTION.
 */

const http = require('http');
const crypto = require('crypto');
const { FaultSet } = require('./faults');
const { Limits } = require('./limits');
const { Webhooks } = require('./webhooks');
const data = require('./data');

const CONTROL_PREFIX = '/__sandbox/';
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  apiKey: 'test_api_key',
  merchantId: 'test_merchant',
  latencyMs: 0,
  faults: [],
  webhooks: {}, // webhooks.js settings: url, username, password, finalizeAfterMs, ...
};

// ---------------------------------------------------------------- helpers

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomFrom = (alphabet, n) =>
  Array.from({ length: n }, () => alphabet[crypto.randomInt(alphabet.length)]).join('');
const randomAlnum = (n) => randomFrom(ALNUM, n);
const randomDigits = (n) => randomFrom('0123456789', n);
const nowIso = () => new Date().toISOString();
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v) => typeof v === 'string' && v.trim() !== '';

function sendJson(res, status, body, headers = {}) {
  send(res, status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

function send(res, status, text, headers) {
  if (res.destroyed || res.headersSent) return; // the client gave up (or stop() ran) meanwhile
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The media type of a request, without parameters such as charset. */
function mediaType(req) {
  return String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
}

/** JSON for JSON, fields for a form (last value wins), else (or when empty) null. */
function parseBody(type, raw) {
  if (raw === '') return null;
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      const parsed = JSON.parse(raw);
      return typeof parsed === 'object' ? parsed : null; // objects and arrays only
    } catch {
      return null;
    }
  }
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  return null;
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** HTTP Basic with username = API key and an empty password, as Juspay wants it. */
function isAuthorized(header, apiKey) {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header || '');
  if (!match) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(0, colon) === apiKey && decoded.slice(colon + 1) === '';
}

/** Which API's error shape a path gets. */
const apiOf = (pathname) => (pathname.startsWith('/payout/') ? 'payout' : 'ec');

// ---------------------------------------------------------------- error bodies

/** Express Checkout error. `message` becomes error_message (the reference's 401 has none). */
function ecError({ message, status = 'error', errorCode, userMessage, developerMessage, code, category = 'USER_ERROR' }) {
  return {
    ...(message ? { error_message: message } : {}),
    status,
    error_code: errorCode,
    error_info: {
      user_message: userMessage,
      request_id: crypto.randomUUID(),
      href: 'NA',
      developer_message: developerMessage,
      code,
      category,
    },
  };
}

const payoutError = (errorCode, errorMessage, userMessage) => ({ error: true, errorCode, errorMessage, userMessage });

const EC_ERRORS = {
  // Exactly the reference's 401 body.
  401: () => ecError({
    errorCode: 'access_denied', userMessage: 'Unauthorized.',
    developerMessage: 'Invalid API Key. Please pass a valid and active api key.', code: 'UNAUTHORIZED',
  }),
  // Exactly the reference's 404 body for an unknown customer account.
  404: (developerMessage = 'Customer account not found.', userMessage = 'Cannot process your request as customer account not found.') => ecError({
    message: 'Cannot find what you are looking for', status: 'invalid_request_error', errorCode: 'object_not_found',
    userMessage, developerMessage, code: 'RESOURCE_NOT_FOUND',
  }),
  // ASSUMPTION: 400 mirrors the 404 layout with NOTES.md's INVALID_INPUT code.
  400: (developerMessage) => ecError({
    message: developerMessage, status: 'invalid_request_error', errorCode: 'invalid_request',
    userMessage: 'Invalid request.', developerMessage, code: 'INVALID_INPUT',
  }),
  429: () => ecError({
    message: 'Too many requests', errorCode: 'too_many_requests', userMessage: 'Too many requests. Please retry later.',
    developerMessage: 'Rate limit exceeded.', code: 'TOO_MANY_REQUESTS',
  }),
  500: () => ecError({
    message: 'Something went wrong', errorCode: 'internal_server_error', userMessage: 'Something went wrong.',
    developerMessage: 'Internal server error.', code: 'INTERNAL_SERVER_ERROR', category: 'SERVER_ERROR',
  }),
  503: () => ecError({
    message: 'Service unavailable', errorCode: 'service_unavailable', userMessage: 'Service temporarily unavailable.',
    developerMessage: 'Service unavailable. Please retry later.', code: 'SERVICE_UNAVAILABLE', category: 'SERVER_ERROR',
  }),
};

// Codes from NOTES.md; 429/503 have no documented code, so they use E90.
const PAYOUT_ERRORS = {
  401: () => payoutError('E02', 'Invalid API key', 'Unauthorized'),
  404: (message = 'Resource not found') => payoutError('E09', message, 'Not found'),
  400: (message) => payoutError('E01', message, 'Bad request'),
  429: () => payoutError('E90', 'Too many requests', 'Something went wrong'),
  500: () => payoutError('E06', 'Internal error', 'Something went wrong'),
  503: () => payoutError('E90', 'Service unavailable', 'Something went wrong'),
};

function sendError(res, api, status, detail, headers) {
  const make = (api === 'payout' ? PAYOUT_ERRORS : EC_ERRORS)[status];
  sendJson(res, status, make(detail), headers);
}

// ---------------------------------------------------------------- outcomes

/** A validation that is PENDING/TIMEOUT moves on to its scenario's next outcome when checked. */
function settleOnStatusCheck(record) {
  const inFlight = record.outcome === 'PENDING' || record.outcome === 'TIMEOUT';
  if (inFlight && record.scenario.then !== record.outcome) {
    record.outcome = record.scenario.then;
    record.updated = nowIso();
  }
}

// ---------------------------------------------------------------- Express Checkout: customer accounts

const EC_STATUS = { CREATED: 'CREATED', VALID: 'ACTIVE', INVALID: 'FAILURE', ERROR: 'FAILURE', PENDING: 'PENDING', TIMEOUT: 'PENDING' };

/** Missing routing id or a POST that is not a form: 400, before anything else. */
function ecGuard(ctx) {
  if (!nonEmpty(ctx.req.headers['x-routing-id'])) return 'x-routing-id header is required.';
  if (ctx.req.method === 'POST' && mediaType(ctx.req) !== 'application/x-www-form-urlencoded') {
    return 'Content-Type must be application/x-www-form-urlencoded.';
  }
  return null;
}

function parseBankAccount(entry) {
  if (!isObject(entry)) return { error: 'each bank_account entry must be an object' };
  // Strings only: a JSON number would already have lost the account's leading zeros.
  if (!nonEmpty(entry.ifsc) || !nonEmpty(entry.account)) return { error: 'bank_account entries need ifsc and account as strings' };
  const details = {};
  if (entry.name !== undefined) details.name = entry.name;
  details.ifsc = data.IFSC_ANSWERED[entry.account] ?? entry.ifsc;
  details.account = entry.account;
  return { item: { kind: 'bank', details } };
}

function parseUpi(entry) {
  if (!isObject(entry) || !nonEmpty(entry.vpa)) return { error: 'upi entries need a vpa string' };
  return { item: { kind: 'upi', details: { vpa: entry.vpa } } };
}

/** The `account_details` form field (a JSON string) → accounts in the order given. */
function parseAccountDetails(raw) {
  if (!nonEmpty(raw)) return { error: 'account_details is required.' };
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { error: 'account_details is not valid JSON.' };
  }
  if (!isObject(parsed)) return { error: 'account_details must be a JSON object.' };
  const parsers = { bank_account: parseBankAccount, upi: parseUpi };
  const items = [];
  for (const [key, entries] of Object.entries(parsed)) {
    if (!parsers[key]) return { error: `account_details has an unknown key ${key}.` };
    if (!Array.isArray(entries)) return { error: `account_details.${key} must be an array.` };
    for (const entry of entries) {
      const { item, error } = parsers[key](entry);
      if (error) return { error: `account_details: ${error}.` };
      items.push(item);
    }
  }
  if (items.length === 0) return { error: 'account_details holds no bank_account or upi entry.' };
  return { items };
}

/** `validation_amount` form field; defaults to ₹1. Returns NaN when unusable. */
function parseAmount(raw, fallback = 1) {
  if (raw === undefined || raw === '') return fallback;
  const amount = Number(raw);
  return Number.isFinite(amount) && amount > 0 ? amount : NaN;
}

function newCustomerAccount(customerId, { kind, details }, amount) {
  const created = nowIso();
  return {
    id: `banh_${randomAlnum(16)}`,
    customerId,
    kind,
    details,
    amount,
    dateCreated: created,
    updated: created,
    outcome: 'CREATED',
    scenario: kind === 'bank' ? data.bankScenario(details.account, details.ifsc) : data.vpaScenario(details.vpa),
  };
}

/** A penny drop starts: its first outcome shows once `pennyDropMs` (the sandbox's setting) has passed; PENDING until then. */
function validateCustomerAccount(account, amount, pennyDropMs) {
  account.amount = amount;
  account.outcome = account.scenario.first;
  account.updated = nowIso();
  account.validatingUntil = Date.now() + pennyDropMs;
}

const IN_FLIGHT = ['PENDING', 'TIMEOUT'];

/** The outcome as seen now: PENDING while the penny drop runs. */
function outcomeNow(account) {
  return account.validatingUntil > Date.now() ? 'PENDING' : account.outcome;
}

/**
 * Juspay's reference: "Once the validation is successful, customer account ID
 * is created". An account made by Create and Validate is listed only once its
 * first validation has finished (then it stays listed); one made by Create is
 * listed at once.
 */
function isListed(account) {
  if (!account.listed && !IN_FLIGHT.includes(outcomeNow(account))) account.listed = true;
  return account.listed;
}

function customerAccountView(account) {
  return {
    object: 'customer_account',
    customer_account_id: account.id,
    customer_id: account.customerId,
    date_created: account.dateCreated,
    account_details: account.details,
    validation_amount: account.amount,
    currency: 'INR',
    validation_status: EC_STATUS[outcomeNow(account)],
    last_validated: account.updated,
    customer_account_type: account.kind === 'bank' ? 'SAVINGS' : 'UPI',
  };
}

/** The customer's account, or null after answering the reference's 404. */
function findCustomerAccount(sb, ctx, customerId, accountId) {
  const account = sb.accounts.get(accountId);
  if (account && account.customerId === customerId) return account;
  sendError(ctx.res, 'ec', 404);
  return null;
}

function ecCreateAccounts(sb, ctx, customerId) {
  const form = ctx.form;
  if (form.command !== 'create' && form.command !== 'validate') {
    return sendError(ctx.res, 'ec', 400, 'command must be create or validate.');
  }
  const { items, error } = parseAccountDetails(form.account_details);
  if (error) return sendError(ctx.res, 'ec', 400, error);
  const amount = parseAmount(form.validation_amount);
  if (Number.isNaN(amount)) return sendError(ctx.res, 'ec', 400, 'validation_amount must be a positive number.');
  const accounts = items.map((item) => newCustomerAccount(customerId, item, amount));
  for (const account of accounts) {
    if (form.command === 'validate') validateCustomerAccount(account, amount, sb.pennyDropMs);
    else account.listed = true;
    sb.accounts.set(account.id, account);
  }
  sendJson(ctx.res, 200, accounts.map(customerAccountView));
}

function ecValidateAccount(sb, ctx, customerId, accountId) {
  const account = findCustomerAccount(sb, ctx, customerId, accountId);
  if (!account) return;
  const amount = parseAmount(ctx.form.validation_amount, account.amount);
  if (Number.isNaN(amount)) return sendError(ctx.res, 'ec', 400, 'validation_amount must be a positive number.');
  validateCustomerAccount(account, amount, sb.pennyDropMs);
  sendJson(ctx.res, 200, customerAccountView(account));
}

function ecGetAccount(sb, ctx, customerId, accountId) {
  const account = findCustomerAccount(sb, ctx, customerId, accountId);
  if (!account) return;
  // A status check moves a PENDING scenario on, once its penny drop has run.
  if (!(account.validatingUntil > Date.now())) settleOnStatusCheck(account);
  sendJson(ctx.res, 200, customerAccountView(account));
}

/**
 * ASSUMPTION (the reference shows no list body): `{ "list": [customer_account...], "count": n }`,
 * oldest first; an unknown customer has an empty list. Only listed accounts
 * (see isListed): a penny drop still in flight does not show. Listing is not
 * a status check, so in-flight validations do not move on here.
 */
function ecListAccounts(sb, ctx, customerId) {
  const list = [...sb.accounts.values()].filter((a) => a.customerId === customerId && isListed(a)).map(customerAccountView);
  sendJson(ctx.res, 200, { list, count: list.length });
}

function ecDeleteAccount(sb, ctx, customerId, accountId) {
  if (ctx.form.command !== 'delete') return sendError(ctx.res, 'ec', 400, 'command must be delete.');
  const account = findCustomerAccount(sb, ctx, customerId, accountId);
  if (!account) return;
  sb.accounts.delete(account.id);
  sendJson(ctx.res, 200, { status: 'DELETED', customer_account_id: account.id });
}

// ---------------------------------------------------------------- payout: beneficiaries

const BENE_TYPES = ['ACCOUNT_IFSC', 'UPI_ID', 'IFSC'];

/** Merchant header, then JSON content type and body: [status, payout error body] or null. */
function payoutGuard(sb, ctx) {
  const merchant = ctx.req.headers['x-merchantid'];
  if (!nonEmpty(merchant)) return [400, PAYOUT_ERRORS[400]('x-merchantid header is missing')];
  // ASSUMPTION: NOTES.md lists E08 as Juspay's 403; which code a wrong merchant gets is not confirmed.
  if (merchant !== sb.options.merchantId) return [403, payoutError('E08', 'Merchant id does not match the API key', 'Forbidden')];
  if (ctx.req.method !== 'POST') return null;
  if (mediaType(ctx.req) !== 'application/json') return [400, PAYOUT_ERRORS[400]('Content-Type must be application/json')];
  if (!isObject(ctx.entry.body)) return [400, PAYOUT_ERRORS[400]('Request body must be a JSON object')];
  return null;
}

// Which answer a command gets, per beneDetails.type (missing = not allowed).
const BENE_OPS = {
  create: { ACCOUNT_IFSC: 'create', UPI_ID: 'create', IFSC: 'create' },
  validate: { ACCOUNT_IFSC: 'bank', UPI_ID: 'vpa', IFSC: 'ifsc' },
  resolve: { UPI_ID: 'resolve', IFSC: 'ifsc' },
};

/** The beneDetails.details fields an answer needs. */
function requiredDetails(op, type, details) {
  const byOp = { bank: ['ifsc', 'account'], vpa: ['vpa'], resolve: ['mobile'], ifsc: ['ifsc'] };
  if (op !== 'create') return byOp[op];
  if (type === 'UPI_ID') return nonEmpty(details.mobile) ? ['mobile'] : ['vpa'];
  return type === 'IFSC' ? byOp.ifsc : byOp.bank;
}

/** Which answer a bene request gets (create | bank | vpa | resolve | ifsc), or an E01 message. */
function classifyBene(body) {
  const missing = ['beneId', 'customerId'].filter((k) => !nonEmpty(body[k]));
  const bene = body.beneDetails;
  if (!isObject(bene) || !isObject(bene.details)) missing.push('beneDetails.details');
  if (missing.length) return { error: `Missing required field(s): ${missing.join(', ')}` };
  const { details, type } = bene;
  if (!BENE_TYPES.includes(type)) return { error: `beneDetails.type must be one of ${BENE_TYPES.join(', ')}` };
  if (!Object.hasOwn(BENE_OPS, body.command)) return { error: 'command must be one of validate, create, resolve' };
  const op = BENE_OPS[body.command][type];
  if (!op) return { error: `command ${body.command} does not accept beneDetails.type ${type}` };
  const lacking = requiredDetails(op, type, details).filter((k) => !nonEmpty(details[k]));
  if (lacking.length) return { error: `Missing required field(s): ${lacking.map((k) => `beneDetails.details.${k}`).join(', ')}` };
  if (op === 'ifsc' && !data.IFSC_RE.test(details.ifsc)) return { error: 'Invalid IFSC format' };
  return { op };
}

function beneScenario(op, details) {
  const settled = (outcome) => ({ first: outcome, then: outcome });
  if (op === 'bank') return data.bankScenario(details.account, details.ifsc);
  if (op === 'vpa') return data.vpaScenario(details.vpa);
  // NOTES.md: an unmapped mobile answers ERROR/UNABLE_TO_VALIDATE (MM2); numbers ending 0000 play that part.
  if (op === 'resolve') return settled(String(details.mobile).replace(/\D/g, '').endsWith('0000') ? 'ERROR' : 'VALID');
  return settled(op === 'create' ? 'CREATED' : 'VALID');
}

function newBene(sb, body, op) {
  const scenario = beneScenario(op, body.beneDetails.details);
  return {
    beneId: body.beneId,
    customerId: body.customerId,
    op,
    beneDetails: body.beneDetails,
    gateway: nonEmpty(body.preferredGateway) ? body.preferredGateway : 'DUMMY',
    scenario,
    outcome: scenario.first,
    refs: { utr: randomDigits(16), refId: randomDigits(7), gatewayRefId: crypto.randomBytes(15).toString('hex') },
    merchantId: sb.options.merchantId,
  };
}

// validateResp per outcome; validateResp.status is SUCCESS / PENDING / FAILURE to match the top level.
const BANK_RESULTS = {
  VALID: { subCode: '200', status: 'SUCCESS', message: 'Bank Account details verified successfully', accountStatusCode: 'ACCOUNT_IS_VALID', accountStatus: 'VALID' },
  INVALID: { subCode: '422', status: 'FAILURE', message: 'Invalid account number or IFSC provided', accountStatusCode: 'INVALID_ACCOUNT_FAIL', accountStatus: 'INVALID' },
  ERROR: { subCode: '520', status: 'FAILURE', message: 'Unable to validate the bank account: the bank did not confirm it', accountStatusCode: 'UNABLE_TO_VALIDATE', accountStatus: 'ERROR' },
  PENDING: { subCode: '202', status: 'PENDING', message: 'Bank account validation is in progress', accountStatusCode: 'VALIDATION_IN_PROGRESS', accountStatus: 'PENDING' },
  TIMEOUT: { subCode: '504', status: 'PENDING', message: 'The bank did not answer in time; the status will be updated', accountStatusCode: 'BANK_TIMEOUT', accountStatus: 'PENDING' },
};

const VPA_RESULTS = {
  VALID: { subCode: '200', status: 'SUCCESS', message: 'VPA verification successful' },
  INVALID: { subCode: '422', status: 'FAILURE', message: 'Invalid VPA' },
  ERROR: { subCode: '520', status: 'FAILURE', message: 'Unable to validate the VPA: the PSP did not confirm it' },
  PENDING: { subCode: '202', status: 'PENDING', message: 'VPA verification is in progress' },
  TIMEOUT: { subCode: '504', status: 'PENDING', message: 'The PSP did not answer in time; the status will be updated' },
};

function bankResponse(bene) {
  const { details } = bene.beneDetails;
  const result = BANK_RESULTS[bene.outcome];
  const valid = bene.outcome === 'VALID';
  const branch = data.IFSC_DIRECTORY[details.ifsc] || { bank: 'SANDBOX BANK', branch: 'SANDBOX BRANCH', city: 'MUMBAI', micr: null };
  const name = valid ? data.nameAtBank(details.name) : undefined;
  const dataPart = valid
    ? { utr: bene.refs.utr, refId: bene.refs.refId, nameAtBank: name, micr: branch.micr === null ? null : Number(branch.micr), city: branch.city, branch: branch.branch, bankName: branch.bank, amountDeposited: '1' }
    : { refId: bene.refs.refId };
  const { message, accountStatusCode, accountStatus, ...head } = result;
  return {
    validateResp: { ...head, message, data: dataPart, accountStatusCode, accountStatus },
    uniqueId: bene.beneId,
    status: bene.outcome,
    remark: message,
    nameAtBank: name,
    fulfillmentMethod: `${bene.gateway}_IMPS`,
    beneDetails: bene.beneDetails,
  };
}

function vpaResponse(bene) {
  const result = VPA_RESULTS[bene.outcome];
  const valid = bene.outcome === 'VALID';
  const name = valid ? data.nameAtBank(bene.beneDetails.details.name) : undefined;
  const dataPart = valid ? { nameAtBank: name, accountExists: 'YES' } : { accountExists: bene.outcome === 'INVALID' ? 'NO' : 'UNKNOWN' };
  return {
    validateResp: { ...result, data: dataPart },
    uniqueId: bene.beneId,
    status: bene.outcome,
    remark: result.message,
    nameAtBank: name,
    fulfillmentMethod: `${bene.gateway}_UPI`,
    beneDetails: bene.beneDetails,
  };
}

function resolveResponse(bene) {
  const { details } = bene.beneDetails;
  const mobile = String(details.mobile).replace(/\D/g, '').slice(-10);
  const common = { uniqueId: bene.beneId, status: bene.outcome };
  const tail = { gatewayRefId: bene.refs.gatewayRefId, fulfillmentMethod: `${bene.gateway}_UPI`, beneDetails: bene.beneDetails };
  if (bene.outcome !== 'VALID') {
    return {
      validateResp: {
        status: 'FAILURE', responseMessage: 'No VPA is linked to this mobile number', responseCode: 'MM2',
        payload: { gatewayTransactionId: bene.refs.gatewayRefId, gatewayResponseStatus: 'FAILURE', gatewayResponseMessage: 'Mobile number is not mapped to any VPA', gatewayResponseCode: 'MM2' },
      },
      ...common, responseCode: 'UNABLE_TO_VALIDATE', remark: 'Unable to resolve the mobile number', ...tail,
    };
  }
  const vpa = `${mobile}@mapper.npci`;
  const name = data.nameAtBank(details.name);
  return {
    validateResp: {
      status: 'SUCCESS', responseMessage: 'SUCCESS', responseCode: 'SUCCESS',
      payload: {
        vpa, name, merchantId: bene.merchantId, merchantChannelId: `${bene.merchantId}APP`, isMerchant: 'false',
        iin: '500007', ifsc: 'AABD0000011', gatewayTransactionId: bene.refs.gatewayRefId,
        gatewayResponseStatus: 'SUCCESS', gatewayResponseMessage: 'Your transaction is successful', gatewayResponseCode: '00',
      },
    },
    ...common, responseCode: 'VALID_VPA', resolvedVpa: vpa, remark: 'Mobile Number Resolved Successfully', nameAtBank: name, ...tail,
  };
}

/**
 * ASSUMPTION (the reference shows no IFSC answer): the usual envelope with the
 * lookup in validateResp.data: { ifsc, bank, bankCode, branch, address, city,
 * district, state, micr (string or null), imps, neft, rtgs, upi (booleans) }.
 */
function ifscResponse(bene) {
  const ifsc = bene.beneDetails.details.ifsc;
  const message = 'IFSC details fetched successfully';
  return {
    validateResp: { subCode: '200', status: 'SUCCESS', message, data: { ifsc, ...data.IFSC_DIRECTORY[ifsc] } },
    uniqueId: bene.beneId,
    status: 'VALID',
    remark: message,
    beneDetails: bene.beneDetails,
  };
}

/** `create` stores the bene without validating: status CREATED, no validateResp. */
function createResponse(bene) {
  return { uniqueId: bene.beneId, status: 'CREATED', remark: 'Beneficiary created successfully', beneDetails: bene.beneDetails };
}

const BENE_RESPONSES = { bank: bankResponse, vpa: vpaResponse, resolve: resolveResponse, ifsc: ifscResponse, create: createResponse };

function payoutPostBene(sb, ctx) {
  const body = ctx.entry.body;
  const { op, error } = classifyBene(body);
  if (error) return sendError(ctx.res, 'payout', 400, error);
  if (sb.benes.has(body.beneId)) {
    return sendJson(ctx.res, 400, payoutError('E05', 'Duplicate BeneId.', 'Bad request'));
  }
  // An unknown IFSC is refused before the bene is stored, so its beneId stays usable.
  if (op === 'ifsc' && !data.IFSC_DIRECTORY[body.beneDetails.details.ifsc]) {
    return sendError(ctx.res, 'payout', 404, 'IFSC not found');
  }
  const bene = newBene(sb, body, op);
  sb.benes.set(bene.beneId, bene);
  sendJson(ctx.res, 200, BENE_RESPONSES[op](bene));
  sb.webhooks.created(bene, body);
}

function payoutGetBene(sb, ctx, customerId, beneId) {
  const bene = sb.benes.get(beneId);
  if (!bene || bene.customerId !== customerId) return sendError(ctx.res, 'payout', 404, 'Beneficiary not found');
  const before = bene.outcome;
  settleOnStatusCheck(bene);
  sendJson(ctx.res, 200, BENE_RESPONSES[bene.op](bene));
  if (bene.outcome !== before) sb.webhooks.changed(bene);
}

// ---------------------------------------------------------------- routing

const PAYOUT_BASE = '^/payout/merchant/v[12]/benedetails';
const ROUTES = [
  { method: 'POST', re: /^\/customers\/([^/]+)\/accounts$/, handler: ecCreateAccounts },
  // `list` before `{customer_account_id}`, which would otherwise swallow it.
  { method: 'GET', re: /^\/customers\/([^/]+)\/customer-accounts\/list$/, handler: ecListAccounts },
  { method: 'POST', re: /^\/customers\/([^/]+)\/customer-accounts\/([^/]+)\/validate$/, handler: ecValidateAccount },
  { method: 'GET', re: /^\/customers\/([^/]+)\/customer-accounts\/([^/]+)$/, handler: ecGetAccount },
  { method: 'POST', re: /^\/customers\/([^/]+)\/customer-accounts\/([^/]+)$/, handler: ecDeleteAccount },
  { method: 'POST', re: new RegExp(`${PAYOUT_BASE}$`), handler: payoutPostBene },
  { method: 'GET', re: new RegExp(`${PAYOUT_BASE}/([^/]+)/([^/]+)$`), handler: payoutGetBene },
];

function route(sb, ctx) {
  for (const { method, re, handler } of ROUTES) {
    const match = re.exec(ctx.pathname);
    if (!match || method !== ctx.req.method) continue;
    const params = match.slice(1).map(decodeSegment);
    if (ctx.api === 'payout') {
      const problem = payoutGuard(sb, ctx);
      if (problem) return sendJson(ctx.res, problem[0], problem[1]);
    } else {
      const problem = ecGuard(ctx);
      if (problem) return sendError(ctx.res, 'ec', 400, problem);
    }
    return handler(sb, ctx, ...params);
  }
  const detail = `No route for ${ctx.req.method} ${ctx.pathname}`;
  if (ctx.api === 'payout') return sendError(ctx.res, 'payout', 404, detail);
  return sendJson(ctx.res, 404, EC_ERRORS[404](`${detail}.`, 'Cannot process your request as the resource was not found.'));
}

// ---------------------------------------------------------------- faults

const HTML_PAGE = '<!DOCTYPE html>\n<html><head><title>Service Notice</title></head>'
  + '<body><h1>We will be back soon</h1><p>This page is served instead of the API (maintenance, WAF or proxy).</p></body></html>\n';

/** A plausible success body of the API, cut in half so it no longer parses. */
function truncatedBody(api) {
  const whole = api === 'payout'
    ? { validateResp: { status: 'SUCCESS', message: 'cut off' }, uniqueId: 'truncated', status: 'VALID', remark: 'this body is cut off' }
    : { object: 'customer_account', customer_account_id: 'banh_truncated0000000', validation_status: 'ACTIVE' };
  const text = JSON.stringify(whole);
  return text.slice(0, Math.floor(text.length / 2));
}

/** Where the answer of a request that landed goes when its fault loses it (`landed` faults). */
const DISCARDED_ANSWER = { destroyed: false, headersSent: false, writeHead() {}, end() {} };

function applyFault(ctx, fault) {
  const { req, res, api } = ctx;
  const retryAfter = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  switch (fault.kind) {
    case '401':
    case '429':
    case '500':
    case '503':
      return sendError(res, api, Number(fault.kind), undefined, retryAfter);
    case 'hang':
      return undefined; // never answer; stop() destroys the socket
    case 'reset':
      // A TCP RST where Node offers it (ECONNRESET at the client), else a plain close.
      return typeof req.socket.resetAndDestroy === 'function' ? req.socket.resetAndDestroy() : req.socket.destroy();
    case 'html':
      return send(res, 200, HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' });
    case 'truncated':
      // The HTTP message itself is complete; only the JSON in it is cut off.
      return send(res, 200, truncatedBody(api), { 'content-type': 'application/json' });
    default:
      throw new Error(`unhandled fault kind ${fault.kind}`);
  }
}

// ---------------------------------------------------------------- control surface

function parseLatency(ms) {
  const value = Number(ms);
  if (!Number.isFinite(value) || value < 0) throw new Error('latency must be a non-negative number of milliseconds');
  return value;
}

/** `/__sandbox/...`: not authenticated, not recorded, no latency, no faults. */
function handleControl(sb, req, res, pathname, rawBody) {
  const action = `${req.method} ${pathname.slice(CONTROL_PREFIX.length)}`;
  const body = () => JSON.parse(rawBody || 'null');
  try {
    switch (action) {
      case 'GET requests': return sendJson(res, 200, sb.requests);
      case 'POST clear': sb.clear(); return sendJson(res, 200, { ok: true });
      case 'POST reset': sb.reset(); return sendJson(res, 200, { ok: true });
      case 'GET faults': return sendJson(res, 200, sb.faults.list());
      case 'POST faults': sb.setFaults(body()); return sendJson(res, 200, { ok: true, faults: sb.faults.list() });
      case 'POST latency': sb.setLatency((body() || {}).ms); return sendJson(res, 200, { ok: true, ms: sb.latencyMs });
      case 'POST penny-drop': sb.setPennyDrop((body() || {}).ms); return sendJson(res, 200, { ok: true, ms: sb.pennyDropMs });
      case 'GET limits': return sendJson(res, 200, sb.limits.state());
      case 'POST limits': sb.limits.configure(body() || {}); return sendJson(res, 200, { ok: true, ...sb.limits.state() });
      default: {
        const [status, answer] = sb.webhooks.control(req.method, pathname.slice(CONTROL_PREFIX.length), body());
        return sendJson(res, status, answer);
      }
    }
  } catch (err) {
    return sendJson(res, 400, { error: err instanceof Error ? err.message : String(err) });
  }
}

// ---------------------------------------------------------------- server

class SandboxServer {
  constructor(options) {
    this.options = { ...DEFAULTS, ...options };
    this.requests = [];
    this.faults = new FaultSet(this.options.faults);
    this.limits = new Limits(this.options.limits); // rate limit and latency jitter (limits.js)
    this.latencyMs = parseLatency(this.options.latencyMs);
    this.pennyDropMs = parseLatency(this.options.pennyDropMs ?? 0); // how long a customer-account penny drop runs
    this.accounts = new Map(); // customer_account_id → customer account
    this.benes = new Map(); // beneId → bene (the sandbox serves one merchant)
    this.sockets = new Set(); // kept so stop() can end hanging and keep-alive connections
    this.timers = new Set(); // latency timers, cleared by stop()
    this.webhooks = new Webhooks(this.options.webhooks, {
      view: (bene) => BENE_RESPONSES[bene.op](bene),
      settle: (bene) => {
        const before = bene.outcome;
        settleOnStatusCheck(bene);
        return bene.outcome !== before;
      },
      alive: (bene) => !this.stopped && this.benes.get(bene.beneId) === bene,
    });
    this.stopped = false;
    this.server = http.createServer((req, res) => this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  listen() {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        this.port = this.server.address().port;
        resolve();
      });
    });
  }

  get url() {
    const host = ['0.0.0.0', '::', ''].includes(this.options.host) ? '127.0.0.1' : this.options.host;
    return `http://${host.includes(':') ? `[${host}]` : host}:${this.port}`;
  }

  onRequest(req, res) {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return send(res, 413, 'Payload Too Large', { 'content-type': 'text/plain' });
      this.handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err) => {
        sendError(res, apiOf(req.url || '/'), 500);
        process.emitWarning(`Juspay sandbox handler failed: ${err && err.stack ? err.stack : err}`);
      });
    });
    req.on('error', () => req.socket.destroy());
  }

  async handle(req, res, rawBody) {
    const path = req.url || '/';
    const pathname = path.split('?')[0];
    if (pathname.startsWith(CONTROL_PREFIX)) return handleControl(this, req, res, pathname, rawBody);
    const entry = this.record(req, rawBody);
    res.once('finish', () => {
      entry.status = res.statusCode;
      entry.answeredAt = Date.now();
    });
    const refused = this.limits.admit(entry);
    if (refused) return sendError(res, apiOf(pathname), 429, undefined, refused);
    res.once('close', () => this.limits.done());
    await this.delay();
    if (this.stopped || res.destroyed) return undefined;
    const ctx = { req, res, entry, pathname, api: apiOf(pathname), form: isObject(entry.body) ? entry.body : {} };
    if (!isAuthorized(req.headers.authorization, this.options.apiKey)) return sendError(res, ctx.api, 401);
    const fault = this.faults.pick({ method: req.method, path });
    if (fault?.landed) route(this, { ...ctx, res: DISCARDED_ANSWER });
    if (fault) return applyFault(ctx, fault);
    return route(this, ctx);
  }

  /** Logged before latency, auth and faults, so a test sees exactly what was sent. */
  record(req, rawBody) {
    const entry = {
      method: req.method,
      path: req.url,
      headers: { ...req.headers },
      rawBody,
      body: parseBody(mediaType(req), rawBody),
      time: Date.now(),
    };
    this.requests.push(entry);
    return entry;
  }

  delay() {
    const ms = this.limits.latencyMs(this.latencyMs);
    if (!ms) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Empties the request log in place (arrays handed out earlier see it too). */
  clear() {
    this.requests.length = 0;
    this.limits.clearCounters();
  }

  /** Back to a fresh sandbox: no requests, accounts, benes, faults or latency. */
  reset() {
    this.clear();
    this.accounts.clear();
    this.benes.clear();
    this.setFaults([]);
    this.setLatency(0);
    this.setPennyDrop(0);
    this.limits.reset();
    this.webhooks.reset();
  }

  setFaults(faults) {
    this.faults.set(faults);
  }

  setLatency(ms) {
    this.latencyMs = parseLatency(ms);
  }

  /** How long a customer-account penny drop runs: PENDING, and not listed, until then. */
  setPennyDrop(ms) {
    this.pennyDropMs = parseLatency(ms);
  }

  stop() {
    if (!this.stopping) {
      this.stopped = true;
      this.stopping = new Promise((resolve) => {
        for (const timer of this.timers) clearTimeout(timer);
        this.timers.clear();
        this.webhooks.stop();
        this.server.close(() => resolve());
        for (const socket of this.sockets) socket.destroy();
      });
    }
    return this.stopping;
  }
}

/**
 * Starts a sandbox and resolves once it listens.
 * @param {import('./server').SandboxOptions} [options]
 * @returns {Promise<import('./server').Sandbox>}
 */
async function startSandbox(options = {}) {
  const sb = new SandboxServer(options);
  await sb.listen();
  return {
    url: sb.url,
    port: sb.port,
    requests: sb.requests,
    clear: () => sb.clear(),
    reset: () => sb.reset(),
    setFaults: (faults) => sb.setFaults(faults),
    setLatency: (ms) => sb.setLatency(ms),
    setPennyDrop: (ms) => sb.setPennyDrop(ms),
    setLimits: (knobs) => sb.limits.configure(knobs),
    limits: () => sb.limits.state(),
    webhooks: {
      configure: (settings) => sb.webhooks.configure(settings),
      deliveries: () => sb.webhooks.list(),
      redeliver: (beneId) => sb.webhooks.redeliver(beneId),
      idle: () => sb.webhooks.idle(),
    },
    stop: () => sb.stop(),
  };
}

module.exports = { startSandbox, DEFAULTS };
