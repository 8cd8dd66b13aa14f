/**
 * Read code entries from disk for the validator and scripts, parsing
 * frontmatter with the same YAML parser Astro uses (js-yaml), but with its
 * core schema: dates stay as written, so an impossible date such as
 * 2026-02-30 reaches the schema's calendar check instead of being rolled over
 * to March 2 by the Date constructor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { EntrySource } from './validate.ts';
import { yamlErrorMessage } from './messages.ts';

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseEntryFile(file: string, text: string): EntrySource & { yamlError?: string } {
	const match = FRONTMATTER_RE.exec(text);
	if (!match)
		return { file, data: undefined, body: text, yamlError: 'no frontmatter: the file must start with a --- block' };
	try {
		const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
		return {
			file,
			data: data ?? {},
			body: text.slice(match[0].length),
			bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1),
			frontmatter: match[1]!,
		};
	} catch (error) {
		// The frontmatter starts on the line after the opening ---: report the file's own line number.
		return { file, data: undefined, body: '', yamlError: yamlErrorMessage(error, 2, match[1]!) };
	}
}

/** Why a file in the entries folder would not be published, or undefined for a proper `<slug>.mdx`. */
export function fileNameProblem(name: string): string | undefined {
	if (name.endsWith('.mdx')) return undefined;
	const ext = /\.[^.]*$/.exec(name)?.[0] ?? '(none)';
	return `the file has the extension ${ext}, and the build only reads lower-case .mdx files, so this entry would silently be left out: rename it to ${name.replace(/\.[^.]*$/, '')}.mdx (or move it out of the folder)`;
}

/**
 * Every file in the entries folder. A file the build would not read (wrong
 * extension or case: .MDX, .md, .txt) comes back with an error instead of
 * being skipped, so nothing disappears without a message. Hidden files (editor
 * swap files, .DS_Store) are not entries and are left alone.
 */
export function readEntryFiles(root: string, dir = 'src/content/codes'): (EntrySource & { yamlError?: string })[] {
	const base = join(root, dir);
	return readdirSync(base, { withFileTypes: true })
		.filter((item) => item.isFile() && !item.name.startsWith('.'))
		.map((item) => item.name)
		.sort()
		.map((name) => {
			const file = relative(root, join(base, name));
			const wrong = fileNameProblem(name);
			return wrong
				? { file, data: undefined, body: '', yamlError: wrong }
				: parseEntryFile(file, readFileSync(join(base, name), 'utf8'));
		});
}
