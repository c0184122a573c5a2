/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The sandbox's webhook delivery (webhooks.js), over real HTTP: a receiver
 * on an ephemeral port stands in for the Juspay Trigger and answers what each
 * test tells it to.
 */
import http from 'http';
import type { AddressInfo } from 'net';

import { startSandbox, type Sandbox } from './server';

const AUTH = `Basic ${Buffer.from('test_api_key:').toString('base64')}`;
const HEADERS = { authorization: AUTH, 'x-merchantid': 'test_merchant', 'content-type': 'application/json' };

interface Received {
  authorization?: string;
  body: Record<string, unknown>;
}

let sandbox: Sandbox;
let receiver: http.Server;
let receiverUrl: string;
let received: Received[];
/** Status codes the receiver answers with, in turn; 200 once they run out. */
let answers: number[];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(text) });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  sandbox = await startSandbox({ webhooks: { retryDelayMs: 5 } });
});

afterAll(async () => {
  await sandbox.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

beforeEach(() => {
  sandbox.reset();
  sandbox.webhooks.configure({ retryDelayMs: 5 });
  received = [];
  answers = [];
});

async function validate(beneId: string, account: string, ifsc: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${sandbox.url}/payout/merchant/v1/benedetails`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({
      beneId,
      customerId: 'cust_wh',
      command: 'validate',
      beneDetails: { details: { name: 'Asha Verma', account, ifsc }, type: 'ACCOUNT_IFSC' },
      ...extra,
    }),
  });
  return (await response.json()) as { status: string };
}

const details = (username?: string, password?: string) => ({
  additionalInfo: { webhookDetails: { url: receiverUrl, ...(username ? { username, password } : {}) } },
});

describe('sandbox webhooks', () => {
  it('an instant result: one event at once to the request\'s webhookDetails, with its basic auth', async () => {
    expect((await validate('bene_wh_1', '026291800001191', 'YESB0000262', details('hook', 's3cret'))).status).toBe('VALID');
    await sandbox.webhooks.idle();
    expect(received).toHaveLength(1);
    expect(received[0].authorization).toBe(`Basic ${Buffer.from('hook:s3cret').toString('base64')}`);
    expect(received[0].body).toMatchObject({
      event_type: 'VALIDATION_V2',
      event_name: 'VALID',
      content: { customerId: 'cust_wh', uniqueId: 'bene_wh_1', status: 'VALID', nameAtBank: 'ASHA VERMA' },
    });
    expect(JSON.stringify(received[0].body)).not.toContain('s3cret');
    expect(sandbox.webhooks.deliveries()).toEqual([
      expect.objectContaining({ beneId: 'bene_wh_1', event: 'VALID', url: receiverUrl, username: 'hook', delivered: true }),
    ]);
  });

  it('a pending result: nothing until the status check moves it on, then the final event', async () => {
    expect((await validate('bene_wh_2', '02014457596968', 'CITI0000001', details())).status).toBe('PENDING');
    await sandbox.webhooks.idle();
    expect(received).toEqual([]);
    await fetch(`${sandbox.url}/payout/merchant/v1/benedetails/cust_wh/bene_wh_2`, { headers: HEADERS });
    await sandbox.webhooks.idle();
    expect(received.map((r) => [r.body.event_name, (r.body.content as { status: string }).status])).toEqual([['VALID', 'VALID']]);
    expect(received[0].authorization).toBeUndefined();
  });

  it('finalizeAfterMs: a pending result settles and calls back without anyone polling', async () => {
    sandbox.webhooks.configure({ finalizeAfterMs: 10 });
    expect((await validate('bene_wh_3', '02014457596967', 'CITI0000001', details())).status).toBe('PENDING');
    await sandbox.webhooks.idle();
    expect(received.map((r) => r.body.event_name)).toEqual(['INVALID']);
    expect(sandbox.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('resends on a non-200 answer until a 200, and gives up after maxAttempts', async () => {
    answers = [500, 401];
    await validate('bene_wh_4', '026291800001191', 'YESB0000262', details());
    await sandbox.webhooks.idle();
    expect(sandbox.webhooks.deliveries()[0].attempts.map((a) => a.status)).toEqual([500, 401, 200]);

    sandbox.webhooks.configure({ maxAttempts: 3 });
    answers = [503, 503, 503, 503];
    await validate('bene_wh_5', '000100289877623', 'SBIN0008752', details());
    await sandbox.webhooks.idle();
    const [, last] = sandbox.webhooks.deliveries();
    expect(last).toMatchObject({ beneId: 'bene_wh_5', event: 'INVALID', delivered: false });
    expect(last.attempts.map((a) => a.status)).toEqual([503, 503, 503]);
    expect(received).toHaveLength(6);
  });

  it('uses the global URL when a request has no webhookDetails; Create and ERROR results send nothing', async () => {
    sandbox.webhooks.configure({ url: receiverUrl, username: 'global', password: 'pw' });
    await validate('bene_wh_6', '026291800001190', 'YESB0000262'); // ERROR: no VALIDATION_V2 event for it
    await fetch(`${sandbox.url}/payout/merchant/v1/benedetails`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ beneId: 'bene_wh_7', customerId: 'cust_wh', command: 'create', beneDetails: { details: { vpa: 'success@upi' }, type: 'UPI_ID' } }),
    });
    await validate('bene_wh_8', '026291800001191', 'YESB0000262');
    await sandbox.webhooks.idle();
    expect(received.map((r) => (r.body.content as { uniqueId: string }).uniqueId)).toEqual(['bene_wh_8']);
    expect(received[0].authorization).toBe(`Basic ${Buffer.from('global:pw').toString('base64')}`);
  });

  it('redeliver sends the same event again (same id), as Juspay\'s resend does; also through /__sandbox/', async () => {
    await validate('bene_wh_9', '026291800001191', 'YESB0000262', details());
    await sandbox.webhooks.idle();
    sandbox.webhooks.redeliver('bene_wh_9');
    await sandbox.webhooks.idle();
    const control = await fetch(`${sandbox.url}/__sandbox/webhooks/redeliver`, { method: 'POST', body: JSON.stringify({ beneId: 'bene_wh_9' }) });
    expect(control.status).toBe(200);
    await sandbox.webhooks.idle();
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const listed = (await (await fetch(`${sandbox.url}/__sandbox/webhooks`)).json()) as Array<{ resend?: boolean }>;
    expect(listed.map((d) => d.resend ?? false)).toEqual([false, true, true]);
  });
});
