/** The schema of a payer-specific code entry: the base fields plus the payer that uses the code. */
import { z } from 'astro/zod';
import { baseEntryFields } from './base.ts';
import { prose, reasonOnly, remarkOnly } from './fields.ts';

export const payerEntrySchema = z
	.object({
		...baseEntryFields,
		/** The code set: payer-specific codes are `payer`. */
		set: z.literal('payer'),
		/** The payer that uses the code, when it is known. */
		payer: prose('payer', 2, 80).optional(),
		...reasonOnly('payer-specific'),
		...remarkOnly('payer-specific codes'),
	})
	.strict();
