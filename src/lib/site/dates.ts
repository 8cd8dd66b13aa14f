/**
 * Dates as people read them. Every date the site shows a person (deadlines,
 * remittance dates, "last reviewed", code history, the letter) is written with
 * these functions, as "February 3, 2027". Machine formats (the API, the
 * `datetime` attribute of <time>, form values) stay YYYY-MM-DD.
 *
 * Pure and free of time zones: a YYYY-MM-DD string is a calendar day, never an
 * instant; it is checked by hand and written by Intl in US English at UTC, so
 * the build, every browser and every user's offset give the same words.
 */

export interface CalendarDay {
	year: number;
	/** 1–12 */
	month: number;
	/** 1–31 */
	day: number;
}

/** A calendar day as a Date at UTC midnight (Date.UTC alone would read years 0–99 as 1900–1999). */
function utcDay(year: number, month: number, day: number): Date {
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year);
	return date;
}

/**
 * A real calendar day written exactly YYYY-MM-DD, or undefined: "2026-02-29",
 * "1900-02-29", "2026-13-01", "2026-1-5", "2026-01-05T00:00" and "" are all
 * rejected; "2024-02-29" and "2000-02-29" are leap days.
 */
export function parseIsoDay(iso: string): CalendarDay | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// The calendar rolls an impossible day over (February 30 becomes March 2): a real day comes back unchanged.
	const date = utcDay(year, month, day);
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
}

/** Whether a value is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	return parseIsoDay(value) !== undefined;
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
	const day = parseIsoDay(iso);
	if (!day)
		throw new RangeError(
			`formatDateLong: "${iso}" is not a real calendar date written YYYY-MM-DD (for example 2027-02-03)`,
		);
	// Written in UTC, like the day was made: no time zone can move it.
	return formatter(options.weekday === true).format(utcDay(day.year, day.month, day.day));
}

// Making an Intl formatter costs far more than using one: two, made once.
const formatters = new Map<boolean, Intl.DateTimeFormat>();
function formatter(weekday: boolean): Intl.DateTimeFormat {
	let f = formatters.get(weekday);
	if (!f)
		formatters.set(
			weekday,
			(f = new Intl.DateTimeFormat('en-US', {
				timeZone: 'UTC',
				year: 'numeric',
				month: 'long',
				day: 'numeric',
				...(weekday ? { weekday: 'long' } : {}),
			})),
		);
	return f;
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
