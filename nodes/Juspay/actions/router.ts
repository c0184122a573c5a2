import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, NodeApiError } from 'n8n-workflow';

import { maskAccountNumbers } from '../helpers/mask';
import { asNodeError } from '../transport/errors';
import { paceOf } from '../transport/pace/pace';
import { juspayAccount } from '../transport/request';

import * as beneficiary from './beneficiary/Beneficiary.resource';
import * as customerAccount from './customerAccount/CustomerAccount.resource';
import * as ifsc from './ifsc/Ifsc.resource';
import { maskAccounts, paceSettings } from './options';
import { outputOf } from './output';
import { rateLimitHint } from './hints';
import { forTheModel, isToolRun } from './toolUse';
import type { JuspayResource, Operation } from './types';

/** Every resource's operations: the node description and this map are checked against each other in tests. */
export const resources: Record<JuspayResource, Record<string, Operation>> = {
	customerAccount: customerAccount.operations,
	beneficiary: beneficiary.operations,
	ifsc: ifsc.operations,
};

/**
 * Runs the chosen operation once per input item, as many at a time as the
 * run's pace allows (Options → Concurrency: Auto or Fixed; see
 * transport/pace/pace.ts). Results are put back in input order, so the output is the same as
 * one at a time: every Juspay object becomes one output item paired with the
 * input item it came from. A failed item either stops the node (the default;
 * no new item is started, the first failure in input order is reported) or,
 * with "On Error" set to continue, becomes one error item paired with its
 * input while the others carry on. `continueOnFail` is n8n's "On Error"
 * setting, read by the node's execute() (where n8n's lint looks for it).
 */
export async function route(this: IExecuteFunctions, { continueOnFail }: { continueOnFail: boolean }): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as JuspayResource;
	const operationName = this.getNodeParameter('operation', 0) as string;
	// Own keys only: a resource or operation name from a workflow never reaches a prototype.
	const operations = Object.hasOwn(resources, resource) ? resources[resource] : undefined;
	const operation = operations && Object.hasOwn(operations, operationName) ? operations[operationName] : undefined;
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" is not known for "${resource}"`);
	}
	const mask = maskAccounts(this);
	const errorOutput = this.getNode().onError === 'continueErrorOutput';

	const pace = paceOf(this, paceSettings(this), await juspayAccount(this));
	const results: INodeExecutionData[][] = new Array(items.length);
	let stopped: { itemIndex: number; error: JuspayNodeError } | undefined;

	const runItem = async (itemIndex: number) => {
		try {
			// Output → Selected Fields is checked before anything is sent.
			outputOf(this, itemIndex);
			const objects = await operation.execute.call(this, itemIndex);
			results[itemIndex] = objects.map((json) => ({
				json: mask ? maskAccountNumbers(json) : json,
				pairedItem: { item: itemIndex },
			}));
		} catch (caught) {
			const error = asNodeError(this.getNode(), caught, itemIndex);
			if (continueOnFail) {
				results[itemIndex] = [errorItem(error, itemIndex, errorOutput)];
			} else if (!stopped || itemIndex < stopped.itemIndex) {
				stopped = { itemIndex, error };
			}
		}
	};
	// No new item starts once one has stopped the node.
	await pace.runItems(items.length, async (itemIndex) => {
		await runItem(itemIndex);
		return !stopped;
	});

	const hint = rateLimitHint(pace.report());
	// addExecutionHints exists in n8n 1.x and 2.x; a host without it just shows no hint.
	if (hint && typeof this.addExecutionHints === 'function') this.addExecutionHints(hint);
	if (stopped) throw isToolRun(this) ? forTheModel(stopped.error) : stopped.error;
	return [results.flat()];
}

type JuspayNodeError = NodeOperationError | NodeApiError;

/**
 * The error item for a failed input item, paired with it.
 *
 * With "On Error: Continue" it is `{ error, details }`: the message, plus
 * Juspay's code, HTTP status, whether the outcome is unknown, and advice, for
 * a workflow to branch on. With "On Error: Continue (using error output)" n8n
 * moves an item to the error output only by its shape, and n8n 1.x accepts
 * just `{ error }` or `{ error, message }`: there the item is
 * `{ error, message }` with the advice as the message (the code and status
 * are in the error text). The error object itself is never put on the item:
 * n8n would then replace the json with the bare message.
 */
function errorItem(error: JuspayNodeError, itemIndex: number, errorOutput: boolean): INodeExecutionData {
	if (errorOutput) {
		return { json: { error: error.message, message: error.description ?? error.message }, pairedItem: { item: itemIndex } };
	}
	const details: IDataObject = { itemIndex };
	if (error.description) details.description = error.description;
	const juspay = error.context.juspay as IDataObject | undefined;
	if (juspay) Object.assign(details, juspay);
	return { json: { error: error.message, details }, pairedItem: { item: itemIndex } };
}
