/**
 * The site's Content-Security-Policy. Same origin only: no third-party
 * origin can load scripts, styles, images, fonts or receive requests.
 *
 * 'unsafe-inline' is needed for Starlight's own inline theme script and its
 * style attributes, which Astro's hashing does not cover. The letter filler
 * never inserts user input as HTML (text nodes only, escaped for rich copy),
 * which the property and browser tests check. 'wasm-unsafe-eval' lets
 * Pagefind run its WebAssembly search. form-action 'none' means no form can
 * ever submit typed data anywhere.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
] as const;

/** The policy for the <meta> tag on every page. */
export const CSP_POLICY = CSP_DIRECTIVES.join('; ');

/** The header form adds what only a header can carry. */
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The _headers file (Netlify, Cloudflare Pages and compatible hosts). */
export function renderHeadersFile(): string {
	return [
		'/*',
		`  Content-Security-Policy: ${CSP_HEADER}`,
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
