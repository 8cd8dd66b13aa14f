import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateLongOrKeep, isIsoDate, parseIsoDay } from '../../src/lib/site/dates.ts';
import { formatDate } from '../../src/lib/letter/letter.ts';

describe('formatDateLong: dates as people read them', () => {
	it.each([
		['2027-02-03', 'February 3, 2027'],
		['2026-01-31', 'January 31, 2026'],
		['2026-12-01', 'December 1, 2026'],
		['2024-02-29', 'February 29, 2024'], // leap year
		['2000-02-29', 'February 29, 2000'], // divisible by 400: leap
		['0999-07-04', 'July 4, 999'],
	])('%s → %s', (iso, words) => expect(formatDateLong(iso)).toBe(words));

	it('can start with the day of the week, in any year', () => {
		expect(formatDateLong('2027-02-03', { weekday: true })).toBe('Wednesday, February 3, 2027');
		expect(formatDateLong('2028-02-29', { weekday: true })).toBe('Tuesday, February 29, 2028');
		expect(formatDateLong('2026-12-06', { weekday: true })).toBe('Sunday, December 6, 2026');
		expect(formatDateLong('0050-01-01', { weekday: true })).toBe('Saturday, January 1, 50');
	});

	it.each([
		'2026-02-29', // not a leap year
		'1900-02-29', // divisible by 100 but not 400: not a leap year
		'2026-04-31',
		'2026-13-01',
		'2026-00-10',
		'2026-01-00',
		'2026-1-5',
		' 2026-01-05',
		'2026-01-05T00:00:00Z',
		'02/03/2027',
		'',
		'yesterday',
	])('rejects %j with an error naming the value and the format', (bad) => {
		expect(isIsoDate(bad)).toBe(false);
		expect(parseIsoDay(bad)).toBeUndefined();
		expect(() => formatDateLong(bad)).toThrow(RangeError);
		expect(() => formatDateLong(bad)).toThrow(`"${bad}" is not a real calendar date written YYYY-MM-DD`);
	});

	it('knows the length of every month', () => {
		const last = (year: number, month: number) =>
			[31, 30, 29, 28].find((d) => isIsoDate(`${year}-${String(month).padStart(2, '0')}-${d}`));
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => last(2026, m))).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
		]);
		expect(last(2024, 2)).toBe(29);
		expect(last(2100, 2)).toBe(28);
		expect(last(2000, 2)).toBe(29);
	});

	it('agrees with the calendar for every day of a leap year and a common year', () => {
		const months = [
			'January',
			'February',
			'March',
			'April',
			'May',
			'June',
			'July',
			'August',
			'September',
			'October',
			'November',
			'December',
		];
		const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
		for (const year of [2027, 2028]) {
			let days = 0;
			for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000, days++) {
				const d = new Date(t);
				const iso = d.toISOString().slice(0, 10);
				expect(isIsoDate(iso), iso).toBe(true);
				expect(formatDateLong(iso, { weekday: true })).toBe(
					`${weekdays[d.getUTCDay()]}, ${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${year}`,
				);
			}
			expect(days).toBe(year === 2028 ? 366 : 365);
		}
	});
});

describe('typed values', () => {
	it('are written in words when they are real dates and kept as typed otherwise', () => {
		expect(formatDateLongOrKeep(' 2026-03-09 ')).toBe('March 9, 2026');
		expect(formatDateLongOrKeep('2026-02-30')).toBe('2026-02-30');
		expect(formatDateLongOrKeep('next Tuesday')).toBe('next Tuesday');
	});

	it('the letter uses the same function: an impossible date is left for the field’s error to explain', () => {
		expect(formatDate('2026-03-09')).toBe('March 9, 2026');
		expect(formatDate('2026-02-30')).toBe('2026-02-30');
	});
});
