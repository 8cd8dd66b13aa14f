/** Dates as people read them. One function, so every page writes a date the same way. */
import { isIsoDate } from '../facts/code-list-facts.ts';

const LONG = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/** "2027-02-03" → "February 3, 2027" (en-US, read in UTC so the day never shifts). Throws on a date that is not real. */
export function formatDateLong(iso: string): string {
	if (!isIsoDate(iso)) throw new Error(`"${iso}" is not a real date written YYYY-MM-DD`);
	return LONG.format(new Date(`${iso}T00:00:00Z`));
}
