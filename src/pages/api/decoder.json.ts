/** /api/decoder.json: what the remittance decoder needs — official code facts and the pages we have (every route, most likely first). */
import type { APIRoute } from 'astro';
import { getPublishedCodes } from '../../lib/catalogue/collection.ts';
import { CODE_LISTS } from '../../lib/facts/facts.ts';
import { decoderPages } from '../../lib/lookup/decoder-data.ts';

export const GET: APIRoute = async () => {
	const entries = await getPublishedCodes();
	const pages = decoderPages(
		entries.map((e) => e.data),
		CODE_LISTS.carc!.codes,
	);
	return new Response(JSON.stringify({ carc: CODE_LISTS.carc!.codes, rarc: CODE_LISTS.rarc!.codes, pages }), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
