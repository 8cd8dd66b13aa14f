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
	// The home page carries Starlight's phone menu and direct links to the tools (issue 18): 6.4 KB measured.
	home: { html: 6.5 * KB, total: 30 * KB },
	'code page': { html: 8.5 * KB, total: 35 * KB },
	// The letter (static text for no-JS readers plus the deadline panel) adds about 1.5 KB; the product target of 8 KB is met by plain code pages.
	// Total: 38.2 KB measured, over the product target of 35 KB. The side-by-side preview and its highlighting, the
	// letter's output checks with the on-demand .docx loader, the CSP hashes and the workbench handover reader each
	// added 0.3–2 KB. This gate stops further growth; bringing the page back under 35 KB is open work (issue 18).
	'code page with letter': { html: 10 * KB, total: 39 * KB },
	decoder: { html: 8 * KB, total: 40 * KB },
};

/** The /codes/ and set indexes list every code, so their budget grows with the number of codes listed. */
export function indexBudget(codes: number): Budget {
	return { html: 8 * KB + codes * 90, total: 35 * KB + codes * 90 };
}
