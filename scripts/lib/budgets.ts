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
	// The home page carries Starlight's phone menu and direct links to the tools (issue 18): 5.9 KB measured.
	home: { html: 6.5 * KB, total: 30 * KB },
	// Product target: HTML 8 KB, total 35 KB. /codes/carc-1/ (five payer-type routes, each with its sourced why, and the
	// payer-type choice) measured 9,177 B of HTML after issue 12; 8,163 B now (total 26,362 B), after issue 18's page
	// weight work: each page's CSP lists only its own inline scripts' hashes (-0.38 KB), the section link and "Edit
	// page" icons come from the stylesheet, the theme script is minified, no scope classes on the route blocks and
	// payer choice, no empty pagination box.
	'code page': { html: 8 * KB, total: 35 * KB },
	// Product target: total 35 KB (the letter's static text for no-JS readers and the deadline panel add about 0.2 KB
	// of HTML, so its HTML gate stays 10 KB). /codes/carc-10/ measured 37,558 B after issue 12; 35,475 B now (HTML
	// 8,346 B): besides the HTML cuts above, each payer type's letter parts load when a payer type is chosen (-0.6 KB),
	// the letter bundle names codes without code-sets.ts (-0.75 KB), and Copy for Word's HTML renderer loads with the
	// other output actions (-0.2 KB). The longest pages miss both targets: see LONGEST_CODE_PAGE.
	'code page with letter': { html: 10 * KB, total: 35 * KB },
	decoder: { html: 8 * KB, total: 40 * KB },
};

/**
 * Every code page, checked against this ceiling: the longest entries still miss the product targets, by their
 * content (every group code's and payer type's route with its own sourced why, the letter for each situation, all
 * readable without JavaScript), not by markup. Measured after issue 18's page-weight work: 134 of the 1,624 code
 * pages are over 8 KB of HTML, the heaviest /codes/carc-50/ at 9,791 B (a group-code route and three payer-type
 * routes beside the default, a three-paragraph letter, eight sources); 41 letter pages are over 35 KB in all, the
 * heaviest /codes/carc-50/ at 36,920 B. The ceiling stops any page growing further; bringing these pages to 8 KB and
 * 35 KB means shorter content.
 */
export const LONGEST_CODE_PAGE: Budget = { html: 10 * KB, total: 37 * KB };

/** The /codes/ and set indexes list every code, so their budget grows with the number of codes listed. */
export function indexBudget(codes: number): Budget {
	return { html: 8 * KB + codes * 90, total: 35 * KB + codes * 90 };
}
