/**
 * A code's history read from the facts (start, last-modified and stop dates,
 * named successors), the reverse index of successors (which deactivated codes
 * a code replaced), and the releases: every date on which the facts say a
 * code started, changed or stopped. Pure: computed from the lists given.
 */
import type { CodeFacts } from './code-list-facts.ts';
import type { FactsBySet } from './facts.ts';
import { compareCodes } from '../catalogue/codes.ts';

/** A code in a set, written `set:code` ("carc:P7", "rarc:N54"). */
export type CodeRef = string;

export function splitRef(ref: CodeRef): { set: string; code: string } {
	const at = ref.indexOf(':');
	return { set: ref.slice(0, at), code: ref.slice(at + 1) };
}

const replacedCache = new WeakMap<FactsBySet, Map<CodeRef, CodeRef[]>>();

/**
 * The reverse of `successors`: for each code that the official notes name as
 * a successor, the deactivated codes it replaced, in set and code order.
 * Computed once per set of lists.
 */
export function replacedIndex(lists: FactsBySet): Map<CodeRef, CodeRef[]> {
	const cached = replacedCache.get(lists);
	if (cached) return cached;
	const index = new Map<CodeRef, CodeRef[]>();
	for (const [set, list] of Object.entries(lists)) {
		for (const [code, facts] of Object.entries(list?.codes ?? {})) {
			for (const successor of facts.successors ?? []) {
				const older = index.get(successor) ?? [];
				older.push(`${set}:${code}`);
				index.set(successor, older);
			}
		}
	}
	const order = Object.keys(lists);
	for (const refs of index.values()) {
		refs.sort((a, b) => {
			const x = splitRef(a);
			const y = splitRef(b);
			return order.indexOf(x.set) - order.indexOf(y.set) || compareCodes(x.code, y.code);
		});
	}
	replacedCache.set(lists, index);
	return index;
}

export interface CodeHistory {
	status: CodeFacts['status'];
	start?: string;
	lastModified?: string;
	stop?: string;
	/** The codes the official notes name as this code's successors. */
	successors: CodeRef[];
	/** The deactivated codes whose notes name this code as a successor. */
	replaces: CodeRef[];
}

/** The history of one code, or undefined when the code is not on an official list (payer codes). */
export function codeHistory(lists: FactsBySet, set: string, code: string): CodeHistory | undefined {
	const facts = lists[set]?.codes[code];
	if (!facts) return undefined;
	return {
		status: facts.status,
		...(facts.start ? { start: facts.start } : {}),
		...(facts.lastModified ? { lastModified: facts.lastModified } : {}),
		...(facts.stop ? { stop: facts.stop } : {}),
		successors: [...(facts.successors ?? [])],
		replaces: [...(replacedIndex(lists).get(`${set}:${code}`) ?? [])],
	};
}

export type ReleaseKind = 'added' | 'changed' | 'deactivated';

/** What the facts say happened on one date, by set: codes that started, changed or stopped. */
export interface Release {
	date: string;
	/** set id → kind → codes, in code order. */
	sets: Record<string, Record<ReleaseKind, string[]>>;
	/** How many codes the date touches, in all. */
	count: number;
}

/**
 * Every date on which a code started (added), was last modified (changed) or
 * stopped (deactivated), newest first. A last-modified date that equals the
 * code's start or stop date is not listed again as a change. The facts keep
 * only a code's latest modification, so earlier changes do not appear.
 */
export function releases(lists: FactsBySet): Release[] {
	const byDate = new Map<string, Release>();
	const add = (date: string, set: string, kind: ReleaseKind, code: string) => {
		let release = byDate.get(date);
		if (!release) byDate.set(date, (release = { date, sets: {}, count: 0 }));
		const kinds = (release.sets[set] ??= { added: [], changed: [], deactivated: [] });
		kinds[kind].push(code);
		release.count++;
	};
	for (const [set, list] of Object.entries(lists)) {
		for (const [code, facts] of Object.entries(list?.codes ?? {})) {
			if (facts.start) add(facts.start, set, 'added', code);
			if (facts.stop) add(facts.stop, set, 'deactivated', code);
			if (facts.lastModified && facts.lastModified !== facts.start && facts.lastModified !== facts.stop)
				add(facts.lastModified, set, 'changed', code);
		}
	}
	for (const release of byDate.values()) {
		for (const kinds of Object.values(release.sets)) for (const codes of Object.values(kinds)) codes.sort(compareCodes);
	}
	return [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The path of a release's page: /changes/2026-03-01/. */
export function releasePath(date: string): string {
	return `/changes/${date}/`;
}
