import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** An Additional Fields collection for this item ({} when none were added). */
export function additionalFields(ctx: IExecuteFunctions, itemIndex: number, name = 'additionalFields'): IDataObject {
	return (ctx.getNodeParameter(name, itemIndex, {}) as IDataObject) ?? {};
}

/**
 * A field the user added but left empty is treated as not set, so that
 * optional fields are sent only when they have a value.
 */
export function present(value: unknown): unknown {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string' && value.trim() === '') return undefined;
	return value;
}

/** `present` over each entry: drops the unset ones. */
export function presentFields(fields: IDataObject): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(fields)
			.map(([key, value]) => [key, present(value)] as const)
			.filter(([, value]) => value !== undefined),
	);
}

/**
 * An operation's raw input for its schema: the named parameters of this item
 * and every Additional Field that has a value.
 */
export function nodeInput(ctx: IExecuteFunctions, itemIndex: number, names: string[]): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const name of names) raw[name] = ctx.getNodeParameter(name, itemIndex);
	return { ...raw, ...presentFields(additionalFields(ctx, itemIndex)) };
}
