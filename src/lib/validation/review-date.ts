/**
 * lastReviewed says when a person checked the entry: a review cannot happen
 * in the future. (That it is a real calendar date is the schema's check; the
 * file reader keeps YAML dates as written, so 2026-02-30 is not rolled over
 * to March 2.)
 */
import type { Problem } from './problem.ts';

/** Today as YYYY-MM-DD in UTC, the default "today" of the validator. */
export function todayUtc(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

export function checkReviewDate(file: string, data: unknown, today: string): Problem[] {
	const raw = data && typeof data === 'object' ? (data as Record<string, unknown>).lastReviewed : undefined;
	const value = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : raw;
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value <= today) return [];
	return [
		{
			file,
			field: 'lastReviewed',
			message: `${value} is in the future (today is ${today}): write the date you last checked the entry`,
		},
	];
}
