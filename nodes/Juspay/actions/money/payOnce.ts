import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asNodeError, failureOf } from '../../transport/errors';
import { juspayAccount } from '../../transport/request';
import type { RecoveryMarks } from '../resultMarks';
import { claimRow, sharedAnswer, sharedFailure } from '../shareRows';

/**
 * Paying once for one thing (a customer's bank account, a Beneficiary ID),
 * however the request for it comes back to the node:
 * - **rows of one run** with the same details: the first row pays, the others
 *   get its answer (`sameAsItem`), also while it is still in flight;
 * - **executions in this n8n process at the same time** (a form submitted
 *   twice at once, an AI agent calling the tool twice in parallel): the one
 *   that started first pays, the other gets its answer;
 * - **the same execution again** (n8n's Retry On Fail runs the node again in
 *   a new context, so nothing kept for the run survives; a loop; an agent
 *   asking twice): what the execution paid for is kept for it. A known
 *   answer is returned as it is, and a request whose outcome stayed unknown
 *   goes to `recover`, which reads first and sends again only where Juspay
 *   refuses a repeat (a Beneficiary ID), never a customer account;
 * - **a later execution in this process** (a re-run, a form sent again, an
 *   agent's next turn): `pay` is handed the answer the last one got for the
 *   same thing, so its API's rule can read that first (customer accounts:
 *   Juspay does not list an account while its penny drop runs).
 * It cannot share with another n8n process (queue-mode workers) nor remember
 * across a restart: what holds there is each API's own rule (beneficiary.ts:
 * Juspay's key; customerAccount.ts: a read before paying).
 */

export interface PaySteps<T> {
	/**
	 * Pays: the request, with whatever its API's rule reads before or after
	 * it. `keep` stores what a later `recover` needs (e.g. what Juspay held
	 * before the request), should the reply be lost.
	 */
	pay(keep: (memo: unknown) => void, answeredBefore: T | undefined): Promise<T>;
	/** Whether later executions in this process are handed this one's answer (`answeredBefore`); off, none is kept. */
	handOn?: boolean;
	/** After an earlier run of this execution lost the reply: reads what landed, never pays. */
	recover(memo: unknown): Promise<T>;
}

/** How this item got its answer. */
export type PaidHow =
	| 'paid' // its own request
	| 'sameAsItem' // an earlier row of this run with the same details
	| 'otherExecution' // another execution paying for it at the same time
	| 'earlier' // an earlier run of this execution (Retry On Fail, a loop, an agent asking again)
	| 'recovered'; // read after an earlier run of this execution lost the reply

export interface Paid<T> {
	value: T;
	how: PaidHow;
	/** With `sameAsItem`: the row that paid. */
	item?: number;
}

/** Paid requests in flight in this process, by account and key: shared by executions at the same time. */
const inFlight = new Map<string, Promise<unknown>>();

/** What each execution paid for, by execution, account and key. */
interface Kept {
	at: number;
	answer?: unknown;
	/** The reply was lost: what happened at Juspay is not known. */
	unknown?: true;
	/** What `pay` kept for `recover`. */
	memo?: unknown;
}
const keptByExecution = new Map<string, Kept>();
/** The last answer got in this process, by account and key, whatever the execution: for the next one's `pay`. */
const answeredInProcess = new Map<string, Kept>();
/** An execution's retries come within seconds (at most 5 tries, 5 s apart); loops and agents within its run. */
const KEEP_MS = 6 * 60 * 60 * 1000;
const KEEP_AT_MOST = 100_000;

/** Runs `steps` for `key` at most once per run, per moment in this process, and per execution. */
export async function payOnce<T>(ctx: IExecuteFunctions, itemIndex: number, key: string, steps: PaySteps<T>): Promise<Paid<T>> {
	const claim = claimRow<Paid<T>>(ctx, itemIndex, `payOnce:${key}`);
	if (!claim.own) {
		const first = await sharedAnswer(ctx, itemIndex, claim);
		return { value: first.value, how: 'sameAsItem', item: claim.firstItem };
	}
	try {
		const paid = await payInProcess(ctx, itemIndex, key, steps);
		claim.settle(paid);
		return paid;
	} catch (error) {
		claim.fail(error);
		throw asNodeError(ctx.getNode(), error, itemIndex);
	}
}

async function payInProcess<T>(ctx: IExecuteFunctions, itemIndex: number, key: string, steps: PaySteps<T>): Promise<Paid<T>> {
	const processKey = `${(await juspayAccount(ctx)) ?? ''}\n${key}`;
	const executionKey = executionOf(ctx) === undefined ? undefined : `${executionOf(ctx)}\n${processKey}`;
	const kept = executionKey === undefined ? undefined : keptByExecution.get(executionKey);
	if (kept?.answer !== undefined) return { value: kept.answer as T, how: 'earlier' };

	const running = inFlight.get(processKey) as Promise<T> | undefined;
	if (running) {
		try {
			return { value: await running, how: 'otherExecution' };
		} catch (error) {
			// Its outcome is this execution's too: a retry of this one must only read.
			if (failureOf(error)?.outcomeUnknown) keep(executionKey, { at: Date.now(), unknown: true });
			throw sharedFailure(ctx, error, itemIndex, 'Another execution was sending the same details at the same moment, and failed');
		}
	}

	let memo = kept?.memo;
	const attempt = kept?.unknown ? steps.recover(memo) : steps.pay((value) => (memo = value), answeredInProcess.get(processKey)?.answer as T | undefined);
	inFlight.set(processKey, attempt);
	// Another execution that joins and sees it fail handles the failure itself; none is left unhandled.
	attempt.catch(() => {});
	try {
		const value = await attempt;
		keep(executionKey, { at: Date.now(), answer: value });
		if (steps.handOn) keepIn(answeredInProcess, processKey, { at: Date.now(), answer: value });
		return { value, how: kept?.unknown ? 'recovered' : 'paid' };
	} catch (error) {
		if (failureOf(error)?.outcomeUnknown) keep(executionKey, { at: Date.now(), unknown: true, memo });
		throw asNodeError(ctx.getNode(), error, itemIndex);
	} finally {
		if (inFlight.get(processKey) === attempt) inFlight.delete(processKey);
	}
}

/** The execution this run belongs to; undefined where n8n gives none. */
function executionOf(ctx: IExecuteFunctions): string | undefined {
	const id = typeof ctx.getExecutionId === 'function' ? ctx.getExecutionId() : undefined;
	return typeof id === 'string' && id !== '' ? id : undefined;
}

function keep(executionKey: string | undefined, kept: Kept): void {
	if (executionKey !== undefined) keepIn(keptByExecution, executionKey, kept);
}

function keepIn(map: Map<string, Kept>, key: string, kept: Kept): void {
	map.delete(key);
	map.set(key, kept);
	// Oldest first (insertion order): drop what is past keeping, and the oldest beyond the cap.
	for (const [oldKey, entry] of map) {
		if (kept.at - entry.at < KEEP_MS && map.size <= KEEP_AT_MOST) break;
		map.delete(oldKey);
	}
}

/** The marks an answer carries for how it was got: nothing was paid for this item unless it paid itself. */
export function withPaidMarks<T extends IDataObject>(paid: Paid<T>): T & RecoveryMarks {
	switch (paid.how) {
		case 'paid':
			return paid.value;
		case 'sameAsItem':
			return { ...paid.value, alreadyExisted: true, sameAsItem: paid.item };
		case 'recovered':
			return { ...paid.value, recoveredByStatusCheck: true };
		default:
			return { ...paid.value, alreadyExisted: true };
	}
}

/** Tests: forget what earlier executions paid for (each test is its own n8n process). */
export function forgetPaid(): void {
	keptByExecution.clear();
	answeredInProcess.clear();
	inFlight.clear();
}
