/** /api/codes/<slug>.json: one code's full entry, its explanation and its letter. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entrySlug, getPublishedCodes, type CodeCollectionEntry } from '../../../lib/catalogue/collection.ts';
import { fullEntry } from '../../../lib/catalogue/api.ts';

export const getStaticPaths = (async () => {
	const entries = await getPublishedCodes();
	return entries.map((entry) => ({ params: { slug: entrySlug(entry) }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CodeCollectionEntry }> = ({ props, site }) =>
	new Response(
		JSON.stringify(fullEntry(props.entry.data, props.entry.body ?? '', site?.href ?? 'http://localhost/'), null, 1),
		{
			headers: { 'content-type': 'application/json; charset=utf-8' },
		},
	);
