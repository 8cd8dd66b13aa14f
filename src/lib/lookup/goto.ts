/**
 * "Go to code": turn whatever a person typed into the page of that code,
 * using the small code map built with the site (/api/code-map.json).
 */
import { matchesSet, setFor } from '../catalogue/code-sets.ts';
import { aliasKey, normaliseCode } from '../catalogue/codes.ts';
import type { CodeFacts } from '../facts/code-list-facts.ts';
import { formatDateLong, isIsoDate } from '../site/dates.ts';
import { STOP_DATE_RULE, validityOn, type Validity } from '../facts/validity.ts';
import { isGroupCode } from '../guidance/group-codes.ts';

/**
 * aliasKey(code) → slug, e.g. { "16": "carc-16", "N130": "rarc-n130", "CCM31": "payer-ccm31" }.
 * `null` marks a code that is on an official list but has no published page (a draft), so
 * "not found" can say which of the two it is without shipping the lists to the browser.
 */
export type CodeMap = Readonly<Record<string, string | null>>;

export interface CodeMapSource {
	set: string;
	code: string;
	aliases?: readonly string[] | undefined;
	slug: string;
}

/** `official`: every code on the official lists, by set id; those without an entry are mapped to null. */
export function buildCodeMap(
	entries: readonly CodeMapSource[],
	official: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string | null> {
	const map: Record<string, string | null> = {};
	for (const e of entries) {
		map[aliasKey(e.code)] = e.slug;
		for (const alias of e.aliases ?? []) map[aliasKey(alias)] ??= e.slug;
	}
	for (const codes of Object.values(official))
		for (const code of codes) if (!(aliasKey(code) in map)) map[aliasKey(code)] = null;
	return map;
}

/** The slug for a typed code, or undefined when it is not in the catalogue. */
export function resolveCode(input: string, map: CodeMap): string | undefined {
	const key = aliasKey(input);
	if (key === '') return undefined;
	// The exact spelling first: hand-added aliases and payer codes with hyphens.
	if (map[key]) return map[key]!;
	const { group, code } = normaliseCode(input);
	const slug = map[code] ?? undefined;
	// A group code only goes in front of a reason code: CO16, PR-1, OA 18.
	if (group) return slug?.startsWith(`${setFor('reason').id}-`) ? slug : undefined;
	return slug;
}

/** What someone asked the go-to box: a code, and optionally the date to check it on ("CO-16 on 2019-05-01"). */
export interface GotoQuery {
	code: string;
	/** YYYY-MM-DD, when a date was given. */
	date?: string;
	/** Why the date cannot be used, when one was given but is not a real date. */
	dateError?: string;
}

const TRAILING_DATE = /^(.*?)\s+(?:on\s+)?(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})$/i;

/**
 * Split typed text and an optional date field into a code and a date. The date
 * may come from the field (YYYY-MM-DD, as a date input gives it) or be typed
 * after the code: "CO-16 on 2019-05-01", "N130 2019-05-01" or "N130 on 5/1/2019"
 * (US month/day/year). The field wins when both are given.
 */
export function parseGotoQuery(typed: string, dateField = ''): GotoQuery {
	let code = typed.trim();
	let raw = dateField.trim();
	const trailing = TRAILING_DATE.exec(code);
	if (trailing) {
		code = trailing[1]!.trim();
		raw ||= trailing[2]!;
	}
	if (!raw) return { code };
	const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
	const iso = us
		? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`
		: raw.replace(
				/^(\d{4})-(\d{1,2})-(\d{1,2})$/,
				(_m, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
			);
	if (!isIsoDate(iso))
		return {
			code,
			dateError: `“${raw}” is not a real date: write it as YYYY-MM-DD (2019-05-01) or month/day/year (5/1/2019).`,
		};
	return { code, date: iso };
}

export interface ValidityAnswer {
	state: Validity['state'] | 'not-on-a-list';
	message: string;
}

/**
 * Say in words whether a code was valid on a date, from its published start
 * and stop dates; the stop-date rule is stated whenever a stop date decides.
 * `facts` is undefined for a code on no official list (a payer's own code).
 */
export function describeValidity(
	label: string,
	facts: Pick<CodeFacts, 'start' | 'stop' | 'status'> | undefined,
	date: string,
): ValidityAnswer {
	const on = formatDateLong(date);
	if (!facts)
		return {
			state: 'not-on-a-list',
			message: `${label} is a payer's own code: no official list publishes dates for it, so Denial Atlas cannot say whether it was valid on ${on}.`,
		};
	const validity = validityOn(facts, date);
	switch (validity.state) {
		case 'no-longer-valid':
			return {
				state: validity.state,
				message: `${label} was no longer valid on ${on}: its stop date is ${formatDateLong(validity.stop)}. ${STOP_DATE_RULE}`,
			};
		case 'not-yet-valid':
			return {
				state: validity.state,
				message: `${label} was not yet valid on ${on}: it was introduced on ${formatDateLong(validity.start)}.`,
			};
		case 'valid':
			return {
				state: validity.state,
				message: `${label} was valid on ${on}: introduced ${formatDateLong(validity.start)}${facts.stop ? `, stop date ${formatDateLong(facts.stop)}` : ''}.`,
			};
		default:
			return {
				state: 'unknown',
				message: `The official list publishes no start date for ${label}, so Denial Atlas cannot say whether it was valid on ${on}${facts.status === 'current' ? '; it is current today' : ''}.`,
			};
	}
}

/** One code read from typed text, and what the site has for it. */
export interface FoundCode {
	/** The text it was read from ("CO-16", "MA130"). */
	typed: string;
	/** page: the code has a page (slug); no-page: it is on an official list but has no page;
	 *  unknown: it is written like an official code but is on no list. */
	kind: 'page' | 'no-page' | 'unknown';
	slug?: string;
}

const SET_WORD = /^(?:CARC|RARC|CODE)$/i;
const REMARK_LETTERS = /^(?:MA|M|N)$/i;

/**
 * Every code in a line of text, in order, without repeats: "CO-16 MA130", "PR-1, N130",
 * "CO 16 N 290", or a pasted remittance line. Group codes and the letters of a remark
 * code written apart are joined to what follows. Words that are not codes are skipped,
 * unless `strict`: then the text must be codes only, or the answer is empty.
 */
export function findCodes(input: string, map: CodeMap, { strict = false } = {}): FoundCode[] {
	const tokens = input
		.split(/[\s,;]+/)
		.map((t) => t.replace(/^[("'[]+|[)"'\].:]+$/g, ''))
		.filter(Boolean);
	const found: FoundCode[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < tokens.length; i++) {
		let typed = tokens[i]!;
		if (SET_WORD.test(typed) && tokens[i + 1]) typed = `${typed} ${tokens[++i]}`;
		else if ((isGroupCode(typed.toUpperCase()) || REMARK_LETTERS.test(typed)) && /^[A-Z]?\d/i.test(tokens[i + 1] ?? ''))
			typed = `${typed} ${tokens[++i]}`;
		const slug = resolveCode(typed, map);
		const { code } = normaliseCode(typed);
		let item: FoundCode | undefined;
		if (slug) item = { typed, kind: 'page', slug };
		else if (map[code] === null) item = { typed, kind: 'no-page' };
		// A bare number in a longer line is more likely an amount or a line number than a code.
		else if (
			matchesSet(setFor('remark').id, code) ||
			(matchesSet(setFor('reason').id, code) && (strict || tokens.length === 1 || !/^[\d.,]+$/.test(typed)))
		)
			item = { typed, kind: 'unknown' };
		if (!item) {
			if (strict) return [];
			continue;
		}
		const key = item.slug ?? aliasKey(code);
		if (seen.has(key)) continue;
		seen.add(key);
		found.push(item);
	}
	return found;
}

/**
 * The code a missing /codes/<something>/ address asks for, decoded, or
 * undefined for any other path. A malformed escape (/codes/%E0%A4%A/) is
 * taken as typed instead of throwing.
 */
export function codeFromMissingPath(pathname: string): string | undefined {
	const match = /^\/codes\/([^/]+)\/?$/.exec(pathname);
	if (!match) return undefined;
	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return match[1]!;
	}
}
