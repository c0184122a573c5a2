import { sleep } from 'n8n-workflow';

import type { Send } from './limitKind';

/** What a node run's pace (`pace.ts`) and the control it shares (`control.ts`) tell each other. */

/** What Juspay did with a request, as far as the pace is concerned. */
export type Answer = 'answered' | 'rateLimited' | 'overloaded' | 'noAnswer';

/** Time as the pace sees it; tests give it a simulated clock. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
	/** For the jitter of retry delays. */
	random(): number;
}

export const realClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms), random: Math.random };

/** A request's place at Juspay (`refused`: answered 429 or 503, so it did not count against the limit). */
export interface Slot extends Send {
	/** Which round trip (counted in cuts) the request was sent in. */
	epoch: number;
	/** Whether the pace was in use (at least half full) when it was sent: only then may it grow. */
	busy: boolean;
	/** Which send of the control's it was, counted from 0 (a streak of refusals counts the sends since it began). */
	seq: number;
}

/** A run sharing the control: its requests waiting for a slot, and its own cap. */
export interface Sharer {
	/** Max Concurrency: this run never has more requests at Juspay at once. */
	readonly concurrency: number;
	inFlight: number;
	readonly waitingRequests: Array<() => void>;
	/** Requests still to go: the run's items not started yet, and its requests waiting for a slot. */
	readonly backlog: number;
	/** Called whenever the pace may allow more: the run starts items it can now run. */
	wakeItems(): void;
}
