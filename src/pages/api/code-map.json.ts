/** /api/code-map.json: code → slug, for "Go to code" and the 404 page's alias lookup. */
import type { APIRoute } from 'astro';
import { entrySlug, getPublishedCodes } from '../../lib/catalogue/collection.ts';
import { buildCodeMap } from '../../lib/lookup/goto.ts';

export const GET: APIRoute = async () => {
	const entries = await getPublishedCodes();
	const map = buildCodeMap(entries.map((e) => ({ set: e.data.set, code: e.data.code, aliases: e.data.aliases, slug: entrySlug(e) })));
	return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
