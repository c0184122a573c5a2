import type { INodeProperties } from 'n8n-workflow';

/**
 * Shows `fields` only for one resource and operation. Each operation file
 * declares its fields bare and scopes them once, here, so no field can leak
 * into another operation's panel.
 */
export function scoped(resource: string, operation: string, fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) => ({
		...field,
		displayOptions: {
			...field.displayOptions,
			show: {
				...field.displayOptions?.show,
				resource: [resource],
				operation: [operation],
			},
		},
	}));
}

/** The "Additional Fields" collection: optional request fields, sent only when set. */
export function additionalFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}
