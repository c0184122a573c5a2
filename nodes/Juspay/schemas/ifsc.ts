import { z } from 'zod';

import { ifsc, juspayId } from './fields';

export const lookupInput = z.object({
	ifsc,
	customerId: juspayId.optional(),
	beneId: juspayId.optional(),
});

export const labels: Record<string, string> = {
	ifsc: 'IFSC',
	customerId: 'Customer ID',
	beneId: 'Beneficiary ID',
};
