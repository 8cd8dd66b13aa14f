/**
 * Search-term normalisation for code queries. People type a code many ways:
 * "CO-16", "co16", "CO 16", "n 130". Pages index every alias spelling, so a
 * code query is rewritten to the canonical alias forms that pages carry
 * ("CO16", "N130"); any other query is left as it is.
 */
import { matchesSet, setFor } from '../catalogue/code-sets.ts';
import { normaliseCode } from '../catalogue/codes.ts';

export function normaliseSearchTerm(term: string): string {
	const { group, code } = normaliseCode(term);
	if (group) return `${group}${code}`;
	if (matchesSet(setFor('remark').id, code)) return code;
	return term;
}
