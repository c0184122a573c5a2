import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { hideSecret } from '../helpers/mask';
import { beneficiaryVerdict, customerAccountVerdict, isPending } from '../helpers/verdict';
import { getBeneficiaryStatus } from './beneficiary/payout';
import { fetchCustomerAccount } from './customerAccount/common';
import { expectedName, waitSettings } from './options';
import { outputOf, shapeOutput } from './output';
import { oncePerRun } from './sameDetails';
import { untilFinal, type Waited } from './wait';

/**
 * What validate, get, status and resolve operations return: Juspay's object,
 * optionally waited on until final, in the Output chosen (actions/output.ts).
 */

/** Marks the node adds next to a result; never Juspay fields. */
function withWaitMarks(output: IDataObject, waited: Waited<unknown> | undefined): IDataObject {
	if (!waited) return output;
	const marked: IDataObject = { ...output, statusChecks: waited.checks };
	if (waited.stillPending) marked.waitTimedOut = true;
	return marked;
}

/**
 * The node's money-safety marks (alreadyExisted, recoveredByStatusCheck,
 * sameAsItem) are put on the first answer: keep them whichever answer is
 * returned, raw, simplified or waited on.
 */
function withRecoveryMarks(output: IDataObject, first: IDataObject): IDataObject {
	const marked = { ...output };
	for (const mark of ['alreadyExisted', 'recoveredByStatusCheck', 'sameAsItem']) {
		if (first[mark] !== undefined) marked[mark] = first[mark];
	}
	return marked;
}

/**
 * Wait for Final Status once per Juspay object and run: rows that share one
 * validation (same details) share its status checks too, instead of each
 * polling Juspay for the same answer.
 */
async function waitOncePerRun(
	ctx: IExecuteFunctions,
	itemIndex: number,
	key: string,
	wait: () => Promise<Waited<IDataObject>>,
): Promise<Waited<IDataObject>> {
	return (await oncePerRun(ctx, itemIndex, `wait:${key}`, wait)).value;
}

export interface AccountContext {
	customerId: string;
	routingId: string;
	/** Whether this operation sent a validation (so Wait for Final Status applies). */
	validated: boolean;
	/** Names given per account number, for name matching. */
	givenNames?: Map<string, string>;
}

export async function customerAccountResults(
	this: IExecuteFunctions,
	itemIndex: number,
	accounts: IDataObject[],
	context: AccountContext,
): Promise<IDataObject[]> {
	const settings = waitSettings(this);
	const output = outputOf(this, itemIndex);
	const expected = expectedName(this, itemIndex);
	const results: IDataObject[] = [];
	for (const account of accounts) {
		let waited: Waited<IDataObject> | undefined;
		if (context.validated && settings.enabled) {
			const accountId = String(account.customer_account_id ?? '');
			const wait = async () =>
				await untilFinal(
					account,
					(current) => accountId !== '' && isPending(customerAccountVerdict(current)),
					async () =>
						await fetchCustomerAccount.call(this, itemIndex, context.customerId, accountId, context.routingId),
					settings,
				);
			// Without an ID there is nothing to check, and nothing to share.
			waited = accountId === '' ? await wait() : await waitOncePerRun(this, itemIndex, `account:${context.customerId}:${accountId}`, wait);
		}
		const final = waited?.result ?? account;
		const details = (final.account_details ?? {}) as IDataObject;
		const name = expected ?? context.givenNames?.get(String(details.account ?? ''));
		results.push(withWaitMarks(withRecoveryMarks(shapeOutput(output, () => customerAccountVerdict(final, name), () => final), account), waited));
	}
	return results;
}

export interface BeneficiaryContext {
	customerId: string;
	beneId: string;
	validated: boolean;
	/** The beneDetails sent (name, account, IFSC, VPA, mobile, type), for what Juspay does not echo. */
	sent?: IDataObject;
	/** The Callback Password sent, kept out of a raw answer that echoes it. */
	secret?: string;
}

/**
 * The name this item gave. A stored result (a re-run, or an earlier row with
 * the same details) echoes the name it was first sent with; the match is
 * against the name of this item.
 */
function sentName(sent: IDataObject | undefined): string | undefined {
	const name = (sent?.details as IDataObject | undefined)?.name;
	return typeof name === 'string' ? name : undefined;
}

export async function beneficiaryResult(
	this: IExecuteFunctions,
	itemIndex: number,
	bene: IDataObject,
	context: BeneficiaryContext,
): Promise<IDataObject> {
	const settings = waitSettings(this);
	let waited: Waited<IDataObject> | undefined;
	if (context.validated && settings.enabled) {
		waited = await waitOncePerRun(this, itemIndex, `bene:${context.customerId}:${context.beneId}`, async () =>
			await untilFinal(
				bene,
				(current) => isPending(beneficiaryVerdict(current, context)),
				async () => await getBeneficiaryStatus.call(this, itemIndex, context.customerId, context.beneId),
				settings,
			),
		);
	}
	const final = waited?.result ?? bene;
	const output = shapeOutput(
		outputOf(this, itemIndex),
		() => beneficiaryVerdict(final, context, expectedName(this, itemIndex) ?? sentName(context.sent), context.sent),
		() => hideSecret({ ...final }, context.secret),
	);
	return withWaitMarks(withRecoveryMarks(output, bene), waited);
}
