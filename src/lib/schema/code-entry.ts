/**
 * The frontmatter schema of a code entry (src/content/codes/<slug>.mdx).
 *
 * One factory, used by the content collection at build time, by
 * `npm run validate` and by the tests. Facts are injected so tests can use a
 * small list; the default is the project's own code lists.
 */
import { z } from 'astro/zod';
import { CODE_SET_IDS, getCodeSet } from '../catalogue/code-sets.ts';
import { ACTIVE_GROUP_CODES } from '../guidance/group-codes.ts';
import { ROUTE_IDS, routesIncludeAppeal } from '../guidance/routes.ts';
import { CATEGORY_IDS } from '../catalogue/categories.ts';
import { describePlaceholderProblem, findUnknownPlaceholders } from '../letter/template.ts';
import { CODE_LISTS, getFacts, type FactsBySet } from '../facts/facts.ts';
import { CLAIM_FIELD_IDS } from '../catalogue/claim-fields.ts';
import { searchKeywords } from '../lookup/search-keywords.ts';

const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A non-empty line of prose: trimmed, no line breaks. */
const prose = (what: string, min = 1, max = 600) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
		.trim()
		.min(min, { error: min === 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters` })
		.max(max, { error: `${what} must be at most ${max} characters` })
		.refine((s) => !/\n/.test(s), { error: `${what} must be one line (no line breaks)` });

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'must be a date written YYYY-MM-DD, such as 2026-11-28' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, such as 2026-11-28' })
		.refine(
			(s) => {
				const d = new Date(`${s}T00:00:00Z`);
				return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
			},
			{ error: 'is not a real calendar date' },
		),
);

/** `set:code`, e.g. `carc:16`, `rarc:MA130`, `payer:CCM31`. */
export const codeRef = z
	.string({ error: 'must be a code reference written set:code, such as "rarc:MA130"' })
	.regex(/^[a-z]+:[A-Z0-9-]+$/, { error: `must be a code reference written set:code, such as "rarc:MA130" (sets: ${oneOf(CODE_SET_IDS)})` });

export function parseRef(ref: string): { set: string; code: string } {
	const [set = '', code = ''] = ref.split(':');
	return { set, code };
}

const FILLER = new Set(['this', 'that', 'with', 'from', 'have', 'been', 'your', 'will', 'they', 'them', 'then', 'than', 'when', 'what', 'code', 'claim', 'there', 'which']);
const contentWords = (text: string) => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];

/** True when a summary has fewer than three meaningful words that are not in the title. */
export function summaryAddsTooLittle(title: string, summary: string): boolean {
	const titleWords = new Set(contentWords(title));
	const added = new Set(contentWords(summary).filter((w) => !titleWords.has(w) && !FILLER.has(w)));
	return added.size < 3;
}

export interface CodeEntrySchemaOptions {
	/** Official code-list facts to check codes and statuses against. */
	lists?: FactsBySet;
}

export function createCodeEntrySchema({ lists = CODE_LISTS }: CodeEntrySchemaOptions = {}) {
	return z
		.object({
			/** The code exactly as printed on a remittance, without a group code: "16", "N130", "MA130", "CCM31". */
			code: z.string({ error: 'code is required: the code as printed on the remittance, such as "16" or "N130"' }).trim(),
			/** A scaffolded entry that is not finished: validated, shown by `npm run dev`, left out of production builds. */
			draft: z.boolean({ error: 'must be true or false' }).default(false),
			/** The code set: `carc`, `rarc` or `payer` (payer-specific). See src/lib/catalogue/code-sets.ts. */
			set: z.enum(CODE_SET_IDS, { error: `must be one of: ${oneOf(CODE_SET_IDS)}` }),
			/** Whether the code is in use. For official sets it must match src/data/code-lists. */
			status: z.enum(['current', 'deactivated'], { error: 'must be "current" or "deactivated"' }),
			/** Payer-specific codes only: the payer that uses the code, when it is known. */
			payer: prose('payer', 2, 80).optional(),
			/** Our own short name for the code, in plain words (no code in it: the page adds it). */
			title: prose('title', 3, 80),
			/** One sentence saying what the code means and what to do; reused as meta description and search result. */
			summary: prose('summary', 40, 200).refine((s) => /[.!?]$/.test(s), { error: 'summary must be one full sentence ending with a full stop' }),
			/** What the code is about, for search filters (src/lib/catalogue/categories.ts). */
			category: z.enum(CATEGORY_IDS, { error: `category is required, one of: ${oneOf(CATEGORY_IDS)}` }),
			/** Extra spellings people type, beyond the ones derived automatically (CO-16, CO16, CO 16 for a CARC). */
			aliases: z.array(prose('alias', 1, 40)).default([]),
			/**
			 * Phrases billers type for this code, in our own words ("late claim", "filing limit"): indexed
			 * for search with high weight, never shown as text. Lower case, 3–40 characters, at most 12,
			 * no repeats; no other entry may use the same phrase (src/lib/lookup/search-keywords.ts).
			 */
			searchKeywords: searchKeywords.default([]),
			/** CARC only: the group codes the reason code is used with, most common first. */
			groupCodes: z
				.array(z.enum(ACTIVE_GROUP_CODES, { error: `must be one of: ${oneOf(ACTIVE_GROUP_CODES)}` }))
				.optional(),
			/** CARC only: true when the official text requires a remark code with it (16, 96 …). Must agree with the code list. */
			remarkCodeRequired: z.boolean({ error: 'must be true or false' }).default(false),
			/** Usage limits from the official text, restated in our words (e.g. "Payers use 18 only with group OA"). */
			usageNotes: z.array(prose('usage note', 10, 300)).default([]),
			/** Why this code appears: each item names the claim field, document or rule involved. Informational Alert remark codes may leave it empty. */
			causes: z.array(prose('cause', 20, 400), { error: 'causes must be a list of sentences' }).default([]),
			/** Checks someone can run before submitting, each one concrete. Informational Alert remark codes may leave it empty. */
			prevention: z.array(prose('prevention step', 20, 400), { error: 'prevention must be a list of sentences' }).default([]),
			/**
			 * RARC only: what to check on the claim or in the record, and what to change, in order. Each item is a concrete
			 * step for this remark. Remark codes use this instead of (or as well as) causes and prevention.
			 */
			checks: z.array(prose('check', 20, 400), { error: 'checks must be a list of sentences' }).default([]),
			/**
			 * RARC only: the reason codes (CARCs) this remark usually accompanies, most common first, written as on the
			 * remittance without a group code ("16", "252"). Each must be in the official CARC list.
			 */
			reasonCodes: z.array(z.string({ error: 'must be a reason code written as text, such as "16"' }).trim().regex(/^[A-Z0-9]{1,3}$/, { error: 'must be a reason code without a group code, such as "16" or "A1"' })).default([]),
			/**
			 * The claim fields the code is about, as ids from src/lib/catalogue/claim-fields.ts. The page names the CMS-1500 item and
			 * UB-04 form locator and cites the CMS manual; never write a box number in the text yourself.
			 */
			claimFields: z.array(z.enum(CLAIM_FIELD_IDS, { error: `must be a claim field id from src/lib/catalogue/claim-fields.ts, such as "rendering-npi" or "diagnosis"` })).default([]),
			/** What fixes it: one or more routes, most likely first, and a short why. */
			resolution: z.object(
				{
					/** Route ids from src/lib/guidance/routes.ts, most likely first. */
					routes: z
						.array(z.enum(ROUTE_IDS, { error: `must be one of: ${oneOf(ROUTE_IDS)}` }))
						.min(1, { error: 'resolution.routes must list at least one route' }),
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
			/** Where the facts on the page come from. Official sets must cite their official list. */
			sources: z
				.array(
					z.object({
						/** The source's title. */
						title: prose('source title', 3, 200),
						/** An https URL. */
						url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
					}),
				)
				.min(1, { error: 'sources must list at least one source' }),
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
		})
		.strict()
		.superRefine((entry, ctx) => {
			const set = getCodeSet(entry.set);
			if (!set) return;
			if (!set.codePattern.test(entry.code)) {
				ctx.addIssue({ code: 'custom', path: ['code'], message: `"${entry.code}" is not a valid ${set.label} code: use ${set.codePatternHelp}` });
				return;
			}
			if (set.official) {
				const facts = getFacts(lists, entry.set, entry.code);
				const listDate = lists[entry.set]?.listDate ?? 'unknown';
				if (!facts) {
					ctx.addIssue({
						code: 'custom',
						path: ['code'],
						message: `${set.label} ${entry.code} is not in the official code list (src/data/code-lists/${entry.set}.json, list of ${listDate}). Check the code, or refresh the list with npm run sync-code-lists.`,
					});
				} else {
					if (facts.status !== entry.status) {
						ctx.addIssue({ code: 'custom', path: ['status'], message: `must be "${facts.status}": the official list of ${listDate} marks ${set.label} ${entry.code} as ${facts.status}` });
					}
					if (set.hasGroupCodes && facts.onlyGroups && entry.groupCodes) {
						const bad = entry.groupCodes.filter((g) => !facts.onlyGroups!.includes(g));
						if (bad.length) {
							ctx.addIssue({ code: 'custom', path: ['groupCodes'], message: `${bad.join(', ')} not allowed: the official text allows ${set.label} ${entry.code} only with ${facts.onlyGroups.join(' or ')}` });
						}
					}
					if (set.hasGroupCodes && Boolean(facts.remarkRequired) !== entry.remarkCodeRequired) {
						ctx.addIssue({
							code: 'custom',
							path: ['remarkCodeRequired'],
							message: facts.remarkRequired
								? `must be true: the official text requires a remark code with ${set.label} ${entry.code}`
								: `must be false (or left out): the official text does not require a remark code with ${set.label} ${entry.code}`,
						});
					}
				}
			}
			// An Alert remark passes on information; it explains no adjustment, so it has no causes or prevention.
			const alert = set.official && getFacts(lists, entry.set, entry.code)?.alert === true;
			// Other remark codes explain a reason code: they say what to check and fix, and which reason codes they go with.
			const remark = entry.set === 'rarc';
			if (remark) {
				if (alert) {
					for (const field of ['causes', 'prevention', 'checks', 'reasonCodes'] as const) {
						if (entry[field].length) ctx.addIssue({ code: 'custom', path: [field], message: `must be left out: an Alert remark code only passes on information; say in the explanation what it tells you and whether to act` });
					}
				} else {
					if (entry.checks.length === 0) ctx.addIssue({ code: 'custom', path: ['checks'], message: 'checks must list at least one thing to check or fix for this remark code' });
					if (entry.reasonCodes.length === 0) ctx.addIssue({ code: 'custom', path: ['reasonCodes'], message: 'reasonCodes must list at least one reason code (CARC) this remark usually comes with, such as "16"' });
				}
				entry.reasonCodes.forEach((code, i) => {
					if (!getFacts(lists, 'carc', code)) ctx.addIssue({ code: 'custom', path: ['reasonCodes', i], message: `CARC ${code} is not in the official reason code list` });
				});
			} else {
				if (!alert && entry.causes.length === 0) ctx.addIssue({ code: 'custom', path: ['causes'], message: 'causes must list at least one cause' });
				if (!alert && entry.prevention.length === 0) ctx.addIssue({ code: 'custom', path: ['prevention'], message: 'prevention must list at least one step' });
				if (entry.checks.length) ctx.addIssue({ code: 'custom', path: ['checks'], message: 'only remark codes (RARC) have checks; use causes and prevention' });
				if (entry.reasonCodes.length) ctx.addIssue({ code: 'custom', path: ['reasonCodes'], message: 'only remark codes (RARC) list the reason codes they accompany; use related for sibling codes' });
			}
			if (set.hasGroupCodes && (!entry.groupCodes || entry.groupCodes.length === 0)) {
				ctx.addIssue({ code: 'custom', path: ['groupCodes'], message: `is required for a ${set.label}: list the group codes it is used with (${oneOf(ACTIVE_GROUP_CODES)})` });
			}
			if (!set.hasGroupCodes && entry.groupCodes) {
				ctx.addIssue({ code: 'custom', path: ['groupCodes'], message: `only reason codes (CARC) have group codes; remove it from this ${set.label} entry` });
			}
			if (!set.hasGroupCodes && entry.remarkCodeRequired) {
				ctx.addIssue({ code: 'custom', path: ['remarkCodeRequired'], message: `only reason codes (CARC) can require a remark code; remove it from this ${set.label} entry` });
			}
			if (entry.payer && entry.set !== 'payer') {
				ctx.addIssue({ code: 'custom', path: ['payer'], message: 'only payer-specific entries (set: payer) name a payer' });
			}
			if (set.officialListUrl && !entry.sources.some((s) => s.url.startsWith(set.officialListUrl!))) {
				ctx.addIssue({ code: 'custom', path: ['sources'], message: `must include the official ${set.label} list: ${set.officialListUrl}` });
			}
			if (summaryAddsTooLittle(entry.title, entry.summary)) {
				ctx.addIssue({ code: 'custom', path: ['summary'], message: 'only repeats the title: say what the code means and what to do next' });
			}
			const appealRoute = routesIncludeAppeal(entry.resolution.routes);
			if (appealRoute && !entry.appeal) {
				ctx.addIssue({ code: 'custom', path: ['appeal'], message: 'is required because resolution.routes includes "appeal": write appeal.argument (paragraphs) and appeal.attachments' });
			}
			if (!appealRoute && entry.appeal) {
				ctx.addIssue({ code: 'custom', path: ['appeal'], message: 'must be left out because resolution.routes has no "appeal"; add "appeal" to the routes or remove the letter' });
			}
			entry.appeal?.argument.forEach((paragraph, i) => {
				for (const problem of findUnknownPlaceholders(paragraph)) {
					ctx.addIssue({ code: 'custom', path: ['appeal', 'argument', i], message: describePlaceholderProblem(problem) });
				}
			});
			entry.appeal?.attachments.forEach((item, i) => {
				for (const problem of findUnknownPlaceholders(item)) {
					ctx.addIssue({ code: 'custom', path: ['appeal', 'attachments', i], message: describePlaceholderProblem(problem) });
				}
			});
			const selfRef = `${entry.set}:${entry.code}`;
			entry.related.forEach((item, i) => {
				const { set: refSet, code } = parseRef(item.ref);
				const target = getCodeSet(refSet);
				if (!target) {
					ctx.addIssue({ code: 'custom', path: ['related', i, 'ref'], message: `unknown code set "${refSet}": use one of ${oneOf(CODE_SET_IDS)}` });
				} else if (item.ref === selfRef) {
					ctx.addIssue({ code: 'custom', path: ['related', i, 'ref'], message: 'an entry cannot list itself as related' });
				} else if (target.official && !getFacts(lists, refSet, code)) {
					ctx.addIssue({ code: 'custom', path: ['related', i, 'ref'], message: `${target.label} ${code} does not exist in the official code list` });
				}
			});
		});
}

export type CodeEntry = z.output<ReturnType<typeof createCodeEntrySchema>>;
export type CodeEntryInput = z.input<ReturnType<typeof createCodeEntrySchema>>;

/** The schema with the project's own code lists. */
export const codeEntrySchema = createCodeEntrySchema();
