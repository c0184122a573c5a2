import type { NodeExecutionHint } from 'n8n-workflow';

import type { PaceReport } from '../transport/pace/pace';

/**
 * The note n8n shows above the node's output when Juspay rate-limited the
 * run, so the user learns their limit without reading logs.
 */
export function rateLimitHint(report: PaceReport): NodeExecutionHint | undefined {
	if (report.rateLimited === 0) return undefined;
	const times = report.rateLimited === 1 ? 'once' : `${report.rateLimited} times`;
	const lost =
		report.outOfBudget > 0
			? ` ${report.outOfBudget} row(s) failed after waiting longer than Max Wait When Rate Limited.`
			: ' Every refused request was sent again; no row failed because of it.';
	if (report.mode === 'fixed') {
		return {
			type: 'warning',
			location: 'outputPane',
			message: `Juspay rate-limited this run ${times} (answer 429) at Fixed Concurrency ${report.concurrency}.${lost} With Options → Concurrency set to Auto the node finds the pace Juspay allows by itself.`,
		};
	}
	const settled = report.settledAt === undefined ? '' : `; it settled at about ${report.settledAt} requests at once`;
	const rate = report.perSecond === undefined ? '' : ` (about ${Math.round(report.perSecond)} answers per second)`;
	return {
		type: report.outOfBudget > 0 ? 'warning' : 'info',
		location: 'outputPane',
		message: `Juspay rate-limited this run ${times}${settled}${rate}.${lost}`,
	};
}
