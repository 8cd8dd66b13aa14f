/**
 * A validation problem and how it is printed: the file, the field as a dotted
 * path and what is wrong. Shared by the schema checks, the catalogue checks and
 * the quality checks.
 */
import type { z } from 'astro/zod';

export interface Problem {
	file: string;
	/** The field, as a dotted path ("appeal.argument[0]"), or "" for the whole file. */
	field: string;
	message: string;
	/** The line of the file, when the problem is on one line (the MDX body). */
	line?: number;
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		'',
	);
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
	return issues.map((issue) => {
		const field = formatPath(issue.path);
		// zod names unknown keys in the message, not the path; say which keys are allowed.
		const message =
			issue.code === 'unrecognized_keys' ? `${issue.message}; remove it or check its spelling` : issue.message;
		return { file, field, message };
	});
}
