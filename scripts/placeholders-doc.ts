#!/usr/bin/env node
/**
 * Write docs/placeholders.md from the placeholder registry, or with --check
 * fail if the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPlaceholderDoc } from './lib/placeholder-doc.ts';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs/placeholders.md');
const next = renderPlaceholderDoc();
if (process.argv.includes('--check')) {
	const current = readFileSync(file, 'utf8');
	if (current !== next) {
		console.error('docs/placeholders.md is out of date with src/lib/letter/placeholders.ts: run npm run docs:placeholders');
		process.exit(1);
	}
	console.log('✓ docs/placeholders.md matches the registry');
} else {
	writeFileSync(file, next);
	console.log('wrote docs/placeholders.md');
}
