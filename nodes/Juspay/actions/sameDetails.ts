import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import { firstInRun } from '../helpers/perRun';

/**
 * Rows of one run with the same details (a sheet with a repeated vendor)
 * share one validation: the first row sends it, the others wait for its
 * answer and send nothing. `sameAsItem` is the first row's index, set only on
 * the rows that reused it.
 *
 * When the first row fails, a row that shared its work fails with the same
 * message and Juspay facts, under its own item index, and says that nothing
 * was sent for it.
 */
export async function oncePerRun<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	key: string,
	send: () => Promise<T>,
): Promise<{ value: T; sameAsItem?: number }> {
	const { promise, firstItem } = firstInRun(ctx, `sameDetails:${key}`, itemIndex, send);
	if (firstItem === itemIndex) return { value: await promise };
	try {
		return { value: await promise, sameAsItem: firstItem };
	} catch (error) {
		throw sharedFailure(ctx, error, itemIndex, firstItem);
	}
}

function sharedFailure(ctx: IExecuteFunctions, error: unknown, itemIndex: number, firstItem: number): NodeOperationError {
	const original = error as { message?: string; description?: string | null; context?: Record<string, unknown> };
	const shared = new NodeOperationError(ctx.getNode(), original.message ?? String(error), {
		itemIndex,
		description:
			`Item ${itemIndex} has the same details as item ${firstItem}, which failed; nothing was sent for item ${itemIndex}.` +
			(original.description ? ` ${original.description}` : ''),
	});
	if (original.context?.juspay) shared.context.juspay = original.context.juspay;
	return shared;
}
