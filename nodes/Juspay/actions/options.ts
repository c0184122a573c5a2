import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from '../transport/request';

/** Node behaviour settings shared by every operation (not sent to Juspay). */
export const optionsDescription: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 300 },
			default: 30,
			description:
				'How long to wait for Juspay to answer one request. A POST that times out may still have been processed: it is reported, never resent blindly.',
		},
	],
};

/** The request timeout in milliseconds, from the Timeout option. */
export function requestTimeout(ctx: IExecuteFunctions): number {
	const seconds = Number(ctx.getNodeParameter('options.timeout', 0, 30));
	return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : DEFAULT_TIMEOUT_MS;
}
