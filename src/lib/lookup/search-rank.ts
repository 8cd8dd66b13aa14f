/**
 * How search ranks code pages (Pagefind 1.5+, see https://pagefind.app/docs/ranking/).
 *
 * Each code page carries one searchable metadata field holding its title and
 * search keywords. The field's name says which tier the page is in, and
 * `metaWeights` boosts a match in it by tier: a current reason code above a
 * current remark code, and both far above a deactivated code. When a reason
 * and a remark code match the same words, the reason code's larger boost puts
 * it first; a deactivated code only wins when it matches clearly better.
 * Pagefind ranks with these weights itself, so results never re-sort after
 * they are shown.
 */

/** The searchable metadata field a code page puts its title and keywords in. */
export type SearchTier = 'about_reason' | 'about_remark' | 'about_payer' | 'about_retired';

export function searchTier(entry: { set: string; status: string }): SearchTier {
	if (entry.status !== 'current') return 'about_retired';
	if (entry.set === 'carc') return 'about_reason';
	if (entry.set === 'rarc') return 'about_remark';
	return 'about_payer';
}

/** The text of the tier field: the title, then the keywords, so a phrase people type matches as words. */
export function searchAbout(entry: {
	title: string;
	searchKeywords?: readonly string[] | undefined;
	payer?: string | undefined;
}): string {
	// A payer's own code is found by the payer's name too (the badge that shows it is not indexed).
	return [entry.title, ...(entry.payer ? [entry.payer] : []), ...(entry.searchKeywords ?? [])].join('. ');
}

/** The searchable metadata field holding an entry's search keywords alone: a match there is the strongest signal. */
export const SEARCH_KEYWORDS_FIELD = 'keywords';

/**
 * Pagefind `ranking` options, passed to the search UI (src/components/Search.astro). Measured on the
 * query table (tests/fixtures/search-queries.ts, phrases only, Pagefind's own list): Pagefind's defaults
 * 118/152 right; pageLength 0.2 (code pages vary in length, and short remark pages won on length alone)
 * 120/152; plus the tier weights 144/152; plus the keyword weight 149/152.
 */
export const SEARCH_RANKING = {
	pageLength: 0.2,
	metaWeights: {
		// Every page's h1 (guides too); code pages also match their tier field, which carries the tier boost.
		title: 1,
		about_reason: 30,
		about_payer: 20,
		about_remark: 15,
		about_retired: 1,
		[SEARCH_KEYWORDS_FIELD]: 40,
	},
} as const;
