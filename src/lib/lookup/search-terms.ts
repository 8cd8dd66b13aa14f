/**
 * Search-term normalisation for code queries. People type a code many ways:
 * "CO-16", "co16", "CO 16", "n 130". Pages index every alias spelling, so a
 * code query is rewritten to the canonical alias forms that pages carry.
 */

const GROUP_CARC = /^\s*(co|pr|oa|pi|cr)[\s\-_]*([a-z]?\d{1,3})\s*$/i;
const REMARK = /^\s*(ma|m|n)[\s\-_]*(\d{1,4})\s*$/i;

export function normaliseSearchTerm(term: string): string {
	const group = GROUP_CARC.exec(term);
	if (group) return `${group[1]!.toUpperCase()}${group[2]!.toUpperCase()}`;
	const remark = REMARK.exec(term);
	if (remark) return `${remark[1]!.toUpperCase()}${remark[2]}`;
	return term;
}
