/** Code history from the facts: successor links both ways, releases by date, dates in words, the replacement check. */
import { describe, expect, it } from 'vitest';
import { codeHistory, releases, replacedIndex } from '../../src/lib/facts/history.ts';
import { CODE_LISTS, type FactsBySet } from '../../src/lib/facts/facts.ts';
import type { CodeListFile } from '../../src/lib/facts/code-list-facts.ts';
import { checkReplacementClaims } from '../../src/lib/validation/replacements.ts';
import { describeValidity, parseGotoQuery } from '../../src/lib/lookup/goto.ts';
import { STOP_DATE_RULE } from '../../src/lib/facts/validity.ts';
import { DEFAULT_REPOSITORY_URL, reportProblemUrl, repositoryUrlFrom } from '../../src/lib/site/project.ts';

const list = (set: 'carc' | 'rarc', codes: CodeListFile['codes']): CodeListFile => ({
	set,
	source: 's',
	sourceUrl: 'u',
	listDate: '2026-08-17',
	codes,
});
const LISTS: FactsBySet = {
	carc: list('carc', {
		'26': { status: 'current', start: '1995-01-01', lastModified: '2018-03-01' },
		'27': { status: 'current', start: '1995-01-01' },
		'28': {
			status: 'deactivated',
			start: '1995-01-01',
			lastModified: '2003-10-16',
			stop: '2003-10-16',
			successors: ['carc:26', 'carc:27', 'rarc:N54'],
		},
	}),
	rarc: list('rarc', {
		N54: { status: 'current', start: '2001-01-01' },
		M1: { status: 'deactivated', start: '1997-01-01', stop: '2003-10-16', successors: ['carc:27'] },
		N923: { status: 'current' },
	}),
};

describe('successor links both ways', () => {
	it('a deactivated code lists its successors, and each successor lists the codes it replaced', () => {
		expect(codeHistory(LISTS, 'carc', '28')).toMatchObject({
			stop: '2003-10-16',
			successors: ['carc:26', 'carc:27', 'rarc:N54'],
			replaces: [],
		});
		expect(codeHistory(LISTS, 'carc', '27')!.replaces).toEqual(['carc:28', 'rarc:M1']);
		expect(codeHistory(LISTS, 'rarc', 'N54')!.replaces).toEqual(['carc:28']);
		expect(codeHistory(LISTS, 'rarc', 'N923')).toEqual({ status: 'current', successors: [], replaces: [] });
		expect(codeHistory(LISTS, 'payer', 'CCM31')).toBeUndefined();
	});
	it('holds for the project’s own facts: every named successor points back', () => {
		const index = replacedIndex(CODE_LISTS);
		let links = 0;
		for (const [set, file] of Object.entries(CODE_LISTS)) {
			for (const [code, facts] of Object.entries(file!.codes)) {
				for (const successor of facts.successors ?? []) {
					expect(index.get(successor), `${successor} should say it replaced ${set}:${code}`).toContain(
						`${set}:${code}`,
					);
					links++;
				}
			}
		}
		expect(links).toBeGreaterThan(100);
		expect(codeHistory(CODE_LISTS, 'carc', 'P7')!.replaces).toEqual(['carc:220']);
		expect(codeHistory(CODE_LISTS, 'carc', '220')!.successors).toEqual(['carc:P7']);
	});
});

describe('releases', () => {
	it('group starts, changes and stops by date, newest first, without listing a stop-day change twice', () => {
		const all = releases(LISTS);
		expect(all.map((r) => r.date)).toEqual(['2018-03-01', '2003-10-16', '2001-01-01', '1997-01-01', '1995-01-01']);
		expect(all[1]!.sets).toEqual({
			carc: { added: [], changed: [], deactivated: ['28'] },
			rarc: { added: [], changed: [], deactivated: ['M1'] },
		});
		expect(all[0]!.sets.carc!.changed).toEqual(['26']);
		expect(all.at(-1)!.sets.carc!.added).toEqual(['26', '27', '28']);
		expect(all.at(-1)!.count).toBe(3);
	});
});

describe('replacement claims against the facts', () => {
	it('flags text that says no replacement is named when the facts name one', () => {
		const problems = checkReplacementClaims(
			'carc-28.mdx',
			{ set: 'carc', code: '28' },
			{ resolution: { why: 'The official list names no replacement.' } },
			'The official text does not name a replacement for it.',
			LISTS,
		);
		expect(problems.map((p) => p.field)).toEqual(['resolution.why', '(body)']);
		expect(problems[0]!.message).toMatch(/names CARC 26, CARC 27, RARC N54 as the successors of CARC 28/);
	});
	it('accepts the same words for a code without successors, and text that names them', () => {
		expect(
			checkReplacementClaims(
				'carc-27.mdx',
				{ set: 'carc', code: '27' },
				{},
				'The official list names no replacement.',
				LISTS,
			),
		).toEqual([]);
		expect(
			checkReplacementClaims(
				'carc-28.mdx',
				{ set: 'carc', code: '28' },
				{},
				'The official list names 26 and 27 as its replacements.',
				LISTS,
			),
		).toEqual([]);
	});
});

describe('project address', () => {
	it('defaults to the project repository and takes an override', () => {
		expect(repositoryUrlFrom(undefined)).toBe(DEFAULT_REPOSITORY_URL);
		expect(repositoryUrlFrom('https://git.example.org/team/atlas/')).toBe('https://git.example.org/team/atlas');
		expect(() => repositoryUrlFrom('git@github.com:x/y')).toThrow(/DENIAL_ATLAS_REPOSITORY_URL/);
		expect(() => repositoryUrlFrom('http://example.org/x')).toThrow(/https/);
	});
	it('prefills a new issue with the code and the page', () => {
		const url = new URL(reportProblemUrl('CARC 220', '/codes/carc-220/', 'https://github.com/o/r'));
		expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
		expect(url.searchParams.get('title')).toBe('CARC 220 (/codes/carc-220/): ');
	});
});

describe('go-to box: code and date', () => {
	it.each([
		['CO-16 on 2019-05-01', '', { code: 'CO-16', date: '2019-05-01' }],
		['N130 2019-5-1', '', { code: 'N130', date: '2019-05-01' }],
		['MA130 on 5/1/2019', '', { code: 'MA130', date: '2019-05-01' }],
		['CO-16', '2020-02-29', { code: 'CO-16', date: '2020-02-29' }],
		['CO-16 on 2019-05-01', '2021-01-01', { code: 'CO-16', date: '2021-01-01' }],
		['  PR 1 ', '', { code: 'PR 1' }],
	])('%s (field %s)', (typed, field, expected) => expect(parseGotoQuery(typed, field)).toEqual(expected));
	it('explains a date that is not real', () => {
		expect(parseGotoQuery('CO-16 on 2019-02-30').dateError).toMatch(
			/“2019-02-30” is not a real date: write it as YYYY-MM-DD/,
		);
		expect(parseGotoQuery('CO-16', '13/45/2019').dateError).toMatch(/not a real date/);
	});
	it('says when a code was not yet or no longer valid, stating the stop-date rule', () => {
		const facts = { status: 'deactivated' as const, start: '2008-01-27', stop: '2014-07-01' };
		expect(describeValidity('CARC 220', facts, '2014-07-01')).toEqual({
			state: 'no-longer-valid',
			message: `CARC 220 was no longer valid on July 1, 2014: its stop date is July 1, 2014. ${STOP_DATE_RULE}`,
		});
		expect(describeValidity('CARC 220', facts, '2014-06-30').message).toBe(
			'CARC 220 was valid on June 30, 2014: introduced January 27, 2008, stop date July 1, 2014.',
		);
		expect(describeValidity('CARC 220', facts, '2008-01-26').message).toBe(
			'CARC 220 was not yet valid on January 26, 2008: it was introduced on January 27, 2008.',
		);
		expect(describeValidity('RARC N923', { status: 'current' }, '2020-01-01').message).toMatch(
			/publishes no start date for RARC N923.*it is current today/,
		);
		expect(describeValidity('CCM31', undefined, '2020-01-01').state).toBe('not-on-a-list');
	});
});
