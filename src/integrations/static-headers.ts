/** Writes dist/_headers (security headers for static hosts) from src/lib/site/csp.ts after each build. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../lib/site/csp.ts';

export function staticHeaders(): AstroIntegration {
	return {
		name: 'denial-atlas:static-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(fileURLToPath(new URL('_headers', dir)), renderHeadersFile());
			},
		},
	};
}
