import type { IDataObject } from 'n8n-workflow';

import type { ValidationEvent } from './parse';

/**
 * Juspay resends an event until it gets a 200, so the same result can arrive
 * twice (a 200 lost on the way, a slow answer). Recent event keys, with the
 * time each was first seen, are kept in two places:
 *
 * - the workflow's static data, which n8n saves with an active workflow after
 *   each call, so the keys survive a restart of n8n. But n8n (2.41, regular
 *   and queue mode alike: LiveWebhooks.executeWebhook) reads the workflow
 *   from the database for each call, hands the call its own copy of the
 *   static data and writes that whole copy back afterwards: calls that arrive
 *   together each save only their own key, and the last save wins.
 * - this process's memory (`processMemory`), shared by every call the process
 *   runs, so a duplicate is dropped even while the first call's copy is not
 *   saved yet. Each call writes everything the process remembers into its
 *   copy, so whichever call saves last saves every key.
 *
 * Both are bounded: expired keys are pruned, and beyond MAX_KEYS the oldest
 * go first, so neither grows without end.
 */
export const MAX_KEYS = 2000;
const STORE = 'recentEvents';

type Seen = Map<string, number>;

/** Keys seen by this process, by scope (see `processMemory`). */
const seenInProcess = new Map<string, Seen>();

/** One key per beneficiary and result: Juspay refuses a beneId it has seen, so a new check has a new key. */
export function eventKey(event: ValidationEvent): string | undefined {
	if (event.beneId === null) return undefined;
	return `${event.customerId ?? ''}/${event.beneId}/${event.status}`;
}

/** This process's memory for one scope: one Trigger node in one workflow. */
export function processMemory(scope: string): Seen {
	let seen = seenInProcess.get(scope);
	if (seen === undefined) {
		seen = new Map();
		seenInProcess.set(scope, seen);
	}
	return seen;
}

/** The keys of `memory` and of the static data copy still within the window, each at its earliest time, oldest first. */
function recentKeys(staticData: IDataObject, memory: Seen, windowMs: number, now: number): Array<[string, number]> {
	const stored = staticData[STORE];
	const fromStatic = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? Object.entries(stored) : [];
	const union: Seen = new Map();
	for (const [key, at] of [...memory, ...fromStatic]) {
		if (typeof at !== 'number' || now - at >= windowMs) continue;
		const earlier = union.get(key);
		if (earlier === undefined || at < earlier) union.set(key, at);
	}
	return [...union].sort((a, b) => a[1] - b[1]);
}

/**
 * Whether `key` was seen within `windowMs` before `now`, in this process's
 * `memory` or in the call's `staticData` copy. If not, it is remembered as
 * seen now. Either way both are set to the recent keys of the two: a call
 * that only finds a duplicate still saves what an earlier call's save lost.
 */
export function seenBefore(staticData: IDataObject, memory: Seen, key: string, windowMs: number, now: number): boolean {
	const recent = recentKeys(staticData, memory, windowMs, now);
	const duplicate = recent.some(([seenKey]) => seenKey === key);
	if (!duplicate) recent.push([key, now]);
	const kept = recent.slice(-MAX_KEYS);
	memory.clear();
	for (const [seenKey, at] of kept) memory.set(seenKey, at);
	staticData[STORE] = Object.fromEntries(kept);
	return duplicate;
}
