#!/usr/bin/env node
/**
 * npm run audit — Lighthouse (mobile preset) on built pages, served locally.
 * Prints the four category scores and exits 1 if any is below 100.
 * Needs a build (npm run build) and Chromium at CHROME_PATH (default /usr/bin/chromium).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { startStaticServer } from './lib/static-server.ts';

const { positionals } = cli({
	usage: `Usage: npm run audit [-- PATH…]

Lighthouse (mobile preset) scores for built pages, served locally; exits 1 below 100.
PATH defaults to /codes/carc-29/ and /. Needs npm run build and Chromium (CHROME_PATH).

Options:
  -h, --help show this help`,
	allowPositionals: true,
});

// Loaded after the arguments are read, so --help answers at once.
const chromeLauncher = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('dist/ has no build: run npm run build first.');
	process.exit(2);
}
const pages = positionals.length ? positionals : ['/codes/carc-29/', '/'];
const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
	],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
let failed = false;
const report: Record<string, Record<string, number>> = {};
try {
	for (const page of pages) {
		// Lighthouse's SEO audit treats a loopback host as "not indexable"-neutral; canonical points at SITE_URL by design.
		const result = await lighthouse(`${server.url}${page}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
		});
		if (!result) throw new Error(`no Lighthouse result for ${page}`);
		const scores = Object.fromEntries(
			categories.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]),
		);
		report[page] = scores;
		console.log(`${page}: ${categories.map((c) => `${c} ${scores[c]}`).join(' · ')}`);
		for (const c of categories) {
			if (scores[c]! < 100) {
				failed = true;
				const audits = result.lhr.categories[c]!.auditRefs.map((ref) => result.lhr.audits[ref.id]!)
					.filter(
						(a) =>
							a.score !== null &&
							a.score < 1 &&
							a.scoreDisplayMode !== 'informative' &&
							a.scoreDisplayMode !== 'notApplicable',
					)
					.map((a) => `    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
				console.log(`  ${c} below 100:\n${audits.join('\n')}`);
			}
		}
	}
} finally {
	chrome.kill();
	await server.close();
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
process.exit(failed ? 1 : 0);
