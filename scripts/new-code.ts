#!/usr/bin/env node
/**
 * Scaffold a draft code entry: npm run new-code -- <set> <code>
 * e.g. npm run new-code -- carc 22, npm run new-code -- rarc N130
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { publishSteps, scaffoldEntry } from './lib/scaffold.ts';

const USAGE = `Usage: npm run new-code -- <set> <code>

Writes src/content/codes/<set>-<code>.mdx as a draft, with status and usage flags from the code lists.
set is carc, rarc or payer; e.g. npm run new-code -- carc 22, npm run new-code -- payer ABC12

Options:
  -h, --help show this help`;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { positionals } = cli({ usage: USAGE, allowPositionals: true });
const [set, code] = positionals;
if (!set || !code || positionals.length > 2) {
	console.error(
		`error: expected a set and a code${positionals.length > 2 ? `, got ${positionals.length} arguments` : ''}.\n\n${USAGE}`,
	);
	process.exit(2);
}
try {
	const { slug, text } = scaffoldEntry(set, code, { today: new Date().toISOString().slice(0, 10) });
	const file = join(root, 'src/content/codes', `${slug}.mdx`);
	if (existsSync(file)) {
		console.error(`${relative(root, file)} already exists; edit it instead.`);
		process.exit(1);
	}
	writeFileSync(file, text);
	console.log(`Created ${relative(root, file)} as a draft.\n\n${publishSteps(relative(root, file))}`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
