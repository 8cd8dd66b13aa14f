/**
 * Smaller Pagefind index chunks, so the first query fetches less (issue 16).
 *
 * Pagefind splits its word index into chunks of about 20,000 word positions, in word order, and a
 * query fetches the chunk that holds each of its words. A chunk closes only after the word that
 * takes it over the limit, so a rare word is fetched together with the words around it: "co16"
 * arrived with "code" (37 KB gzip), "timely" with "to". With chunks of 2,500 positions a code query
 * fetches a few kilobytes and a phrase about half as much as before; the metadata that lists the
 * chunks grows by about 2 KB, fetched once. Measured with `npm run bench -- --search-only`.
 *
 * Pagefind 1.6 reads the chunk size only from the environment variable below (its own tests set it;
 * it is not in its documented options), so this integration sets it before Starlight runs Pagefind at
 * the end of the build. A value already in the environment wins, to compare sizes. If an upgrade
 * drops the variable, tests/build/search-index.test.ts fails rather than the index silently growing.
 */
import type { AstroIntegration } from 'astro';

export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
/** Word positions per index chunk (Pagefind's default is 20,000). */
export const INDEX_CHUNK_SIZE = 2500;

export function pagefindIndexChunks(): AstroIntegration {
	return {
		name: 'denial-atlas:pagefind-index-chunks',
		hooks: {
			'astro:build:start': () => {
				process.env[CHUNK_SIZE_VARIABLE] ??= String(INDEX_CHUNK_SIZE);
			},
		},
	};
}
