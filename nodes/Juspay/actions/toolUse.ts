import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * The node as a tool of an AI agent or an MCP client (`usableAsTool`): what
 * the model is told each operation does, and how a refused call reads to it.
 *
 * n8n makes the tool's description from the `toolDescription` parameter when
 * a node has one (else from the operation's action, e.g. "Validate a
 * beneficiary in Juspay", which says nothing of fields or cost). These
 * parameters show only on the tool (`@tool`), one per operation, so the
 * editor prefills the one for the chosen operation and the user can edit it.
 */
/** Which calls cost money when repeated, said per operation: the rules differ (docs/money-rules.md). */
const MONEY_BENEFICIARY =
	'A bank account check sends a real ₹1 penny drop, which costs money. Asking again for the same account details costs nothing: Juspay refuses a repeat and the earlier result is returned (alreadyExisted: true).';
const MONEY_CREATE_AND_VALIDATE =
	'Each new bank account sends a real ₹1 penny drop, which costs money. Call it once per account: asking again for the same account returns the earlier result for free, even while it is PENDING, when the same n8n process handles it; on n8n with several workers another one could pay a second time while it is PENDING. Read a PENDING result later with Get (free), using its ids.customerAccountId.';
const MONEY_VALIDATE_SAVED =
	'It reads the account first (free): if Juspay has validated it or is validating it, that result is returned and nothing is paid; otherwise a bank account check sends a real ₹1 penny drop, which costs money.';
const ACCOUNT_VERDICT =
	'Returns valid (true, false or null while pending), status (VALID, INVALID, PENDING, ERROR), reason and ids. A customer account carries no name from the bank: verified is false when the account is invalid, else null.';
const FREE = 'Free: no penny drop, no money moves.';
const ACCOUNT = 'Account number: 5 to 40 letters or digits, no spaces.';
const IFSC = 'IFSC: 11 characters, 4 letters, a 0, then 6 letters or digits (e.g. YESB0000262).';
const VPA = 'UPI ID (VPA): name@bank (e.g. 9876543210@ybl).';
const MOBILE = 'Mobile number: 10 digits starting 6-9; a +91 or 0 prefix is fine.';
const VERDICT = 'Returns verified (true only when the account is valid and its holder\'s name matches the name given: safe to pay; false: do not pay; null: no name to compare, or still pending), valid, status, reason, nameAtBank and nameMatch (band and an explanation of which words differ).';
const REFUSED = 'A malformed value is refused before anything is sent, with a message naming the field: correct it and call again.';

/** What the model is told, per resource and operation. */
export const TOOL_DESCRIPTIONS: Record<string, Record<string, string>> = {
	beneficiary: {
		validate: `Validate an Indian bank account (account number and IFSC) or a UPI ID before paying someone. ${MONEY_BENEFICIARY} A UPI ID check is free (no penny drop). ${ACCOUNT} ${IFSC} ${VPA} ${VERDICT} ${REFUSED}`,
		resolve: `Find the UPI ID (VPA) linked to an Indian mobile number, with the account holder's name. ${FREE} ${MOBILE} Returns resolvedVpa in vpa, nameAtBank, valid and status. ${REFUSED}`,
		getStatus: `Read the result of an earlier validation by its Beneficiary ID (the ids.beneId of that result), e.g. one that was PENDING. ${FREE} ${VERDICT}`,
		create: `Register a payout beneficiary (bank account or UPI ID) without validating it. ${FREE} ${ACCOUNT} ${IFSC} ${VPA} Returns status CREATED.`,
	},
	customerAccount: {
		createAndValidate: `Save bank accounts and UPI IDs for a customer and validate them. ${MONEY_CREATE_AND_VALIDATE} ${ACCOUNT} ${IFSC} ${VPA} ${ACCOUNT_VERDICT} ${REFUSED}`,
		validate: `Validate a customer's saved account by its Customer Account ID. ${MONEY_VALIDATE_SAVED} ${ACCOUNT_VERDICT}`,
		create: `Save bank accounts and UPI IDs for a customer without validating them. ${FREE} ${ACCOUNT} ${IFSC} ${VPA}`,
		get: `Read one saved customer account and its last validation result by Customer ID and Customer Account ID. ${FREE} ${ACCOUNT_VERDICT}`,
		getAll: `List a customer's saved accounts with their validation results, by Customer ID. ${FREE}`,
		delete: 'Delete a customer\'s saved account by Customer ID and Customer Account ID. Free, but it cannot be undone.',
	},
	ifsc: {
		lookup: `Look up the bank and branch of an IFSC (bank name, branch, city, UPI and NEFT/RTGS/IMPS support). ${FREE} ${IFSC}`,
	},
};

export const toolDescriptionFields: INodeProperties[] = Object.entries(TOOL_DESCRIPTIONS).flatMap(([resource, operations]) =>
	Object.entries(operations).map(([operation, text]) => ({
		displayName: 'Description',
		name: 'toolDescription',
		type: 'string' as const,
		default: text,
		required: true,
		typeOptions: { rows: 4 },
		displayOptions: { show: { '@tool': [true], resource: [resource], operation: [operation] } },
		description: 'What the AI model is told this tool does. Prefilled for the operation chosen below; edit it to narrow what the model may do.',
	})),
);

/** Whether this run is the node used as a tool (n8n names the tool variant `…Tool`). */
export function isToolRun(ctx: IExecuteFunctions): boolean {
	return ctx.getNode().type.endsWith('Tool');
}

/**
 * A model only sees an error's message, so a tool's error carries its
 * description (what to fix, whether anything was sent) in the message too.
 */
export function forTheModel<E extends Error & { description?: string | null }>(error: E): E {
	if (error.description && !error.message.includes(error.description)) {
		error.message = `${error.message}\n\n${error.description}`;
	}
	return error;
}
