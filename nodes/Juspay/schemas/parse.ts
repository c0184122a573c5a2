import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';
import type { z } from 'zod';

/**
 * Validates an operation's raw parameters with its schema. On failure it
 * throws a NodeOperationError that names the field (by its display name in
 * the node), what is wrong with the value, and the item; nothing is sent.
 *
 * `labels` maps schema keys to the names the user sees in the node; nested
 * paths (e.g. bankAccounts.0.ifsc) become "Bank Account 1 → IFSC".
 */
export function parseInput<S extends z.ZodTypeAny>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	schema: S,
	raw: Record<string, unknown>,
	labels: Record<string, string>,
): z.output<S> {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;

	const issue = result.error.issues[0];
	const field = fieldName(issue.path, labels);
	const problem = describeProblem(issue, valueAt(raw, issue.path));
	const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more field(s) to fix)` : '';
	throw new NodeOperationError(ctx.getNode(), `${field} ${problem}`, {
		itemIndex,
		description: `The field "${field}" ${problem}${more}. Nothing was sent to Juspay.`,
	});
}

export function fieldName(path: ReadonlyArray<PropertyKey>, labels: Record<string, string>): string {
	const parts: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = String(path[i]);
		const next = path[i + 1];
		const label = labels[key] ?? key;
		if (typeof next === 'number') {
			parts.push(`${label} ${next + 1}`);
			i++;
		} else {
			parts.push(label);
		}
	}
	return parts.join(' → ') || 'Input';
}

function describeProblem(issue: z.ZodIssue, value: unknown): string {
	if (issue.code === 'invalid_type' || (issue.code === 'invalid_union' && value !== undefined && typeof value !== 'string')) {
		if (value === undefined || value === null || value === '') return 'is required';
		const got = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
		const expected = 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : 'text';
		return `must be ${expected === 'string' ? 'text' : expected}, but got ${got}`;
	}
	if (issue.code === 'invalid_union') return 'is not valid';
	// zod 3 says invalid_enum_value (options), zod 4 invalid_value (values).
	const allowed = (issue as { options?: unknown[]; values?: unknown[] }).options ?? (issue as { values?: unknown[] }).values;
	if ((issue.code as string) === 'invalid_enum_value' || (issue.code as string) === 'invalid_value') {
		return Array.isArray(allowed) ? `must be one of ${allowed.join(', ')}` : 'is not one of the allowed values';
	}
	return issue.message;
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	let value: unknown = raw;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}
