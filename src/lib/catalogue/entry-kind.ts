/**
 * What kind of entry a code is, decided once: a reason code (CARC), a remark
 * code (RARC) that explains one, an informational Alert remark, or a payer's
 * own code. The schema, the validator, the quality checks and the page all ask
 * here instead of comparing set ids.
 */
import { CODE_LISTS, isAlert, type FactsBySet } from '../facts/facts.ts';
import { getCodeSet } from './code-sets.ts';

export type EntryKind = 'reason' | 'remark' | 'alert-remark' | 'payer';

export function entryKind(entry: { set: string; code: string }, lists: FactsBySet = CODE_LISTS): EntryKind {
	const role = getCodeSet(entry.set)?.role;
	if (role === 'remark') return isAlert(lists, entry.set, entry.code) ? 'alert-remark' : 'remark';
	return role ?? 'payer';
}

/** Whether an entry's code calls for action: current, not informational, not an Alert remark. */
export function callsForAction(
	entry: { set: string; code: string; status: string; resolution: { routes: readonly string[] } },
	lists: FactsBySet = CODE_LISTS,
): boolean {
	return (
		entry.status === 'current' &&
		!entry.resolution.routes.includes('informational') &&
		entryKind(entry, lists) !== 'alert-remark'
	);
}
