/**
 * Search-term normalisation. People type a code many ways: "CO-16", "co16",
 * "CO 16", "n 130". Pages index every alias spelling, so a code query is
 * rewritten to the canonical alias forms that pages carry ("CO16", "N130").
 * Any other query keeps its words, except the few shorthands and misspellings
 * billers use all the time (WORDS below), which Pagefind cannot match
 * because every word of a query must occur on a page.
 */
import { matchesSet, setFor } from '../catalogue/code-sets.ts';
import { normaliseCode } from '../catalogue/codes.ts';

/** Whole words rewritten before searching: shorthand and frequent misspellings, each with one meaning here. */
const WORDS: Readonly<Record<string, string>> = {
	dx: 'diagnosis',
	dos: 'date of service',
	authorisation: 'authorization',
	timley: 'timely',
	deductable: 'deductible',
	recieved: 'received',
	eligable: 'eligible',
	doesnt: 'does not',
	dont: 'do not',
	isnt: 'is not',
	wont: 'will not',
	cant: 'cannot',
};

/** Word pairs where one word is misspelled as another real word: "timely filling" means filing. */
const PAIRS: readonly [RegExp, string][] = [[/\btimely fill?ing\b/g, 'timely filing']];

function rewriteWords(term: string): string {
	let out = term
		.toLowerCase()
		.split(/\s+/)
		.map((w) => WORDS[w] ?? w)
		.join(' ');
	for (const [pattern, replacement] of PAIRS) out = out.replace(pattern, replacement);
	return out;
}

export function normaliseSearchTerm(term: string): string {
	const { group, code } = normaliseCode(term);
	if (group) return `${group}${code}`;
	if (matchesSet(setFor('remark').id, code)) return code;
	return rewriteWords(term.trim());
}
