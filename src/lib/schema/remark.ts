/** The schema of a remark-code (RARC) entry: the base fields plus what to check and the reason codes it explains. */
import { z } from 'astro/zod';
import { notFor, prose, proseList, reasonOnly } from './fields.ts';
import { baseEntryFields } from './base.ts';

/** A reason code as written on a remittance without its group code ("16", "A1"). */
const reasonCode = z
	.string({ error: 'must be a reason code written as text, such as "16"' })
	.trim()
	.regex(/^[A-Z0-9]{1,3}$/, { error: 'must be a reason code without a group code, such as "16" or "A1"' });

/** A reason code the remark goes with: `"16"`, or `{ code: "16", note: "why they go together" }`. */
const reasonCodeItem = z
	.union(
		[
			reasonCode,
			z
				.object({
					code: reasonCode.describe('The reason code, without a group code.'),
					note: prose('reason code note', 3, 200)
						.optional()
						.describe('How the remark and this reason code go together, in a short phrase.'),
				})
				.strict(),
		],
		{ error: 'must be a reason code such as "16", or code and note: { code: "16", note: "…" }' },
	)
	.transform((item) => (typeof item === 'string' ? { code: item } : item));

export const remarkEntrySchema = z
	.object({
		...baseEntryFields,
		set: z.literal('rarc').describe('The code set: remark codes are `rarc`.'),
		checks: proseList('check', 'checks', 20, 400).describe(
			'What to check on the claim or in the record, and what to change, in order. Each item is a concrete step for this remark. Alert remarks have none.',
		),
		reasonCodes: z
			.array(reasonCodeItem)
			.default([])
			.describe(
				'The reason codes (CARCs) this remark usually accompanies, most common first, written as on the remittance without a group code ("16", "252"), with a note where it helps ({ code, note }). Each must be in the official CARC list. The page lists them first among the related codes; do not list them again in `related`. Alert remarks have none.',
			),
		...reasonOnly('RARC'),
		payer: notFor('only payer-specific entries (set: payer) name a payer'),
	})
	.strict();
