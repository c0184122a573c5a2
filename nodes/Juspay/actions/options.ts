import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { nameMatchThresholdOption, thresholdOf, type NameMatchThreshold } from '../helpers/nameMatch';
import { cachedForRun } from '../helpers/runCache';
import type { PaceSettings } from '../transport/pace/pace';
import { DEFAULT_TIMEOUT_MS } from '../transport/request';

/** Operations that send a validation (and may cost a penny drop). */
const VALIDATE_OPERATIONS = ['createAndValidate', 'validate'];
/** Operations whose input has an IFSC. */
const IFSC_OPERATIONS = ['create', 'createAndValidate', 'validate', 'lookup'];

const DEFAULT_MAX_CONCURRENCY = 50;
const DEFAULT_RATE_LIMIT_WAIT_S = 600;

/**
 * Node behaviour settings (not sent to Juspay), in one "Options" collection.
 * All but Name to Match are the same for every item (no expression) and are
 * read once per run; Name to Match is read per item.
 */
export const optionsDescription: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Check Bank Code',
			name: 'checkBankCode',
			type: 'boolean',
			noDataExpression: true,
			default: true,
			description:
				'Whether to refuse, before any request is sent, an IFSC whose first four letters are not a known Indian bank',
			displayOptions: { show: { '/operation': IFSC_OPERATIONS } },
		},
		{
			displayName: 'Concurrency',
			name: 'concurrencyMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Auto',
					value: 'auto',
					description:
						'Find the fastest pace Juspay accepts: send more requests at once while Juspay keeps up, fewer when it answers 429 (too many requests). Up to Max Concurrency.',
				},
				{
					name: 'Fixed',
					value: 'fixed',
					description: 'Always send Fixed Concurrency items at once',
				},
			],
			default: 'auto',
			description: 'How many items are sent to Juspay at the same time. Output order is kept either way.',
		},
		{
			displayName: 'Fixed Concurrency',
			name: 'concurrency',
			type: 'number',
			noDataExpression: true,
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description: 'How many items are sent to Juspay at the same time (Concurrency: Fixed)',
			// Each number is hidden only under the other mode, never for want of one: n8n drops
			// a hidden option's value, and a workflow saved before Concurrency existed has this
			// number and no mode (it means Fixed, see paceSettings).
			displayOptions: { hide: { concurrencyMode: ['auto'] } },
		},
		{
			displayName: 'Mask Account Numbers',
			name: 'maskAccountNumbers',
			type: 'boolean',
			noDataExpression: true,
			default: false,
			description:
				'Whether to mask bank account numbers in the output (XXXXXXXXXXX1191), e.g. before posting results to Slack or a sheet',
		},
		{
			displayName: 'Max Concurrency',
			name: 'maxConcurrency',
			type: 'number',
			noDataExpression: true,
			typeOptions: { minValue: 1, maxValue: 200 },
			default: DEFAULT_MAX_CONCURRENCY,
			description: 'The most items sent to Juspay at the same time, however fast Juspay answers (Concurrency: Auto)',
			displayOptions: { hide: { concurrencyMode: ['fixed'] } },
		},
		{
			displayName: 'Max Wait (Seconds)',
			name: 'maxWait',
			type: 'number',
			noDataExpression: true,
			typeOptions: { minValue: 1, maxValue: 600 },
			default: 60,
			description: 'How long to keep checking a pending validation before returning it as still pending',
			displayOptions: { show: { waitForFinalStatus: [true], '/operation': VALIDATE_OPERATIONS } },
		},
		{
			displayName: 'Max Wait When Rate Limited (Seconds)',
			name: 'rateLimitMaxWait',
			type: 'number',
			noDataExpression: true,
			typeOptions: { minValue: 0, maxValue: 86400 },
			default: DEFAULT_RATE_LIMIT_WAIT_S,
			description:
				'When Juspay answers 429 (too many requests), nothing was carried out and the row is sent again after the wait Juspay asks for. A row fails only when it has waited this long in total, or when Juspay has accepted nothing for this long.',
		},
		nameMatchThresholdOption,
		{
			displayName: 'Name to Match',
			name: 'expectedName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Asha Verma',
			description:
				'Name the account holder should have, as typed (punctuation is fine). It is compared with the name at the bank into nameMatch (band and explanation) and verified. Defaults to the name given with the account, if any.',
		},
		{
			displayName: 'Payout API Version',
			name: 'payoutApiVersion',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'V1', value: 'v1', description: 'Addresses /payout/merchant/v1, as in Juspay\'s API reference' },
				{ name: 'V2', value: 'v2', description: 'Addresses /payout/merchant/v2, as in Juspay\'s newer guides' },
			],
			default: 'v1',
			description: 'Which version of Juspay\'s Payout API to call. Keep V1 unless Juspay asked you to use V2.',
			displayOptions: { show: { '/resource': ['beneficiary', 'ifsc'] } },
		},
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollInterval',
			type: 'number',
			noDataExpression: true,
			typeOptions: { minValue: 1, maxValue: 300 },
			default: 5,
			description: 'Seconds between status checks while a validation is pending',
			displayOptions: { show: { waitForFinalStatus: [true], '/operation': VALIDATE_OPERATIONS } },
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			noDataExpression: true,
			typeOptions: { minValue: 1, maxValue: 300 },
			default: 30,
			description:
				'How long to wait for Juspay to answer one request. A validation whose answer is lost may still have been carried out: the node reads (free) before anything is sent again, and for a customer account it keeps reading for up to this long and never sends it again.',
		},
		{
			displayName: 'Wait for Final Status',
			name: 'waitForFinalStatus',
			type: 'boolean',
			noDataExpression: true,
			default: false,
			description:
				'Whether to keep checking a PENDING validation (free status checks, no new penny drop) until it is final or Max Wait passes',
			displayOptions: { show: { '/operation': VALIDATE_OPERATIONS } },
		},
	],
};

/** An option that takes no expression: the same for every item, so read once per run. */
function option<T>(ctx: IExecuteFunctions, name: string, fallback: T): T {
	return cachedForRun(ctx, `option:${name}`, () => ctx.getNodeParameter(`options.${name}`, 0, fallback) as T);
}

/** The request timeout in milliseconds, from the Timeout option. */
export function requestTimeout(ctx: IExecuteFunctions): number {
	const seconds = Number(option(ctx, 'timeout', DEFAULT_TIMEOUT_MS / 1000));
	return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : DEFAULT_TIMEOUT_MS;
}

/**
 * Auto or Fixed, and the numbers that go with it. A workflow saved before
 * Auto existed has `options: { concurrency: N }` and no mode: n8n stores only
 * the options a user added, so a number without a mode means Fixed, exactly
 * as it behaved then.
 */
export function paceSettings(ctx: IExecuteFunctions): PaceSettings {
	const whole = (value: unknown, fallback: number, max: number) => {
		const n = Math.floor(Number(value));
		return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
	};
	// null: not among the options the user added.
	const fixedNumber = option<unknown>(ctx, 'concurrency', null);
	const chosen = option<unknown>(ctx, 'concurrencyMode', null);
	const mode = chosen === 'fixed' || (chosen === null && fixedNumber !== null) ? 'fixed' : 'auto';
	const waitSeconds = Number(option(ctx, 'rateLimitMaxWait', DEFAULT_RATE_LIMIT_WAIT_S));
	return {
		mode,
		concurrency:
			mode === 'fixed'
				? whole(fixedNumber ?? 5, 1, 50)
				: whole(option(ctx, 'maxConcurrency', DEFAULT_MAX_CONCURRENCY), DEFAULT_MAX_CONCURRENCY, 200),
		rateLimitBudgetMs: Math.round(Math.max(0, Number.isFinite(waitSeconds) ? waitSeconds : DEFAULT_RATE_LIMIT_WAIT_S) * 1000),
	};
}

export function checkBankCode(ctx: IExecuteFunctions): boolean {
	return option<unknown>(ctx, 'checkBankCode', true) !== false;
}

export function maskAccounts(ctx: IExecuteFunctions): boolean {
	return option<unknown>(ctx, 'maskAccountNumbers', false) === true;
}

export function expectedName(ctx: IExecuteFunctions, itemIndex: number): string | undefined {
	const name = ctx.getNodeParameter('options.expectedName', itemIndex, '');
	return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/** Options → Name Match Threshold: the least band for `verified` (default Strong). */
export function nameMatchThreshold(ctx: IExecuteFunctions): NameMatchThreshold {
	return thresholdOf(option<unknown>(ctx, 'nameMatchThreshold', 'STRONG'));
}

/** Payout API version in the path: v1 (the reference) or v2 (Juspay's newer docs). */
export function payoutApiVersion(ctx: IExecuteFunctions): 'v1' | 'v2' {
	return option<unknown>(ctx, 'payoutApiVersion', 'v1') === 'v2' ? 'v2' : 'v1';
}

export interface WaitSettings {
	enabled: boolean;
	intervalMs: number;
	maxWaitMs: number;
}

export function waitSettings(ctx: IExecuteFunctions): WaitSettings {
	const seconds = (name: string, fallback: number, min: number, max: number) => {
		const value = Number(option(ctx, name, fallback));
		return Math.round(Math.min(Math.max(Number.isFinite(value) ? value : fallback, min), max) * 1000);
	};
	return {
		enabled: option<unknown>(ctx, 'waitForFinalStatus', false) === true,
		intervalMs: seconds('pollInterval', 5, 0.05, 300),
		maxWaitMs: seconds('maxWait', 60, 0, 600),
	};
}
