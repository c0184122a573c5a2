import type { INodeProperties } from 'n8n-workflow';

import type { NameMatchBand } from './judge';

/** The least band a name must reach to count as the account holder's. */
export type NameMatchThreshold = 'EXACT' | 'STRONG' | 'PARTIAL';

const RANK: Record<NameMatchBand, number> = { EXACT: 4, STRONG: 3, PARTIAL: 2, WEAK: 1, NONE: 0 };

/** Options → Name Match Threshold, the same on the Juspay node and the Juspay Trigger. */
export const nameMatchThresholdOption: INodeProperties = {
	displayName: 'Name Match Threshold',
	name: 'nameMatchThreshold',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Exact', value: 'EXACT', description: 'Only the same words in the same order (case, punctuation and titles aside)' },
		{
			name: 'Partial',
			value: 'PARTIAL',
			description: 'Also a name with a part missing or cut by the bank (e.g. no middle name): check these by hand before paying',
		},
		{
			name: 'Strong',
			value: 'STRONG',
			description: 'The same holder written another way: short forms, initials, spelling, word order. Never a different given name.',
		},
	],
	default: 'STRONG',
	description: 'How closely the name at the bank must match for verified to be true',
};

export function thresholdOf(value: unknown): NameMatchThreshold {
	return value === 'EXACT' || value === 'PARTIAL' ? value : 'STRONG';
}

export function meetsThreshold(band: NameMatchBand, threshold: NameMatchThreshold): boolean {
	return RANK[band] >= RANK[threshold];
}

/**
 * The one answer to branch on before paying: true only when the account is
 * valid and the name meets the threshold; false when the account is invalid
 * or the name misses the threshold; null when there is no name to compare or
 * Juspay has no final answer yet.
 */
export function isVerified(valid: boolean | null, match: { band: NameMatchBand } | null, threshold: NameMatchThreshold): boolean | null {
	if (valid === false) return false;
	if (match === null) return null;
	if (!meetsThreshold(match.band, threshold)) return false;
	return valid === true ? true : null;
}
