/**
 * Checks on a deployed copy of the site, over HTTP: security headers (as
 * dist/_headers sets them), the CSP meta tag every page carries, cache rules
 * for hashed assets, an alias redirect, a directory URL without its slash,
 * and the 404 page. Used by `npm run deploy:check -- https://site`.
 */
import { parsePolicy } from '../../src/lib/site/csp.ts';

export interface CheckResult {
	name: string;
	ok: boolean;
	detail: string;
	/** A warning does not fail the run (for example, a host that ignores _headers but has the meta-tag fallback). */
	warning?: boolean;
}

interface Fetched {
	status: number;
	headers: Headers;
	body: string;
	location: string | null;
}

async function get(base: string, path: string, timeoutMs: number): Promise<Fetched> {
	const response = await fetch(new URL(path, base), { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
	return {
		status: response.status,
		headers: response.headers,
		body: await response.text(),
		location: response.headers.get('location'),
	};
}

const metaCsp = (html: string) =>
	/<meta\s[^>]*http-equiv="content-security-policy"[^>]*content="([^"]*)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'");

export async function checkDeployment(base: string, options: { timeoutMs?: number } = {}): Promise<CheckResult[]> {
	const timeoutMs = options.timeoutMs ?? 15_000;
	const results: CheckResult[] = [];
	const add = (name: string, ok: boolean, detail: string, warning = false) =>
		results.push({ name, ok, detail, ...(warning ? { warning } : {}) });

	const home = await get(base, '/', timeoutMs);
	add('home page answers 200', home.status === 200, `GET / → ${home.status}`);
	const meta = metaCsp(home.body);
	add(
		'pages carry a CSP meta tag without unsafe-inline scripts',
		Boolean(meta) &&
			!parsePolicy(meta ?? '')
				.get('script-src')
				?.includes("'unsafe-inline'"),
		meta ? 'meta tag present' : 'no <meta http-equiv="content-security-policy"> on /',
	);

	const header = home.headers.get('content-security-policy');
	if (header) {
		const policy = parsePolicy(header);
		add(
			'Content-Security-Policy header: no unsafe-inline in script-src',
			!policy.get('script-src')?.includes("'unsafe-inline'"),
			`script-src ${policy.get('script-src')?.slice(0, 3).join(' ') ?? '(missing)'} …`,
		);
		add(
			"Content-Security-Policy header: frame-ancestors 'none'",
			policy.get('frame-ancestors')?.join(' ') === "'none'",
			`frame-ancestors ${policy.get('frame-ancestors')?.join(' ') ?? '(missing)'}`,
		);
	} else {
		add(
			'Content-Security-Policy header',
			false,
			'not sent: the host ignores dist/_headers. The meta tag still applies the policy, but frame-ancestors (clickjacking) cannot be set by a meta tag; configure the headers (docs/deploy.md)',
			true,
		);
	}
	for (const [name, value] of [
		['x-content-type-options', 'nosniff'],
		['referrer-policy', 'no-referrer'],
	] as const) {
		const got = home.headers.get(name);
		add(
			`${name}: ${value}`,
			got === value,
			got ? `${name}: ${got}` : `${name} not sent (docs/deploy.md shows how to set it)`,
			got === null,
		);
	}

	const asset = /\/_astro\/[\w.-]+\.(?:js|css)/.exec(home.body)?.[0];
	if (asset) {
		const cache = (await get(base, asset, timeoutMs)).headers.get('cache-control') ?? '';
		add(
			'hashed assets are cached for a year, immutable',
			/max-age=31536000/.test(cache) && /immutable/.test(cache),
			`${asset}: cache-control ${cache || '(none)'}`,
			cache === '',
		);
	} else add('hashed assets are cached for a year, immutable', false, 'no /_astro/ asset linked from /');

	const page = await get(base, '/codes/carc-16/', timeoutMs);
	add('a code page answers 200', page.status === 200, `GET /codes/carc-16/ → ${page.status}`);

	const alias = await get(base, '/codes/co-16/', timeoutMs);
	const aliasTarget =
		alias.status >= 300 && alias.status < 400
			? alias.location
			: (/data-redirect="([^"]+)"/.exec(alias.body)?.[1] ??
				/http-equiv="refresh" content="0; url=([^"]+)"/.exec(alias.body)?.[1]);
	add(
		'an alias redirects to its code page',
		aliasTarget !== undefined && aliasTarget !== null && new URL(aliasTarget, base).pathname === '/codes/carc-16/',
		`GET /codes/co-16/ → ${alias.status}${aliasTarget ? `, to ${aliasTarget}` : ', no redirect found'}`,
	);

	const bare = await get(base, '/codes', timeoutMs);
	const bareOk =
		(bare.status >= 300 &&
			bare.status < 400 &&
			bare.location !== null &&
			new URL(bare.location, base).pathname === '/codes/') ||
		bare.status === 200;
	add(
		'a directory URL without its slash reaches the page',
		bareOk,
		`GET /codes → ${bare.status}${bare.location ? `, to ${bare.location}` : ''}`,
	);

	const missing = await get(base, '/codes/no-such-code-zz9/', timeoutMs);
	add(
		"a missing page answers 404 with the site's 404 page",
		missing.status === 404 && /Page not found/.test(missing.body),
		`GET /codes/no-such-code-zz9/ → ${missing.status}${/Page not found/.test(missing.body) ? ', the site’s 404 page' : ', not the site’s 404 page'}`,
	);
	return results;
}
