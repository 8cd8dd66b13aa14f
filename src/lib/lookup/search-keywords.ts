/**
 * Search keywords: the phrases billers type for a code ("late claim", "no auth"),
 * kept in an entry's `searchKeywords` and indexed with high weight on its page.
 * The schema checks one entry (length, case, repeats); `checkSearchKeywords`
 * checks the catalogue (a phrase may belong to one entry only, so it cannot
 * pull two pages up for the same query).
 */
import { z } from 'astro/zod';
import type { Problem } from '../validation/problem.ts';

export const MAX_SEARCH_KEYWORDS = 12;

const keyword = z
	.string({ error: 'search keyword must be text' })
	.trim()
	.min(3, { error: 'search keyword must be at least 3 characters' })
	.max(40, { error: 'search keyword must be at most 40 characters: a phrase people type, not a sentence' })
	.refine((s) => s === s.toLowerCase(), {
		error: 'search keyword must be lower case (search ignores case; one spelling is enough)',
	})
	.refine((s) => /^[a-z0-9][a-z0-9 '/&-]*$/.test(s), {
		error: "search keyword may use letters, digits, spaces and ' / & - only",
	});

/** The `searchKeywords` field of an entry. */
export const searchKeywords = z
	.array(keyword)
	.max(MAX_SEARCH_KEYWORDS, {
		error: `at most ${MAX_SEARCH_KEYWORDS} search keywords: keep the phrases people really type`,
	})
	.superRefine((list, ctx) => {
		const seen = new Set<string>();
		list.forEach((k, i) => {
			const key = k.replace(/\s+/g, ' ');
			if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `search keyword "${k}" is listed twice` });
			seen.add(key);
		});
	});

interface KeywordSource {
	file: string;
	entry: { set: string; code: string; searchKeywords?: readonly string[] | undefined };
}

/** A phrase listed by two entries is a problem on the second one, naming the first. */
export function checkSearchKeywords(items: readonly KeywordSource[]): Problem[] {
	const owner = new Map<string, KeywordSource>();
	const problems: Problem[] = [];
	for (const item of items) {
		(item.entry.searchKeywords ?? []).forEach((k, i) => {
			const key = k.replace(/\s+/g, ' ');
			const first = owner.get(key);
			if (first) {
				problems.push({
					file: item.file,
					field: `searchKeywords[${i}]`,
					message: `search keyword "${k}" is already used by ${first.entry.set}:${first.entry.code} (${first.file}); a phrase points to one code`,
				});
			} else owner.set(key, item);
		});
	}
	return problems;
}
