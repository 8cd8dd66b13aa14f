/** The schema of a reason-code (CARC) entry: the base fields plus group codes and usage notes. */
import { z } from 'astro/zod';
import { ACTIVE_GROUP_CODES } from '../guidance/group-codes.ts';
import { baseEntryFields } from './base.ts';
import { notFor, oneOf, prose, remarkOnly } from './fields.ts';

export const reasonEntrySchema = z
	.object({
		...baseEntryFields,
		set: z.literal('carc').describe('The code set: reason codes are `carc`.'),
		groupCodes: z
			.array(z.enum(ACTIVE_GROUP_CODES, { error: `must be one of: ${oneOf(ACTIVE_GROUP_CODES)}` }), {
				error: `is required for a CARC: list the group codes it is used with (${oneOf(ACTIVE_GROUP_CODES)})`,
			})
			.min(1, { error: `is required for a CARC: list the group codes it is used with (${oneOf(ACTIVE_GROUP_CODES)})` })
			.describe('The group codes the reason code is used with, most common first (CO, PR, OA, PI).'),
		usageNotes: z
			.array(prose('usage note', 10, 300))
			.default([])
			.describe(
				'Usage limits from the official text, restated in our words (e.g. "Payers use 18 only with group OA").',
			),
		remarkCodeRequired: notFor(
			'remove it: whether a remark code is required comes from the official code list (src/data/code-lists), not the entry',
		).describe(
			'Derived, never written: whether the official text requires a remark code comes from src/data/code-lists.',
		),
		...remarkOnly('reason codes (CARC)'),
		payer: notFor('only payer-specific entries (set: payer) name a payer'),
	})
	.strict();
