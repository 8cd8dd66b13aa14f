import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { codeEntrySchema } from './lib/schema/code-entry.ts';
import { tolerantInDev } from './integrations/dev-content.ts';

export const collections = {
	/** Starlight's own pages: home, about, guides. */
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/**
	 * One MDX entry per code, src/content/codes/<set>-<code>.mdx. In dev an invalid entry does not stop the sync:
	 * its page lists its problems instead (src/integrations/dev-content.ts); builds refuse it.
	 */
	codes: defineCollection({
		loader: tolerantInDev(glob({ pattern: '*.mdx', base: './src/content/codes' })),
		schema: codeEntrySchema,
	}),
};
