/**
 * The fields every code entry has, whatever its set. Each set's schema
 * (reason.ts, remark.ts, payer.ts) spreads these and adds its own; see
 * code-entry.ts for how they are combined and cross-checked.
 */
import { z } from 'astro/zod';
import { CATEGORY_IDS } from '../catalogue/categories.ts';
import { CLAIM_FIELD_IDS } from '../catalogue/claim-fields.ts';
import { ROUTE_IDS } from '../guidance/routes.ts';
import { searchKeywords } from '../lookup/search-keywords.ts';
import { codeRef, isoDate, oneOf, prose, proseList } from './fields.ts';

export const baseEntryFields = {
	/** The code exactly as printed on a remittance, without a group code: "16", "N130", "MA130", "CCM31". */
	code: z.string({ error: 'code is required: the code as printed on the remittance, such as "16" or "N130"' }).trim(),
	/** A scaffolded entry that is not finished: validated, shown by `npm run dev`, left out of production builds. */
	draft: z.boolean({ error: 'must be true or false' }).default(false),
	/** Whether the code is in use. For official sets it must match src/data/code-lists. */
	status: z.enum(['current', 'deactivated'], { error: 'must be "current" or "deactivated"' }),
	/** Our own short name for the code, in plain words (no code in it: the page adds it). */
	title: prose('title', 3, 80),
	/** One sentence saying what the code means and what to do; reused as meta description and search result. */
	summary: prose('summary', 40, 200).refine((s) => /[.!?]$/.test(s), { error: 'summary must be one full sentence ending with a full stop' }),
	/** What the code is about, for search filters (src/lib/catalogue/categories.ts). */
	category: z.enum(CATEGORY_IDS, { error: `category is required, one of: ${oneOf(CATEGORY_IDS)}` }),
	/** Extra spellings people type, beyond the ones derived automatically (CO-16, CO16, CO 16 for a CARC). */
	aliases: z.array(prose('alias', 1, 40)).default([]),
	/**
	 * Phrases billers type for this code, in our own words ("late claim", "filing limit"): indexed for search with high
	 * weight, never shown as text. Lower case, 3–40 characters, at most 12, no repeats; no other entry may use the same
	 * phrase (src/lib/lookup/search-keywords.ts).
	 */
	searchKeywords: searchKeywords.default([]),
	/** Why this code appears: each item names the claim field, document or rule involved. Informational Alert remark codes leave it empty. */
	causes: proseList('cause', 'causes', 20, 400),
	/** Checks someone can run before submitting, each one concrete. Informational Alert remark codes leave it empty. */
	prevention: proseList('prevention step', 'prevention', 20, 400),
	/**
	 * The claim fields the code is about, as ids from src/lib/catalogue/claim-fields.ts. The page names the CMS-1500
	 * item and UB-04 form locator and cites the CMS manual; never write a box number in the text yourself.
	 */
	claimFields: z
		.array(z.enum(CLAIM_FIELD_IDS, { error: `must be a claim field id from src/lib/catalogue/claim-fields.ts, such as "rendering-npi" or "diagnosis"` }))
		.default([]),
	/** What fixes it: one or more routes, most likely first, and a short why. */
	resolution: z.object(
		{
			/** Route ids from src/lib/guidance/routes.ts, most likely first. */
			routes: z.array(z.enum(ROUTE_IDS, { error: `must be one of: ${oneOf(ROUTE_IDS)}` })).min(1, { error: 'resolution.routes must list at least one route' }),
			/** Why this route, in one or two sentences. */
			why: prose('resolution.why', 20, 600),
		},
		{ error: 'resolution is required: routes (a list) and why (a sentence)' },
	),
	/** Related codes as set:code references; each must exist. */
	related: z
		.array(
			z.object({
				/** The related code, e.g. "rarc:MA130". */
				ref: codeRef,
				/** Why it is related, in a short phrase. */
				note: prose('related note', 3, 200).optional(),
			}),
		)
		.default([]),
	/**
	 * Where the facts on the page come from, beyond the official list of an official set, which every page of that
	 * set cites anyway (added from src/lib/catalogue/code-sets.ts).
	 */
	sources: z
		.array(
			z.object({
				/** The source's title. */
				title: prose('source title', 3, 200),
				/** An https URL. */
				url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
			}),
		)
		.default([]),
	/** When a person last checked this entry against its sources (YYYY-MM-DD). */
	lastReviewed: isoDate,
	/** The appeal letter's code-specific part. Required when a route is "appeal", absent otherwise. */
	appeal: z
		.object({
			/** The argument: one or more paragraphs. [Placeholders] must come from the registry. */
			argument: z.array(prose('appeal argument paragraph', 40, 1500)).min(1, { error: 'appeal.argument must have at least one paragraph' }),
			/** What to enclose, beyond the remittance the skeleton always lists. */
			attachments: z.array(prose('attachment', 5, 300)).default([]),
		})
		.optional(),
};
