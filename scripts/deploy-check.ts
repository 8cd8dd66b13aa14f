#!/usr/bin/env node
/**
 * Check a deployed copy of the site: `npm run deploy:check -- https://site`.
 * Exits 1 if a check fails (warnings do not fail it), 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { checkDeployment } from './lib/deploy-check.ts';

const USAGE = `Usage: npm run deploy:check -- <site URL> [--timeout <seconds>]

Fetches a few URLs of a deployed Denial Atlas and checks the security headers
(as dist/_headers sets them), the CSP meta tag, cache rules for /_astro/ files,
an alias redirect (/codes/co-16/), a URL without its trailing slash and the
404 page. See docs/deploy.md.

Options:
  --timeout <seconds>  time allowed for each request (default 15)
  -h, --help           show this help`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { help: { type: 'boolean', short: 'h' }, timeout: { type: 'string' } },
	});
} catch (error) {
	console.error(`deploy:check: ${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (parsed.values.help) {
	console.log(USAGE);
	process.exit(0);
}
const [site, ...extra] = parsed.positionals;
const timeout = parsed.values.timeout === undefined ? 15 : Number(parsed.values.timeout);
const problem = !site
	? 'give the URL of the deployed site, such as https://denial-atlas.example'
	: extra.length
		? `one site at a time (also got: ${extra.join(' ')})`
		: !/^https?:\/\//.test(site)
			? `"${site}" is not an http(s) URL`
			: !(timeout > 0)
				? `--timeout must be a number of seconds, got "${parsed.values.timeout}"`
				: undefined;
if (problem) {
	console.error(`deploy:check: ${problem}\n\n${USAGE}`);
	process.exit(2);
}

try {
	const results = await checkDeployment(site!, { timeoutMs: timeout * 1000 });
	for (const r of results) console.log(`${r.ok ? '✓' : r.warning ? '!' : '✗'} ${r.name}: ${r.detail}`);
	const failed = results.filter((r) => !r.ok && !r.warning);
	console.log(
		failed.length
			? `\n${failed.length} check(s) failed on ${site}`
			: `\nAll checks passed on ${site}${results.some((r) => r.warning) ? ' (with warnings)' : ''}`,
	);
	process.exit(failed.length ? 1 : 0);
} catch (error) {
	console.error(`deploy:check: could not reach ${site}: ${(error as Error).message}`);
	process.exit(1);
}
