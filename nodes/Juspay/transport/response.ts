import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';

/**
 * Juspay's answer as a list of objects, one per output item. Juspay answers
 * one object, or an array for create calls. An answer with no object in it
 * would silently drop the input item, so it is an error instead; after a
 * POST (`method`), one whose outcome is unknown: it may have been carried out.
 */
export function juspayObjects(ctx: IExecuteFunctions, itemIndex: number, response: unknown, method: 'GET' | 'POST' = 'GET'): IDataObject[] {
	const list = (Array.isArray(response) ? response : [response]).filter(
		(entry): entry is IDataObject => typeof entry === 'object' && entry !== null && !Array.isArray(entry),
	);
	if (list.length === 0) {
		const failure = { code: 'EMPTY_RESPONSE', outcomeUnknown: method === 'POST' };
		const error = new NodeApiError(ctx.getNode(), failure as unknown as JsonObject, {
			message: 'Juspay answered without any account or beneficiary in its response',
			description: 'The request may have been processed. Check its status in Juspay before sending it again.',
			itemIndex,
		});
		error.context.juspay = failure;
		throw error;
	}
	return list;
}
