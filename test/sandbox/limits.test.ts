/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * The sandbox's rate limiter and latency jitter (limits.js), over real HTTP.
 */
import { startSandbox, type Sandbox } from './server';

const AUTH = `Basic ${Buffer.from('test_api_key:').toString('base64')}`;
let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.stop();
});
beforeEach(() => sandbox.reset());

const bene = (beneId: string, command = 'validate') =>
	fetch(`${sandbox.url}/payout/merchant/v1/benedetails`, {
		method: 'POST',
		headers: { authorization: AUTH, 'content-type': 'application/json', 'x-merchantid': 'test_merchant' },
		body: JSON.stringify({ beneId, customerId: 'c1', command, beneDetails: { type: 'UPI_ID', details: { vpa: 'success@upi' } } }),
	});

describe('sandbox limits', () => {
	it('in flight: beyond the limit a 429 with Retry-After comes back at once, in the API shape, logged as rate-limited', async () => {
		sandbox.setLimits({ mode: 'inFlight', limit: 2, retryAfter: 3, latencyMs: 2000 });
		const started = Date.now();
		const slow = [bene('b1'), bene('b2')];
		await new Promise((resolve) => setTimeout(resolve, 50));
		const refused = await bene('b3');
		const refusedAfter = Date.now() - started;

		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('3');
		expect(await refused.json()).toEqual({ error: true, errorCode: 'E90', errorMessage: 'Too many requests', userMessage: 'Something went wrong' });
		expect(refusedAfter).toBeLessThan(1500);
		expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200]);
		expect(sandbox.requests.map((r) => r.rateLimited === true)).toEqual([false, false, true]);
		expect(sandbox.limits()).toMatchObject({ accepted: 2, rateLimited: 1, validations: 2, peakInFlight: 2, inFlight: 0 });
	});

	it('per second: at most `limit` accepted in any trailing second', async () => {
		sandbox.setLimits({ mode: 'perSecond', limit: 3 });
		const first = await Promise.all(['p1', 'p2', 'p3', 'p4'].map((id) => bene(id)));
		expect(first.map((r) => r.status).sort()).toEqual([200, 200, 200, 429]);
		await new Promise((resolve) => setTimeout(resolve, 1050));
		expect((await bene('p5')).status).toBe(200);
		expect(sandbox.limits()).toMatchObject({ accepted: 4, rateLimited: 1, validations: 4 });
	});

	it('the limit changes mid-run: by the API, by the control endpoint, or after N validations', async () => {
		sandbox.setLimits({ mode: 'perSecond', limit: 100, then: { afterValidations: 2, limit: 0 } });
		expect((await bene('t1')).status).toBe(200);
		expect((await bene('t2', 'create')).status).toBe(200); // a create is no validation
		expect((await bene('t3')).status).toBe(200);
		expect((await bene('t4')).status).toBe(429);
		const control = await fetch(`${sandbox.url}/__sandbox/limits`, { method: 'POST', body: JSON.stringify({ limit: 100 }) });
		expect(await control.json()).toMatchObject({ ok: true, mode: 'perSecond', limit: 100, validations: 2, rateLimited: 1 });
		expect((await bene('t4')).status).toBe(200);
		expect(() => sandbox.setLimits({ mode: 'sometimes' as never })).toThrow(/limits.mode/);
	});

	it('latency ± jitter: answers spread between latency − jitter and latency + jitter', async () => {
		sandbox.setLimits({ latencyMs: 150, jitterMs: 100 });
		const times = await Promise.all(
			['j1', 'j2', 'j3', 'j4', 'j5', 'j6'].map(async (id) => {
				const started = Date.now();
				await bene(id);
				return Date.now() - started;
			}),
		);
		for (const ms of times) {
			expect(ms).toBeGreaterThanOrEqual(45);
			expect(ms).toBeLessThan(2000);
		}
	});
});
