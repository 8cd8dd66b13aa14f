#!/usr/bin/env node
/**
 * npm run prepublish-check — everything CI checks about content, in seconds,
 * without a build: every entry against the schema and the code-list facts
 * (npm run validate, including TODOs in YAML comments, placeholder hosts in
 * sources and the style guide's banned phrases), the URLs the entries imply
 * against url-manifest.json, guides the sidebar does not reach, and the
 * generated docs. `--update` adds the entry-derived URLs to the manifest.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { diffEntryUrls, entryUrls, mergeEntryUrls } from './lib/entry-urls.ts';
import { renderFieldsDoc } from './lib/fields-doc.ts';
import { renderPlaceholderDoc } from './lib/placeholder-doc.ts';
import type { UrlManifest } from './lib/url-manifest.ts';
import { orphanGuides } from '../src/lib/site/sidebar.ts';
import { readEntryFiles } from '../src/lib/validation/content-files.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateEntries } from '../src/lib/validation/validate.ts';

const { values } = cli({
	usage: `Usage: npm run prepublish-check [-- --update]

Checks what CI checks about content, without a build: schema and facts, TODOs (YAML comments too),
placeholder hosts in sources, banned phrases, the URLs the entries imply against url-manifest.json,
guides missing from the sidebar, and the generated docs.

Options:
  --update   add the URLs the entries imply to url-manifest.json (never removes one)
  -h, --help show this help`,
	options: { update: { type: 'boolean', default: false } },
});

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let failed = false;
const fail = (title: string, lines: string[]) => {
	failed = true;
	console.error(`✗ ${title}`);
	for (const line of lines) console.error(`  ${line}`);
};

// 1. Entries: schema, facts, quality floors, TODOs, placeholder hosts, banned phrases.
const files = readEntryFiles(root);
const yamlProblems = files.filter((f) => f.yamlError).map((f) => ({ file: f.file, field: '', message: f.yamlError! }));
const { problems, entries } = validateEntries(files.filter((f) => !f.yamlError));
const all = [...yamlProblems, ...problems];
if (all.length)
	fail(
		`${all.length} problem${all.length === 1 ? '' : 's'} in the code entries (npm run validate):`,
		all.map(formatProblem),
	);
else
	console.log(
		`✓ ${entries.length} code entries valid (${entries.filter((e) => e.entry.draft).length} drafts, left out of the build)`,
	);

// 2. URLs the entries imply, against the manifest.
const manifestFile = join(root, 'url-manifest.json');
const committed: UrlManifest = existsSync(manifestFile)
	? JSON.parse(readFileSync(manifestFile, 'utf8'))
	: { pages: [], anchors: {}, redirects: {}, files: [] };
const derived = entryUrls(entries.map((e) => e.entry));
const { added, removed } = diffEntryUrls(committed, derived);
if (removed.length)
	fail(
		`${removed.length} URL(s) in url-manifest.json that the entries no longer publish (a published URL must keep working):`,
		removed,
	);
if (added.length && values.update) {
	writeFileSync(manifestFile, `${JSON.stringify(mergeEntryUrls(committed, derived), null, '\t')}\n`);
	console.log(`✓ url-manifest.json: added ${added.length} URL(s) the entries imply; commit it`);
} else if (added.length) {
	fail(
		`${added.length} new URL(s) the entries imply are not in url-manifest.json. Run: npm run prepublish-check -- --update (or npm run build && npm run urls:update), then commit url-manifest.json`,
		[...added.slice(0, 30), ...(added.length > 30 ? [`… and ${added.length - 30} more`] : [])],
	);
} else if (!removed.length) console.log('✓ url-manifest.json lists every URL the entries imply');

// 3. Guides the sidebar does not reach.
const guides = readdirSync(join(root, 'src/content/docs/guides'));
const orphans = orphanGuides(guides);
if (orphans.length) {
	fail(
		`${orphans.length} guide(s) no sidebar link reaches: add each to the Guides group in src/lib/site/sidebar.ts`,
		orphans.map((f) => `src/content/docs/guides/${f} (/guides/${f.replace(/\.mdx?$/, '')}/)`),
	);
} else console.log(`✓ all ${guides.length} guides are in the sidebar`);

// 4. Generated docs.
const stale = [
	['docs/placeholders.md', renderPlaceholderDoc(), 'npm run docs:placeholders'],
	['docs/fields.md', renderFieldsDoc(), 'npm run docs:fields'],
].filter(([file, text]) => !existsSync(join(root, file!)) || readFileSync(join(root, file!), 'utf8') !== text);
if (stale.length)
	fail(
		'generated docs out of date:',
		stale.map(([file, , command]) => `${file}: run ${command}`),
	);
else console.log('✓ docs/placeholders.md and docs/fields.md are up to date');

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failed) {
	console.error(
		`\nPre-publish check failed in ${seconds} s. Fix the above, then run it again; before you push, run npm test.`,
	);
	process.exit(1);
}
console.log(`\nPre-publish check passed in ${seconds} s. Next: commit, then npm test (or let CI run it).`);
