import { createHash } from 'crypto';

/**
 * A Beneficiary ID derived from what is being validated, for users who have
 * no ID of their own (a form, a sheet row). Juspay refuses an ID it has seen
 * (E05), so the same details must always give the same ID: a re-run, a second
 * form submission or a repeated row then finds the earlier result instead of
 * paying for a second penny drop.
 *
 * What goes in: the operation, the Customer ID, the type and the details as
 * the schemas checked them (account number as text, IFSC upper-case, mobile
 * as its 10 digits), with the VPA lower-cased here (UPI handles are not case
 * sensitive). What stays out: the beneficiary name, email, phone, metadata
 * and gateway, so a corrected name never causes a new penny drop.
 *
 * The ID is `n8n_` + the first 32 hex digits (128 bits) of a SHA-256 over
 * those parts: 36 characters, only `[a-z0-9_]`, well inside the ID rule of
 * the schemas (letters, digits, `_ - . : @ +`, at most 128) and of Juspay's
 * examples. Retries after an ERROR add `_2`, `_3` (at most 38 characters).
 * It is not a secret and not encryption: do not treat it as masking.
 */

export const DERIVED_ID_PREFIX = 'n8n_';

/** How many derived IDs one set of details may use: the first, then `_2` and `_3` after results without a verdict. */
export const DERIVED_ID_ATTEMPTS = 3;

export interface DerivedIdParts {
	operation: 'validate' | 'create' | 'resolve';
	customerId: string;
	type: string;
	/** The checked details: account and ifsc, vpa, or mobile. */
	details: { account?: string; ifsc?: string; vpa?: string; mobile?: string };
}

/** The derived ID for these details; `attempt` 2 and 3 are the IDs used after a result without a verdict. */
export function derivedBeneId(parts: DerivedIdParts, attempt = 1): string {
	const { account, ifsc, vpa, mobile } = parts.details;
	// A fixed order and a version tag: changing what goes in must be a new
	// version, or every user's earlier results would stop being found.
	const canonical = JSON.stringify([
		'beneficiary-v1',
		parts.operation,
		parts.customerId,
		parts.type,
		account ?? null,
		ifsc?.toUpperCase() ?? null,
		vpa?.toLowerCase() ?? null,
		mobile ?? null,
	]);
	const id = DERIVED_ID_PREFIX + createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 32);
	return attempt > 1 ? `${id}_${attempt}` : id;
}
