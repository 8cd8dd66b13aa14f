/** /api/decoder.json: what the remittance decoder needs — official code facts and the pages we have. */
import type { APIRoute } from 'astro';
import { entrySlug, getPublishedCodes } from '../../lib/catalogue/collection.ts';
import { CODE_LISTS } from '../../lib/facts/facts.ts';

export const GET: APIRoute = async () => {
	const entries = await getPublishedCodes();
	const pages = Object.fromEntries(
		entries.map((e) => [
			`${e.data.set}:${e.data.code}`,
			{ title: e.data.title, route: e.data.resolution.routes[0], slug: entrySlug(e), letter: Boolean(e.data.appeal) },
		]),
	);
	return new Response(JSON.stringify({ carc: CODE_LISTS.carc!.codes, rarc: CODE_LISTS.rarc!.codes, pages }), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
