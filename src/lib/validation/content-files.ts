/**
 * Read code entries from disk for the validator and scripts, parsing
 * frontmatter with the same YAML parser Astro uses (js-yaml).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { EntrySource } from './validate.ts';
import { yamlErrorMessage } from './messages.ts';

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseEntryFile(file: string, text: string): EntrySource & { yamlError?: string } {
	const match = FRONTMATTER_RE.exec(text);
	if (!match) return { file, data: undefined, body: text, yamlError: 'no frontmatter: the file must start with a --- block' };
	try {
		const data = yaml.load(match[1]!);
		return { file, data: data ?? {}, body: text.slice(match[0].length), frontmatter: match[1]! };
	} catch (error) {
		// The frontmatter starts on the line after the opening ---: report the file's own line number.
		return { file, data: undefined, body: '', yamlError: yamlErrorMessage(error, 2, match[1]!) };
	}
}

export function readEntryFiles(root: string, dir = 'src/content/codes'): (EntrySource & { yamlError?: string })[] {
	const base = join(root, dir);
	return readdirSync(base)
		.filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
		.sort()
		.map((name) => parseEntryFile(relative(root, join(base, name)), readFileSync(join(base, name), 'utf8')));
}
