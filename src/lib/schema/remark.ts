/** The schema of a remark-code (RARC) entry: the base fields plus what to check and the reason codes it explains. */
import { z } from 'astro/zod';
import { notFor, proseList, reasonOnly } from './fields.ts';
import { baseEntryFields } from './base.ts';

/** A reason code as written on a remittance without its group code ("16", "A1"). */
const reasonCode = z
	.string({ error: 'must be a reason code written as text, such as "16"' })
	.trim()
	.regex(/^[A-Z0-9]{1,3}$/, { error: 'must be a reason code without a group code, such as "16" or "A1"' });

export const remarkEntrySchema = z
	.object({
		...baseEntryFields,
		set: z.literal('rarc').describe('The code set: remark codes are `rarc`.'),
		checks: proseList('check', 'checks', 20, 400).describe(
			'What to check on the claim or in the record, and what to change, in order. Each item is a concrete step for this remark. Alert remarks have none.',
		),
		reasonCodes: z
			.array(reasonCode)
			.default([])
			.describe(
				'The reason codes (CARCs) this remark usually accompanies, most common first, written as on the remittance without a group code ("16", "252"). Each must be in the official CARC list. Alert remarks have none.',
			),
		...reasonOnly('RARC'),
		payer: notFor('only payer-specific entries (set: payer) name a payer'),
	})
	.strict();
