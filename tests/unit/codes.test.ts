import { describe, expect, it } from 'vitest';
import { aliasKey, codePath, compareCodes, deriveAliases, displayCode, slugFor } from '../../src/lib/catalogue/codes.ts';

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
});

describe('aliases', () => {
	it('derives CO-16, CO16 and CO 16 from the allowed group codes', () => {
		expect(deriveAliases({ set: 'carc', code: '16', groupCodes: ['CO', 'PI'] })).toEqual(['CO-16', 'CO16', 'CO 16', 'PI-16', 'PI16', 'PI 16']);
	});
	it('splits remark codes, and appends hand-added aliases without duplicates', () => {
		expect(deriveAliases({ set: 'rarc', code: 'N130', aliases: ['N 130', 'RARC N130'] })).toEqual(['N 130', 'N-130', 'RARC N130']);
	});
	it('normalises spellings to one key', () => {
		for (const spelling of ['co-16', 'CO 16', 'co16', ' Co_16 ']) expect(aliasKey(spelling)).toBe('CO16');
	});
});

describe('natural order', () => {
	it('sorts 1, 2, 10, 100 and letters after numbers', () => {
		const codes = ['100', 'B10', '10', 'N1', '2', 'A1', 'MA01', 'B2', '1', 'N10', 'M2'];
		expect([...codes].sort(compareCodes)).toEqual(['1', '2', '10', '100', 'A1', 'B2', 'B10', 'M2', 'MA01', 'N1', 'N10']);
	});
});
