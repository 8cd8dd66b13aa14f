/**
 * Writes dist/_headers (security headers for static hosts) after each build.
 * First each page's policy is trimmed to the hashes of the inline scripts and
 * styles that page carries (src/lib/site/csp-trim.ts). The header's
 * Content-Security-Policy is then read from the pages themselves: the union of
 * the policies Astro wrote into every page, plus frame-ancestors, so the
 * header and the meta tags can never disagree. The build fails if a page has
 * no policy or allows inline script.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, metaPolicy, parsePolicy, renderHeadersFile } from '../lib/site/csp.ts';
import { trimPagePolicy } from '../lib/site/csp-trim.ts';

/** Trim every built page's CSP meta tag to the hashes of what the page carries inline; returns the pages rewritten. */
export function trimPagePolicies(dist: string): number {
	let rewritten = 0;
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const html = readFileSync(join(dist, file), 'utf8');
		const trimmed = trimPagePolicy(html);
		if (trimmed === html) continue;
		writeFileSync(join(dist, file), trimmed);
		rewritten++;
	}
	return rewritten;
}

export function pagePolicies(dist: string): { file: string; policy: string | undefined }[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, policy: metaPolicy(readFileSync(join(dist, file), 'utf8')) }));
}

export function staticHeaders(): AstroIntegration {
	return {
		name: 'denial-atlas:static-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const dist = fileURLToPath(dir);
				trimPagePolicies(dist);
				const pages = pagePolicies(dist);
				const missing = pages.filter((p) => !p.policy).map((p) => p.file);
				if (missing.length)
					throw new Error(
						`${missing.length} page(s) have no Content-Security-Policy meta tag: ${missing.slice(0, 5).join(', ')}`,
					);
				const unsafe = pages
					.filter((p) => parsePolicy(p.policy!).get('script-src')?.includes("'unsafe-inline'"))
					.map((p) => p.file);
				if (unsafe.length)
					throw new Error(`${unsafe.length} page(s) allow 'unsafe-inline' scripts: ${unsafe.slice(0, 5).join(', ')}`);
				writeFileSync(join(dist, '_headers'), renderHeadersFile(mergePolicies(pages.map((p) => p.policy!))));
			},
		},
	};
}
