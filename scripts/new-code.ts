#!/usr/bin/env node
/**
 * Scaffold a draft code entry: npm run new-code -- <set> <code>
 * e.g. npm run new-code -- carc 22, npm run new-code -- rarc N130
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffoldEntry } from './lib/scaffold.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [set, code] = process.argv.slice(2);
if (!set || !code) {
	console.error('Usage: npm run new-code -- <set> <code>   (set: carc, rarc or payer; e.g. npm run new-code -- carc 22)');
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
	console.log(`Created ${relative(root, file)} as a draft. Replace every TODO, remove "draft: true", then run npm run validate.`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
