/**
 * Letter text markup. Authors write plain sentences with [Bracketed
 * Placeholders] from the registry and may mark **bold** text. Square brackets
 * are reserved for placeholders: every [...] must name a registered token.
 */
import { getPlaceholderByToken, PLACEHOLDERS, suggestToken } from './placeholders.ts';

export type Inline =
	{ type: 'text'; text: string; bold?: boolean } | { type: 'placeholder'; key: string; token: string; bold?: boolean };

export interface PlaceholderProblem {
	/** The text between the brackets, as written. */
	token: string;
	/** The nearest registered token, if one is close. */
	suggestion?: string;
}

const PLACEHOLDER_RE = /\[([^[\]\n]*)\]/g;

/** Every [..] in a text that is not a registered placeholder. */
export function findUnknownPlaceholders(text: string): PlaceholderProblem[] {
	const problems: PlaceholderProblem[] = [];
	for (const match of text.matchAll(PLACEHOLDER_RE)) {
		const token = match[1]!;
		if (!getPlaceholderByToken(token)) {
			const suggestion = suggestToken(token);
			problems.push(suggestion ? { token, suggestion } : { token });
		}
	}
	return problems;
}

/** Describe one unknown placeholder for an error message. */
export function describePlaceholderProblem(problem: PlaceholderProblem): string {
	// With no close match, list what is allowed rather than leave the author guessing.
	const hint = problem.suggestion
		? ` Did you mean [${problem.suggestion}]?`
		: ` Valid tokens: ${PLACEHOLDERS.map((p) => `[${p.token}]`).join(', ')}.`;
	return `unknown placeholder [${problem.token}]: use a token from the placeholder registry (docs/placeholders.md).${hint}`;
}

/**
 * Parse one line of letter markup into inline pieces. Throws on an unknown
 * placeholder; validation reports those earlier with the file and field.
 */
export function parseInline(line: string): Inline[] {
	const out: Inline[] = [];
	const boldParts = line.split('**');
	boldParts.forEach((part, index) => {
		const bold = index % 2 === 1;
		let last = 0;
		for (const match of part.matchAll(PLACEHOLDER_RE)) {
			const token = match[1]!;
			const placeholder = getPlaceholderByToken(token);
			if (!placeholder) throw new Error(describePlaceholderProblem({ token }));
			if (match.index > last) out.push(withBold({ type: 'text', text: part.slice(last, match.index) }, bold));
			out.push(withBold({ type: 'placeholder', key: placeholder.key, token }, bold));
			last = match.index + match[0].length;
		}
		if (last < part.length) out.push(withBold({ type: 'text', text: part.slice(last) }, bold));
	});
	return out;
}

function withBold<T extends Inline>(inline: T, bold: boolean): T {
	return bold ? { ...inline, bold: true } : inline;
}
