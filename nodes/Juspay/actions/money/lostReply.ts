import { NodeApiError, sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';

import { asNodeError, failureOf } from '../../transport/errors';
import { requestTimeout } from '../options';

/**
 * After a paid request whose reply was lost (timeout, reset, 5xx, a gateway
 * page), where Juspay gives no key to ask by (customer accounts): free reads
 * until what landed shows, for as long as the item's Timeout allows (the
 * first at once, then 1 s, 2 s, 4 s … apart). Juspay lists a customer account
 * only once its validation has finished, so a read that finds nothing proves
 * nothing: the item then fails with the outcome unknown, and nothing is sent
 * again.
 */
export async function readUntilFound(
	ctx: IExecuteFunctions,
	itemIndex: number,
	read: () => Promise<IDataObject | undefined>,
	lost: unknown,
	advice: string,
): Promise<IDataObject> {
	const deadline = Date.now() + requestTimeout(ctx);
	for (let pause = 1000; ; pause *= 2) {
		try {
			const found = await read();
			if (found) return found;
		} catch {
			// A read that failed proves nothing either; the next one may answer.
		}
		if (Date.now() + pause > deadline) throw stillUnknown(ctx, itemIndex, lost, advice);
		await sleep(pause);
	}
}

/** The lost reply's error, saying what was read, what to check, and that nothing was sent again. */
function stillUnknown(ctx: IExecuteFunctions, itemIndex: number, lost: unknown, advice: string): NodeApiError {
	const error = lost instanceof NodeApiError ? lost : lostEarlier(ctx, itemIndex);
	const before = error.description ? `${error.description} ` : '';
	error.description = `${before}${advice} Nothing was sent again: Juspay gives this request no key to check it by, so a second one could pay twice.`;
	if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
	return asNodeError(ctx.getNode(), error, itemIndex) as NodeApiError;
}

/** For a retry of the node that finds its earlier try's reply lost: the outcome is still unknown. */
function lostEarlier(ctx: IExecuteFunctions, itemIndex: number): NodeApiError {
	const failure = { code: 'OUTCOME_UNKNOWN', outcomeUnknown: true };
	const error = new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, {
		message: 'An earlier try of this execution sent this validation and its answer was lost',
		itemIndex,
	});
	error.context.juspay = failure;
	return error;
}

/** Whether a caught error is a paid request whose outcome is unknown. */
export function outcomeUnknown(error: unknown): boolean {
	return failureOf(error)?.outcomeUnknown === true;
}
