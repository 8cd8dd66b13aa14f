/**
 * "Go to code": turn whatever a person typed into the page of that code,
 * using the small code map built with the site (/api/code-map.json).
 */
import { setFor } from '../catalogue/code-sets.ts';
import { aliasKey, normaliseCode } from '../catalogue/codes.ts';

/** aliasKey(code) → slug, e.g. { "16": "carc-16", "N130": "rarc-n130", "CCM31": "payer-ccm31" }. */
export type CodeMap = Readonly<Record<string, string>>;

export interface CodeMapSource {
	set: string;
	code: string;
	aliases?: readonly string[] | undefined;
	slug: string;
}

export function buildCodeMap(entries: readonly CodeMapSource[]): Record<string, string> {
	const map: Record<string, string> = {};
	for (const e of entries) {
		map[aliasKey(e.code)] = e.slug;
		for (const alias of e.aliases ?? []) map[aliasKey(alias)] ??= e.slug;
	}
	return map;
}

/** The slug for a typed code, or undefined when it is not in the catalogue. */
export function resolveCode(input: string, map: CodeMap): string | undefined {
	const key = aliasKey(input);
	if (key === '') return undefined;
	// The exact spelling first: hand-added aliases and payer codes with hyphens.
	if (map[key]) return map[key];
	const { group, code } = normaliseCode(input);
	const slug = map[code];
	// A group code only goes in front of a reason code: CO16, PR-1, OA 18.
	if (group) return slug?.startsWith(`${setFor('reason').id}-`) ? slug : undefined;
	return slug;
}
