/** What astro.config.mjs promises about the build: conflicts fail it, and the CSP it asks Astro for. */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { CSP_DIRECTIVES, mergePolicies, metaPolicy, parsePolicy, renderHeadersFile } from '../../src/lib/site/csp.ts';
import { cspHash, inlineScriptBodies } from '../../src/lib/site/inline-scripts.ts';
import { trimPagePolicy } from '../../src/lib/site/csp-trim.ts';

describe('astro.config.mjs', () => {
	it('fails the build when two routes would write the same page', () => {
		expect(config.prerenderConflictBehavior).toBe('error');
	});
	it("turns on Astro's CSP with no 'unsafe-inline' for scripts, and hashes for the inline scripts Starlight writes", () => {
		const csp = config.security?.csp;
		expect(typeof csp).toBe('object');
		if (typeof csp !== 'object') return;
		expect(csp.scriptDirective?.resources).not.toContain("'unsafe-inline'");
		// The theme script, the theme picker update and the search shortcut label (the sidebar's state restore is left
		// out by src/components/Sidebar.astro); the build test checks every page's inline scripts are covered.
		expect(csp.scriptDirective?.hashes?.length).toBeGreaterThanOrEqual(3);
		expect(csp.directives).toEqual([...CSP_DIRECTIVES]);
	});
});

describe('CSP helpers', () => {
	it('reads inline script bodies from a component and hashes them as browsers do', () => {
		expect(
			inlineScriptBodies(
				'<p>x</p><script is:inline>a()</script><script>b()</script><script is:inline aria-hidden="true">\n\tc()\n</script>',
			),
		).toEqual(['a()', '\n\tc()\n']);
		// The well-known SHA-256 of the empty string.
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});
	it('merges page policies into one header that allows what each page allows', () => {
		const merged = parsePolicy(
			mergePolicies(["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b';"]),
		);
		expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
		expect(renderHeadersFile("script-src 'self'")).toMatch(
			/Content-Security-Policy: script-src 'self'; frame-ancestors 'none'\n/,
		);
	});
});

describe('page policy trimming', () => {
	const policy = (scripts: string, styles: string) =>
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scripts}; style-src 'self' ; style-src-elem 'self' ${styles}; style-src-attr 'unsafe-inline';">`;
	const run = cspHash('run()');
	const other = cspHash('other()');
	const style = cspHash('p{color:red}');
	const empty = cspHash('');
	it('keeps only the hashes of the inline scripts and styles the page carries, and every other source', () => {
		const html = `<head>${policy(`'${run}' '${other}' '${empty}'`, `'${style}' '${empty}'`)}<script>run()</script><script type="module" src="/_astro/a.js"></script><script type="application/json">{"x":1}</script></head>`;
		const trimmed = parsePolicy(metaPolicy(trimPagePolicy(html))!);
		expect(trimmed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${run}'`]);
		expect(trimmed.get('style-src-elem')).toEqual(["'self'"]);
		expect(trimmed.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(trimmed.get('default-src')).toEqual(["'self'"]);
	});
	it('keeps the hash of an inline <style> on the page, and never adds a hash the policy did not list', () => {
		const html = `${policy(`'${other}'`, `'${style}'`)}<style>p{color:red}</style><script>run()</script>`;
		const trimmed = parsePolicy(metaPolicy(trimPagePolicy(html))!);
		expect(trimmed.get('style-src-elem')).toEqual(["'self'", `'${style}'`]);
		expect(trimmed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	});
	it('leaves a page without a policy as it is', () => {
		expect(trimPagePolicy('<p>no policy</p><script>run()</script>')).toBe('<p>no policy</p><script>run()</script>');
	});
});
