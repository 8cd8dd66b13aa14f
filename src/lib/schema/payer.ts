/** The schema of a payer-specific code entry: the base fields plus the payer that uses the code. */
import { z } from 'astro/zod';
import { baseEntryFields } from './base.ts';
import { prose, reasonOnly, remarkOnly } from './fields.ts';

export const payerEntrySchema = z
	.object({
		...baseEntryFields,
		set: z.literal('payer').describe('The code set: payer-specific codes are `payer`.'),
		payer: prose('payer', 2, 80).optional().describe('The payer that uses the code, when it is known.'),
		...reasonOnly('payer-specific'),
		...remarkOnly('payer-specific codes'),
	})
	.strict();
