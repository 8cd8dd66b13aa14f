import { describe, expect, it } from 'vitest';
import { checkQuality, sentenceKey, MIN_WORDS_ACTIONABLE } from '../../src/lib/validation/quality.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import { FACTS, minimalEntry, source } from '../fixtures/entries.ts';

describe('sentenceKey', () => {
	it('matches sentences that differ only in their codes and numbers', () => {
		expect(sentenceKey('The payer sent CO-16 with N290 after 30 days.')).toBe(
			sentenceKey('The payer sent CO-29 with MA130 after 90 days!'),
		);
		expect(sentenceKey('Check the NPI in box 24J.')).not.toBe(sentenceKey('Check the member ID on the card.'));
	});
});

describe('quality checks', () => {
	const valid = (over: (e: Record<string, unknown>) => void, code = '29') => {
		const data = minimalEntry();
		data.code = code;
		over(data);
		return validateEntries([source(data)], { lists: FACTS }).entries[0]!;
	};

	it('fail a cause reused by another code with only the code changed', () => {
		const a = valid(
			(e) => ((e.causes as string[])[0] = 'The payer sent CO-29 after 30 days because the claim reached it late.'),
		);
		const b = valid(
			(e) => (
				(e.groupCodes = ['OA']),
				((e.causes as string[])[0] = 'The payer sent OA-18 after 90 days because the claim reached it late.')
			),
			'18',
		);
		const problems = checkQuality([a, { ...b, file: 'src/content/codes/carc-18.mdx' }]);
		expect(
			problems.some(
				(p) =>
					p.file === 'src/content/codes/carc-18.mdx' &&
					p.field === 'causes[0]' &&
					/repeats causes\[0\] of src\/content\/codes\/carc-29.mdx/.test(p.message),
			),
		).toBe(true);
	});

	it('fail an entry below the word floor, naming the floor', () => {
		const thin = valid(() => {});
		const problems = checkQuality([{ ...thin, body: 'Short.' }]);
		expect(problems.find((p) => /too thin/.test(p.message))?.message).toContain(`the floor is ${MIN_WORDS_ACTIONABLE}`);
	});

	it('ignore drafts', () => {
		const draft = valid((e) => (e.draft = true));
		expect(checkQuality([{ ...draft, body: '' }])).toEqual([]);
	});
});
