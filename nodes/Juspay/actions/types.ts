import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** What one operation file exports: its fields, and the call it makes for one input item. */
export interface Operation {
	description: INodeProperties[];
	/** Returns Juspay's objects for this item; each becomes one output item. */
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]>;
}

/** Resource and operation values are stored in users' workflows: never change them. */
export type JuspayResource = 'customerAccount' | 'beneficiary' | 'ifsc';
