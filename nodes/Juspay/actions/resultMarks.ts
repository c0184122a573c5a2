import type { IDataObject } from 'n8n-workflow';

import type { Waited } from './wait';

/**
 * The marks every result shares, next to Juspay's answer. Each resource shapes its own result
 * (beneficiary/beneficiaryResult.ts, customerAccount/accountResults.ts) from these and the
 * Output chosen (output.ts).
 */

/** Marks the node adds to a Juspay answer, next to Juspay's own fields. */
export interface RecoveryMarks {
	/** Juspay already had it (a re-run, or Return Existing): this is its stored result, nothing was sent. */
	alreadyExisted?: boolean;
	/** The request's answer was lost; this answer came from a free status check or list. */
	recoveredByStatusCheck?: boolean;
	/** An earlier item of this run had the same details; this is its answer, nothing was sent for this item. */
	sameAsItem?: number;
	/** Juspay shows this customer account under another IFSC than the one the item gave (the one given). */
	ifscSent?: string;
}

const RECOVERY_MARKS = ['alreadyExisted', 'recoveredByStatusCheck', 'sameAsItem', 'ifscSent'] as const;

/**
 * The money-safety marks are put on the first answer: keep them whichever
 * answer is returned, raw, simplified or waited on.
 */
export function withRecoveryMarks(output: IDataObject, first: IDataObject): IDataObject {
	const marked = { ...output };
	for (const mark of RECOVERY_MARKS) {
		if (first[mark] !== undefined) marked[mark] = first[mark];
	}
	return marked;
}

/** Wait for Final Status's marks: how many status checks were made, and whether Max Wait ran out. */
export function withWaitMarks(output: IDataObject, waited: Waited<unknown> | undefined): IDataObject {
	if (!waited) return output;
	const marked: IDataObject = { ...output, statusChecks: waited.checks };
	if (waited.stillPending) marked.waitTimedOut = true;
	return marked;
}
