/**
 * The fields every code entry has, whatever its set. Each set's schema
 * (reason.ts, remark.ts, payer.ts) spreads these and adds its own; see
 * code-entry.ts for how they are combined and cross-checked. Each field says
 * what it holds with `.describe()`: Astro copies that into the JSON schema it
 * generates for editors (.astro/collections/codes.schema.json), and
 * `npm run docs:fields` into docs/fields.md.
 */
import { z } from 'astro/zod';
import { CATEGORY_IDS } from '../catalogue/categories.ts';
import { CLAIM_FIELD_IDS } from '../catalogue/claim-fields.ts';
import { searchKeywords } from '../lookup/search-keywords.ts';
import { codeRef, isoDate, oneOf, prose, proseList } from './fields.ts';
import { appealSchema, resolutionSchema } from './guidance.ts';

export const baseEntryFields = {
	code: z
		.string({ error: 'code is required: the code as printed on the remittance, such as "16" or "N130"' })
		.trim()
		.describe('The code exactly as printed on a remittance, without a group code: "16", "N130", "MA130", "CCM31".'),
	draft: z
		.boolean({ error: 'must be true or false' })
		.default(false)
		.describe(
			'A scaffolded entry that is not finished: validated, shown by `npm run dev`, left out of production builds.',
		),
	status: z
		.enum(['current', 'deactivated'], { error: 'must be "current" or "deactivated"' })
		.describe('Whether the code is in use. For official sets it must match src/data/code-lists.'),
	title: prose('title', 3, 80).describe(
		'Our own short name for the code, in plain words (no code in it: the page adds it).',
	),
	summary: prose('summary', 40, 200)
		.refine((s) => /[.!?]$/.test(s), { error: 'summary must be one full sentence ending with a full stop' })
		.describe('One sentence saying what the code means and what to do; reused as meta description and search result.'),
	category: z
		.enum(CATEGORY_IDS, { error: `category is required, one of: ${oneOf(CATEGORY_IDS)}` })
		.describe('What the code is about, for search filters (src/lib/catalogue/categories.ts).'),
	aliases: z
		.array(prose('alias', 1, 40))
		.default([])
		.describe('Extra spellings people type, beyond the ones derived automatically (CO-16, CO16, CO 16 for a CARC).'),
	searchKeywords: searchKeywords
		.default([])
		.describe(
			'Phrases billers type for this code, in our own words ("late claim", "filing limit"): indexed for search with high weight, never shown as text. Lower case, 3–40 characters, at most 12, no repeats; no other entry may use the same phrase (src/lib/lookup/search-keywords.ts).',
		),
	causes: proseList('cause', 'causes', 20, 400).describe(
		'Why this code appears: each item names the claim field, document or rule involved. Informational Alert remark codes leave it empty.',
	),
	prevention: proseList('prevention step', 'prevention', 20, 400).describe(
		'Checks someone can run before submitting, each one concrete. Informational Alert remark codes leave it empty.',
	),
	claimFields: z
		.array(
			z.enum(CLAIM_FIELD_IDS, {
				error: `must be a claim field id from src/lib/catalogue/claim-fields.ts, such as "rendering-npi" or "diagnosis"`,
			}),
		)
		.default([])
		.describe(
			'The claim fields the code is about, as ids from src/lib/catalogue/claim-fields.ts. The page names the CMS-1500 item and UB-04 form locator and cites the CMS manual; never write a box number in the text yourself.',
		),
	resolution: resolutionSchema,
	related: z
		.array(
			z.object({
				ref: codeRef.describe('The related code, e.g. "rarc:MA130".'),
				note: prose('related note', 3, 200).optional().describe('Why it is related, in a short phrase.'),
			}),
		)
		.default([])
		.describe(
			'Related codes as set:code references ("rarc:MA130", "carc:197"; never "CO-197"), each with a short note; each must exist.',
		),
	sources: z
		.array(
			z.object({
				title: prose('source title', 3, 200).describe("The source's title."),
				url: z
					.url({ protocol: /^https$/, error: 'must be an https URL' })
					.describe('An https URL of a page that exists (no example.com or other placeholder hosts).'),
			}),
		)
		.default([])
		.describe(
			'Where the facts on the page come from, beyond the official list of an official set, which every page of that set cites anyway (added from src/lib/catalogue/code-sets.ts). A payer code cites the payer document that defines it.',
		),
	lastReviewed: isoDate.describe('When a person last checked this entry against its sources (YYYY-MM-DD).'),
	appeal: appealSchema,
};
