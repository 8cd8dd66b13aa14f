#!/usr/bin/env node
/**
 * Write docs/placeholders.md from the placeholder registry, or with --check
 * fail if the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { renderPlaceholderDoc } from './lib/placeholder-doc.ts';

const { values } = cli({
	usage: `Usage: npm run docs:placeholders [-- --check]

Writes docs/placeholders.md from the placeholder registry (src/lib/letter/placeholders.ts).

Options:
  --check    do not write; exit 1 if docs/placeholders.md is out of date
  -h, --help show this help`,
	options: { check: { type: 'boolean', default: false } },
});

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs/placeholders.md');
const next = renderPlaceholderDoc();
if (values.check) {
	const current = readFileSync(file, 'utf8');
	if (current !== next) {
		console.error(
			'docs/placeholders.md is out of date with src/lib/letter/placeholders.ts: run npm run docs:placeholders',
		);
		process.exit(1);
	}
	console.log('✓ docs/placeholders.md matches the registry');
} else {
	writeFileSync(file, next);
	console.log('wrote docs/placeholders.md');
}
