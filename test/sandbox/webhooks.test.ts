/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The sandbox's webhook delivery (webhooks.js), over real HTTP: a receiver
 * on an ephemeral port stands in for the Juspay Trigger and answers what each
 * test tells it to. Only what the node tests cannot see: the event's shape
 * and login (the Trigger tests build their events after it), and the resends
 * until a 200 that the e2e suite counts on while n8n registers its webhooks.
 * A pending result settled by itself, and a redelivery, are asserted end to
 * end through the Juspay Trigger in test/node/callback.test.ts.
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
});
