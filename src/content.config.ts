import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { codeEntrySchema } from './lib/schema/code-entry.ts';
import { tolerantInDev } from './integrations/dev-content.ts';

export const collections = {
	/** Starlight's own pages: home, about, guides. */
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/** Overrides of Starlight's interface strings (src/content/i18n/en.json). */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/**
	 * One MDX entry per code, src/content/codes/<set>-<code>.mdx. In dev an invalid entry does not stop the sync:
	 * its page lists its problems instead (src/integrations/dev-content.ts); builds refuse it.
	 */
	codes: defineCollection({
		loader: tolerantInDev(glob({ pattern: '*.mdx', base: './src/content/codes' })),
		schema: codeEntrySchema,
	}),
};
