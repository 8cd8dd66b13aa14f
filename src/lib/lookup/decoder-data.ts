/**
 * What /api/decoder.json serves for each published page: title, every route
 * (most likely first), slug, whether it has a letter, and — for reason codes
 * whose official text limits the group codes — the entry's usage notes.
 * Pure, so the unit tests build the same data from the entry files.
 */
import { slugFor } from '../catalogue/codes.ts';
import type { CodeFacts } from '../facts/code-list-facts.ts';
import type { PageInfo } from './workbench.ts';

export interface PageSource {
	set: string;
	code: string;
	title: string;
	resolution: { routes: readonly string[] };
	appeal?: unknown;
	usageNotes?: readonly string[];
}

export function decoderPages(
	entries: readonly PageSource[],
	carc: Readonly<Record<string, CodeFacts>>,
): Record<string, PageInfo> {
	return Object.fromEntries(
		entries.map((e) => {
			const info: PageInfo = {
				title: e.title,
				route: e.resolution.routes[0]!,
				routes: [...e.resolution.routes],
				slug: slugFor(e.set, e.code),
				letter: Boolean(e.appeal),
			};
			if (e.set === 'carc' && carc[e.code]?.onlyGroups && e.usageNotes?.length) info.usage = [...e.usageNotes];
			return [`${e.set}:${e.code}`, info];
		}),
	);
}
