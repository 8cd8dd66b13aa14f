/** The shapes of the machine-readable API, built from entries. */
import type { CodeEntry } from '../schema/code-entry.ts';
import { setFor } from './code-sets.ts';
import { codePath, deriveAliases, slugFor } from './codes.ts';
import { assembleLetter, letterTexts, renderText } from '../letter/letter.ts';
import { codeHistory } from '../facts/history.ts';
import { CODE_LISTS, type FactsBySet } from '../facts/facts.ts';

export interface ApiCodeSummary {
	code: string;
	set: string;
	status: string;
	title: string;
	summary: string;
	category: string;
	route: string[];
	url: string;
	aliases: string[];
	/** First day valid, last change and stop date from the official list (YYYY-MM-DD), or null where not published. */
	start: string | null;
	lastModified: string | null;
	stop: string | null;
	/** `set:code` refs the official notes name as this code's successors. */
	successors: string[];
	/** `set:code` refs of the deactivated codes whose notes name this code as a successor. */
	replaces: string[];
}

export function summarise(entry: CodeEntry, site: string, lists: FactsBySet = CODE_LISTS): ApiCodeSummary {
	const history = codeHistory(lists, entry.set, entry.code);
	return {
		code: entry.code,
		set: entry.set,
		status: entry.status,
		title: entry.title,
		summary: entry.summary,
		category: entry.category,
		route: [...entry.resolution.routes],
		url: new URL(codePath(entry.set, entry.code), site).href,
		aliases: deriveAliases(entry),
		start: history?.start ?? null,
		lastModified: history?.lastModified ?? null,
		stop: history?.stop ?? null,
		successors: history?.successors ?? [],
		replaces: history?.replaces ?? [],
	};
}

export function fullEntry(entry: CodeEntry, body: string, site: string) {
	const { draft: _draft, ...rest } = entry;
	// The API keeps its published shape: reason codes as a list of codes, their notes among the related codes.
	const reasonSet = setFor('reason').id;
	const data = {
		...rest,
		reasonCodes: entry.reasonCodes.map((r) => r.code),
		related: [
			...entry.reasonCodes.filter((r) => r.note).map((r) => ({ ref: `${reasonSet}:${r.code}`, note: r.note })),
			...entry.related,
		],
	};
	const source = entry.appeal ? { ...entry, appeal: entry.appeal } : undefined;
	const letter = source ? assembleLetter(source) : undefined;
	return {
		...summarise(entry, site),
		slug: slugFor(entry.set, entry.code),
		entry: data,
		explanation: body.trim(),
		// The main letter for any payer; every situation's letter below it (payer-type letters: /api/payer-types.json).
		letter: letter ? { text: renderText(letter), placeholders: letter.placeholders } : null,
		letters: source
			? letterTexts(source.appeal).map((text, variant) => {
					const doc = assembleLetter(source, { variant });
					return { name: text.name ?? null, action: text.action ?? source.appeal.action, text: renderText(doc) };
				})
			: [],
	};
}
