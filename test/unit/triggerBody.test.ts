import type { IDataObject } from 'n8n-workflow';

import { parseWebhookBody, type ValidationEvent } from '../../nodes/JuspayTrigger/event/parse';
import { eventKey, MAX_KEYS, seenBefore } from '../../nodes/JuspayTrigger/event/duplicates';
import { loginProblem } from '../../nodes/Juspay/helpers/basicLogin';
import { basicLogin, loginMatches } from '../../nodes/JuspayTrigger/event/auth';

/** The beneficiary as Juspay's status answer has it (what the sandbox sends under content). */
const bene = { uniqueId: 'bene_1', customerId: 'cust_1', status: 'VALID', nameAtBank: 'ASHA VERMA' };

const eventOf = (body: unknown): Omit<ValidationEvent, 'beneficiary'> & { beneficiary?: unknown } => {
	const parsed = parseWebhookBody(body);
	if ('ignored' in parsed) throw new Error(`ignored: ${parsed.ignored}`);
	return parsed.event;
};
const short = (body: unknown) => {
	const parsed = parseWebhookBody(body);
	return 'ignored' in parsed ? { ignored: parsed.ignored } : { status: parsed.event.status, beneId: parsed.event.beneId, customerId: parsed.event.customerId };
};

describe('Juspay Trigger: accepted body shapes', () => {
	it.each([
		['the beneficiary at the top level', bene],
		['under content', { event_name: 'VALIDATION_V2', content: bene }],
		['under data', { data: bene }],
		['under payload', { payload: bene }],
		['under beneficiary', { beneficiary: bene }],
		['one wrapper inside another (content.beneficiary)', { content: { beneficiary: bene } }],
		['a wrapper given as JSON text (a form field)', { payload: JSON.stringify(bene) }],
		['the whole body as JSON text (text/plain)', JSON.stringify({ content: bene })],
	])('%s', (_, body) => {
		expect(short(body)).toEqual({ status: 'VALID', beneId: 'bene_1', customerId: 'cust_1' });
	});

	it.each([
		['event_name at the top', { event_name: 'INVALID', content: { uniqueId: 'b' } }, 'INVALID'],
		['eventName at the top', { eventName: 'VALID', data: { beneId: 'b' } }, 'VALID'],
		['event at the top', { event: 'invalid', data: { beneId: 'b' } }, 'INVALID'],
		['the beneficiary status', { content: { beneId: 'b', status: 'INVALID' } }, 'INVALID'],
		['the event type skipped for the status (event_name VALIDATION_V2)', { event_name: 'VALIDATION_V2', content: { beneId: 'b', status: 'VALID' } }, 'VALID'],
		['the beneficiary status before a wrapper status that only says the call went through', { status: 'SUCCESS', data: { beneId: 'b', status: 'INVALID' } }, 'INVALID'],
		['the event name before the beneficiary status', { event_name: 'VALID', content: { beneId: 'b', status: 'PENDING' } }, 'VALID'],
		['Juspay\'s other spellings (SUCCESS, FAILURE)', { eventName: 'FAILURE', data: { beneId: 'b' } }, 'INVALID'],
	])('the event from %s', (_, body, status) => {
		expect(eventOf(body).status).toBe(status);
	});

	it('the IDs from beneId or uniqueId and customerId, in the beneficiary or else at the top', () => {
		expect(short({ customerId: 'c_top', event: 'VALID', data: { beneId: 'b_in' } })).toEqual({ status: 'VALID', beneId: 'b_in', customerId: 'c_top' });
		expect(short({ beneId: 'b_top', status: 'VALID' })).toEqual({ status: 'VALID', beneId: 'b_top', customerId: null });
		expect(eventOf({ event: 'VALID', content: bene }).juspayEvent).toBe('VALID');
	});

	it.each([
		['not an object', 'hello', 'The body is not a JSON object'],
		['an array', [bene], 'The body is not a JSON object'],
		['an order event (no beneficiary)', { event_name: 'ORDER_SUCCEEDED', content: { order: { order_id: 'o1' } } }, 'No beneficiary in the body: not a validation event'],
		['a pending update', { content: { beneId: 'b', status: 'PENDING' } }, 'No final validation result (VALID, INVALID) in the body'],
		['no result at all', { content: { beneId: 'b' } }, 'No final validation result (VALID, INVALID) in the body'],
		['a result that is not a validation status', { event_name: 'REFUNDED', content: { beneId: 'b' } }, 'No final validation result (VALID, INVALID) in the body'],
	])('ignores %s', (_, body, reason) => {
		expect(short(body)).toEqual({ ignored: reason });
	});
});

describe('Juspay Trigger: duplicate window', () => {
	const event = (beneId: string | null, status: 'VALID' | 'INVALID' = 'VALID') =>
		({ status, juspayEvent: status, beneficiary: {}, beneId, customerId: 'c' }) as ValidationEvent;

	it('keys by customer, beneficiary and result; no key without a beneficiary ID', () => {
		expect(eventKey(event('b1'))).toBe('c/b1/VALID');
		expect(eventKey(event('b1', 'INVALID'))).toBe('c/b1/INVALID');
		expect(eventKey(event(null))).toBeUndefined();
	});

	it('drops a key seen within the window, lets it through after, and forgets expired keys', () => {
		const data = {};
		const memory = new Map<string, number>();
		expect(seenBefore(data, memory, 'k', 1000, 10_000)).toBe(false);
		expect(seenBefore(data, memory, 'k', 1000, 10_999)).toBe(true);
		expect(seenBefore(data, memory, 'other', 1000, 10_500)).toBe(false);
		expect(seenBefore(data, memory, 'k', 1000, 11_000)).toBe(false);
		expect(data).toEqual({ recentEvents: { other: 10_500, k: 11_000 } });
		expect([...memory]).toEqual([['other', 10_500], ['k', 11_000]]);
	});

	it('keeps at most MAX_KEYS keys, dropping the oldest', () => {
		const data: { recentEvents?: Record<string, number> } = {};
		const memory = new Map<string, number>();
		for (let i = 0; i <= MAX_KEYS; i++) seenBefore(data, memory, `k${i}`, 3_600_000, 1000 + i);
		const keys = Object.keys(data.recentEvents ?? {});
		expect(keys).toHaveLength(MAX_KEYS);
		expect(keys[0]).toBe('k1');
		expect(memory.size).toBe(MAX_KEYS);
		expect(seenBefore(data, memory, 'k0', 3_600_000, 5000)).toBe(false);
	});

	it('a key in both keeps its earliest time, so it expires when first seen plus the window', () => {
		const data: IDataObject = { recentEvents: { k: 1000 } };
		const memory = new Map([['k', 1500]]);
		expect(seenBefore(data, memory, 'x', 60_000, 2000)).toBe(false);
		expect(data).toEqual({ recentEvents: { k: 1000, x: 2000 } });
		expect(seenBefore(data, memory, 'k', 60_000, 61_000)).toBe(false);
	});
});

describe('Juspay Trigger: basic auth', () => {
	const header = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	const login = { username: 'juspay', password: 'pa:ss' };

	it('accepts exactly the login, a colon in the password included', () => {
		expect(basicLogin(header('juspay', 'pa:ss'))).toEqual(login);
		expect(loginMatches(header('juspay', 'pa:ss'), login)).toBe(true);
	});

	it.each([
		['a longer password', header('juspay', 'pa:ss!')],
		['another scheme', 'Bearer abc'],
		['no colon', `Basic ${Buffer.from('juspay').toString('base64')}`],
		// A wrong password or username, and no header at all, are refused through the engine in test/node/trigger.test.ts.
	])('refuses %s', (_, value) => {
		expect(loginMatches(value, login)).toBe(false);
	});

	it('never matches an empty expected login', () => {
		expect(loginMatches(header('', ''), { username: '', password: '' })).toBe(false);
	});

	it('the credential test names what cannot work', () => {
		expect(loginProblem(login)).toBeUndefined();
		expect(loginProblem({ username: 'a:b', password: 'x' })).toMatch(/colon/);
		expect(loginProblem({ username: 'a', password: '' })).toBe('The password is empty');
		expect(loginProblem({})).toBe('The username is empty');
	});
});
