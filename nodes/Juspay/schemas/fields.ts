import { z } from 'zod';

import { isSafePath } from '../helpers/safePath';

/**
 * Field schemas shared by every operation. They run before any request, so a
 * bad row costs nothing. Only zod API that behaves the same in zod 3.25 and
 * zod 4 is used (n8n supplies zod at run time): string checks with string
 * messages, refine, transform, union, object, array, optional.
 *
 * Messages describe the problem, never echo the value: account numbers,
 * VPAs and mobiles are personal data and errors travel to Slack and logs.
 */

const ID_CHARS = /^[A-Za-z0-9_.:@+-]+$/;

/** A trimmed, non-empty string of at most `max` characters. */
export const requiredText = (max: number) =>
	z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

/**
 * An id that is placed in a URL path or a header: letters, digits and a few
 * safe marks. `/`, `?`, `#`, `%` and spaces are refused, so an id can never
 * point the request at another endpoint.
 */
export const juspayId = requiredText(128)
	.regex(ID_CHARS, 'may contain only letters, digits and _ - . : @ +')
	.refine((value) => value !== '.' && value !== '..', 'cannot be "." or ".."');

export const ifsc = z
	.string()
	.trim()
	.min(1, 'is required')
	.toUpperCase()
	.regex(/^[A-Z]{4}0[A-Z0-9]{6}$/, 'must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)');

/**
 * Bank account numbers have no national format; 5 to 40 letters or digits
 * covers every provider. A number is refused: it has already lost any
 * leading zero (026291800001191 becomes 26291800001191).
 */
export const accountNumber = z
	.string()
	.trim()
	.min(1, 'is required')
	.regex(/^[A-Za-z0-9]+$/, 'may contain only letters and digits (no spaces or dashes)')
	.min(5, 'must be at least 5 characters')
	.max(40, 'must be at most 40 characters');

export const vpa = z
	.string()
	.trim()
	.min(1, 'is required')
	.max(255, 'must be at most 255 characters')
	.regex(
		/^[A-Za-z0-9._-]{2,}@[A-Za-z][A-Za-z0-9.-]{1,63}$/,
		'must look like name@bank (e.g. 9876543210@ybl)',
	);

/** Indian mobile: 10 digits starting 6-9; `+91`, `91` and `0` prefixes, spaces and dashes are accepted and removed. */
export const indianMobile = z
	.union([z.string(), z.number()])
	.transform((value) => normaliseMobile(String(value)))
	.refine(
		(value) => /^[6-9]\d{9}$/.test(value),
		'must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9 (a +91 or 0 prefix is fine)',
	);

export function normaliseMobile(value: string): string {
	const digits = value.trim().replace(/[\s()-]/g, '');
	if (/^\+91\d{10}$/.test(digits)) return digits.slice(3);
	if (/^91\d{10}$/.test(digits)) return digits.slice(2);
	if (/^0\d{10}$/.test(digits)) return digits.slice(1);
	return digits;
}

/** A rupee amount: positive, at most 2 decimals. Sent as text, exactly as given. */
export const amount = z
	.union([z.string(), z.number()])
	.transform((value) => String(value).trim())
	.refine((value) => /^\d+(\.\d{1,2})?$/.test(value), 'must be a positive amount in rupees with at most 2 decimals (e.g. 1 or 1.50)')
	.refine((value) => Number(value) > 0, 'must be more than 0');

/** Letters A-Z, digits, spaces and punctuation: what a name typed on a form or in a sheet is made of. */
const NAME_CHARACTERS = /^[\x20-\x7e\t\n\r\p{P}\p{Zs}]*$/u;

/**
 * A beneficiary's name as Juspay takes it: letters, digits and spaces (it
 * refuses special characters). A name as people type it is never refused for
 * its punctuation: `&` becomes AND ("Sai & Sons"), an apostrophe or a slash
 * joins what it stands between ("D'Souza" → DSouza, "M/s" → Ms), any other
 * punctuation becomes a space ("Gupta, Sanjay", "R.K. Sharma", "Kumar (HUF)"),
 * and spaces collapse. Other characters (another script, accents, emoji,
 * invisible marks) are refused. The name match uses the name as typed.
 */
export const beneficiaryName = z
	.string()
	.refine((value) => NAME_CHARACTERS.test(value), 'may contain only letters A-Z, digits, spaces and punctuation (Juspay refuses other characters in names)')
	.transform(cleanName)
	.refine((value) => value.length > 0, 'is required')
	.refine((value) => value.length <= 100, 'must be at most 100 characters');

function cleanName(value: string): string {
	return value
		.replace(/&/g, ' AND ')
		.replace(/['\u2018\u2019`/]/g, '')
		.replace(/[^A-Za-z0-9]+/g, ' ')
		.trim();
}

/**
 * Control characters (`\p{Cc}`: U+0000-001F, U+007F-009F), and the invisible
 * marks that reorder text (bidi controls). Written as a property class so
 * ESLint's no-control-regex (in `n8n-node lint`'s rule set) accepts it.
 */
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A name on a customer bank account (free text, Juspay does not restrict it). */
export const accountHolderName = requiredText(100).refine((value) => !INVISIBLE.test(value), 'may not contain control characters');

export const email = requiredText(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address (e.g. asha@example.com)');

/** A gateway or bank code such as CFGEN or JP_HDFC. */
export const code = requiredText(64)
	.toUpperCase()
	.regex(/^[A-Z0-9_]+$/, 'may contain only letters, digits and _ (e.g. CFGEN)');

/** Free-form reference text: no control characters (it travels in a form body). */
export const reference = requiredText(128).refine((value) => !INVISIBLE.test(value), 'may not contain control characters');

/** An id Juspay gives as a number or text (e.g. gateway_id 800). */
export const numericOrCode = z
	.union([z.string(), z.number()])
	.transform((value) => String(value).trim())
	.refine((value) => /^[A-Za-z0-9_-]{1,64}$/.test(value), 'may contain only letters, digits, _ and - (e.g. 800)');

/** Metadata: text, or an object that is sent as its JSON text. */
export const metadata = z
	.union([z.string(), z.record(z.string(), z.unknown())])
	.transform((value) => (typeof value === 'string' ? value.trim() : JSON.stringify(value)))
	.refine((value) => value.length > 0, 'is required')
	.refine((value) => value.length <= 2000, 'must be at most 2000 characters');

/** A URL Juspay can call back: http or https, with a host. */
export const callbackUrl = requiredText(2048).refine((value) => {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}, 'must be an http or https URL (e.g. the Juspay Trigger\'s Production URL)');

/**
 * A dotted path of plain keys, e.g. additionalInfo.webhookDetails. The keys
 * that name an object's machinery are refused (helpers/safePath.ts): written
 * to, they would reach Object.prototype of the whole n8n process.
 */
export const fieldPath = requiredText(200)
	.regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be keys joined by dots (e.g. additionalInfo.webhookDetails)')
	.refine(isSafePath, 'may not use __proto__, prototype or constructor as a key');
