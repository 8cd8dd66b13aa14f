/** /api/codes.json: every published code, summarised. */
import type { APIRoute } from 'astro';
import { getPublishedCodes } from '../../lib/catalogue/collection.ts';
import { summarise } from '../../lib/catalogue/api.ts';

export const GET: APIRoute = async ({ site }) => {
	const entries = await getPublishedCodes();
	const origin = site?.href ?? 'http://localhost/';
	return new Response(
		JSON.stringify({ count: entries.length, codes: entries.map((e) => summarise(e.data, origin)) }, null, 1),
		{
			headers: { 'content-type': 'application/json; charset=utf-8' },
		},
	);
};
