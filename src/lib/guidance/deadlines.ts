/**
 * Appeal deadlines: the arithmetic that turns a notice date into the last day
 * to file a level. The levels and their limits live with the payer types
 * (payer-types.ts).
 */
import { formatDateLong } from '../site/dates.ts';
import type { AppealLevel } from './payer-types.ts';

/** Parse YYYY-MM-DD as a calendar date (UTC), or undefined. */
export function parseIsoDate(value: string): Date | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!m) return undefined;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value.trim() ? d : undefined;
}

export function addDays(date: Date, days: number): Date {
	return new Date(date.getTime() + days * 86_400_000);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The same calendar day `years` later (UTC); 29 February falls back to 28 February, never past the limit. */
export function addYears(date: Date, years: number): Date {
	const y = date.getUTCFullYear() + years;
	const m = date.getUTCMonth();
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

export interface DeadlineResult {
	level: AppealLevel;
	receipt: string;
	lastDay: string;
	explanation: string;
}

/**
 * The last day to file the given level, counting from a notice date. With a
 * presumed receipt of N days, the clock starts N days after the notice date.
 */
export function deadline(level: AppealLevel, noticeDate: string): DeadlineResult | undefined {
	const notice = parseIsoDate(noticeDate);
	if (!notice) return undefined;
	const receipt = addDays(notice, level.presumedReceiptDays);
	const last = addDays(receipt, level.days);
	// People read the explanation: dates in words (src/lib/site/dates.ts); the fields stay YYYY-MM-DD for machines.
	const words = (d: Date) => formatDateLong(isoDate(d));
	const start = level.presumedReceiptDays
		? `The notice is dated ${words(notice)}; receipt is presumed ${level.presumedReceiptDays} days later, on ${words(receipt)}.`
		: `The clock starts on ${words(notice)}.`;
	return {
		level,
		receipt: isoDate(receipt),
		lastDay: isoDate(last),
		explanation: `${start} ${level.days} days from then is ${words(last)}.`,
	};
}
