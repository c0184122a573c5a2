/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DERIVED_ID_ATTEMPTS, derivedBeneId, type DerivedIdParts } from '../../nodes/Juspay/helpers/derivedId';
import { resolveInput, validateInput } from '../../nodes/Juspay/schemas/beneficiary';
import { juspayId } from '../../nodes/Juspay/schemas/fields';

/** The parts the node derives from, after the schemas checked what the user typed. */
const bankParts = (raw: { customerId: string; accountNumber: string; ifsc: string }, operation: DerivedIdParts['operation'] = 'validate'): DerivedIdParts => {
	const input = validateInput.ACCOUNT_IFSC.parse(raw);
	return { operation, customerId: input.customerId, type: 'ACCOUNT_IFSC', details: { ifsc: input.ifsc, account: input.accountNumber } };
};
const vpaParts = (raw: { customerId: string; vpa: string }): DerivedIdParts => {
	const input = validateInput.UPI_ID.parse(raw);
	return { operation: 'validate', customerId: input.customerId, type: 'UPI_ID', details: { vpa: input.vpa } };
};
const mobileParts = (raw: { customerId: string; mobile: string | number }): DerivedIdParts => {
	const input = resolveInput.parse(raw);
	return { operation: 'resolve', customerId: input.customerId, type: 'UPI_ID', details: { mobile: input.mobile } };
};

const asha = { customerId: 'cust_1', accountNumber: '026291800001191', ifsc: 'YESB0000262' };
// That the same details (another name included) give the same ID run after run is pinned through the engine in test/node/derivedId.test.ts.

describe('derived Beneficiary ID', () => {
	it('is SHA-256 over the operation, Customer ID, type and details, as n8n_ + 32 hex digits', () => {
		const canonical = JSON.stringify(['beneficiary-v1', 'validate', 'cust_1', 'ACCOUNT_IFSC', '026291800001191', 'YESB0000262', null, null]);
		const expected = 'n8n_' + createHash('sha256').update(canonical).digest('hex').slice(0, 32);
		expect(derivedBeneId(bankParts(asha))).toBe(expected);
		expect(expected).toMatch(/^n8n_[0-9a-f]{32}$/);
	});

	it.each(['README.md', 'docs/money-rules.md'])('gives the ID %s shows for its example (cust_12, 026291800001191 / YESB0000262)', (page) => {
		const text = readFileSync(join(__dirname, '..', '..', page), 'utf8');
		const id = derivedBeneId(bankParts({ customerId: 'cust_12', accountNumber: '026291800001191', ifsc: 'YESB0000262' }));
		expect(text.match(/n8n_[0-9a-f]{32}/g)?.every((shown) => shown === id)).toBe(true);
	});

	it('ignores how the details were typed: spaces, IFSC case, VPA case, +91 / 0 / spaces in a mobile', () => {
		expect(derivedBeneId(bankParts({ customerId: ' cust_1 ', accountNumber: ' 026291800001191 ', ifsc: ' yesb0000262' }))).toBe(derivedBeneId(bankParts(asha)));
		expect(derivedBeneId(vpaParts({ customerId: 'c', vpa: ' Success@UPI ' }))).toBe(derivedBeneId(vpaParts({ customerId: 'c', vpa: 'success@upi' })));
		const mobile = derivedBeneId(mobileParts({ customerId: 'c', mobile: '8088375524' }));
		for (const typed of ['+91 80883 75524', '08088375524', '91-8088375524', 8088375524]) {
			expect(derivedBeneId(mobileParts({ customerId: 'c', mobile: typed }))).toBe(mobile);
		}
	});

	it('differs when anything validated differs: account, leading zero, IFSC, Customer ID, operation, type, VPA, mobile', () => {
		const ids = [
			derivedBeneId(bankParts(asha)),
			derivedBeneId(bankParts({ ...asha, accountNumber: '026291800001190' })),
			derivedBeneId(bankParts({ ...asha, accountNumber: '26291800001191' })),
			derivedBeneId(bankParts({ ...asha, ifsc: 'YESB0000263' })),
			derivedBeneId(bankParts({ ...asha, customerId: 'cust_2' })),
			derivedBeneId(bankParts(asha, 'create')),
			derivedBeneId(vpaParts({ customerId: 'cust_1', vpa: 'success@upi' })),
			derivedBeneId(vpaParts({ customerId: 'cust_1', vpa: 'invalid@upi' })),
			derivedBeneId(mobileParts({ customerId: 'cust_1', mobile: '8088375524' })),
			derivedBeneId(mobileParts({ customerId: 'cust_1', mobile: '8088375525' })),
			// Parts that could run together as text must not: "a","bc" vs "ab","c".
			derivedBeneId({ operation: 'validate', customerId: 'cust_1a', type: 'ACCOUNT_IFSC', details: { account: '12345', ifsc: 'YESB0000262' } }),
			derivedBeneId({ operation: 'validate', customerId: 'cust_1', type: 'ACCOUNT_IFSC', details: { account: 'a12345', ifsc: 'YESB0000262' } }),
		];
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has no collisions over 5,000 different accounts', () => {
		const ids = new Set<string>();
		for (let i = 0; i < 5_000; i++) ids.add(derivedBeneId(bankParts({ ...asha, accountNumber: String(10_000_000 + i) })));
		expect(ids.size).toBe(5_000);
	});

	it('stays within Juspay\'s ID format (the schema rule for a typed Beneficiary ID), also as …_2 and …_3', () => {
		expect(DERIVED_ID_ATTEMPTS).toBe(3);
		const longest = bankParts({ customerId: 'c'.repeat(128), accountNumber: '9'.repeat(40), ifsc: 'YESB0000262' });
		const first = derivedBeneId(longest);
		expect([1, 2, 3].map((attempt) => derivedBeneId(longest, attempt))).toEqual([first, `${first}_2`, `${first}_3`]);
		for (const attempt of [1, 2, 3]) {
			const id = derivedBeneId(longest, attempt);
			expect(id).toMatch(/^n8n_[0-9a-f]{32}(_[23])?$/);
			expect(id.length).toBeLessThanOrEqual(38);
			expect(juspayId.safeParse(id)).toEqual({ success: true, data: id });
		}
	});
});
