/**
 * Messages for the mistakes authors make most, each saying what to write
 * instead: YAML errors located by the file's own line number, refs written
 * the way a remittance prints them (CO-197, rarc:n54), and list items that
 * YAML read as a key: value pair because of a colon.
 */
import { CODE_SETS, CODE_SET_IDS, getCodeSet, setFor } from '../catalogue/code-sets.ts';
import { aliasKey, normaliseCode } from '../catalogue/codes.ts';
import { isGroupCode } from '../guidance/group-codes.ts';

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

interface YamlErrorLike {
	reason?: string;
	message?: string;
	mark?: { line: number; column: number } | null;
}

/**
 * A js-yaml error as one line: the reason, the line and column in the file
 * (not in the frontmatter, which starts `firstLine` lines into the file), and
 * a hint for the usual cause.
 */
export function yamlErrorMessage(error: unknown, firstLine: number, frontmatter: string): string {
	const e = error as YamlErrorLike;
	const reason =
		e.reason ??
		String(e.message ?? error)
			.split('\n')[0]!
			.replace(/\s*\(\d+:\d+\)$/, '');
	if (!e.mark) return `the frontmatter is not valid YAML: ${reason}`;
	const line = e.mark.line + firstLine;
	const text = frontmatter.split(/\r?\n/)[e.mark.line] ?? '';
	const previous = frontmatter.split(/\r?\n/)[e.mark.line - 1] ?? '';
	const colonInValue = [text, previous].some(
		(l) => /^\s*(?:-\s+)?[\w.]+:\s+[^"'\s[{|>].*:\s/.test(l) || /^\s*-\s+[^"'\s[{][^:]*:\s/.test(l),
	);
	const hint = colonInValue
		? ' A value that contains ": " must be put in quotes, for example title: "Payer note: read it".'
		: '';
	return `the frontmatter is not valid YAML at line ${line}, column ${e.mark.column + 1}: ${reason}.${hint}`;
}

/** A list item that YAML read as a map: the text before its first ": " became a key. */
export function mapItemMessage(what: string, input: unknown): string | undefined {
	if (!input || typeof input !== 'object' || Array.isArray(input) || input instanceof Date) return undefined;
	const [key] = Object.keys(input);
	if (key === undefined) return undefined;
	return `${what} must be text, but YAML read it as a "key: value" pair because of the colon after "${key}": put the whole ${what} in quotes`;
}

/** What a ref probably meant, or undefined when nothing close is found. */
export function suggestRef(input: string): { ref: string; why: string } | undefined {
	const text = input.trim();
	const colon = text.indexOf(':');
	const rawSet = colon >= 0 ? text.slice(0, colon).trim() : '';
	const rawCode = colon >= 0 ? text.slice(colon + 1).trim() : text;
	const set = rawSet.toLowerCase();
	const reason = setFor('reason');
	// A group code in the set's place or in front of the code: CO-197, co:197, carc:CO-197.
	if (isGroupCode(rawSet.toUpperCase()) && reason.codePattern.test(rawCode.toUpperCase())) {
		return {
			ref: `${reason.id}:${rawCode.toUpperCase()}`,
			why: `${rawSet.toUpperCase()} is a group code, not part of the reason code`,
		};
	}
	const typed = normaliseCode(rawCode);
	if (typed.group && (set === '' || set === reason.id)) {
		return { ref: `${reason.id}:${typed.code}`, why: `${typed.group} is a group code, not part of the reason code` };
	}
	const code = aliasKey(rawCode);
	if (set && getCodeSet(set)) {
		const target = getCodeSet(set)!;
		const fixed = target.role === 'payer' ? rawCode.toUpperCase() : typed.code;
		if (`${set}:${fixed}` !== text && target.codePattern.test(fixed)) {
			return {
				ref: `${set}:${fixed}`,
				why:
					rawSet !== set
						? 'set ids are lower case and codes capitals'
						: 'codes are written in capitals, as on the remittance',
			};
		}
		return undefined;
	}
	if (set) return undefined;
	// No set at all: the official set whose codes look like this one.
	const sets = CODE_SETS.filter((s) => s.official && s.codePattern.test(code));
	if (sets.length === 1) return { ref: `${sets[0]!.id}:${code}`, why: 'a ref names its set before the code' };
	return undefined;
}

/** The message for a related ref that is not written set:code, with the likely fix. */
export function describeBadRef(input: unknown): string {
	const base = `must be a code reference written set:code, such as "rarc:MA130" (sets: ${quoted(CODE_SET_IDS)})`;
	if (typeof input !== 'string') return base;
	const suggestion = suggestRef(input);
	return suggestion
		? `"${input}" is not a code reference: write ${suggestion.ref} (${suggestion.why})`
		: `"${input}" ${base}`;
}
