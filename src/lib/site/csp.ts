/**
 * The site's Content-Security-Policy. Same origin only: no third-party origin
 * can load scripts, styles, images or fonts, or receive requests.
 *
 * Astro writes the policy into every page (`security.csp` in
 * astro.config.mjs): script-src and style-src-elem list 'self' and the hash of
 * each inline script and style on the page, so no other inline script can run
 * ('unsafe-inline' is not allowed for scripts). 'wasm-unsafe-eval' lets
 * Pagefind run its WebAssembly search. form-action 'none' means no form can
 * ever submit typed data anywhere.
 *
 * One exception, for style attributes only (style-src-attr 'unsafe-inline'):
 * Starlight sets CSS custom properties through style="" on its icons, table of
 * contents entries and selects (--sl-icon-size, --depth, --sl-select-width).
 * Attributes cannot be hashed without 'unsafe-hashes' and one hash per value,
 * and a style attribute cannot run script; <style> elements stay hash-only.
 */

/** Directives beyond script-src and style-src, which Astro writes with the page's hashes. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
] as const;

/** script-src sources besides hashes. Never 'unsafe-inline'. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources: <style> and stylesheets by hash or from the site; style attributes (Starlight's custom properties) allowed. */
export const STYLE_RESOURCES = [
	{ resource: "'self'", kind: 'element' },
	{ resource: "'unsafe-inline'", kind: 'attribute' },
] as const;

/** A policy as directive name → sources. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function formatPolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy that allows what each of the pages' policies allows (for a header shared by every page). */
export function mergePolicies(policies: readonly string[]): string {
	const merged: Policy = new Map();
	for (const text of policies) {
		for (const [name, sources] of parsePolicy(text)) {
			const list = merged.get(name) ?? [];
			for (const source of sources) if (!list.includes(source)) list.push(source);
			merged.set(name, list);
		}
	}
	return formatPolicy(merged);
}

/** The header form adds what only a header can carry. */
export function headerPolicy(pagesPolicy: string): string {
	return `${pagesPolicy}; frame-ancestors 'none'`;
}

/** The _headers file (Netlify, Cloudflare Pages and compatible hosts), from the policy every page allows. */
export function renderHeadersFile(pagesPolicy: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${headerPolicy(pagesPolicy)}`,
		'  Referrer-Policy: no-referrer',
		'  X-Content-Type-Options: nosniff',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=()',
		'',
		// Hashed file names never change content: cache them for a year.
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}

/** The policy in a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
	const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
	return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
