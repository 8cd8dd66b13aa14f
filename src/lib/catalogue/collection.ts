/**
 * Build-time access to the published catalogue: the entries Astro loaded,
 * minus drafts in production, in natural code order, with lookups.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CODE_SETS } from './code-sets.ts';
import { codePath, compareCodes, slugFor } from './codes.ts';

export type CodeCollectionEntry = CollectionEntry<'codes'>;

export async function getPublishedCodes(): Promise<CodeCollectionEntry[]> {
	const entries = await getCollection('codes', ({ data }) => (import.meta.env.PROD ? !data.draft : true));
	const setOrder = CODE_SETS.map((s) => s.id as string);
	return entries.sort(
		(a, b) => setOrder.indexOf(a.data.set) - setOrder.indexOf(b.data.set) || compareCodes(a.data.code, b.data.code),
	);
}

/** Map of `set:code` → canonical path, for linking related codes that have pages. */
export function pathIndex(entries: readonly CodeCollectionEntry[]): Map<string, string> {
	return new Map(entries.map((e) => [`${e.data.set}:${e.data.code}`, codePath(e.data.set, e.data.code)]));
}

export function entrySlug(entry: CodeCollectionEntry): string {
	return slugFor(entry.data.set, entry.data.code);
}
