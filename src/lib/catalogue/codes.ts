/**
 * Code normalisation: slugs, display forms, aliases and natural ordering.
 * Shared by build-time validation, pages and (later) the browser.
 */
import { getCodeSet, type CodeSetId } from './code-sets.ts';

/** The URL slug of an entry: `carc-16`, `rarc-ma130`, `payer-ccm31`. */
export function slugFor(set: string, code: string): string {
	const tail = code
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${set}-${tail}`;
}

/** The canonical path of an entry's page. */
export function codePath(set: string, code: string): string {
	return `/codes/${slugFor(set, code)}/`;
}

/** How a code is named in headings and letters: "CARC 16", "RARC N130", "CCM31". */
export function displayCode(set: string, code: string): string {
	const prefix = getCodeSet(set)?.displayPrefix ?? '';
	return prefix ? `${prefix} ${code}` : code;
}

/**
 * The key two spellings of a code share: upper case, without spaces, hyphens,
 * dots or underscores. "co 16", "CO-16" and "co16" all give "CO16".
 */
export function aliasKey(spelling: string): string {
	return spelling.toUpperCase().replace(/[\s\-_.:/]+/g, '');
}

export interface AliasSource {
	set: CodeSetId | string;
	code: string;
	groupCodes?: readonly string[] | undefined;
	aliases?: readonly string[] | undefined;
}

/**
 * Every spelling a person might type for a code, most useful first, without
 * duplicates. For a CARC that is each allowed group code joined to the reason
 * code three ways (CO-16, CO16, CO 16); for a RARC the letters apart from the
 * number (N 130). Hand-added aliases come last.
 */
export function deriveAliases(entry: AliasSource): string[] {
	const out: string[] = [];
	if (entry.set === 'carc') {
		for (const group of entry.groupCodes ?? []) {
			out.push(`${group}-${entry.code}`, `${group}${entry.code}`, `${group} ${entry.code}`);
		}
	}
	if (entry.set === 'rarc') {
		const match = /^([A-Z]+)(\d+)$/.exec(entry.code);
		if (match) out.push(`${match[1]} ${match[2]}`, `${match[1]}-${match[2]}`);
	}
	out.push(...(entry.aliases ?? []));
	const seen = new Set<string>([entry.code]);
	return out.filter((alias) => {
		if (seen.has(alias)) return false;
		seen.add(alias);
		return true;
	});
}

/** Split a code into its letter prefix and number for natural ordering. */
function sortKey(code: string): [string, number, string] {
	const match = /^([A-Z]*)(\d*)(.*)$/i.exec(code);
	const [, letters = '', digits = '', rest = ''] = match ?? [];
	return [letters.toUpperCase(), digits === '' ? -1 : Number(digits), rest];
}

/** Natural order: 1, 2, 10, 100, A1, B2, B10, MA1, N1, N10. */
export function compareCodes(a: string, b: string): number {
	const [la, na, ra] = sortKey(a);
	const [lb, nb, rb] = sortKey(b);
	if (la !== lb) return la < lb ? -1 : 1;
	if (na !== nb) return na - nb;
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/**
 * The extra URL segments under /codes/ that redirect to an entry's page: the
 * bare code and every derived or hand-added alias, lower case, URL-safe
 * (/codes/16/, /codes/co-16/, /codes/co16/, /codes/n130/). Other spellings
 * and letter cases are resolved by the 404 page through the code map.
 */
export function redirectSlugs(entry: AliasSource): string[] {
	const slugs = [entry.code, ...deriveAliases(entry)]
		.map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
		.filter((s) => s !== '');
	return [...new Set(slugs)].filter((s) => s !== slugFor(entry.set, entry.code));
}
