import type { IDataObject } from 'n8n-workflow';

import type { ValidationEvent } from './parse';

/**
 * Juspay resends an event until it gets a 200, so the same result can arrive
 * twice (a 200 lost on the way, a slow answer). Recent event keys are kept,
 * with the time they were first seen, in the workflow's static data: n8n
 * saves it with an active workflow after each call, so it survives a restart
 * of n8n; runs from the editor's test URL keep it in memory only.
 *
 * The set is bounded: expired keys are pruned on every call, and beyond
 * MAX_KEYS the oldest go first, so the workflow never grows without end.
 */
export const MAX_KEYS = 2000;
const STORE = 'recentEvents';

/** One key per beneficiary and result: Juspay refuses a beneId it has seen, so a new check has a new key. */
export function eventKey(event: ValidationEvent): string | undefined {
	if (event.beneId === null) return undefined;
	return `${event.customerId ?? ''}/${event.beneId}/${event.status}`;
}

function store(staticData: IDataObject): Record<string, number> {
	const existing = staticData[STORE];
	if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) return existing as Record<string, number>;
	const created: Record<string, number> = {};
	staticData[STORE] = created;
	return created;
}

/**
 * Whether `key` was seen within `windowMs` before `now`. If not, it is
 * remembered as seen now. Keys are kept in first-seen order (oldest first).
 */
export function seenBefore(staticData: IDataObject, key: string, windowMs: number, now: number): boolean {
	const recent = store(staticData);
	for (const [seenKey, at] of Object.entries(recent)) {
		if (typeof at !== 'number' || now - at >= windowMs) delete recent[seenKey];
	}
	if (recent[key] !== undefined) return true;
	recent[key] = now;
	const keys = Object.keys(recent);
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_KEYS))) delete recent[old];
	return false;
}
