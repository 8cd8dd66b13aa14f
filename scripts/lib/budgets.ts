/**
 * Page-weight budgets (gzip bytes), checked on every build by `npm test`.
 * They guard against regressions; the bench reports the figures against the
 * product targets (code page HTML ≤ 8 KB, code page total ≤ 35 KB).
 */
export interface Budget {
	html: number;
	total: number;
}

const KB = 1024;

export const BUDGETS: Record<string, Budget> = {
	home: { html: 6 * KB, total: 30 * KB },
	'code page': { html: 8.5 * KB, total: 35 * KB },
	// The letter (static text for no-JS readers plus the deadline panel) adds about 1.5 KB; the product target of 8 KB is met by plain code pages.
	'code page with letter': { html: 10 * KB, total: 35 * KB },
	decoder: { html: 8 * KB, total: 40 * KB },
};

/** The /codes/ and set indexes list every code, so their budget grows with the number of codes listed. */
export function indexBudget(codes: number): Budget {
	return { html: 8 * KB + codes * 90, total: 35 * KB + codes * 90 };
}
