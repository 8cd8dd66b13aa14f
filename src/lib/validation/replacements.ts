/**
 * An entry must not say the official list names no replacement when the facts
 * (src/data/code-lists) name successors for its code.
 */
import type { FactsBySet } from '../facts/facts.ts';
import { formatPath, type Problem } from './problem.ts';

/** Wordings that deny a named replacement: "names no replacement", "does not name a replacement", "names no code to use in its place". */
export const NO_REPLACEMENT_CLAIM =
	/\b(?:names?|named|gives?|lists?) no (?:replacement|successor|code to use in its place|code that replaced)|\bdoes(?: not|n't) name (?:a |any )?(?:replacement|successor|code (?:that|which) replaced|code to use in its place)|\bno replacement (?:is|was) named/i;

/** Problems for an entry whose text says no replacement is named while the facts name `successors`. */
export function checkReplacementClaims(
	file: string,
	entry: { set: string; code: string },
	data: unknown,
	body: string,
	lists: FactsBySet,
): Problem[] {
	const successors = lists[entry.set]?.codes[entry.code]?.successors ?? [];
	if (!successors.length) return [];
	const problems: Problem[] = [];
	const named = successors.map((ref) => ref.replace(':', ' ').toUpperCase()).join(', ');
	const say = (field: string) =>
		problems.push({
			file,
			field,
			message: `says no replacement is named, but the official list names ${named} as the successor${successors.length > 1 ? 's' : ''} of ${entry.set.toUpperCase()} ${entry.code}: say so, or leave replacements to the page's history`,
		});
	const walk = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			if (NO_REPLACEMENT_CLAIM.test(value)) say(formatPath(path));
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
	};
	walk(data, []);
	if (NO_REPLACEMENT_CLAIM.test(body)) say('(body)');
	return problems;
}
