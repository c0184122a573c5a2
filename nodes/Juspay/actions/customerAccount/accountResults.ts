import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { customerAccountVerdict, isPending } from '../../helpers/verdict';
import { fetchCustomerAccount, type Customer } from '../customerAccountCalls';
import { waitSettings } from '../options';
import { outputOf, shapeOutput } from '../output';
import { withRecoveryMarks, withWaitMarks } from '../resultMarks';
import { untilFinal, waitOnce, type Waited } from '../wait';

/** A customer account for the item, with the holder name the node sent with it (null: none, or not sent by this item). */
export interface SentAccount {
	account: IDataObject;
	nameSent?: string | null;
}

export interface AccountContext extends Customer {
	/** Whether this operation sent a validation (so Wait for Final Status applies). */
	validated: boolean;
}

/**
 * Customer accounts as the item's output, one each: waited on when asked,
 * in the Output chosen, marks kept.
 */
export async function customerAccountResults(
	this: IExecuteFunctions,
	itemIndex: number,
	accounts: SentAccount[],
	context: AccountContext,
): Promise<IDataObject[]> {
	const settings = waitSettings(this);
	const output = outputOf(this, itemIndex);
	const results: IDataObject[] = [];
	for (const { account, nameSent } of accounts) {
		let waited: Waited<IDataObject> | undefined;
		if (context.validated && settings.enabled) {
			const accountId = String(account.customer_account_id ?? '');
			const wait = async () =>
				await untilFinal(
					account,
					(current) => accountId !== '' && isPending(customerAccountVerdict(current)),
					async () => await fetchCustomerAccount(this, itemIndex, context, accountId),
					settings,
				);
			// Without an ID there is nothing to check, and nothing to share.
			waited = accountId === '' ? await wait() : await waitOnce(this, itemIndex, `account:${context.customerId}:${accountId}`, wait);
		}
		const final = waited?.result ?? account;
		results.push(withWaitMarks(withRecoveryMarks(shapeOutput(output, () => customerAccountVerdict(final, nameSent ?? null), () => final), account), waited));
	}
	return results;
}
