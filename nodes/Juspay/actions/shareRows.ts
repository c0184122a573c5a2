import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import { cachedForRun } from '../helpers/runCache';
import { asNodeError } from '../transport/errors';

/**
 * Rows of one run with the same details (a sheet with a repeated vendor)
 * share one validation: the first row to claim the details sends it, the
 * others wait for its answer and send nothing, also while it is still in
 * flight. The claim is taken before any await, so two rows can never both
 * own it. `sameAsItem` is the first row's index, set only on the rows that
 * reused its answer.
 *
 * When the first row fails, a row that shared its work fails with the same
 * message and Juspay facts, under its own item index, and says that nothing
 * was sent for it.
 */

export interface Claim<T> {
	/** Whether this row owns the work (and must settle it). */
	own: boolean;
	/** The row that owns it. */
	firstItem: number;
	/** The owner's answer (for the owner: what it settles). */
	answer: Promise<T>;
	settle(value: T): void;
	fail(error: unknown): void;
}

/** Claims `key` for this row, or joins the row that claimed it first. */
export function claimRow<T>(ctx: IExecuteFunctions, itemIndex: number, key: string): Claim<T> {
	let settle: (value: T) => void = () => {};
	let fail: (error: unknown) => void = () => {};
	const mine = new Promise<T>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	// Handled here so that a failure nobody else waits for is no unhandled rejection; awaiting it still throws.
	mine.catch(() => {});
	const first = cachedForRun(ctx, `row:${key}`, () => ({ itemIndex, answer: mine }));
	const own = first.answer === mine;
	return { own, firstItem: first.itemIndex, answer: first.answer, settle: own ? settle : () => {}, fail: own ? fail : () => {} };
}

/** The answer of the row that owns a claim, as seen by another row (its failure restated for this row). */
export async function sharedAnswer<T>(ctx: IExecuteFunctions, itemIndex: number, claim: Claim<T>): Promise<T> {
	try {
		return await claim.answer;
	} catch (error) {
		throw sharedFailure(ctx, error, itemIndex, `This item has the same details as item ${claim.firstItem}, which failed`);
	}
}

/** One `send` per run for each key: the first row runs it, later rows get its answer (free reads, e.g. waiting for a final status). */
export async function shareWithRows<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	key: string,
	send: () => Promise<T>,
): Promise<{ value: T; sameAsItem?: number }> {
	const claim = claimRow<T>(ctx, itemIndex, key);
	if (!claim.own) return { value: await sharedAnswer(ctx, itemIndex, claim), sameAsItem: claim.firstItem };
	try {
		const value = await send();
		claim.settle(value);
		return { value };
	} catch (error) {
		claim.fail(error);
		throw asNodeError(ctx.getNode(), error, itemIndex);
	}
}

/**
 * Another's failure (`whose`: whose work this item shared) restated for this
 * item: its message and Juspay facts, and that nothing was sent for it.
 */
export function sharedFailure(ctx: IExecuteFunctions, error: unknown, itemIndex: number, whose: string): NodeOperationError {
	const original = error as { message?: string; description?: string | null; context?: Record<string, unknown> };
	const shared = new NodeOperationError(ctx.getNode(), original.message ?? String(error), {
		itemIndex,
		description: `${whose}; nothing was sent for this item.` + (original.description ? ` ${original.description}` : ''),
	});
	if (original.context?.juspay) shared.context.juspay = original.context.juspay;
	return shared;
}
