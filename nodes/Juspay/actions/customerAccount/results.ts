import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { customerAccountVerdict, isPending } from '../../helpers/verdict';
import { expectedName, nameMatchThreshold, waitSettings } from '../options';
import { outputOf, shapeOutput } from '../output';
import { waitOnce, withRecoveryMarks, withWaitMarks } from '../results';
import { untilFinal, type Waited } from '../wait';
import { fetchCustomerAccount } from './common';
import type { SentAccount } from './existingAccounts';

export interface AccountContext {
	customerId: string;
	routingId: string;
	/** Whether this operation sent a validation (so Wait for Final Status applies). */
	validated: boolean;
	/** Names given per account number, for name matching. */
	givenNames?: Map<string, string>;
}

/**
 * Customer accounts as the item's output, one each: waited on when asked,
 * in the Output chosen, marks kept. An account the node did not send
 * (Get, Get Many, one that already existed) has no `nameSent`, and its name
 * is not taken as the bank's (helpers/verdict.ts).
 */
export async function customerAccountResults(
	this: IExecuteFunctions,
	itemIndex: number,
	accounts: SentAccount[],
	context: AccountContext,
): Promise<IDataObject[]> {
	const settings = waitSettings(this);
	const output = outputOf(this, itemIndex);
	const expected = expectedName(this, itemIndex);
	const results: IDataObject[] = [];
	for (const { account, nameSent } of accounts) {
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
			waited = accountId === '' ? await wait() : await waitOnce(this, itemIndex, `account:${context.customerId}:${accountId}`, wait);
		}
		const final = waited?.result ?? account;
		const details = (final.account_details ?? {}) as IDataObject;
		const names = { expected: expected ?? context.givenNames?.get(String(details.account ?? '')), sent: nameSent, threshold: nameMatchThreshold(this) };
		results.push(withWaitMarks(withRecoveryMarks(shapeOutput(output, () => customerAccountVerdict(final, names), () => final), account), waited));
	}
	return results;
}
