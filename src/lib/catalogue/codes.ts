/**
 * Code normalisation: slugs, display forms, aliases, typed spellings and
 * natural ordering. Shared by build-time validation, pages, the scripts and
 * the browser (go-to box, search, decoder).
 */
import { GROUP_CODE_ALTERNATION, type GroupCodeId } from '../guidance/group-codes.ts';
import { getCodeSet, setFor, type CodeSetId } from './code-sets.ts';

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

// displayCode lives apart (display-code.ts, re-exported by code-sets.ts), so the letter filler's bundle carries neither this module nor code-sets.ts.
export { displayCode } from './code-sets.ts';

/**
 * The key two spellings of a code share: upper case, without spaces, hyphens,
 * dots or underscores. "co 16", "CO-16" and "co16" all give "CO16".
 */
export function aliasKey(spelling: string): string {
	return spelling.toUpperCase().replace(/[\s\-_.:/]+/g, '');
}

/** Remark codes MA01–MA09 are written with a zero, which people often drop: "MA1" → "MA01". */
export function padRemark(code: string): string {
	const short = /^MA(\d)$/.exec(code);
	return short ? `MA0${short[1]}` : code;
}

/** A typed code read apart: the group code in front of a reason code, if any, and the code. */
export interface TypedCode {
	group?: GroupCodeId;
	code: string;
}

const SET_WORDS = /^(?:CARC|RARC|CODE)/;
const GROUPED_REASON = new RegExp(`^(${GROUP_CODE_ALTERNATION})(${setFor('reason').codeBody})$`);

/**
 * Read what a person typed as a code: upper case, without spaces, hyphens and
 * the words CARC, RARC or CODE, with a group code in front of a reason code
 * split off ("co-16" → CO + 16, "OA 18" → OA + 18) and the dropped zero of
 * MA01–MA09 restored. The one place typed spellings are normalised: the go-to
 * box, search, the decoder and the scaffolder all call it. It does not say
 * whether the code exists; callers check the facts or the code map.
 */
export function normaliseCode(input: string): TypedCode {
	const key = aliasKey(input).replace(SET_WORDS, '');
	const grouped = GROUPED_REASON.exec(key);
	if (grouped) return { group: grouped[1] as GroupCodeId, code: grouped[2]! };
	return { code: padRemark(key) };
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
	const role = getCodeSet(entry.set)?.role;
	if (role === 'reason') {
		for (const group of entry.groupCodes ?? []) {
			out.push(`${group}-${entry.code}`, `${group}${entry.code}`, `${group} ${entry.code}`);
		}
	}
	if (role === 'remark') {
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
		.map((s) =>
			s
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, ''),
		)
		.filter((s) => s !== '');
	return [...new Set(slugs)].filter((s) => s !== slugFor(entry.set, entry.code));
}
