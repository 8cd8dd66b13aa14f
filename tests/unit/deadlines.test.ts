import { describe, expect, it } from 'vitest';
import { deadline, parseIsoDate } from '../../src/lib/guidance/deadlines.ts';
import { getPayerType, PAYER_TYPES } from '../../src/lib/guidance/payer-types.ts';
import { formatDateLong } from '../../src/lib/site/dates.ts';

const level = (payer: string, id: string) => getPayerType(payer)!.levels.find((l) => l.id === id)!;

describe('appeal levels', () => {
	it('have the verified Medicare Part A/B limits, each cited', () => {
		expect(getPayerType('medicare-ab')!.levels.map((l) => [l.id, l.days])).toEqual([
			['redetermination', 120],
			['reconsideration', 180],
			['alj', 60],
			['council', 60],
			['court', 60],
		]);
		for (const p of PAYER_TYPES)
			for (const l of p.levels)
				expect(l.citation.url, l.id).toMatch(/^https:\/\/www\.ecfr\.gov\/current\/title-\d+\/section-[\d.-]+$/);
	});
});

describe('deadline arithmetic', () => {
	it.each([
		// Redetermination: +5 days presumed receipt, +120 days.
		['redetermination', '2026-01-31', '2026-02-05', '2026-06-05'],
		['redetermination', '2026-12-28', '2027-01-02', '2027-05-02'],
		['redetermination', '2027-10-30', '2027-11-04', '2028-03-03'], // crosses 29 Feb 2028
		['redetermination', '2028-02-24', '2028-02-29', '2028-06-28'], // receipt on a leap day
		['reconsideration', '2026-08-31', '2026-09-05', '2027-03-04'],
		['alj', '2026-12-31', '2027-01-05', '2027-03-06'],
		['council', '2027-02-27', '2027-03-04', '2027-05-03'],
		['court', '2024-02-28', '2024-03-04', '2024-05-03'],
	])('Medicare %s from a notice dated %s: receipt %s, last day %s', (id, notice, receipt, last) => {
		const result = deadline(level('medicare-ab', id), notice)!;
		expect(result.receipt).toBe(receipt);
		expect(result.lastDay).toBe(last);
		// People read the explanation: every date in it is in words; the fields above stay YYYY-MM-DD.
		expect(result.explanation).toContain(
			`The notice is dated ${formatDateLong(notice)}; receipt is presumed 5 days later, on ${formatDateLong(receipt)}.`,
		);
		expect(result.explanation).toContain(`days from then is ${formatDateLong(last)}.`);
		expect(result.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	it('explains the count in words', () => {
		expect(deadline(level('medicare-advantage', 'ma-reconsideration'), '2026-11-30')!.explanation).toBe(
			'The clock starts on November 30, 2026. 65 days from then is February 3, 2027.',
		);
	});

	it('counts Medicare Advantage and ERISA from the notice date itself', () => {
		expect(deadline(level('medicare-advantage', 'ma-reconsideration'), '2026-11-30')!.lastDay).toBe('2027-02-03');
		expect(deadline(level('erisa', 'erisa-internal'), '2027-09-01')!.lastDay).toBe('2028-02-28');
		expect(deadline(level('erisa', 'erisa-internal'), '2027-09-02')!.lastDay).toBe('2028-02-29');
	});

	it('rejects dates that do not exist', () => {
		expect(parseIsoDate('2026-02-29')).toBeUndefined();
		expect(parseIsoDate('2026-13-01')).toBeUndefined();
		expect(deadline(level('erisa', 'erisa-internal'), 'yesterday')).toBeUndefined();
	});
});
