import { sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { WaitSettings } from './options';
import { shareWithRows } from './shareRows';

export interface Waited<T> {
	result: T;
	/** Status checks made after the first answer. */
	checks: number;
	/** True when Max Wait passed and the result is still pending. */
	stillPending: boolean;
}

/**
 * Re-reads a pending result with free status checks (never a new validation)
 * until it is final or the maximum wait would be passed. Waiting uses n8n's
 * `sleep`; a result still pending at the end is returned as such, marked,
 * not thrown.
 */
export async function untilFinal<T>(
	first: T,
	pending: (result: T) => boolean,
	check: () => Promise<T>,
	settings: WaitSettings,
): Promise<Waited<T>> {
	let result = first;
	let checks = 0;
	const started = Date.now();
	while (pending(result)) {
		if (Date.now() - started + settings.intervalMs > settings.maxWaitMs) {
			return { result, checks, stillPending: true };
		}
		await sleep(settings.intervalMs);
		result = await check();
		checks++;
	}
	return { result, checks, stillPending: false };
}

/**
 * Wait for Final Status once per Juspay object and run: rows that share one
 * validation (same details) share its status checks too, instead of each
 * polling Juspay for the same answer.
 */
export async function waitOnce(
	ctx: IExecuteFunctions,
	itemIndex: number,
	key: string,
	wait: () => Promise<Waited<IDataObject>>,
): Promise<Waited<IDataObject>> {
	return (await shareWithRows(ctx, itemIndex, `wait:${key}`, wait)).value;
}
