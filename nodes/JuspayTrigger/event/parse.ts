import type { IDataObject } from 'n8n-workflow';

import { knownStatus, type VerdictStatus } from '../../Juspay/helpers/status';

/**
 * Juspay's exact webhook body for VALIDATION_V2 is not public, so the body is
 * read tolerantly (docs/trigger.md, "Accepted webhook bodies", lists the same rules):
 *
 * - the beneficiary object is the top level, or the object under one of the
 *   wrapper keys (also one wrapper inside another, e.g. content.beneficiary);
 *   the first object that carries a beneficiary ID (or a status) wins;
 * - the event is the first of event_name, eventName, event (top level, then
 *   the beneficiary object), then status (beneficiary, then top level) whose
 *   value is a validation result; a value that is not one (e.g. the event
 *   type VALIDATION_V2) is skipped;
 * - the IDs are beneId or uniqueId, and customerId, from the beneficiary
 *   object or else the top level.
 *
 * A wrapper given as JSON text (a form field, a text/plain body) is parsed.
 */
export const WRAPPER_KEYS = ['content', 'data', 'payload', 'beneficiary'];
export const EVENT_KEYS = ['event_name', 'eventName', 'event', 'status'];
const BENE_ID_KEYS = ['beneId', 'uniqueId'];

/** Final outcomes only: a PENDING update is not a result anyone waits for. */
const FINAL: VerdictStatus[] = ['VALID', 'INVALID', 'ERROR'];

export interface ValidationEvent {
	/** VALID, INVALID or ERROR, after the verdict's status mapping. */
	status: VerdictStatus;
	/** The event value as Juspay sent it, e.g. VALID or SUCCESS. */
	juspayEvent: string;
	beneficiary: IDataObject;
	beneId: string | null;
	customerId: string | null;
}

/** `body` is the whole body as an object (parsed when it came as text). */
export type ParsedBody = { event: ValidationEvent; body: IDataObject } | { ignored: string };

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object, or JSON text of one; anything else is undefined. */
function asObject(value: unknown): IDataObject | undefined {
	if (isObject(value)) return value;
	if (typeof value !== 'string' || !value.trim().startsWith('{')) return undefined;
	try {
		const parsed: unknown = JSON.parse(value);
		return isObject(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

function text(value: unknown): string | null {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (typeof value === 'number') return String(value);
	return null;
}

function first(objects: IDataObject[], keys: string[]): string | null {
	for (const object of objects) {
		for (const key of keys) {
			const value = text(object[key]);
			if (value !== null) return value;
		}
	}
	return null;
}

const looksLikeBeneficiary = (object: IDataObject) =>
	[...BENE_ID_KEYS, 'status', 'validateResp'].some((key) => object[key] !== undefined);

/** Top level, then each wrapper, then a wrapper inside a wrapper. */
function candidates(body: IDataObject): IDataObject[] {
	const found: IDataObject[] = [body];
	for (const key of WRAPPER_KEYS) {
		const inner = asObject(body[key]);
		if (!inner) continue;
		found.push(inner);
		for (const innerKey of WRAPPER_KEYS) {
			const nested = asObject(inner[innerKey]);
			if (nested) found.push(nested);
		}
	}
	return found;
}

function findBeneficiary(body: IDataObject): IDataObject | undefined {
	const all = candidates(body);
	return (
		all.find((object) => BENE_ID_KEYS.some((key) => text(object[key]) !== null)) ?? all.find(looksLikeBeneficiary)
	);
}

/**
 * The event value and its mapped status. The event names are read top level
 * first; `status` is read from the beneficiary first, because a wrapper's own
 * status (e.g. {"status": "SUCCESS", "data": {...}}) may only say the call
 * went through.
 */
function findEvent(body: IDataObject, beneficiary: IDataObject): { juspayEvent: string; status: VerdictStatus } | undefined {
	const names = EVENT_KEYS.filter((key) => key !== 'status');
	const lookups: Array<[IDataObject, string]> = [
		...names.map((key) => [body, key] as [IDataObject, string]),
		...names.map((key) => [beneficiary, key] as [IDataObject, string]),
		[beneficiary, 'status'],
		[body, 'status'],
	];
	for (const [object, key] of lookups) {
		const value = text(object[key]);
		const status = value === null ? undefined : knownStatus(value)?.status;
		// The first value that is a validation status decides: a PENDING update is ignored.
		if (value !== null && status !== undefined) return FINAL.includes(status) ? { juspayEvent: value, status } : undefined;
	}
	return undefined;
}

export function parseWebhookBody(raw: unknown): ParsedBody {
	const body = asObject(raw);
	if (!body) return { ignored: 'The body is not a JSON object' };
	const beneficiary = findBeneficiary(body);
	if (!beneficiary) return { ignored: 'No beneficiary in the body: not a validation event' };
	const event = findEvent(body, beneficiary);
	if (!event) return { ignored: 'No final validation result (VALID, INVALID) in the body' };
	return {
		body,
		event: {
			...event,
			beneficiary,
			beneId: first([beneficiary, body], BENE_ID_KEYS),
			customerId: first([beneficiary, body], ['customerId', 'customer_id']),
		},
	};
}
