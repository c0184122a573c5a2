/**
 * Bad input never costs a request: every case below runs the whole workflow
 * with NO interceptor defined and real network disabled, so any request at
 * all would be recorded as unmatched (and fail the test in useNock's
 * afterEach). Each error must name the field as the user sees it in the node,
 * and the item.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { WorkflowHasIssuesError } from 'n8n-core';

import { customCredential, expectNoSecrets, juspay, params, runJuspay, unmatched, useNock } from './fixtures';

useNock();

const LONG = 'a'.repeat(10_000);
const IFSC_RULE = 'must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)';
const VPA_RULE = 'must look like name@bank (e.g. 9876543210@ybl)';
const MOBILE_RULE = 'must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9 (a +91 or 0 prefix is fine)';
const ID_RULE = 'may contain only letters, digits and _ - . : @ +';
const AMOUNT_RULE = 'must be a positive amount in rupees with at most 2 decimals (e.g. 1 or 1.50)';
const NAME_RULE = 'may contain only letters A-Z, digits, spaces and punctuation (Juspay refuses other characters in names)';

/* ------------------------------------------------------------------ valid baselines, one per operation */

const bank = { account: '026291800001191', ifsc: 'YESB0000262' };
const createAndValidate = (fields: INodeParameters = {}) =>
	params('customerAccount', 'createAndValidate', { customerId: 'cst_1', accounts: { bankAccount: [bank] }, ...fields });
const validateAccount = (fields: INodeParameters = {}) =>
	params('customerAccount', 'validate', { customerId: 'cst_1', customerAccountId: 'banh_1', ...fields });
const getAccount = (fields: INodeParameters = {}) =>
	params('customerAccount', 'get', { customerId: 'cst_1', customerAccountId: 'banh_1', ...fields });
const validateBank = (fields: INodeParameters = {}) =>
	params('beneficiary', 'validate', {
		customerId: 'cust_1',
		beneId: 'bene_1',
		beneficiaryType: 'ACCOUNT_IFSC',
		accountNumber: '026291800001191',
		ifsc: 'YESB0000262',
		...fields,
	});
const validateUpi = (fields: INodeParameters = {}) =>
	params('beneficiary', 'validate', { customerId: 'cust_1', beneId: 'bene_1', beneficiaryType: 'UPI_ID', vpa: 'success@upi', ...fields });
const resolve = (fields: INodeParameters = {}) =>
	params('beneficiary', 'resolve', { customerId: 'cust_1', beneId: 'bene_1', mobile: '9876543210', ...fields });

interface BadCase {
	parameters: INodeParameters;
	/** The error message, exactly. */
	message: string;
	/** Start node items (for expressions). */
	inputItems?: IDataObject[];
	credential?: ICredentialDataDecryptedObject;
}

const cases: Record<string, BadCase> = {
	/* ---- formats */
	'IFSC with no 0 in 5th place (Create and Validate)': {
		parameters: createAndValidate({ accounts: { bankAccount: [{ ...bank, ifsc: 'YESB1000262' }] } }),
		message: `Bank Account 1 → IFSC ${IFSC_RULE}`,
	},
	'IFSC one character short (Beneficiary Validate)': {
		parameters: validateBank({ ifsc: 'YESB000026' }),
		message: `IFSC ${IFSC_RULE}`,
	},
	'IFSC of the second of two bank accounts': {
		parameters: createAndValidate({ accounts: { bankAccount: [bank, { ...bank, ifsc: 'YES0000262X' }] } }),
		message: `Bank Account 2 → IFSC ${IFSC_RULE}`,
	},
	'VPA without @ (Beneficiary Validate)': {
		parameters: validateUpi({ vpa: 'asha.okhdfcbank' }),
		message: `VPA ${VPA_RULE}`,
	},
	'VPA with a one-letter handle (Create and Validate)': {
		parameters: createAndValidate({ accounts: { upi: [{ vpa: 'a@ybl' }] } }),
		message: `UPI ID 1 → VPA ${VPA_RULE}`,
	},
	'mobile with 5 digits (Resolve)': {
		parameters: resolve({ mobile: '12345' }),
		message: `Mobile Number ${MOBILE_RULE}`,
	},
	'mobile starting with 5 (Resolve)': {
		parameters: resolve({ mobile: '5876543210' }),
		message: `Mobile Number ${MOBILE_RULE}`,
	},
	'mobile with letters (Resolve)': {
		parameters: resolve({ mobile: '98765abcde' }),
		message: `Mobile Number ${MOBILE_RULE}`,
	},
	'Phone (an additional field) too short (Beneficiary Validate)': {
		parameters: validateUpi({ additionalFields: { phone: '98765' } }),
		message: `Phone ${MOBILE_RULE}`,
	},
	'Email without a domain': {
		parameters: validateUpi({ additionalFields: { email: 'asha@' } }),
		message: 'Email must be an email address (e.g. asha@example.com)',
	},
	'amount 0 (Validate)': {
		parameters: validateAccount({ additionalFields: { validationAmount: 0 } }),
		message: 'Validation Amount must be more than 0',
	},
	'amount with 3 decimals (Validate)': {
		parameters: validateAccount({ additionalFields: { validationAmount: 1.234 } }),
		message: `Validation Amount ${AMOUNT_RULE}`,
	},
	'negative amount (Create and Validate)': {
		parameters: createAndValidate({ additionalFields: { validationAmount: -1 } }),
		message: `Validation Amount ${AMOUNT_RULE}`,
	},
	'amount as words from an expression': {
		inputItems: [{ amount: 'one rupee' }],
		parameters: validateAccount({ additionalFields: { validationAmount: '={{ $json.amount }}' } }),
		message: `Validation Amount ${AMOUNT_RULE}`,
	},
	'account number with dashes': {
		parameters: validateBank({ accountNumber: '0262-9180-0001-191' }),
		message: 'Account Number may contain only letters and digits (no spaces or dashes)',
	},
	'account number of 4 digits': {
		parameters: createAndValidate({ accounts: { bankAccount: [{ ...bank, account: '1234' }] } }),
		message: 'Bank Account 1 → Account Number must be at least 5 characters',
	},
	'Preferred Gateway with a dash': {
		parameters: validateBank({ additionalFields: { preferredGateway: 'CF-GEN' } }),
		message: 'Preferred Gateway may contain only letters, digits and _ (e.g. CFGEN)',
	},
	'Gateway ID with a space': {
		parameters: createAndValidate({ additionalFields: { gatewayId: '80 0' } }),
		message: 'Gateway ID may contain only letters, digits, _ and - (e.g. 800)',
	},
	'Account Holder Name with a line break': {
		parameters: createAndValidate({ accounts: { bankAccount: [{ ...bank, name: 'Asha\nVerma' }] } }),
		message: 'Bank Account 1 → Account Holder Name may not contain control characters',
	},

	/* ---- empty and whitespace-only required fields (the engine only catches a literal '') */
	// On Validate, Create and Resolve an empty Beneficiary ID means "derive it"; Get Status needs one.
	'whitespace-only Beneficiary ID (Get Status)': {
		parameters: params('beneficiary', 'getStatus', { customerId: 'cust_1', beneId: '   ' }),
		message: 'Beneficiary ID is required',
	},
	'whitespace-only IFSC': {
		parameters: validateBank({ ifsc: ' \t ' }),
		message: 'IFSC is required',
	},
	'whitespace-only Customer Account ID (Get)': {
		parameters: getAccount({ customerAccountId: '  ' }),
		message: 'Customer Account ID is required',
	},
	'Customer ID from an expression that is empty': {
		inputItems: [{ customer: '' }],
		parameters: getAccount({ customerId: '={{ $json.customer }}' }),
		message: 'Customer ID is required',
	},
	'Customer ID from an expression naming a missing field': {
		inputItems: [{ other: 'x' }],
		parameters: validateAccount({ customerId: '={{ $json.customer }}' }),
		message: 'Customer ID is required',
	},
	'VPA from an expression that is empty (Create and Validate)': {
		inputItems: [{ vpa: '' }],
		parameters: createAndValidate({ accounts: { upi: [{ vpa: '={{ $json.vpa }}' }] } }),
		message: 'UPI ID 1 → VPA is required',
	},
	'mobile from an expression that is empty (Resolve)': {
		inputItems: [{ mobile: '' }],
		parameters: resolve({ mobile: '={{ $json.mobile }}' }),
		message: `Mobile Number ${MOBILE_RULE}`,
	},

	/* ---- numbers, objects, lists where text belongs */
	'account number as a JS number (Beneficiary Validate)': {
		inputItems: [{ account: 26291800001191 }],
		parameters: validateBank({ accountNumber: '={{ $json.account }}' }),
		message: 'Account Number must be text, but got a number',
	},
	'Customer ID as a JS number': {
		inputItems: [{ customer: 14212551 }],
		parameters: getAccount({ customerId: '={{ $json.customer }}' }),
		message: 'Customer ID must be text, but got a number',
	},
	'VPA as an object': {
		inputItems: [{ upi: { vpa: 'success@upi' } }],
		parameters: validateUpi({ vpa: '={{ $json.upi }}' }),
		message: 'VPA must be text, but got an object',
	},
	'IFSC as a list': {
		inputItems: [{ ifsc: ['YESB0000262'] }],
		parameters: validateBank({ ifsc: '={{ $json.ifsc }}' }),
		message: 'IFSC must be text, but got a list',
	},
	'Beneficiary ID as a boolean': {
		inputItems: [{ id: true }],
		parameters: resolve({ beneId: '={{ $json.id }}' }),
		message: 'Beneficiary ID must be text, but got a boolean',
	},

	/* ---- ids that would break out of their path segment */
	'Customer ID a/../b (Get)': {
		parameters: getAccount({ customerId: 'a/../b' }),
		message: `Customer ID ${ID_RULE}`,
	},
	'Customer Account ID x?y=z (Get)': {
		parameters: getAccount({ customerAccountId: 'x?y=z' }),
		message: `Customer Account ID ${ID_RULE}`,
	},
	'Customer ID %2F (Validate)': {
		parameters: validateAccount({ customerId: '%2F' }),
		message: `Customer ID ${ID_RULE}`,
	},
	'Customer Account ID .. (Validate)': {
		parameters: validateAccount({ customerAccountId: '..' }),
		message: 'Customer Account ID cannot be "." or ".."',
	},
	'Customer ID with a space (Create and Validate)': {
		parameters: createAndValidate({ customerId: 'cst 1' }),
		message: `Customer ID ${ID_RULE}`,
	},
	'Customer ID with a # (Create and Validate)': {
		parameters: createAndValidate({ customerId: 'cst#frag' }),
		message: `Customer ID ${ID_RULE}`,
	},
	'Beneficiary ID a/../b (it is also used in the status path)': {
		parameters: validateBank({ beneId: 'a/../b' }),
		message: `Beneficiary ID ${ID_RULE}`,
	},
	'Routing ID with a slash (sent as a header)': {
		parameters: getAccount({ additionalFields: { routingId: 'a/b' } }),
		message: `Routing ID ${ID_RULE}`,
	},

	/* ---- 10,000-character strings */
	'10,000-character Customer ID': {
		parameters: createAndValidate({ customerId: LONG }),
		message: 'Customer ID must be at most 128 characters',
	},
	'10,000-character Beneficiary Name': {
		parameters: validateBank({ additionalFields: { name: LONG } }),
		message: 'Beneficiary Name must be at most 100 characters',
	},
	'10,000-character VPA': {
		parameters: validateUpi({ vpa: `${LONG}@upi` }),
		message: 'VPA must be at most 255 characters',
	},
	'10,000-digit account number': {
		parameters: validateBank({ accountNumber: '1'.repeat(10_000) }),
		message: 'Account Number must be at most 40 characters',
	},
	'10,000-character Metadata (more than 2000)': {
		parameters: resolve({ additionalFields: { metadata: LONG } }),
		message: 'Metadata must be at most 2000 characters',
	},

	/* ---- beneficiary name: punctuation is cleaned away (operations.test.ts), other characters are refused */
	'Beneficiary Name in another script': {
		parameters: validateBank({ additionalFields: { name: 'आशा वर्मा' } }),
		message: `Beneficiary Name ${NAME_RULE}`,
	},
	'Beneficiary Name with a NUL': {
		parameters: validateUpi({ additionalFields: { name: 'Asha\u0000Verma' } }),
		message: `Beneficiary Name ${NAME_RULE}`,
	},
	'Beneficiary Name of only dots': {
		parameters: validateBank({ additionalFields: { name: '. . .' } }),
		message: 'Beneficiary Name is required',
	},

	/* ---- structure */
	'Create and Validate with no accounts': {
		parameters: createAndValidate({ accounts: {} }),
		message: 'Accounts needs at least one bank account or UPI ID',
	},
	'Create and Validate with empty account lists': {
		parameters: createAndValidate({ accounts: { bankAccount: [], upi: [] } }),
		message: 'Accounts needs at least one bank account or UPI ID',
	},
};

describe('bad input: an error naming the field and the item, and no request', () => {
	it.each(Object.entries(cases))('%s', async (_name, { parameters, message, inputItems, credential }) => {
		const result = await runJuspay({ parameters, inputItems, credential });

		expect(unmatched).toEqual([]);
		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message,
			description: expect.stringMatching(/^The field ".+" .+\. Nothing was sent to Juspay\.$/),
			context: { itemIndex: 0 },
		});
		expect(result.executedNodes).not.toContain('Success');
		expectNoSecrets(result);
	});
});

describe('bad credential: no request leaves with the API key', () => {
	it.each([
		['not a URL', 'not a url', "The Juspay credential's Base URL is not a valid URL (e.g. https://payouts.mybank.example)"],
		['an ftp:// URL', 'ftp://juspay.test', "The Juspay credential's Base URL must start with https:// or http://"],
		['a javascript: URL', 'javascript:alert(1)', "The Juspay credential's Base URL must start with https:// or http://"],
		['empty', '', "The Juspay credential's Base URL is not a valid URL (e.g. https://payouts.mybank.example)"],
	])('custom environment with a Base URL that is %s', async (_name, baseUrl, message) => {
		const result = await runJuspay({ parameters: getAccount(), credential: { ...customCredential, baseUrl } });

		expect(unmatched).toEqual([]);
		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({ name: 'NodeOperationError', message, context: { itemIndex: 0 } });
		expectNoSecrets(result);
	});
});

describe('where the bad value is', () => {
	it('names when the third item is bad; the two good items before it were sent, the bad one never', async () => {
		const api = juspay().replyWith('POST', '/payout/merchant/v1/benedetails', 2, (request) => [
			200,
			{ uniqueId: (request.body as IDataObject).beneId, status: 'VALID' },
		]);

		const result = await runJuspay({
			inputItems: [
				{ id: 'b0', ifsc: 'YESB0000262' },
				{ id: 'b1', ifsc: 'SBIN0008752' },
				{ id: 'b2', ifsc: 'SBIN008752' },
			],
			parameters: validateBank({ beneId: '={{ $json.id }}', ifsc: '={{ $json.ifsc }}' }),
		});

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: `IFSC ${IFSC_RULE}`,
			description: `The field "IFSC" ${IFSC_RULE}. Nothing was sent to Juspay.`,
			context: { itemIndex: 2 },
		});
		expect(api.requests.map((r) => (r.body as IDataObject).beneId).sort()).toEqual(['b0', 'b1']);
		expectNoSecrets(result);
	});

	it('never echoes the personal data it refuses (account number, VPA, mobile) in the error', async () => {
		const result = await runJuspay({
			inputItems: [{ vpa: 'ravi.kumar.secret-handle' }],
			parameters: validateUpi({ vpa: '={{ $json.vpa }}' }),
		});

		expect(result.error?.message).toBe(`VPA ${VPA_RULE}`);
		expect(JSON.stringify(result.error)).not.toContain('ravi.kumar.secret-handle');
	});

	it.each([
		['Customer ID', getAccount({ customerId: '' })],
		['IFSC', validateBank({ ifsc: '' })],
		['Mobile Number', resolve({ mobile: '' })],
	])('a literal empty required field (%s) is refused by n8n itself before the node runs', async (_field, parameters) => {
		await expect(runJuspay({ parameters })).rejects.toThrow(WorkflowHasIssuesError);
		expect(unmatched).toEqual([]);
	});
});
