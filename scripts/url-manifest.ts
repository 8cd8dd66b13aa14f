#!/usr/bin/env node
/**
 * The URL contract. `--check` (default) compares url-manifest.json with dist/;
 * `--update` adds what the build gained. It never drops a URL: removing one
 * means adding a redirect (or keeping the anchor), then updating.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { compareManifest, manifestFromDist, type UrlManifest } from './lib/url-manifest.ts';

const { values } = cli({
	usage: `Usage: npm run urls:check | npm run urls:update

Compares url-manifest.json with the build in dist/ (run npm run build first).

Options:
  --check    compare only (the default): exit 1 if a URL disappeared or a new one is not listed
  --update   add the build's new URLs to url-manifest.json (never removes one)
  -h, --help show this help`,
	options: { check: { type: 'boolean', default: false }, update: { type: 'boolean', default: false } },
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const file = join(root, 'url-manifest.json');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('dist/ has no build: run npm run build first.');
	process.exit(2);
}
const built = manifestFromDist(dist);
const committed: UrlManifest = existsSync(file)
	? JSON.parse(readFileSync(file, 'utf8'))
	: { pages: [], anchors: {}, redirects: {}, files: [] };
const { removed, added } = compareManifest(committed, built, dist);
if (removed.length) {
	console.error(`✗ ${removed.length} public URL(s) in url-manifest.json no longer resolve:`);
	for (const r of removed) console.error(`  ${r}`);
	process.exit(1);
}
if (values.update) {
	const merged: UrlManifest = {
		pages: [...new Set([...committed.pages, ...built.pages])].sort(),
		anchors: Object.fromEntries(
			[...new Set([...Object.keys(committed.anchors), ...Object.keys(built.anchors)])]
				.sort()
				.map((p) => [p, [...new Set([...(committed.anchors[p] ?? []), ...(built.anchors[p] ?? [])])]]),
		),
		redirects: Object.fromEntries(
			Object.entries({ ...committed.redirects, ...built.redirects }).sort(([a], [b]) => (a < b ? -1 : 1)),
		),
		files: [...new Set([...committed.files, ...built.files])].sort(),
	};
	// A page that became a redirect stays listed as a redirect only.
	merged.pages = merged.pages.filter((p) => built.pages.includes(p) || !built.redirects[p]);
	writeFileSync(file, `${JSON.stringify(merged, null, '\t')}\n`);
	console.log(
		`✓ url-manifest.json updated: ${added.length} URL(s) added, ${merged.pages.length} pages, ${Object.keys(merged.redirects).length} redirects, ${merged.files.length} files.`,
	);
} else if (added.length) {
	console.error(
		`✗ ${added.length} new public URL(s) are not in url-manifest.json (run npm run urls:update and commit it):`,
	);
	for (const a of added.slice(0, 50)) console.error(`  ${a}`);
	process.exit(1);
} else console.log('✓ url-manifest.json matches the build.');
