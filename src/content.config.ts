import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { codeEntrySchema } from './lib/schema/code-entry.ts';

export const collections = {
	/** Starlight's own pages: home, about, guides. */
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/** Overrides of Starlight's interface strings (src/content/i18n/en.json). */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/** One MDX entry per code, src/content/codes/<set>-<code>.mdx. */
	codes: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './src/content/codes' }),
		schema: codeEntrySchema,
	}),
};
