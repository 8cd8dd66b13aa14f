/**
 * Each page's policy lists only the hashes of the inline scripts and styles that page carries.
 *
 * Astro writes one list of hashes into every page: the inline scripts of the whole site, but also the hash of every
 * bundled script file (already allowed by 'self': we never inline bundled scripts), its island and client-directive
 * scripts (the site has no islands) and its island styles. On a code page eight of the eleven script hashes and both
 * style hashes allowed nothing the page runs, and cost about 0.4 KB of gzip HTML each. Trimming removes sources from
 * the policy and never adds one, so a page allows strictly less than before; the build test still checks that every
 * inline script and style on every page is covered.
 */
import { cspHash } from './inline-scripts.ts';

/** Directives whose hashes allow inline elements: scripts, and <style> elements. */
const HASHED: Record<string, 'script' | 'style'> = {
	'script-src': 'script',
	'script-src-elem': 'script',
	'style-src': 'style',
	'style-src-elem': 'style',
};

/** The hashes of the inline scripts (not JSON data, not empty) and inline <style> elements of a page. */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
	const script = new Set<string>();
	const style = new Set<string>();
	for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
		const attrs = m[1] ?? '';
		if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs) || m[2] === '') continue;
		script.add(cspHash(m[2]!));
	}
	for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)) style.add(cspHash(m[2]!));
	return { script, style };
}

const META = /(<meta\s[^>]*http-equiv="content-security-policy"[^>]*\scontent=")([^"]*)(")/i;
const HASH_SOURCE = /^(?:'|&#39;)(sha(?:256|384|512)-[A-Za-z0-9+/=_-]+)(?:'|&#39;)$/;

/** The page with its CSP meta tag listing only the hashes of what it carries inline (unchanged without a tag). */
export function trimPagePolicy(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const present = inlineHashes(html);
	const content = meta[2]!
		.split(';')
		.map((part) => {
			const tokens = part.trim().split(/\s+/).filter(Boolean);
			const kind = HASHED[tokens[0]?.toLowerCase() ?? ''];
			if (!kind) return part;
			return tokens
				.filter((token, i) => {
					const hash = i > 0 && HASH_SOURCE.exec(token)?.[1];
					return !hash || present[kind].has(hash);
				})
				.join(' ');
		})
		.join(';');
	return html.slice(0, meta.index) + meta[1] + content + meta[3] + html.slice(meta.index + meta[0].length);
}
