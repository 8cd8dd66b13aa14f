/** /api/code-map.json: code → slug (null: official code without a page), for "Go to code", search's best match and the 404 page. */
import type { APIRoute } from 'astro';
import { entrySlug, getPublishedCodes } from '../../lib/catalogue/collection.ts';
import { buildCodeMap } from '../../lib/lookup/goto.ts';
import { CODE_LISTS } from '../../lib/facts/facts.ts';

export const GET: APIRoute = async () => {
	const entries = await getPublishedCodes();
	const map = buildCodeMap(
		entries.map((e) => ({ set: e.data.set, code: e.data.code, aliases: e.data.aliases, slug: entrySlug(e) })),
		Object.fromEntries(Object.entries(CODE_LISTS).map(([set, list]) => [set, Object.keys(list?.codes ?? {})])),
	);
	return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
