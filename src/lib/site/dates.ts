/**
 * Dates as people read them. Every date the site shows a person (deadlines,
 * remittance dates, "last reviewed", code history, the letter) is written with
 * these functions, as "February 3, 2027". Machine formats (the API, the
 * `datetime` attribute of <time>, form values) stay YYYY-MM-DD.
 *
 * Pure and free of time zones: a YYYY-MM-DD string is a calendar day, never an
 * instant, so no Date is made from local time and no user's offset can move it.
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface CalendarDay {
	year: number;
	/** 1–12 */
	month: number;
	/** 1–31 */
	day: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of a year: February has 29 in leap years (2024, 2000), 28 otherwise (2026, 1900). */
export function daysInMonth(year: number, month: number): number {
	return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A real calendar day written exactly YYYY-MM-DD, or undefined: "2026-02-29",
 * "2026-13-01", "2026-1-5", "2026-01-05T00:00" and "" are all rejected.
 */
export function parseIsoDay(iso: string): CalendarDay | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day };
}

/** Whether a value is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	return parseIsoDay(value) !== undefined;
}

/** Day of the week of a calendar day, 0 = Sunday (proleptic Gregorian calendar). */
function weekday({ year, month, day }: CalendarDay): number {
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
	return date.getUTCDay();
}

export interface DateLongOptions {
	/** Start with the day of the week: "Wednesday, February 3, 2027". */
	weekday?: boolean;
}

/**
 * "2027-02-03" → "February 3, 2027" (US order, month in words, no leading zero).
 * Throws a RangeError naming the value for anything that is not a real
 * YYYY-MM-DD day, so a bad date in content fails the build instead of showing.
 */
export function formatDateLong(iso: string, options: DateLongOptions = {}): string {
	const parsed = parseIsoDay(iso);
	if (!parsed) throw new RangeError(`formatDateLong: "${iso}" is not a real calendar date written YYYY-MM-DD (for example 2027-02-03)`);
	const text = `${MONTH_NAMES[parsed.month - 1]} ${parsed.day}, ${parsed.year}`;
	return options.weekday ? `${WEEKDAY_NAMES[weekday(parsed)]}, ${text}` : text;
}

/**
 * For text someone typed: the long form when the value (ignoring surrounding
 * spaces) is a real YYYY-MM-DD day, otherwise the value unchanged, so a field's
 * own error message can explain it.
 */
export function formatDateLongOrKeep(value: string, options: DateLongOptions = {}): string {
	const trimmed = value.trim();
	return isIsoDate(trimmed) ? formatDateLong(trimmed, options) : value;
}
