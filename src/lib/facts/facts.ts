/**
 * The project's code-list facts (src/data/code-lists), refreshed by
 * `npm run sync-code-lists`. Lookups used by validation and pages.
 */
import carcList from '../../data/code-lists/carc.json' with { type: 'json' };
import rarcList from '../../data/code-lists/rarc.json' with { type: 'json' };
import type { CodeFacts, CodeListFile } from './code-list-facts.ts';

export type FactsBySet = Readonly<Record<string, CodeListFile | undefined>>;

/** The facts for every official set, by set id. */
export const CODE_LISTS: FactsBySet = {
	carc: carcList as CodeListFile,
	rarc: rarcList as CodeListFile,
};

export function getFacts(lists: FactsBySet, set: string, code: string): CodeFacts | undefined {
	return lists[set]?.codes[code];
}

/** Whether a code is an informational "Alert:" remark code. */
export function isAlert(lists: FactsBySet, set: string, code: string): boolean {
	return getFacts(lists, set, code)?.alert === true;
}
