import { describe, expect, it } from 'vitest';
import {
	aliasKey,
	codePath,
	compareCodes,
	deriveAliases,
	displayCode,
	normaliseCode,
	slugFor,
} from '../../src/lib/catalogue/codes.ts';
import { CODE_SETS } from '../../src/lib/catalogue/code-sets.ts';
import { resolveCode } from '../../src/lib/lookup/goto.ts';
import { normaliseSearchTerm } from '../../src/lib/lookup/search-terms.ts';

describe('normaliseCode: the one reading of a typed code', () => {
	it.each([
		['CO-16', { group: 'CO', code: '16' }],
		['co16', { group: 'CO', code: '16' }],
		['pr 1', { group: 'PR', code: '1' }],
		['OA_18', { group: 'OA', code: '18' }],
		['PI-2000', { group: 'PI', code: '2000' }],
		['CO-B16', { group: 'CO', code: 'B16' }],
		['CR 45', { group: 'CR', code: '45' }],
		['n 130', { code: 'N130' }],
		['ma1', { code: 'MA01' }],
		['MA130', { code: 'MA130' }],
		['CARC 16', { code: '16' }],
		['rarc:N290', { code: 'N290' }],
		['CCM31', { code: 'CCM31' }],
		['timely filing', { code: 'TIMELYFILING' }],
	])('%s', (typed, expected) => expect(normaliseCode(typed)).toEqual(expected));
	it('feeds search terms: four-digit reason codes and padded remarks too', () => {
		expect(normaliseSearchTerm('pi 2000')).toBe('PI2000');
		expect(normaliseSearchTerm('ma 1')).toBe('MA01');
		expect(normaliseSearchTerm('n-130')).toBe('N130');
		expect(normaliseSearchTerm('timely filing')).toBe('timely filing');
	});
	it('feeds the go-to box: a group code only in front of a reason code', () => {
		const map = {
			'16': 'carc-16',
			N130: 'rarc-n130',
			MA01: 'rarc-ma01',
			CCM31: 'payer-ccm31',
			'AB-12': 'payer-ab-12',
			AB12: 'payer-ab-12',
		};
		expect(resolveCode('co-16', map)).toBe('carc-16');
		expect(resolveCode('MA1', map)).toBe('rarc-ma01');
		expect(resolveCode('ccm31', map)).toBe('payer-ccm31');
		expect(resolveCode('CO-N130', map)).toBeUndefined();
		expect(resolveCode('', map)).toBeUndefined();
	});
});

describe('slugs and display', () => {
	it.each([
		['carc', '16', 'carc-16'],
		['rarc', 'MA130', 'rarc-ma130'],
		['payer', 'CCM31', 'payer-ccm31'],
		['payer', 'AB-12', 'payer-ab-12'],
	])('slugFor(%s, %s) = %s', (set, code, slug) => expect(slugFor(set, code)).toBe(slug));
	it('builds canonical paths and display codes', () => {
		expect(codePath('carc', '16')).toBe('/codes/carc-16/');
		expect(displayCode('carc', '16')).toBe('CARC 16');
		expect(displayCode('rarc', 'N130')).toBe('RARC N130');
		expect(displayCode('payer', 'CCM31')).toBe('CCM31');
	});
	it('names every set the way its CODE_SETS entry says, and an unknown set (even "constructor") by its code alone', () => {
		for (const set of CODE_SETS)
			expect(displayCode(set.id, '7')).toBe(set.displayPrefix ? `${set.displayPrefix} 7` : '7');
		expect(displayCode('nope', '7')).toBe('7');
		expect(displayCode('constructor', '7')).toBe('7');
	});
});

describe('aliases', () => {
	it('derives CO-16, CO16 and CO 16 from the allowed group codes', () => {
		expect(deriveAliases({ set: 'carc', code: '16', groupCodes: ['CO', 'PI'] })).toEqual([
			'CO-16',
			'CO16',
			'CO 16',
			'PI-16',
			'PI16',
			'PI 16',
		]);
	});
	it('splits remark codes, and appends hand-added aliases without duplicates', () => {
		expect(deriveAliases({ set: 'rarc', code: 'N130', aliases: ['N 130', 'RARC N130'] })).toEqual([
			'N 130',
			'N-130',
			'RARC N130',
		]);
	});
	it('normalises spellings to one key', () => {
		for (const spelling of ['co-16', 'CO 16', 'co16', ' Co_16 ']) expect(aliasKey(spelling)).toBe('CO16');
	});
});

describe('natural order', () => {
	it('sorts 1, 2, 10, 100 and letters after numbers', () => {
		const codes = ['100', 'B10', '10', 'N1', '2', 'A1', 'MA01', 'B2', '1', 'N10', 'M2'];
		expect([...codes].sort(compareCodes)).toEqual([
			'1',
			'2',
			'10',
			'100',
			'A1',
			'B2',
			'B10',
			'M2',
			'MA01',
			'N1',
			'N10',
		]);
	});
});
