/** The wording the /changes/ pages and the feed share: what a release date means, read from the facts. */
import { STOP_DATE_RULE } from './validity.ts';

export const CHANGES_TITLE = 'What changed in the code lists';

export const KIND_LABELS = { added: 'Added', changed: 'Changed', deactivated: 'Deactivated' } as const;

/** What a date on these pages means, said once for the index, each date page and the feed. */
export const RELEASE_DATE_MEANING = [
	'Each date here is a date the official X12 lists give a code: the day it became valid (added), the day its entry was last changed (changed), or its stop date (deactivated).',
	'A code’s own dates do not always fall on the day an updated list was published, so a date here is simply a day on which at least one code started, changed or stopped.',
	'The lists keep only the latest change to each code, so an earlier change to a code that was changed again later does not appear, and a code that was deactivated and later reactivated shows only its latest change: the lists publish no date for a reactivation.',
	STOP_DATE_RULE,
] as const;

/** "12 added, 3 changed, 2 deactivated" for one release. */
export function releaseSummary(sets: Record<string, Record<'added' | 'changed' | 'deactivated', string[]>>): string {
	const totals = { added: 0, changed: 0, deactivated: 0 };
	for (const kinds of Object.values(sets))
		for (const kind of Object.keys(totals) as (keyof typeof totals)[]) totals[kind] += kinds[kind].length;
	return (Object.keys(totals) as (keyof typeof totals)[])
		.filter((k) => totals[k] > 0)
		.map((k) => `${totals[k]} ${k}`)
		.join(', ');
}
