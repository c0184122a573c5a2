import type { INodeProperties } from 'n8n-workflow';

/** The fields that name an account, the same in both APIs' operations. */

export const accountNumberField: INodeProperties = {
	displayName: 'Account Number',
	name: 'accountNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 026291800001191',
	description: 'Bank account number, as text so leading zeros are kept',
};

export const ifscField: INodeProperties = {
	displayName: 'IFSC',
	name: 'ifsc',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. YESB0000262',
	description: 'IFSC of the account\'s branch',
};

export const vpaField: INodeProperties = {
	displayName: 'VPA',
	name: 'vpa',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 9876543210@ybl',
	description: 'UPI ID (virtual payment address) to check',
};
