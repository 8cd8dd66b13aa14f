import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { codeEntrySchema } from './lib/schema/code-entry.ts';

export const collections = {
	/** Starlight's own pages: home, about, guides. */
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/** One MDX entry per code, src/content/codes/<set>-<code>.mdx. */
	codes: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './src/content/codes' }),
		schema: codeEntrySchema,
	}),
};
