/**
 * The frontmatter schema of a code entry (src/content/codes/<slug>.mdx).
 *
 * One schema per set (reason.ts, remark.ts, payer.ts, each the base fields of
 * base.ts plus its own), chosen by `set`; then the cross-checks of checks.ts;
 * then one common shape for pages and tools, with the values the official
 * facts hold (remark code required, the official list as a source) filled in
 * from the facts rather than restated in every file.
 *
 * One factory, used by the content collection at build time, by
 * `npm run validate` and by the tests. Facts are injected so tests can use a
 * small list; the default is the project's own code lists.
 */
import { z } from 'astro/zod';
import { CODE_SET_IDS, getCodeSet, type CodeSetId } from '../catalogue/code-sets.ts';
import { CODE_LISTS, getFacts, type FactsBySet } from '../facts/facts.ts';
import { checkCodeFormat, ENTRY_CHECKS, type CheckedEntry } from './checks.ts';
import { oneOf } from './fields.ts';
import { payerEntrySchema } from './payer.ts';
import { reasonEntrySchema } from './reason.ts';
import { remarkEntrySchema } from './remark.ts';

type ParsedEntry =
	z.output<typeof reasonEntrySchema> | z.output<typeof remarkEntrySchema> | z.output<typeof payerEntrySchema>;

/** An entry as pages, the API and tools read it: one shape for every set. */
export interface CodeEntry {
	code: string;
	draft: boolean;
	set: CodeSetId;
	status: 'current' | 'deactivated';
	title: string;
	summary: string;
	category: ParsedEntry['category'];
	aliases: string[];
	/** Phrases billers type for this code, for search only. */
	searchKeywords: string[];
	causes: string[];
	prevention: string[];
	claimFields: ParsedEntry['claimFields'];
	resolution: ParsedEntry['resolution'];
	related: ParsedEntry['related'];
	/** The entry's sources, after the official list of its set (official sets only). */
	sources: { title: string; url: string }[];
	lastReviewed: string;
	appeal?: NonNullable<ParsedEntry['appeal']> | undefined;
	/** Payer-specific codes: the payer that uses the code, when known. */
	payer?: string | undefined;
	/** Reason codes: the group codes used with it. Undefined for other sets. */
	groupCodes?: z.output<typeof reasonEntrySchema>['groupCodes'] | undefined;
	/** Reason codes: usage limits from the official text, in our words. */
	usageNotes: string[];
	/** Reason codes: whether the official text requires a remark code (from the facts). */
	remarkCodeRequired: boolean;
	/** Remark codes: what to check and fix. */
	checks: string[];
	/** Remark codes: the reason codes it usually explains, with an optional note. */
	reasonCodes: { code: string; note?: string | undefined }[];
}

export interface CodeEntrySchemaOptions {
	/** Official code-list facts to check codes and statuses against. */
	lists?: FactsBySet;
}

/** The common shape, with what the facts hold filled in (keys in the order pages and the API have always had). */
function toCodeEntry(parsed: ParsedEntry, lists: FactsBySet): CodeEntry {
	const set = getCodeSet(parsed.set)!;
	const official =
		set.officialListUrl && set.officialListTitle
			? { title: set.officialListTitle, url: set.officialListUrl }
			: undefined;
	// The fields only one set has, read through the discriminant so each is typed.
	const only: Partial<Pick<CodeEntry, 'payer' | 'groupCodes' | 'usageNotes' | 'checks' | 'reasonCodes'>> =
		parsed.set === 'carc'
			? { groupCodes: parsed.groupCodes, usageNotes: parsed.usageNotes }
			: parsed.set === 'rarc'
				? { checks: parsed.checks, reasonCodes: parsed.reasonCodes }
				: { payer: parsed.payer };
	return {
		code: parsed.code,
		draft: parsed.draft,
		set: parsed.set,
		status: parsed.status,
		...(only.payer !== undefined && { payer: only.payer }),
		title: parsed.title,
		summary: parsed.summary,
		category: parsed.category,
		aliases: parsed.aliases,
		searchKeywords: parsed.searchKeywords,
		...(only.groupCodes !== undefined && { groupCodes: only.groupCodes }),
		remarkCodeRequired: set.role === 'reason' && getFacts(lists, parsed.set, parsed.code)?.remarkRequired === true,
		usageNotes: only.usageNotes ?? [],
		causes: parsed.causes,
		prevention: parsed.prevention,
		checks: only.checks ?? [],
		reasonCodes: only.reasonCodes ?? [],
		claimFields: parsed.claimFields,
		resolution: parsed.resolution,
		related: parsed.related,
		sources:
			official && !parsed.sources.some((s) => s.url.startsWith(official.url))
				? [official, ...parsed.sources]
				: parsed.sources,
		lastReviewed: parsed.lastReviewed,
		...(parsed.appeal !== undefined && { appeal: parsed.appeal }),
	};
}

export function createCodeEntrySchema({ lists = CODE_LISTS }: CodeEntrySchemaOptions = {}) {
	return z
		.discriminatedUnion('set', [reasonEntrySchema, remarkEntrySchema, payerEntrySchema], {
			error: (issue) => (issue.code === 'invalid_union' ? `set must be one of: ${oneOf(CODE_SET_IDS)}` : undefined),
		})
		.superRefine((entry, ctx) => {
			const set = getCodeSet(entry.set);
			if (!set) return;
			const context = {
				entry: entry as CheckedEntry,
				set,
				lists,
				report: (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message }),
			};
			if (!checkCodeFormat(context)) return;
			for (const check of ENTRY_CHECKS) check(context);
		})
		.transform((entry) => toCodeEntry(entry, lists));
}

/** The schema with the project's own code lists. */
export const codeEntrySchema = createCodeEntrySchema();
