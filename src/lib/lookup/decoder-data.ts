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
	resolution: {
		routes: readonly string[];
		byPayer?: Partial<Record<string, { routes: readonly string[] } | undefined>> | undefined;
		byGroup?: Partial<Record<string, { routes: readonly string[] } | undefined>> | undefined;
		barsPatientBilling?: true | undefined;
	};
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
			// Routes that differ by group code or payer type: only the route ids, the page holds the why.
			const only = (o: PageSource['resolution']['byGroup']) =>
				Object.fromEntries(Object.entries(o ?? {}).flatMap(([k, c]) => (c ? [[k, [...c.routes]]] : [])));
			if (e.resolution.byGroup) info.byGroup = only(e.resolution.byGroup);
			if (e.resolution.byPayer) info.byPayer = only(e.resolution.byPayer);
			if (e.resolution.barsPatientBilling) info.barsPatient = true;
			if (e.set === 'carc' && carc[e.code]?.onlyGroups && e.usageNotes?.length) info.usage = [...e.usageNotes];
			return [`${e.set}:${e.code}`, info];
		}),
	);
}
