/**
 * What makes a letter argue one situation with one request. Pure text rules,
 * used by the validator on every entry's letter and its variants.
 */

/** Phrases that hedge between two situations: the letter should argue one, and a variant the other. */
const HEDGES: readonly [RegExp, string][] = [
	[
		/\bif (?:there (?:is|was|were) (?:one|any)|any|applicable|so|needed|it (?:was|is|were|did|does)|they (?:were|did))\b/i,
		'',
	],
	[/\bwhere (?:applicable|relevant|(?:one|it|they) (?:was|were) sent)\b/i, ''],
	// An attachment the letter is not sure it has: the letter lists what is enclosed, or leaves it out.
	[/\bif (?:one|it|they|such (?:a|an) \w+) (?:exists?|came back|appl(?:y|ies))\b/i, ''],
	[/\bif the (?:payer|plan) (?:sent|requires|required) (?:one|it|them)\b/i, ''],
	[/\bif you have (?:it|them|one|any)\b/i, ''],
	[/\b(?:and|or)\/or\b/i, ''],
	[/^if\b/i, 'a paragraph that starts with "If"'],
	[/\bor,? if\b/i, ''],
];

/** The hedges in one paragraph or attachment, as the words found. */
export function findHedges(text: string): string[] {
	const found: string[] = [];
	for (const [pattern, label] of HEDGES) {
		const match = pattern.exec(text.trim());
		if (match) found.push(label || `"${match[0]}"`);
	}
	return found;
}

const REQUEST = /\b(?:please|we ask|i ask|we request|i request|kindly)\b/i;

/** The sentences of some paragraphs that ask the payer to do something. */
export function requestSentences(paragraphs: readonly string[]): string[] {
	return paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((sentence) => REQUEST.test(sentence));
}
