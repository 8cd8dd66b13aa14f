#!/usr/bin/env node
/**
 * Validate the code entries: schema, code-list facts, placeholders, related
 * codes, duplicates, slug collisions, TODOs, placeholder hosts and banned
 * phrases. Exits 1 and names the file and field of each problem.
 *
 *   npm run validate                                   # every entry
 *   npm run validate -- src/content/codes/carc-22.mdx  # report only these files
 *
 * With files, the checks that need the whole catalogue (duplicates, slug
 * collisions, repeated sentences) still run against every entry; only the
 * given files' problems are reported.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { readEntryFiles } from '../src/lib/validation/content-files.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateEntries } from '../src/lib/validation/validate.ts';

const { positionals } = cli({
	usage: `Usage: npm run validate [-- FILE…]

Checks every code entry in src/content/codes (schema, code-list facts, placeholders, related codes,
duplicates, TODOs, placeholder hosts, banned phrases). With FILE arguments, reports only those files'
problems; checks across the catalogue still compare them with every entry.

Options:
  -h, --help show this help`,
	allowPositionals: true,
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = positionals.map((p) => relative(root, resolve(process.cwd(), p)));
const missing = only.filter((f) => !existsSync(join(root, f)));
if (missing.length) {
	console.error(`error: no such file: ${missing.join(', ')}`);
	process.exit(2);
}
const outside = only.filter((f) => !/^src\/content\/codes\/[^/]+\.mdx?$/.test(f));
if (outside.length) {
	console.error(`error: not a code entry (src/content/codes/<set>-<code>.mdx): ${outside.join(', ')}`);
	process.exit(2);
}
const files = readEntryFiles(root);
const yamlProblems = files.filter((f) => f.yamlError).map((f) => ({ file: f.file, field: '', message: f.yamlError! }));
const { problems, entries } = validateEntries(files.filter((f) => !f.yamlError));
const chosen = new Set(only);
// A problem found on another file about one of these (a duplicate code, a repeated sentence) is reported too.
const concerns = (p: { file: string; message: string }) =>
	chosen.size === 0 || chosen.has(p.file) || only.some((f) => p.message.includes(f));
const all = [...yamlProblems, ...problems].filter(concerns);
const checked = chosen.size ? `${chosen.size} of ${files.length}` : `${files.length}`;
if (all.length) {
	console.error(
		`✗ ${all.length} problem${all.length === 1 ? '' : 's'} in ${new Set(all.map((p) => p.file)).size} of ${checked} code entries:\n`,
	);
	for (const problem of all) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
const shown = chosen.size ? entries.filter((e) => chosen.has(e.file)) : entries;
const bySet = Object.entries(Object.groupBy(shown, (e) => e.entry.set)).map(
	([set, list]) => `${list?.length ?? 0} ${set}`,
);
const drafts = shown.filter((e) => e.entry.draft);
console.log(
	`✓ ${shown.length} code entr${shown.length === 1 ? 'y' : 'ies'} valid (${bySet.join(', ')})${chosen.size ? `, checked against all ${files.length}` : ''}`,
);
if (drafts.length)
	console.log(
		`  ${drafts.length} draft${drafts.length === 1 ? '' : 's'}, left out of production builds: ${drafts.map((d) => d.file).join(', ')}`,
	);
