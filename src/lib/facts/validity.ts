/**
 * Was a code valid on a date? Read from the code's start and stop dates in the
 * official list (src/data/code-lists). X12 publishes a stop date without saying
 * whether the code still applies on that day; Denial Atlas reads the stop date
 * as the first day the code is no longer valid, and says so wherever it answers.
 */
import type { CodeFacts } from './code-list-facts.ts';
import { isIsoDate } from '../site/dates.ts';

/** How pages and tools state the stop-date rule. */
export const STOP_DATE_RULE =
	'X12 does not say whether a code still applies on its stop date; Denial Atlas treats the stop date as the first day the code is no longer valid.';

export type Validity =
	/** Started on or before the date and not stopped by it. */
	| { state: 'valid'; start: string }
	/** The date is before the code's start date. */
	| { state: 'not-yet-valid'; start: string }
	/** The date is on or after the code's stop date. */
	| { state: 'no-longer-valid'; stop: string }
	/** The list publishes no start date and the code had not stopped by the date: we cannot say. */
	| { state: 'unknown' };

/** The validity of a code on a date (YYYY-MM-DD). Throws on a date that is not a real calendar date. */
export function validityOn(facts: Pick<CodeFacts, 'start' | 'stop'>, date: string): Validity {
	if (!isIsoDate(date)) throw new Error(`"${date}" is not a real date written YYYY-MM-DD`);
	// ISO dates compare as strings.
	if (facts.stop && date >= facts.stop) return { state: 'no-longer-valid', stop: facts.stop };
	if (!facts.start) return { state: 'unknown' };
	if (date < facts.start) return { state: 'not-yet-valid', start: facts.start };
	return { state: 'valid', start: facts.start };
}
