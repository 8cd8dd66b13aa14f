/**
 * What `npm run dev` serves for an entry the validator rejects: a page that
 * says so and lists the problems, never the entry as if it were fine. The
 * tolerant loader (src/integrations/dev-content.ts) attaches the problems to
 * the entry's data; the code page (src/pages/codes/[slug].astro) reads them
 * back with `entryProblems`. Production builds never see either: there the
 * validator stops the build instead.
 */
import { CODE_SET_IDS, type CodeSetId } from '../catalogue/code-sets.ts';
import type { CodeEntry } from '../schema/code-entry.ts';
import { parseEntryFile } from './content-files.ts';
import { formatProblem, type Problem } from './problem.ts';
import { validateEntries } from './validate.ts';

/** The key the problems travel under in an entry's data (dev only). */
export const DEV_PROBLEMS_KEY = 'devProblems';
/** The key that marks data standing in for an entry the schema refused (dev only). */
export const DEV_INVALID_KEY = 'devInvalid';

export interface DevEntryState {
	/** The validator's problems for this file (schema, facts, TODOs, quality), as printed by `npm run validate`. */
	problems: Problem[];
	/** True when the schema refused the entry: the page shows only the problems. */
	invalid: boolean;
}

/** The validator's problems for one file, read from disk (file is the path relative to the project root). */
export function problemsForFile(file: string, text: string): Problem[] {
	const source = parseEntryFile(file, text);
	if (source.yamlError) return [{ file, field: '', message: source.yamlError }];
	return validateEntries([source]).problems;
}

/** Set and code from a file id such as "carc-16" or "payer-abc-1", for an entry whose frontmatter cannot be read. */
export function codeFromId(id: string): { set: CodeSetId; code: string } {
	const dash = id.indexOf('-');
	const set = id.slice(0, Math.max(dash, 0));
	if (dash > 0 && (CODE_SET_IDS as readonly string[]).includes(set))
		return { set: set as CodeSetId, code: id.slice(dash + 1).toUpperCase() };
	return { set: 'payer', code: id.toUpperCase() };
}

/** Data in the shape of a code entry, standing in for one the schema refused, carrying its problems. */
export function invalidEntryData(id: string, problems: Problem[]): CodeEntry & Record<string, unknown> {
	const { set, code } = codeFromId(id);
	return {
		code,
		draft: true,
		set,
		status: 'current',
		title: 'Invalid entry',
		summary: `This entry has ${problems.length} problem${problems.length === 1 ? '' : 's'}; it is shown in dev only and would fail the build.`,
		category: 'missing-information',
		aliases: [],
		searchKeywords: [],
		causes: [],
		prevention: [],
		claimFields: [],
		resolution: { routes: ['informational'], why: '' },
		related: [],
		sources: [],
		lastReviewed: '',
		usageNotes: [],
		remarkCodeRequired: false,
		checks: [],
		reasonCodes: [],
		[DEV_PROBLEMS_KEY]: problems,
		[DEV_INVALID_KEY]: true,
	};
}

/** The dev-time state of an entry's data, or undefined when there is nothing to report. */
export function entryProblems(data: unknown): DevEntryState | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const problems = (data as Record<string, unknown>)[DEV_PROBLEMS_KEY];
	if (!Array.isArray(problems) || problems.length === 0) return undefined;
	return { problems: problems as Problem[], invalid: (data as Record<string, unknown>)[DEV_INVALID_KEY] === true };
}

/** The terminal report for one entry. */
export function formatDevReport(file: string, state: DevEntryState): string {
	const head = state.invalid
		? `${file} is invalid: dev shows its problems at its page instead of the entry; npm run build would fail.`
		: `${file} has ${state.problems.length} problem${state.problems.length === 1 ? '' : 's'} that npm run build would refuse:`;
	return [head, ...state.problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
