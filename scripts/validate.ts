#!/usr/bin/env node
/**
 * Validate every code entry: schema, code-list facts, placeholders, related
 * codes, duplicates and slug collisions. Exits 1 and names the file and field
 * of each problem.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntryFiles } from '../src/lib/validation/content-files.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateEntries } from '../src/lib/validation/validate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = readEntryFiles(root);
const yamlProblems = files.filter((f) => f.yamlError).map((f) => ({ file: f.file, field: '', message: f.yamlError! }));
const { problems, entries } = validateEntries(files.filter((f) => !f.yamlError));
const all = [...yamlProblems, ...problems];
if (all.length) {
	console.error(`✗ ${all.length} problem${all.length === 1 ? '' : 's'} in ${new Set(all.map((p) => p.file)).size} of ${files.length} code entries:\n`);
	for (const problem of all) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
const bySet = Object.entries(Object.groupBy(entries, (e) => e.entry.set)).map(([set, list]) => `${list?.length ?? 0} ${set}`);
const drafts = entries.filter((e) => e.entry.draft);
console.log(`✓ ${entries.length} code entries valid (${bySet.join(', ')})`);
if (drafts.length) console.log(`  ${drafts.length} draft${drafts.length === 1 ? '' : 's'}, left out of production builds: ${drafts.map((d) => d.file).join(', ')}`);
