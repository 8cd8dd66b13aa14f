#!/usr/bin/env node
/**
 * Write docs/fields.md from the entry schema's descriptions, or with --check
 * fail if the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './lib/cli.ts';
import { renderFieldsDoc } from './lib/fields-doc.ts';

const { values } = cli({
	usage: `Usage: npm run docs:fields [-- --check]

Writes docs/fields.md from the entry schema's field descriptions (src/lib/schema/*.ts).

Options:
  --check    do not write; exit 1 if docs/fields.md is out of date
  -h, --help show this help`,
	options: { check: { type: 'boolean', default: false } },
});
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs/fields.md');
const next = renderFieldsDoc();
if (values.check) {
	if (readFileSync(file, 'utf8') !== next) {
		console.error('docs/fields.md is out of date with src/lib/schema: run npm run docs:fields');
		process.exit(1);
	}
	console.log('✓ docs/fields.md matches the schema');
} else {
	writeFileSync(file, next);
	console.log('wrote docs/fields.md');
}
