import type { IExecuteFunctions } from 'n8n-workflow';

import { cachedForRun } from '../../helpers/runCache';

/**
 * Under a Beneficiary ID that Juspay keys (a derived one, or a typed one with
 * Return Existing Result), reading first and sending first are equally safe:
 * Juspay refuses an ID it has seen (E05), and the stored result is then read.
 * They differ in cost. For a new row, sending first is one request and
 * reading first two; for a row Juspay already has (a re-run of a validated
 * sheet), reading first is one and sending first two. So a run starts by
 * sending first and reads first once most of its sends were refused as
 * repeats, learned from its own rows.
 */
export class ReadOrSend {
	private refused = 0;
	private accepted = 0;

	/** Whether the next row should read first. */
	readFirst(): boolean {
		return this.refused >= MIN_REFUSALS && this.refused > this.accepted;
	}

	/** A row sent first: Juspay refused it as a repeat, or took it. */
	sent(refusedAsRepeat: boolean): void {
		if (refusedAsRepeat) this.refused++;
		else this.accepted++;
	}
}

/** Refusals before reading first: one or two repeated rows in a new sheet do not turn it. */
const MIN_REFUSALS = 3;

/** The run's choice (rows of one run learn together). */
export function readOrSend(ctx: IExecuteFunctions): ReadOrSend {
	return cachedForRun(ctx, 'readOrSend', () => new ReadOrSend());
}
