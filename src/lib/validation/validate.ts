/**
 * Validation of the whole catalogue: each entry against the schema, then the
 * checks that need every entry at once (duplicates, slug collisions, file
 * names, related payer codes). Used by `npm run validate`, by the build
 * (astro.config.mjs) and by the tests.
 */
import { slugFor } from '../catalogue/codes.ts';
import { getCodeSet } from '../catalogue/code-sets.ts';
import { callsForAction, entryKind } from '../catalogue/entry-kind.ts';
import { CODE_LISTS, type FactsBySet } from '../facts/facts.ts';
import { createCodeEntrySchema, type CodeEntry } from '../schema/code-entry.ts';
import { parseRef } from '../schema/fields.ts';
import { checkQuality } from './quality.ts';
import { checkReplacementClaims } from './replacements.ts';
import { checkPublishReadiness } from './prepublish.ts';
import { formatPath, issuesToProblems, type Problem } from './problem.ts';
import { checkSearchKeywords } from '../lookup/search-keywords.ts';
import { checkBody, checkFrontmatterText } from './safety.ts';
import { checkAliasCollisions, type AliasOwner } from './aliases.ts';
import { checkReviewDate, todayUtc } from './review-date.ts';

export interface EntrySource {
	/** Path of the file, relative to the project root, for messages. */
	file: string;
	/** The parsed frontmatter. */
	data: unknown;
	/** The MDX body (the plain-language explanation). */
	body: string;
	/** The line of the file the body starts on, so body problems name their line. */
	bodyLine?: number | undefined;
	/** The raw frontmatter text, YAML comments included, when read from a file (src/lib/validation/prepublish.ts reads it). */
	frontmatter?: string | undefined;
}

export interface ValidatedEntry {
	file: string;
	entry: CodeEntry;
	body: string;
}

/** Minimum words in the MDX body, which holds the plain-language explanation. */
export const MIN_BODY_WORDS = 25;
/** Minimum causes and prevention steps for a current code that calls for action. */
export const MIN_GUIDANCE_ITEMS = 3;
/** Minimum things to check or fix for a current remark code (RARC) that calls for action. */
export const MIN_REMARK_CHECKS = 2;

/** Fields (dotted paths) whose text still contains a TODO marker. */
function findTodos(data: unknown, body: string): string[] {
	const found: string[] = [];
	const walk = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			if (/\bTODO\b/.test(value)) found.push(formatPath(path));
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
	};
	walk(data, []);
	if (/\bTODO\b/.test(body)) found.push('(body)');
	return found;
}

/** What the catalogue-level checks need of an entry, read from its raw frontmatter when the schema rejected it. */
function rawOwner(file: string, data: unknown): AliasOwner | undefined {
	const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
	if (typeof d.set !== 'string' || typeof d.code !== 'string') return undefined;
	const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
	return { file, set: d.set, code: d.code.trim(), groupCodes: strings(d.groupCodes), aliases: strings(d.aliases) };
}

export interface ValidateOptions {
	lists?: FactsBySet;
	/** Today as YYYY-MM-DD (tests inject it); lastReviewed may not be later. */
	today?: string;
}

export function validateEntries(
	sources: readonly EntrySource[],
	options: ValidateOptions = {},
): { problems: Problem[]; entries: ValidatedEntry[] } {
	const schema = createCodeEntrySchema({ lists: options.lists ?? CODE_LISTS });
	const today = options.today ?? todayUtc();
	const problems: Problem[] = [];
	const entries: ValidatedEntry[] = [];
	// Entries the schema rejected still take part in the checks that can run on them (file name, duplicates, aliases).
	const rejected: AliasOwner[] = [];
	for (const source of sources) {
		const result = schema.safeParse(source.data);
		if (!result.success) problems.push(...issuesToProblems(source.file, result.error.issues));
		problems.push(
			...checkFrontmatterText(source.file, source.data),
			...checkBody(source.file, source.body, source.bodyLine),
			...checkReviewDate(source.file, source.data, today),
		);
		const words = source.body
			.replace(/[#>*_`[\]()-]/g, ' ')
			.split(/\s+/)
			.filter(Boolean).length;
		if (words < MIN_BODY_WORDS) {
			problems.push({
				file: source.file,
				field: '(body)',
				message: `the explanation below the frontmatter has ${words} words; write at least ${MIN_BODY_WORDS} saying what the code means in plain words`,
			});
		}
		if (!result.success) {
			const owner = rawOwner(source.file, source.data);
			if (owner) rejected.push(owner);
			continue;
		}
		const lists = options.lists ?? CODE_LISTS;
		const actionable = callsForAction(result.data, lists);
		if (!result.data.draft && actionable && entryKind(result.data, lists) === 'remark') {
			if (result.data.checks.length < MIN_REMARK_CHECKS) {
				problems.push({
					file: source.file,
					field: 'checks',
					message: `has ${result.data.checks.length}; a current remark code needs at least ${MIN_REMARK_CHECKS} things to check or fix, each specific to this code`,
				});
			}
		} else if (!result.data.draft && actionable) {
			for (const field of ['causes', 'prevention'] as const) {
				if (result.data[field].length < MIN_GUIDANCE_ITEMS) {
					problems.push({
						file: source.file,
						field,
						message: `has ${result.data[field].length}; a current code needs at least ${MIN_GUIDANCE_ITEMS}, each specific to this code`,
					});
				}
			}
		}
		if (!result.data.draft) {
			for (const field of findTodos(result.data, source.body)) {
				problems.push({
					file: source.file,
					field,
					message: 'still says TODO: finish it, or mark the entry "draft: true" to keep it out of the build',
				});
			}
		}
		problems.push(
			...checkReplacementClaims(source.file, result.data, source.data, source.body, options.lists ?? CODE_LISTS),
		);
		entries.push({ file: source.file, entry: result.data, body: source.body });
	}

	const byCode = new Map<string, AliasOwner>();
	const bySlug = new Map<string, AliasOwner>();
	const owners: AliasOwner[] = [...entries.map((e) => ({ file: e.file, ...e.entry })), ...rejected];
	for (const item of owners) {
		const { set, code } = item;
		const slug = slugFor(set, code);
		const fileName = item.file.split('/').pop() ?? item.file;
		const expected = `${slug}.mdx`;
		if (fileName !== expected) {
			problems.push({
				file: item.file,
				field: 'code',
				message: `the file for ${set}:${code} must be named ${expected}, so its URL is /codes/${slug}/`,
			});
		}
		const key = `${set}:${code}`;
		const twin = byCode.get(key);
		if (twin) {
			problems.push({
				file: item.file,
				field: 'code',
				message: `duplicate code: ${key} is already defined in ${twin.file}`,
			});
			continue;
		}
		byCode.set(key, item);
		const clash = bySlug.get(slug);
		if (clash) {
			problems.push({
				file: item.file,
				field: 'code',
				message: `slug collision: ${set}:${code} and ${clash.set}:${clash.code} (${clash.file}) would both be published at /codes/${slug}/`,
			});
			continue;
		}
		bySlug.set(slug, item);
	}

	for (const item of entries) {
		item.entry.related.forEach((related, i) => {
			const { set, code } = parseRef(related.ref);
			if (getCodeSet(set)?.role === 'payer' && !byCode.has(`${set}:${code}`)) {
				problems.push({
					file: item.file,
					field: `related[${i}].ref`,
					message: `payer-specific code ${code} has no entry in src/content/codes; add it or remove the reference`,
				});
			}
		});
	}
	problems.push(...checkSearchKeywords(entries));
	problems.push(...checkAliasCollisions(owners));
	problems.push(...checkQuality(entries, options.lists ?? CODE_LISTS));
	const rawFrontmatter = new Map(sources.map((s) => [s.file, s.frontmatter]));
	problems.push(...checkPublishReadiness(entries.map((e) => ({ ...e, frontmatter: rawFrontmatter.get(e.file) }))));
	return { problems, entries };
}
