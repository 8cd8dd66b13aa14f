/**
 * Content-quality checks that turn a catalogue into a reference rather than a
 * toy: no guidance sentence reused across codes, no entry below a length floor.
 * (Summaries that only repeat the title are caught by the schema.)
 * The floors are documented in docs/style-guide.md.
 */
import type { CodeEntry } from '../schema/code-entry.ts';
import type { Problem } from './problem.ts';
import { GROUP_CODE_ALTERNATION } from '../guidance/group-codes.ts';
import { callsForAction, entryKind } from '../catalogue/entry-kind.ts';
import { CODE_LISTS, type FactsBySet } from '../facts/facts.ts';

/** Minimum words across body, causes, prevention and resolution for a code that calls for action. */
export const MIN_WORDS_ACTIONABLE = 150;
/** Minimum words for an informational or deactivated code. */
export const MIN_WORDS_OTHER = 60;
/** Minimum words for a current remark code (RARC) that calls for action: it explains a reason code rather than standing alone. */
export const MIN_WORDS_REMARK = 90;

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

/**
 * The form two sentences share when one was copied from the other with only
 * its code changed: lower case, codes and numbers removed, punctuation folded.
 */
const CODE_MENTION = new RegExp(
	`\\b(?:carc|rarc|${GROUP_CODE_ALTERNATION.toLowerCase()})?[-\\s]?(?:ma|m|n|[a-z])?\\d+\\b`,
	'g',
);

export function sentenceKey(text: string): string {
	return text
		.toLowerCase()
		.replace(CODE_MENTION, '#')
		.replace(/[^a-z#]+/g, ' ')
		.trim();
}

export interface QualityInput {
	file: string;
	entry: CodeEntry;
	body: string;
}

export function entryWordCount({ entry, body }: QualityInput): number {
	return countWords(
		[body, ...entry.causes, ...entry.prevention, ...entry.checks, entry.resolution.why, ...entry.usageNotes].join(' '),
	);
}

export function checkQuality(items: readonly QualityInput[], lists: FactsBySet = CODE_LISTS): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, { file: string; field: string }>();
	for (const item of items) {
		if (item.entry.draft) continue;
		const fields: [string, readonly string[]][] = [
			['causes', item.entry.causes],
			['prevention', item.entry.prevention],
			['checks', item.entry.checks],
			['appeal.argument', item.entry.appeal?.argument ?? []],
		];
		for (const [field, texts] of fields) {
			texts.forEach((text, i) => {
				const key = sentenceKey(text);
				if (key.split(' ').length < 5) return;
				const first = seen.get(key);
				const here = `${field}[${i}]`;
				if (first && first.file !== item.file) {
					problems.push({
						file: item.file,
						field: here,
						message: `repeats ${first.field} of ${first.file} (same text apart from codes and numbers); write one specific to this code`,
					});
				} else if (!first) seen.set(key, { file: item.file, field: here });
			});
		}
		const actionable = callsForAction(item.entry, lists);
		const remark = entryKind(item.entry, lists) === 'remark';
		const floor = !actionable ? MIN_WORDS_OTHER : remark ? MIN_WORDS_REMARK : MIN_WORDS_ACTIONABLE;
		const words = entryWordCount(item);
		if (words < floor) {
			problems.push({
				file: item.file,
				field: '',
				message: `is too thin: ${words} words across the explanation, causes, prevention, checks and resolution; the floor is ${floor} for ${!actionable ? 'an informational, Alert or deactivated code' : remark ? 'a current remark code that calls for action' : 'a current code that calls for action'}`,
			});
		}
	}
	return problems;
}
