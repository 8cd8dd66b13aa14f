/**
 * Field builders shared by every entry schema: prose lines, dates and
 * related-code references, each with a message that says what is allowed.
 */
import { z } from 'astro/zod';
import { describeBadRef, mapItemMessage } from '../validation/messages.ts';

/** `"a", "b", "c"`, for messages that list what is allowed. */
export const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A non-empty line of prose: trimmed, no line breaks, within a length range. */
export const prose = (what: string, min = 1, max = 600) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `${what} is required`
					: (mapItemMessage(what, issue.input) ?? `${what} must be text`),
		})
		.trim()
		.min(min, { error: min === 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters` })
		.max(max, { error: `${what} must be at most ${max} characters` })
		.refine((s) => !/\n/.test(s), { error: `${what} must be one line (no line breaks)` });

/** A list of prose lines. */
export const proseList = (what: string, plural: string, min: number, max: number) =>
	z.array(prose(what, min, max), { error: `${plural} must be a list of sentences` }).default([]);

/** A field one kind of entry must not have, with the reason why. */
export const notFor = (message: string) => z.undefined({ error: message }).optional();

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'must be a date written YYYY-MM-DD, such as 2026-11-28' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, such as 2026-11-28' })
		.refine(
			(s) => {
				const d = new Date(`${s}T00:00:00Z`);
				return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
			},
			{ error: 'is not a real calendar date' },
		),
);

/** `set:code`, e.g. `carc:16`, `rarc:MA130`, `payer:CCM31`. */
export const codeRef = z
	.string({ error: 'must be a code reference written set:code, such as "rarc:MA130"' })
	.regex(/^[a-z]+:[A-Z0-9-]+$/, { error: (issue) => describeBadRef(issue.input) });

export function parseRef(ref: string): { set: string; code: string } {
	const [set = '', code = ''] = ref.split(':');
	return { set, code };
}

const FILLER = new Set([
	'this',
	'that',
	'with',
	'from',
	'have',
	'been',
	'your',
	'will',
	'they',
	'them',
	'then',
	'than',
	'when',
	'what',
	'code',
	'claim',
	'there',
	'which',
]);
const contentWords = (text: string) => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];

/** True when a summary has fewer than three meaningful words that are not in the title. */
export function summaryAddsTooLittle(title: string, summary: string): boolean {
	const titleWords = new Set(contentWords(title));
	const added = new Set(contentWords(summary).filter((w) => !titleWords.has(w) && !FILLER.has(w)));
	return added.size < 3;
}

/** The fields only remark entries have, refused on other sets with a message naming what to use instead. */
export const remarkOnly = (what: string) => ({
	checks: notFor(`only remark codes (RARC) have checks; ${what} use causes and prevention`),
	reasonCodes: notFor(
		`only remark codes (RARC) list the reason codes they accompany; ${what} use related for sibling codes`,
	),
});

/** The fields only reason entries have, refused on other sets. */
export const reasonOnly = (what: string) => ({
	groupCodes: notFor(`only reason codes (CARC) have group codes; remove it from this ${what} entry`),
	remarkCodeRequired: notFor(`only reason codes (CARC) can require a remark code; remove it from this ${what} entry`),
	usageNotes: notFor(`only reason codes (CARC) have usage notes; say it in the explanation of this ${what} entry`),
});
