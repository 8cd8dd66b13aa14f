/** Search lookups without a browser: shorthand in queries, codes in a line, the code map's no-page flag, keywords. */
import { describe, expect, it } from 'vitest';
import { buildCodeMap, findCodes } from '../../src/lib/lookup/goto.ts';
import { normaliseSearchTerm } from '../../src/lib/lookup/search-terms.ts';
import { checkSearchKeywords } from '../../src/lib/lookup/search-keywords.ts';
import { SEARCH_RANKING, searchAbout, searchTier } from '../../src/lib/lookup/search-rank.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import { PAUSE_MS, SHORT_WORD_PAUSE_MS, pauseFor, preloadTermFor } from '../../src/client/search-pause.ts';
import { FACTS, minimalEntry, source } from '../fixtures/entries.ts';

describe('normaliseSearchTerm: shorthand and misspellings billers type', () => {
	it.each([
		['dx inconsistent with age', 'diagnosis inconsistent with age'],
		['timley filing', 'timely filing'],
		['Timely Filling denial', 'timely filing denial'],
		['deductable', 'deductible'],
		['npi doesnt match', 'npi does not match'],
		['coverage on dos', 'coverage on date of service'],
	])('%s → %s', (typed, expected) => expect(normaliseSearchTerm(typed)).toBe(expected));
	it('leaves other words and codes alone', () => {
		expect(normaliseSearchTerm('prior authorization')).toBe('prior authorization');
		expect(normaliseSearchTerm('cavity filling')).toBe('cavity filling');
		expect(normaliseSearchTerm('CO-16')).toBe('CO16');
	});
});

const MAP = buildCodeMap(
	[
		{ set: 'carc', code: '16', slug: 'carc-16' },
		{ set: 'carc', code: '1', slug: 'carc-1' },
		{ set: 'rarc', code: 'MA130', slug: 'rarc-ma130' },
		{ set: 'rarc', code: 'N130', slug: 'rarc-n130' },
		{ set: 'payer', code: 'CCM31', slug: 'payer-ccm31' },
	],
	{ carc: ['16', '1', '29'], rarc: ['MA130', 'N130'] },
);

describe('pauseFor: when Pagefind may search what has been typed', () => {
	it.each([
		['', 0],
		['   ', 0],
		['t', SHORT_WORD_PAUSE_MS],
		['ti', SHORT_WORD_PAUSE_MS],
		['tim', PAUSE_MS],
		['timely f', SHORT_WORD_PAUSE_MS],
		['timely fil', PAUSE_MS],
		// Punctuation is dropped the way Pagefind drops it: "CO-" is the two-letter prefix "co".
		['CO-', SHORT_WORD_PAUSE_MS],
		['CO-1', PAUSE_MS],
		['CO-16', PAUSE_MS],
		// Counted after our rewriting: "dx" is searched as "diagnosis".
		['dx', PAUSE_MS],
		['no auth', SHORT_WORD_PAUSE_MS],
	])('“%s” → %i ms', (typed, ms) => expect(pauseFor(typed, normaliseSearchTerm)).toBe(ms));
	it('waits longer while a word is one or two characters', () => expect(SHORT_WORD_PAUSE_MS).toBeGreaterThan(PAUSE_MS));
});

describe('preloadTermFor: what is fetched while the user types', () => {
	it.each([
		['t', undefined],
		['ti', undefined],
		['tim', 'tim'],
		['timely', 'timely'],
		['timely ', 'timely'],
		['timely f', undefined],
		['timely fi', undefined],
		['timely fil', 'timely fil'],
		['  ', undefined],
		['CO-', undefined],
		['CO-16', 'CO16'],
		['timley filing', 'timely filing'],
	])('“%s” → %s', (typed, term) => expect(preloadTermFor(typed, normaliseSearchTerm)).toBe(term));
});

describe('the code map', () => {
	it('maps an official code without a page to null, and keeps pages', () => {
		expect(MAP['29']).toBeNull();
		expect(MAP['16']).toBe('carc-16');
		expect(MAP['999']).toBeUndefined();
	});
});

describe('findCodes: every code in a pair or a whole line', () => {
	it('reads pairs however they are written', () => {
		for (const line of ['CO-16 MA130', 'co16, ma130', 'CO 16 MA 130', 'CO-16; MA130.']) {
			expect(findCodes(line, MAP).map((f) => f.slug)).toEqual(['carc-16', 'rarc-ma130']);
		}
		expect(findCodes('PR-1 N130', MAP).map((f) => f.slug)).toEqual(['carc-1', 'rarc-n130']);
	});
	it('skips words in a line, unless strict', () => {
		expect(findCodes('Line 2: CO-16 denied 45.50, see MA130', MAP).map((f) => f.slug)).toEqual([
			'carc-16',
			'rarc-ma130',
		]);
		expect(findCodes('CO-16 missing info', MAP, { strict: true })).toEqual([]);
		expect(findCodes('timely filing', MAP, { strict: true })).toEqual([]);
		expect(findCodes('CCM31', MAP, { strict: true }).map((f) => f.slug)).toEqual(['payer-ccm31']);
	});
	it('tells a code without a page from one that does not exist, once each', () => {
		expect(findCodes('CO-29 N9999 CO-16 co16', MAP)).toEqual([
			{ typed: 'CO-29', kind: 'no-page' },
			{ typed: 'N9999', kind: 'unknown' },
			{ typed: 'CO-16', kind: 'page', slug: 'carc-16' },
		]);
	});
});

describe('search ranking tiers', () => {
	it('put current reason codes above remark codes, and retired codes last', () => {
		const w = SEARCH_RANKING.metaWeights;
		expect(w[searchTier({ set: 'carc', status: 'current' })]).toBeGreaterThan(
			w[searchTier({ set: 'rarc', status: 'current' })],
		);
		expect(w[searchTier({ set: 'rarc', status: 'current' })]).toBeGreaterThan(
			w[searchTier({ set: 'carc', status: 'deactivated' })],
		);
		expect(searchAbout({ title: 'Timely filing limit has passed', searchKeywords: ['late claim'] })).toBe(
			'Timely filing limit has passed. late claim',
		); // A payer's own code is found by the payer's name.
		expect(searchAbout({ title: 'Care gap process not shown', payer: 'Example Health Plan', searchKeywords: [] })).toBe(
			'Care gap process not shown. Example Health Plan',
		);
	});
});

describe('searchKeywords are checked', () => {
	const validate = (...entries: ReturnType<typeof source>[]) => validateEntries(entries, { lists: FACTS });
	const withKeywords = (keywords: unknown, code = '29') =>
		source({ ...minimalEntry(), code, searchKeywords: keywords });
	it('accepts short lower-case phrases', () => {
		expect(validate(withKeywords(['late claim', 'filing limit'])).problems).toEqual([]);
	});
	it.each([
		[['late claim', 'late claim'], 'listed twice'],
		[['Late Claim'], 'lower case'],
		[['ab'], 'at least 3'],
		[['a phrase that goes on far too long to be a search keyword'], 'at most 40'],
		[['late claim!'], 'letters, digits'],
		[Array.from({ length: 13 }, (_, i) => `phrase ${i}`), 'at most 12'],
	])('rejects %j (%s)', (keywords, message) => {
		const problems = validate(withKeywords(keywords)).problems;
		expect(problems.some((p) => p.field.startsWith('searchKeywords') && p.message.includes(message))).toBe(true);
	});
	it('rejects a phrase two entries claim, naming the first', () => {
		const problems = checkSearchKeywords([
			{ file: 'a.mdx', entry: { set: 'carc', code: '29', searchKeywords: ['late claim'] } },
			{ file: 'b.mdx', entry: { set: 'carc', code: 'B4', searchKeywords: ['late  claim'] } },
		]);
		expect(problems).toEqual([
			{
				file: 'b.mdx',
				field: 'searchKeywords[0]',
				message: expect.stringMatching(/"late {2}claim" is already used by carc:29 \(a.mdx\)/),
			},
		]);
	});
});
