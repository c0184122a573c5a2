/**
 * Bad input never costs a request, and its error names the field (as the
 * node shows it) and the item. Run against the local Juspay sandbox, whose
 * request log shows exactly what reached "Juspay"; nock lets nothing but
 * 127.0.0.1 through, so a request anywhere else fails the test too.
 *
 * The table: each case is ONE bad item in a batch of 3 where the other two
 * are good, run with "On Error" → Continue. For each case:
 * - the bad item becomes one error item, paired with it, whose message names
 *   the field and whose details give its index and say nothing was sent;
 * - the two good items succeed, each paired with its input;
 * - the sandbox's request log holds exactly one request for each good item
 *   and none for the bad one.
 * After it: what the table's shape cannot hold (a bad parameter every item
 * shares, a bad credential, "On Error" → Stop, an empty literal that n8n
 * itself refuses), and the positive cases (leading zeros kept as text,
 * Devanagari where free text is allowed).
 *
 * The API key never appears in any result, log line or console output
 * (checked after every test by useSandboxSuite).
 */
import { WorkflowHasIssuesError } from 'n8n-core';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { RecordedRequest } from '../sandbox/server';
import { params, unmatched } from './fixtures';
import {
	bothOutputs,
	countPerItem,
	createBeneficiary,
	createCustomerAccount,
	pairedIndex,
	useSandboxSuite,
} from './faultFixtures';

jest.setTimeout(15_000);

const suite = useSandboxSuite();

const LONG = 'a'.repeat(10_000);
const IFSC_RULE = 'must be 11 characters: 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262)';
const VPA_RULE = 'must look like name@bank (e.g. 9876543210@ybl)';
const MOBILE_RULE = 'must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9 (a +91 or 0 prefix is fine)';
const ID_RULE = 'may contain only letters, digits and _ - . : @ +';
const AMOUNT_RULE = 'must be a positive amount in rupees with at most 2 decimals (e.g. 1 or 1.50)';
const NAME_RULE = 'may contain only letters A-Z, digits, spaces and punctuation (Juspay refuses other characters in names)';
const ACCOUNT_RULE = 'may contain only letters and digits (no spaces or dashes)';
const NOT_TEXT = (got: string) => `must be text, but got ${got}`;

/* ------------------------------------------------------------------ operations, each field from the item */

/** Every good item's ids end in `_i<index>`, so a recorded request names its item. */
const ITEM_ID = /_i(\d)\b/;
const itemOf = (request: RecordedRequest) => {
	const match = ITEM_ID.exec(`${request.path} ${request.rawBody}`);
	return match ? Number(match[1]) : undefined;
};

/** Placeholder replaced, before the run, by a customer account created for that item. */
const AUTO_ACCOUNT = '<created in setup>';

interface Operation {
	method: 'GET' | 'POST';
	parameters: INodeParameters;
	good(i: number): IDataObject;
	/** Creates what good items need in the sandbox (not the node's requests: the log is cleared after). */
	setup?(items: IDataObject[]): Promise<void>;
	/** The success item is the answer about input item `input`. */
	identifies(json: IDataObject, input: IDataObject): boolean;
	/** Free reads a good item makes before its request (the money rules of customer accounts read first). */
	readsFirst?: number;
}

const $ = (field: string) => `={{ $json.${field} }}`;
const beneExtras = {
	additionalFields: {
		name: $('name'),
		email: $('email'),
		phone: $('phone'),
		preferredGateway: $('preferredGateway'),
		metadata: $('metadata'),
	},
};
/** Validate, Create or Resolve, with the ids and Additional Fields from the item. */
const beneficiaryParams = (operation: string, fields: INodeParameters) =>
	params('beneficiary', operation, { customerId: $('customerId'), beneId: $('beneId'), ...fields, ...beneExtras });
const bankFromItem = { beneficiaryType: 'ACCOUNT_IFSC', accountNumber: $('accountNumber'), ifsc: $('ifsc') };
const beneIds = (i: number) => ({ customerId: `cust_i${i}`, beneId: `bene_i${i}` });
const isBene = (json: IDataObject, input: IDataObject) => json.uniqueId === input.beneId;
const isAccountOf = (json: IDataObject, input: IDataObject) => json.customer_id === input.customerId;
const caAdditional = {
	additionalFields: {
		validationAmount: $('validationAmount'),
		routingId: $('routingId'),
		preferredValidationGateway: $('preferredValidationGateway'),
	},
};
/** A customer id as the good items have it (a bad item's customer id may not even be sendable). */
const isGoodCustomer = (id: unknown): id is string => typeof id === 'string' && /^cst_i\d$/.test(id);
const createAccountsFor = async (items: IDataObject[]) => {
	for (const item of items) {
		if (item.customerAccountId !== AUTO_ACCOUNT) continue;
		item.customerAccountId = isGoodCustomer(item.customerId)
			? await createCustomerAccount(suite.sandbox, item.customerId)
			: 'banh_never_created';
	}
};
// Create and Validate Again: one list read and one POST per good item.
const caCreateParams = (operation: 'createAndValidate' | 'create', accounts: INodeParameters) =>
	params('customerAccount', operation, {
		...(operation === 'createAndValidate' ? { ifAccountExists: 'createAgain' } : {}),
		customerId: $('customerId'),
		accounts,
		additionalFields: {
			...caAdditional.additionalFields,
			bankCode: $('bankCode'),
			gatewayId: $('gatewayId'),
			gatewayReferenceId: $('gatewayReferenceId'),
		},
	});
/** An operation on one existing account: each good item's is created in setup. */
const onAccount = (operation: string, additionalFields: INodeParameters) => ({
	parameters: params('customerAccount', operation, { customerId: $('customerId'), customerAccountId: $('customerAccountId'), additionalFields }),
	good: (i: number) => ({ customerId: `cst_i${i}`, customerAccountId: AUTO_ACCOUNT }),
	setup: createAccountsFor,
});
const bankAccountFromItem = { bankAccount: [{ account: $('account'), ifsc: $('ifsc'), name: $('holder') }] };

const OPERATIONS = {
	'Beneficiary Validate (bank)': {
		method: 'POST',
		parameters: beneficiaryParams('validate', bankFromItem),
		good: (i) => ({ ...beneIds(i), accountNumber: '026291800001191', ifsc: 'YESB0000262', name: 'Asha Verma' }),
		identifies: isBene,
	},
	'Beneficiary Validate (UPI)': {
		method: 'POST',
		parameters: beneficiaryParams('validate', { beneficiaryType: 'UPI_ID', vpa: $('vpa') }),
		good: (i) => ({ ...beneIds(i), vpa: 'success@upi' }),
		identifies: isBene,
	},
	'Beneficiary Create': {
		method: 'POST',
		parameters: beneficiaryParams('create', bankFromItem),
		good: (i) => ({ ...beneIds(i), accountNumber: '026291800001191', ifsc: 'YESB0000262' }),
		identifies: isBene,
	},
	'Beneficiary Resolve': {
		method: 'POST',
		parameters: beneficiaryParams('resolve', { mobile: $('mobile') }),
		good: (i) => ({ ...beneIds(i), mobile: '9876543210' }),
		identifies: isBene,
	},
	'Beneficiary Get Status': {
		method: 'GET',
		parameters: params('beneficiary', 'getStatus', { customerId: $('customerId'), beneId: $('beneId') }),
		good: beneIds,
		async setup(items) {
			for (const i of items.keys()) await createBeneficiary(suite.sandbox, beneIds(i).customerId, beneIds(i).beneId);
		},
		identifies: isBene,
	},
	'Customer Account Create and Validate (bank)': {
		method: 'POST',
		parameters: caCreateParams('createAndValidate', bankAccountFromItem),
		good: (i) => ({ customerId: `cst_i${i}`, account: '026291800001191', ifsc: 'YESB0000262' }),
		identifies: isAccountOf,
		readsFirst: 1,
	},
	'Customer Account Create and Validate (UPI)': {
		method: 'POST',
		parameters: caCreateParams('createAndValidate', { upi: [{ vpa: $('vpa') }] }),
		good: (i) => ({ customerId: `cst_i${i}`, vpa: 'success@upi' }),
		identifies: isAccountOf,
		readsFirst: 1,
	},
	'Customer Account Create': {
		method: 'POST',
		parameters: caCreateParams('create', bankAccountFromItem),
		good: (i) => ({ customerId: `cst_i${i}`, account: '026291800001191', ifsc: 'YESB0000262' }),
		identifies: isAccountOf,
	},
	'Customer Account Validate': {
		method: 'POST',
		...onAccount('validate', caAdditional.additionalFields),
		identifies: isAccountOf,
		readsFirst: 1,
	},
	'Customer Account Get': {
		method: 'GET',
		...onAccount('get', { routingId: $('routingId') }),
		identifies: isAccountOf,
	},
	'Customer Account Delete': {
		method: 'POST',
		...onAccount('delete', { routingId: $('routingId') }),
		identifies: (json, input) => json.status === 'DELETED' && json.customer_account_id === input.customerAccountId,
	},
	'Customer Account Get Many': {
		method: 'GET',
		parameters: params('customerAccount', 'getAll', {
			customerId: $('customerId'),
			additionalFields: { routingId: $('routingId') },
		}),
		good: (i) => ({ customerId: `cst_i${i}` }),
		async setup(items) {
			for (const item of items) if (isGoodCustomer(item.customerId)) await createCustomerAccount(suite.sandbox, item.customerId);
		},
		identifies: isAccountOf,
	},
} satisfies Record<string, Operation>;

type OperationName = keyof typeof OPERATIONS;

/* ------------------------------------------------------------------ the table */

interface BadCase {
	op: OperationName;
	/** Fields of the bad item that replace the good item's (undefined = the field is missing). */
	bad: IDataObject;
	/** The field as the node shows it, and what is wrong: the message is `${field} ${problem}`. */
	field: string;
	problem: string;
	/** For errors worded otherwise than "the field ... Nothing was sent" (the bank-code check). */
	description?: (item: number) => RegExp;
}

const c = (op: OperationName, bad: IDataObject, field: string, problem: string, extra: Partial<BadCase> = {}): BadCase => ({
	op,
	bad,
	field,
	problem,
	...extra,
});

const CASES: Record<string, BadCase> = {
	/* ---- IFSC */
	'IFSC with no 0 in 5th place': c('Beneficiary Validate (bank)', { ifsc: 'YESB1000262' }, 'IFSC', IFSC_RULE),
	'IFSC one character short': c('Beneficiary Validate (bank)', { ifsc: 'YESB000026' }, 'IFSC', IFSC_RULE),
	'IFSC with a Cyrillic Е that looks like E': c('Beneficiary Validate (bank)', { ifsc: 'YЕSB0000262' }, 'IFSC', IFSC_RULE),
	'IFSC with a trailing zero-width space': c('Beneficiary Create', { ifsc: 'YESB0000262\u200b' }, 'IFSC', IFSC_RULE),
	'IFSC of no known bank': c('Beneficiary Validate (bank)', { ifsc: 'ZZZZ0000001' }, 'IFSC', 'has an unknown bank code "ZZZZ"', {
		description: () => new RegExp(`^The first four letters of an IFSC name the bank, .*Nothing was sent to Juspay\\.$`),
	}),
	'IFSC of a bank account (Create and Validate)': c('Customer Account Create and Validate (bank)', { ifsc: 'YES0000262X' }, 'Bank Account 1 → IFSC', IFSC_RULE),

	/* ---- VPA */
	'VPA without @': c('Beneficiary Validate (UPI)', { vpa: 'asha.okhdfcbank' }, 'VPA', VPA_RULE),
	'VPA with two @': c('Beneficiary Validate (UPI)', { vpa: 'a@b@upi' }, 'VPA', VPA_RULE),
	'VPA with a one-letter handle (Create and Validate)': c('Customer Account Create and Validate (UPI)', { vpa: 'a@ybl' }, 'UPI ID 1 → VPA', VPA_RULE),
	'VPA in Devanagari': c('Beneficiary Validate (UPI)', { vpa: 'आशा@upi' }, 'VPA', VPA_RULE),

	/* ---- mobile */
	'mobile with 5 digits': c('Beneficiary Resolve', { mobile: '12345' }, 'Mobile Number', MOBILE_RULE),
	'mobile starting with 5': c('Beneficiary Resolve', { mobile: '5876543210' }, 'Mobile Number', MOBILE_RULE),
	'mobile with letters': c('Beneficiary Resolve', { mobile: '98765abcde' }, 'Mobile Number', MOBILE_RULE),
	'mobile in Devanagari digits': c('Beneficiary Resolve', { mobile: '९८७६५४३२१०' }, 'Mobile Number', MOBILE_RULE),
	'mobile with a UK prefix': c('Beneficiary Resolve', { mobile: '+447911123456' }, 'Mobile Number', MOBILE_RULE),
	'Phone (additional field) too short': c('Beneficiary Validate (UPI)', { phone: '98765' }, 'Phone', MOBILE_RULE),
	'Email without a domain': c('Beneficiary Validate (UPI)', { email: 'asha@' }, 'Email', 'must be an email address (e.g. asha@example.com)'),

	/* ---- amount */
	'amount 0': c('Customer Account Validate', { validationAmount: 0 }, 'Validation Amount', 'must be more than 0'),
	'amount with 3 decimals': c('Customer Account Validate', { validationAmount: 1.234 }, 'Validation Amount', AMOUNT_RULE),
	'negative amount': c('Customer Account Create and Validate (bank)', { validationAmount: -1 }, 'Validation Amount', AMOUNT_RULE),
	'amount in words': c('Customer Account Validate', { validationAmount: 'one rupee' }, 'Validation Amount', AMOUNT_RULE),
	'amount in exponent notation': c('Customer Account Create and Validate (UPI)', { validationAmount: '1e3' }, 'Validation Amount', AMOUNT_RULE),
	'amount computed as 0.1 + 0.2': c('Customer Account Validate', { validationAmount: 0.1 + 0.2 }, 'Validation Amount', AMOUNT_RULE),

	/* ---- account number and codes */
	'account number with dashes': c('Beneficiary Validate (bank)', { accountNumber: '0262-9180-0001-191' }, 'Account Number', ACCOUNT_RULE),
	'account number of 4 digits': c('Customer Account Create and Validate (bank)', { account: '1234' }, 'Bank Account 1 → Account Number', 'must be at least 5 characters'),
	'account number in full-width digits': c('Beneficiary Create', { accountNumber: '０２６２９１８０００１１９１' }, 'Account Number', ACCOUNT_RULE),
	'Preferred Gateway with a dash': c('Beneficiary Validate (bank)', { preferredGateway: 'CF-GEN' }, 'Preferred Gateway', 'may contain only letters, digits and _ (e.g. CFGEN)'),
	'Gateway ID with a space': c('Customer Account Create', { gatewayId: '80 0' }, 'Gateway ID', 'may contain only letters, digits, _ and - (e.g. 800)'),

	/* ---- empty and whitespace */
	// On Validate, Create and Resolve an empty Beneficiary ID means "derive it"; Get Status needs one.
	'whitespace-only Beneficiary ID (Get Status)': c('Beneficiary Get Status', { beneId: '   ' }, 'Beneficiary ID', 'is required'),
	'whitespace-only IFSC': c('Beneficiary Validate (bank)', { ifsc: ' \t ' }, 'IFSC', 'is required'),
	'whitespace-only Customer Account ID': c('Customer Account Get', { customerAccountId: '  ' }, 'Customer Account ID', 'is required'),
	'empty Customer ID': c('Customer Account Get', { customerId: '' }, 'Customer ID', 'is required'),
	'missing Customer ID field': c('Customer Account Validate', { customerId: undefined }, 'Customer ID', 'is required'),
	'empty VPA (Create and Validate)': c('Customer Account Create and Validate (UPI)', { vpa: '' }, 'UPI ID 1 → VPA', 'is required'),
	'empty mobile': c('Beneficiary Resolve', { mobile: '' }, 'Mobile Number', MOBILE_RULE),
	'Beneficiary ID of a line break and a tab': c('Beneficiary Get Status', { beneId: '\n\t' }, 'Beneficiary ID', 'is required'),
	'null Customer Account ID (Delete)': c('Customer Account Delete', { customerAccountId: null }, 'Customer Account ID', 'is required'),

	/* ---- numbers, objects, lists, booleans where text belongs */
	'Customer ID as a JS number': c('Customer Account Get', { customerId: 14212551 }, 'Customer ID', NOT_TEXT('a number')),
	'VPA as an object': c('Beneficiary Validate (UPI)', { vpa: { vpa: 'success@upi' } }, 'VPA', NOT_TEXT('an object')),
	'IFSC as a list': c('Beneficiary Validate (bank)', { ifsc: ['YESB0000262'] }, 'IFSC', NOT_TEXT('a list')),
	'Beneficiary ID as a boolean': c('Beneficiary Resolve', { beneId: true }, 'Beneficiary ID', NOT_TEXT('a boolean')),
	'Customer ID as an object (Get Status)': c('Beneficiary Get Status', { customerId: { id: 1 } }, 'Customer ID', NOT_TEXT('an object')),
	'Beneficiary Name as a number': c('Beneficiary Validate (bank)', { name: 42 }, 'Beneficiary Name', NOT_TEXT('a number')),
	'Routing ID as a number (Get Many)': c('Customer Account Get Many', { routingId: 12345 }, 'Routing ID', NOT_TEXT('a number')),

	/* ---- ids that would break out of their path segment or header */
	'Customer ID a/../b': c('Customer Account Get', { customerId: 'a/../b' }, 'Customer ID', ID_RULE),
	'Customer Account ID x?y=z': c('Customer Account Get', { customerAccountId: 'x?y=z' }, 'Customer Account ID', ID_RULE),
	'Customer ID %2F': c('Customer Account Validate', { customerId: '%2F' }, 'Customer ID', ID_RULE),
	'Customer Account ID ..': c('Customer Account Validate', { customerAccountId: '..' }, 'Customer Account ID', 'cannot be "." or ".."'),
	'Beneficiary ID a/../b (in the status path)': c('Beneficiary Get Status', { beneId: 'a/../b' }, 'Beneficiary ID', ID_RULE),
	'Customer ID x?y=z (in the status path)': c('Beneficiary Get Status', { customerId: 'x?y=z' }, 'Customer ID', ID_RULE),
	'Beneficiary ID %2F (Validate)': c('Beneficiary Validate (bank)', { beneId: '%2F' }, 'Beneficiary ID', ID_RULE),
	'Customer ID with a space (Create and Validate)': c('Customer Account Create and Validate (bank)', { customerId: 'cst 1' }, 'Customer ID', ID_RULE),
	'Customer ID with a # (Create and Validate)': c('Customer Account Create and Validate (bank)', { customerId: 'cst#frag' }, 'Customer ID', ID_RULE),
	'Routing ID with a slash (a header)': c('Customer Account Get', { routingId: 'a/b' }, 'Routing ID', ID_RULE),
	'Customer ID with a CR LF and a header after it': c('Customer Account Get Many', { customerId: 'c1\r\nX-Injected: 1' }, 'Customer ID', ID_RULE),
	'Customer Account ID ../../customers (Delete)': c('Customer Account Delete', { customerAccountId: '../../customers' }, 'Customer Account ID', ID_RULE),

	/* ---- 10,000-character strings */
	'10,000-character Customer ID': c('Customer Account Create and Validate (bank)', { customerId: LONG }, 'Customer ID', 'must be at most 128 characters'),
	'10,000-character Beneficiary Name': c('Beneficiary Validate (bank)', { name: LONG }, 'Beneficiary Name', 'must be at most 100 characters'),
	'10,000-character VPA': c('Beneficiary Validate (UPI)', { vpa: `${LONG}@upi` }, 'VPA', 'must be at most 255 characters'),
	'10,000-digit account number': c('Beneficiary Validate (bank)', { accountNumber: '1'.repeat(10_000) }, 'Account Number', 'must be at most 40 characters'),
	'10,000-character Metadata': c('Beneficiary Resolve', { metadata: LONG }, 'Metadata', 'must be at most 2000 characters'),
	'10,000-character Account Holder Name': c('Customer Account Create and Validate (bank)', { holder: LONG }, 'Bank Account 1 → Account Holder Name', 'must be at most 100 characters'),
	'10,000-character Beneficiary ID (Get Status)': c('Beneficiary Get Status', { beneId: LONG }, 'Beneficiary ID', 'must be at most 128 characters'),
	'10,000-character Gateway Reference ID': c('Customer Account Create', { gatewayReferenceId: LONG }, 'Gateway Reference ID', 'must be at most 128 characters'),

	/* ---- names: Juspay refuses special characters */
	// Punctuation (@, an apostrophe, markup) is cleaned away and sent (operations.test.ts); other characters are refused.
	'Beneficiary Name with a NUL': c('Beneficiary Validate (UPI)', { name: 'Asha\u0000Verma' }, 'Beneficiary Name', NAME_RULE),
	'Beneficiary Name of only dots': c('Beneficiary Validate (bank)', { name: '. . .' }, 'Beneficiary Name', 'is required'),
	'Account Holder Name with a line break': c('Customer Account Create and Validate (bank)', { holder: 'Asha\nVerma' }, 'Bank Account 1 → Account Holder Name', 'may not contain control characters'),

	/* ---- unicode names */
	'Beneficiary Name in Devanagari': c('Beneficiary Validate (bank)', { name: 'आशा वर्मा' }, 'Beneficiary Name', NAME_RULE),
	'Beneficiary Name with accents': c('Beneficiary Validate (UPI)', { name: 'José Álvarez' }, 'Beneficiary Name', NAME_RULE),
	'Beneficiary Name with an emoji': c('Beneficiary Resolve', { name: 'Asha 😀' }, 'Beneficiary Name', NAME_RULE),
	'Beneficiary Name in full-width letters': c('Beneficiary Create', { name: 'Ａｓｈａ' }, 'Beneficiary Name', NAME_RULE),
	'Beneficiary Name with a right-to-left override': c('Beneficiary Validate (bank)', { name: 'Asha \u202eamreV' }, 'Beneficiary Name', NAME_RULE),
	'Account Holder Name with a NUL': c('Customer Account Create and Validate (bank)', { holder: 'Asha\u0000Verma' }, 'Bank Account 1 → Account Holder Name', 'may not contain control characters'),
	'Customer ID in Devanagari': c('Customer Account Create and Validate (bank)', { customerId: 'ग्राहक1' }, 'Customer ID', ID_RULE),

	// The number a sheet makes of an account number (its leading zeros lost): see 'leading zeros' below.
};

/* ------------------------------------------------------------------ running a batch */

async function runBatch(op: OperationName, items: IDataObject[]) {
	const operation: Operation = OPERATIONS[op];
	await operation.setup?.(items);
	suite.sandbox.clear(); // setup requests are not the node's
	const result = await suite.run({ parameters: operation.parameters, inputItems: items, onError: 'continueRegularOutput' });
	return { operation, result };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('one bad item among two good ones: an error naming the field and the item, and no request for it', () => {
	it('the table has at least 40 cases', () => {
		expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(40);
	});

	it.each(Object.entries(CASES).map(([name, bad], index) => [name, bad, index % 3] as const))(
		'%s',
		async (_name, { op, bad, field, problem, description }, badIndex) => {
			const operation: Operation = OPERATIONS[op];
			const items = [0, 1, 2].map((i) => (i === badIndex ? { ...operation.good(i), ...bad } : operation.good(i)));
			const good = [0, 1, 2].filter((i) => i !== badIndex);

			const { result } = await runBatch(op, items);

			expect(result.status).toBe('success');
			const { ok, failed } = bothOutputs(result);

			// The bad item: one error item, paired with it, naming the field (n8n shows the item).
			expect(failed.map(pairedIndex)).toEqual([badIndex]);
			const details = failed[0].json.details as IDataObject;
			expect(failed[0].json.error).toBe(`${field} ${problem}`);
			expect(details.itemIndex).toBe(badIndex);
			expect(String(details.description)).toMatch(
				description?.(badIndex) ??
					new RegExp(`^The field "${escape(field)}" ${escape(problem)}( \\(and \\d+ more field\\(s\\) to fix\\))?\\. Nothing was sent to Juspay\\.$`),
			);

			// The good items: one success each, paired with its input, carrying Juspay's answer about it.
			expect(ok.map(pairedIndex)).toEqual(good);
			for (const item of ok) expect(operation.identifies(item.json, items[pairedIndex(item)])).toBe(true);

			// The sandbox saw exactly one request per good item (after its free reads) and none for the bad one.
			const counts = countPerItem(suite.sandbox.requests, 3, itemOf);
			expect(counts.stray).toEqual([]);
			const perItem = operation.method === 'POST' ? counts.posts : counts.gets;
			const other = operation.method === 'POST' ? counts.gets : counts.posts;
			expect(perItem).toEqual([0, 1, 2].map((i) => (i === badIndex ? 0 : 1)));
			expect(other).toEqual([0, 1, 2].map((i) => (i === badIndex ? 0 : (operation.readsFirst ?? 0))));
		},
	);
});

describe('bad input the table cannot hold', () => {
	it('names which of several bank accounts is bad (Bank Account 2 → IFSC), and sends nothing for that item', async () => {
		const op = OPERATIONS['Customer Account Create and Validate (bank)'];
		const twoAccounts = { bankAccount: [{ account: '026291800001191', ifsc: 'YESB0000262' }, { account: $('account'), ifsc: $('ifsc') }] };
		const result = await suite.run({
			parameters: caCreateParams('createAndValidate', twoAccounts),
			inputItems: [{ ...op.good(0), ifsc: 'YES0000262X' }],
			onError: 'continueRegularOutput',
		});

		const { ok, failed } = bothOutputs(result);
		expect(ok).toEqual([]);
		expect(failed.map((item) => [pairedIndex(item), item.json.error])).toEqual([[0, `Bank Account 2 → IFSC ${IFSC_RULE}`]]);
		expect(suite.sandbox.requests).toEqual([]);
	});

	it.each([
		['no accounts', {}],
		['empty account lists', { bankAccount: [], upi: [] }],
	])('Create and Validate with %s: every item fails naming Accounts, nothing is sent', async (_case, accounts) => {
		const op = OPERATIONS['Customer Account Create and Validate (bank)'];
		const result = await suite.run({
			parameters: caCreateParams('createAndValidate', accounts),
			inputItems: [0, 1].map((i) => op.good(i)),
			onError: 'continueRegularOutput',
		});

		const { ok, failed } = bothOutputs(result);
		expect(ok).toEqual([]);
		expect(failed.map((item) => [pairedIndex(item), item.json.error])).toEqual([
			[0, 'Accounts needs at least one bank account or UPI ID'],
			[1, 'Accounts needs at least one bank account or UPI ID'],
		]);
		expect(suite.sandbox.requests).toEqual([]);
	});

	// A bad Base URL would send the API key somewhere it must not go.
	it.each([
		['not a URL', 'not a url', "The Juspay credential's Base URL is not a valid URL (e.g. https://payouts.mybank.example)"],
		['an ftp:// URL', 'ftp://juspay.test', "The Juspay credential's Base URL must start with https:// or http://"],
		['a javascript: URL', 'javascript:alert(1)', "The Juspay credential's Base URL must start with https:// or http://"],
		['empty', '', "The Juspay credential's Base URL is not a valid URL (e.g. https://payouts.mybank.example)"],
	])('a custom environment whose Base URL is %s: an error naming the credential, no request', async (_case, baseUrl, message) => {
		const op = OPERATIONS['Beneficiary Get Status'];
		const result = await suite.run({ parameters: op.parameters, inputItems: [op.good(0)], credential: { ...suite.credential, baseUrl } });

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({ name: 'NodeOperationError', message, context: { itemIndex: 0 } });
		expect(suite.sandbox.requests).toEqual([]);
	});

	it('On Error → Stop: the run fails naming the field and the third item; the two good items before it were sent, the bad one never', async () => {
		const op = OPERATIONS['Beneficiary Validate (bank)'];
		const items = [op.good(0), { ...op.good(1), ifsc: 'SBIN0008752' }, { ...op.good(2), ifsc: 'SBIN008752' }];

		const result = await suite.run({ parameters: op.parameters, inputItems: items });

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: `IFSC ${IFSC_RULE}`,
			description: `The field "IFSC" ${IFSC_RULE}. Nothing was sent to Juspay.`,
			context: { itemIndex: 2 },
		});
		expect(result.executedNodes).not.toContain('Success');
		expect(suite.sandbox.requests.map((request) => request.body?.beneId).sort()).toEqual(['bene_i0', 'bene_i1']);
	});

	it('never echoes the personal data it refuses in the error', async () => {
		const op = OPERATIONS['Beneficiary Validate (UPI)'];
		const result = await suite.run({ parameters: op.parameters, inputItems: [{ ...op.good(0), vpa: 'ravi.kumar.secret-handle' }] });

		expect(result.error?.message).toBe(`VPA ${VPA_RULE}`);
		expect(JSON.stringify(result.error)).not.toContain('ravi.kumar.secret-handle');
		expect(suite.sandbox.requests).toEqual([]);
	});

	it('the "no request" checks can fail: a request to any host but the sandbox is caught', async () => {
		const op = OPERATIONS['Beneficiary Get Status'];
		const result = await suite.run({ parameters: op.parameters, inputItems: [op.good(0)], credential: { ...suite.credential, baseUrl: 'https://juspay.elsewhere.test' } });

		expect(result.status).toBe('error');
		// (A read is retried after a network fault, so it may be there more than once.)
		const seen = [...new Set(unmatched)];
		unmatched.length = 0; // seen here: useNock's check after this test would fail on it
		expect(seen).toEqual(['GET https://juspay.elsewhere.test/payout/merchant/v1/benedetails/cust_i0/bene_i0']);
	});

	it.each([
		['Customer ID', params('customerAccount', 'get', { customerId: '', customerAccountId: 'banh_1' })],
		['IFSC', params('beneficiary', 'validate', { customerId: 'cust_1', beneficiaryType: 'ACCOUNT_IFSC', accountNumber: '026291800001191', ifsc: '' })],
		['Mobile Number', params('beneficiary', 'resolve', { customerId: 'cust_1', mobile: '' })],
	])('a required field left literally empty (%s) is refused by n8n itself before the node runs', async (_field, parameters) => {
		await expect(suite.run({ parameters })).rejects.toThrow(WorkflowHasIssuesError);
		expect(suite.sandbox.requests).toEqual([]);
	});
});

describe('leading zeros: kept exactly as text, refused as a number', () => {
	it('Beneficiary Validate: "000100289877623" reaches Juspay unchanged; the same number as a JS number is refused with no request', async () => {
		const op = OPERATIONS['Beneficiary Validate (bank)'];
		const items = [
			op.good(0),
			{ ...op.good(1), accountNumber: '000100289877623', ifsc: 'SBIN0008752' },
			{ ...op.good(2), accountNumber: 100289877623, ifsc: 'SBIN0008752' },
		];

		const { result } = await runBatch('Beneficiary Validate (bank)', items);

		const { ok, failed } = bothOutputs(result);
		expect(ok.map(pairedIndex)).toEqual([0, 1]);
		expect(ok[1].json).toMatchObject({
			uniqueId: 'bene_i1',
			status: 'INVALID', // the sandbox's documented outcome for this account
			beneDetails: { type: 'ACCOUNT_IFSC', details: { account: '000100289877623', ifsc: 'SBIN0008752' } },
		});
		expect(failed.map(pairedIndex)).toEqual([2]);
		expect(failed[0].json.error).toBe('Account Number must be text, but got a number');
		const sent = suite.sandbox.requests.map((request) => ({ beneId: request.body?.beneId, account: request.body?.beneDetails?.details?.account }));
		expect(sent).toEqual([
			{ beneId: 'bene_i0', account: '026291800001191' },
			{ beneId: 'bene_i1', account: '000100289877623' },
		]);
		expect(suite.sandbox.requests[1].rawBody).toContain('"account":"000100289877623"');
	});

	it('Customer Account Create and Validate: "000100289877623" reaches Juspay unchanged in account_details; the JS number is refused', async () => {
		const op = OPERATIONS['Customer Account Create and Validate (bank)'];
		const items = [
			{ ...op.good(0), account: 100289877623, ifsc: 'SBIN0008752' },
			op.good(1),
			{ ...op.good(2), account: '000100289877623', ifsc: 'SBIN0008752' },
		];

		const { result } = await runBatch('Customer Account Create and Validate (bank)', items);

		const { ok, failed } = bothOutputs(result);
		expect(failed.map(pairedIndex)).toEqual([0]);
		expect(failed[0].json.error).toBe('Bank Account 1 → Account Number must be text, but got a number');
		expect(ok.map(pairedIndex)).toEqual([1, 2]);
		expect(ok[1].json).toMatchObject({ customer_id: 'cst_i2', account_details: { account: '000100289877623', ifsc: 'SBIN0008752' } });
		const sent = suite.sandbox.requests.filter((request) => request.method === 'POST').map((request) => ({
			customer: request.body?.customer_id,
			accounts: JSON.parse(String(request.body?.account_details)) as unknown,
		}));
		expect(sent).toEqual([
			{ customer: 'cst_i1', accounts: { bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191' }] } },
			{ customer: 'cst_i2', accounts: { bank_account: [{ ifsc: 'SBIN0008752', account: '000100289877623' }] } },
		]);
	});
});

describe('what is accepted and sent exactly', () => {
	it('a customer account holder name in Devanagari is free text there: sent as UTF-8, unchanged', async () => {
		const op = OPERATIONS['Customer Account Create and Validate (bank)'];
		const items = [op.good(0), { ...op.good(1), holder: 'आशा वर्मा' }, op.good(2)];

		const { result } = await runBatch('Customer Account Create and Validate (bank)', items);

		expect(bothOutputs(result).failed).toEqual([]);
		expect(bothOutputs(result).ok.map(pairedIndex)).toEqual([0, 1, 2]);
		const second = suite.sandbox.requests.find((request) => request.body?.customer_id === 'cst_i1');
		expect(JSON.parse(String(second?.body?.account_details))).toEqual({
			bank_account: [{ ifsc: 'YESB0000262', account: '026291800001191', name: 'आशा वर्मा' }],
		});
	});
});

describe('Type from an expression', () => {
	// With Type as an expression n8n shows every type's fields, and flags the
	// required ones, so the bank fields get placeholder values here.
	it('an unknown Type gives a clear, zod-independent message naming the field, and no request', async () => {
		const op: Operation = OPERATIONS['Beneficiary Validate (UPI)'];
		const items = [0, 1, 2].map((i) => ({ ...op.good(i), type: i === 1 ? 'IFSC' : 'UPI_ID' }));
		await op.setup?.(items);
		const result = await suite.run({
			parameters: { ...op.parameters, beneficiaryType: $('type'), accountNumber: 'unused01', ifsc: 'YESB0000262' },
			inputItems: items,
			onError: 'continueRegularOutput',
		});

		const { ok, failed } = bothOutputs(result);
		expect(ok.map(pairedIndex)).toEqual([0, 2]);
		expect(failed.map(pairedIndex)).toEqual([1]);
		expect(suite.sandbox.requests.map((request) => request.body?.beneId)).toEqual(['bene_i0', 'bene_i2']);
		expect(failed[0].json.error).toBe('Type must be one of ACCOUNT_IFSC, UPI_ID');
		expect(failed[0].json.error).not.toContain('Invalid enum value');
	});
});
