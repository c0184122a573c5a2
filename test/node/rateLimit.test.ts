/**
 * Bulk runs against a rate-limited Juspay: whole workflows through n8n-core's
 * engine against the in-process sandbox with its limiter (test/sandbox/limits.js).
 * Every row ends as one result, in input order, paired, none failed while the
 * budget lasts, and exactly one validation reached Juspay per row.
 *
 * Latency is a few tens of ms and Retry-After mostly 0 so the file runs in
 * seconds; no bound here is on speed (that is `npm run bench`).
 */
import type { INodeParameters } from 'n8n-workflow';

import { items, params, runJuspay, useNock } from './fixtures';
import { useSandbox } from './featureFixtures';

useNock('127.0.0.1');
const local = useSandbox();
// No bound here is on speed: a run that takes 1 s alone took over 5 s (jest's default) on a busy CI machine.
jest.setTimeout(30_000);

const rows = (n: number, tag: string) =>
	Array.from({ length: n }, (_, i) => ({ id: `${tag}_${i}`, vpa: i % 4 === 3 ? 'invalid@upi' : 'success@upi' }));

const validateRows = (options: INodeParameters = {}): INodeParameters =>
	params('beneficiary', 'validate', {
		customerId: 'cust_rl',
		beneId: '={{ $json.id }}',
		beneficiaryType: 'UPI_ID',
		vpa: '={{ $json.vpa }}',
		options,
	});

/** What each row must come out as: its own verdict, paired with it, in input order. */
const expectedRows = (input: Array<{ id: string; vpa: string }>) =>
	input.map((row, i) => ({
		json: expect.objectContaining({ uniqueId: row.id, status: row.vpa === 'success@upi' ? 'VALID' : 'INVALID' }),
		pairedItem: { item: i },
	}));

/** Validation POSTs that got through the limiter, per beneId. */
const acceptedValidations = () => {
	const count: Record<string, number> = {};
	for (const r of local.sandbox.requests) {
		if (r.method === 'POST' && !r.rateLimited && r.body?.command === 'validate') count[r.body.beneId] = (count[r.body.beneId] ?? 0) + 1;
	}
	return count;
};
const onePerRow = (input: Array<{ id: string }>) => Object.fromEntries(input.map((row) => [row.id, 1]));

describe('default options (Auto) against a rate-limited Juspay', () => {
	it('4 requests in flight allowed: 40 rows, every one validated once, in order, paired; the hint tells the user', async () => {
		const input = rows(40, 'rl_inflight');
		local.sandbox.setLimits({ mode: 'inFlight', limit: 4, retryAfter: 0, latencyMs: 40, jitterMs: 20 });

		const result = await runJuspay({ credential: local.credential, inputItems: input, parameters: validateRows() });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(expectedRows(input));
		const limits = local.sandbox.limits();
		// Auto starts above 4, so Juspay did refuse some: each was sent again.
		expect(limits.rateLimited).toBeGreaterThan(0);
		expect(limits.peakInFlight).toBeLessThanOrEqual(4);
		expect(limits.validations).toBe(40);
		expect(acceptedValidations()).toEqual(onePerRow(input));
		expect(result.task('Juspay').hints).toEqual([
			expect.objectContaining({
				location: 'outputPane',
				message: expect.stringMatching(
					new RegExp(`^Juspay rate-limited this run ${limits.rateLimited} times; it settled at about \\d+ requests at once .*no row failed because of it\\.$`),
				),
			}),
		]);
	});

	it('10 requests per second, Retry-After 1: no row fails, and a refused row waits the Retry-After before it is sent again', async () => {
		const input = rows(30, 'rl_persecond');
		local.sandbox.setLimits({ mode: 'perSecond', limit: 10, retryAfter: 1, latencyMs: 30, jitterMs: 20 });

		const result = await runJuspay({ credential: local.credential, inputItems: input, parameters: validateRows() });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(expectedRows(input));
		expect(local.sandbox.limits().rateLimited).toBeGreaterThan(0);
		expect(acceptedValidations()).toEqual(onePerRow(input));
		// Each refused request's next try came at least Retry-After (1 s) later.
		const byBene = new Map<string, number[]>();
		for (const r of local.sandbox.requests) byBene.set(r.body?.beneId, [...(byBene.get(r.body?.beneId) ?? []), r.time]);
		for (const r of local.sandbox.requests.filter((q) => q.rateLimited)) {
			const times = byBene.get(r.body?.beneId)!;
			const next = times[times.indexOf(r.time) + 1];
			expect(next - r.time).toBeGreaterThanOrEqual(990);
		}
	});

	it('the limit drops from 8 to 2 in flight mid-run: still one result per row, one validation each', async () => {
		const input = rows(30, 'rl_drop');
		local.sandbox.setLimits({ mode: 'inFlight', limit: 8, retryAfter: 0, latencyMs: 30, jitterMs: 10, then: { afterValidations: 10, limit: 2 } });

		const result = await runJuspay({ credential: local.credential, inputItems: input, parameters: validateRows() });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(expectedRows(input));
		expect(local.sandbox.limits()).toMatchObject({ limit: 2, validations: 30 });
		expect(acceptedValidations()).toEqual(onePerRow(input));
	});

	it('customer accounts (Create and Validate): one validation per row under a limit of 3 in flight', async () => {
		const input = Array.from({ length: 12 }, (_, i) => ({ customer: `cust_rl_${i}` }));
		local.sandbox.setLimits({ mode: 'inFlight', limit: 3, retryAfter: 0, latencyMs: 30, jitterMs: 10 });

		const result = await runJuspay({
			credential: local.credential,
			inputItems: input,
			parameters: params('customerAccount', 'createAndValidate', {
				customerId: '={{ $json.customer }}',
				accounts: { upi: [{ vpa: 'success@upi' }] },
			}),
		});

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(
			input.map((row, i) => ({ json: expect.objectContaining({ customer_id: row.customer, validation_status: 'ACTIVE' }), pairedItem: { item: i } })),
		);
		expect(local.sandbox.limits().rateLimited).toBeGreaterThan(0);
		const posts = local.sandbox.requests.filter((r) => r.method === 'POST' && !r.rateLimited);
		expect(posts.map((r) => r.path).sort()).toEqual(input.map((row) => `/customers/${row.customer}/accounts`).sort());
	});
});

describe('runs in one n8n process share what they learned', () => {
	it('a second run with the same credential starts at the pace the first one found: fewer 429s, every row validated once', async () => {
		// A round trip of 300 ms: long enough that a busy machine sends a run's whole starting wave before the first answer
		// comes back (at 40 ms a CI machine under load sent 11 of 16 first, and 5 with both cores held).
		local.sandbox.setLimits({ mode: 'inFlight', limit: 4, retryAfter: 0, latencyMs: 300, jitterMs: 10 });
		const first = rows(40, 'rl_learn1');
		const second = rows(40, 'rl_learn2');

		// The rows a run sends before its first accepted answer comes back (a 429 comes back at once and frees
		// no place): its starting pace. Counted by the answer, not by the clock, so a slow machine that takes
		// longer to send them counts the same; and by rows, not requests, since with Retry-After 0 a refused
		// row may be sent again (and refused again) before that first answer.
		const firstWave = () => {
			const requests = local.sandbox.requests;
			const firstAnswer = Math.min(...requests.filter((r) => r.status === 200 && r.answeredAt !== undefined).map((r) => r.answeredAt!));
			return new Set(requests.filter((r) => r.time < firstAnswer).map((r) => r.body?.beneId)).size;
		};
		const run1 = await runJuspay({ credential: local.credential, inputItems: first, parameters: validateRows() });
		const [refusedFirst, waveFirst] = [local.sandbox.limits().rateLimited, firstWave()];
		local.sandbox.clear();
		const run2 = await runJuspay({ credential: local.credential, inputItems: second, parameters: validateRows() });
		const waveSecond = firstWave();

		expect(items(run1.output('Juspay'))).toEqual(expectedRows(first));
		expect(items(run2.output('Juspay'))).toEqual(expectedRows(second));
		expect(acceptedValidations()).toEqual(onePerRow(second));
		// The first run starts at 16 at once against 4 (a dozen refusals at least); the second starts near 4:
		// the 4 held and a probe, or, where the first run's 429s read as a limit per second, the rate it
		// learned with half a round trip's room (4 or 5 seen at 300 ms with both cores held by other work). A second run that started afresh would send 12 or
		// more before its first answer, as the first did. (Counted by first wave, not by all its 429s: later
		// probing varies with a busy machine's timing.)
		expect(refusedFirst).toBeGreaterThanOrEqual(12);
		expect(waveFirst).toBeGreaterThanOrEqual(12);
		expect(waveSecond).toBeLessThan(12);
		expect(waveSecond).toBeLessThan(waveFirst);
	});

	it('two runs at once with the same credential: one pace for both, never more than the limit at Juspay, each row validated once', async () => {
		local.sandbox.setLimits({ mode: 'inFlight', limit: 6, retryAfter: 0, latencyMs: 40, jitterMs: 10 });
		const [a, b] = [rows(30, 'rl_shareA'), rows(30, 'rl_shareB')];

		const [runA, runB] = await Promise.all([
			runJuspay({ credential: local.credential, inputItems: a, parameters: validateRows() }),
			runJuspay({ credential: local.credential, inputItems: b, parameters: validateRows() }),
		]);

		expect(items(runA.output('Juspay'))).toEqual(expectedRows(a));
		expect(items(runB.output('Juspay'))).toEqual(expectedRows(b));
		expect(acceptedValidations()).toEqual({ ...onePerRow(a), ...onePerRow(b) });
		expect(local.sandbox.limits().peakInFlight).toBeLessThanOrEqual(6);
		// Before any answer can come back (30 ms; latency is 40 ± 10), one pace sends its start of 16 for
		// both runs (10 refused); two paces would send 16 each (26 refused).
		const start = local.sandbox.requests[0].time;
		const firstWave = local.sandbox.requests.filter((r) => r.time < start + 30);
		expect(firstWave.length).toBeLessThanOrEqual(16);
		expect(firstWave.filter((r) => r.rateLimited).length).toBeLessThanOrEqual(10);
		// What it pins is correctness, not speed (that is the bench's): 0.7–3 s alone, more on a busy CI machine.
	}, 30_000);
});

describe('the rate-limit budget', () => {
	it('Juspay refuses everything: each row fails with a message naming Max Wait When Rate Limited, paired, nothing validated', async () => {
		const input = rows(3, 'rl_budget');
		local.sandbox.setLimits({ mode: 'inFlight', limit: 0, retryAfter: 0 });

		const result = await runJuspay({
			credential: local.credential,
			inputItems: input,
			onError: 'continueRegularOutput',
			parameters: validateRows({ rateLimitMaxWait: 1 }),
		});

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(
			input.map((_, i) => ({
				json: {
					error: expect.stringMatching(/^Juspay is rate-limiting requests \[.*HTTP 429\].*\(still rate-limited after waiting 1 s, the Max Wait When Rate Limited option\)$/),
					details: expect.objectContaining({ itemIndex: i, httpCode: 429, description: expect.stringContaining('safe to run it again') }),
				},
				pairedItem: { item: i },
			})),
		);
		expect(local.sandbox.limits().validations).toBe(0);
		expect(result.task('Juspay').hints?.[0]?.message).toMatch(/3 row\(s\) failed after waiting longer than Max Wait When Rate Limited/);
	});
});

describe('Fixed concurrency (and workflows saved before Auto)', () => {
	it('options: { concurrency: 6 } against 3 allowed in flight: 6 at once as before, and a 429 no longer fails a row', async () => {
		const input = rows(18, 'rl_fixed');
		local.sandbox.setLimits({ mode: 'inFlight', limit: 3, retryAfter: 0, latencyMs: 40, jitterMs: 10 });

		const result = await runJuspay({ credential: local.credential, inputItems: input, parameters: validateRows({ concurrency: 6 }) });

		expect(result.error).toBeUndefined();
		expect(items(result.output('Juspay'))).toEqual(expectedRows(input));
		expect(acceptedValidations()).toEqual(onePerRow(input));
		expect(result.task('Juspay').hints?.[0]?.message).toMatch(
			/^Juspay rate-limited this run \d+ times \(answer 429\) at Fixed Concurrency 6\. .* set to Auto/,
		);
	});
});
