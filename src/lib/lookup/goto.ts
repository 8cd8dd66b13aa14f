/**
 * "Go to code": turn whatever a person typed into the page of that code,
 * using the small code map built with the site (/api/code-map.json).
 */
import { aliasKey } from '../catalogue/codes.ts';

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
	let key = aliasKey(input).replace(/^(?:CARC|RARC|CODE)/, '');
	if (key === '') return undefined;
	if (map[key]) return map[key];
	// A group code in front of a reason code: CO16, PR-1, OA 18.
	const grouped = /^(?:CO|PR|OA|PI|CR)(.+)$/.exec(key);
	if (grouped && map[grouped[1]!]?.startsWith('carc-')) return map[grouped[1]!];
	// Remark codes MA01–MA09 are written with a zero; people often drop it.
	const short = /^(MA)(\d)$/.exec(key);
	if (short) key = `${short[1]}0${short[2]}`;
	return map[key];
}

/**
 * The code a missing /codes/<something>/ address asks for, decoded, or
 * undefined for any other path. A malformed escape (/codes/%E0%A4%A/) is
 * taken as typed instead of throwing.
 */
export function codeFromMissingPath(pathname: string): string | undefined {
	const match = /^\/codes\/([^/]+)\/?$/.exec(pathname);
	if (!match) return undefined;
	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return match[1]!;
	}
}
