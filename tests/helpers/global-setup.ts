/**
 * Runs once per test run, before any test file: validates the real catalogue
 * and hands the result to every test file (`inject('catalogue')`), so the
 * 1,600 entries are read and validated once instead of once per file.
 */
import type { TestProject } from 'vitest/node';
import { readEntryFiles } from '../../src/lib/validation/content-files.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import type { CodeEntry } from '../../src/lib/schema/code-entry.ts';
import { ROOT } from './site.ts';

export interface CatalogueSnapshot {
	/** Problems the validator found, formatted; the catalogue test asserts there are none. */
	problems: string[];
	/** YAML errors, formatted. */
	yamlErrors: string[];
	/** Every valid entry, drafts included. */
	entries: CodeEntry[];
}

declare module 'vitest' {
	export interface ProvidedContext {
		catalogue: CatalogueSnapshot;
	}
}

export default function setup(project: TestProject): void {
	const files = readEntryFiles(ROOT);
	const { problems, entries } = validateEntries(files);
	project.provide('catalogue', {
		problems: problems.map(formatProblem),
		yamlErrors: files.filter((f) => f.yamlError).map((f) => `${f.file}: ${f.yamlError}`),
		entries: entries.map((e) => e.entry),
	});
}
