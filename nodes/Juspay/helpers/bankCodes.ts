import { PACKED_BANK_CODES } from './bankCodes.generated';

let known: Set<string> | undefined;

/** Whether `code` (the first four letters of an IFSC) is a known Indian bank. */
export function isKnownBankCode(code: string): boolean {
	known ??= new Set(PACKED_BANK_CODES.join('').match(/.{4}/g) ?? []);
	return known.has(code.toUpperCase());
}
