/**
 * Code-list facts: which official codes exist, their status, and the usage
 * rules stated in the official text, reduced to structured flags. These files
 * hold facts only, never X12's description wording.
 */
import { parseCsvRecords } from './csv.ts';
import { getCodeSet, type OfficialSetId } from '../catalogue/code-sets.ts';
import { compareCodes } from '../catalogue/codes.ts';
import { ACTIVE_GROUP_CODES } from '../guidance/group-codes.ts';
import { isIsoDate } from '../site/dates.ts';

const ACTIVE_GROUP_MENTION = new RegExp(`\\b(${ACTIVE_GROUP_CODES.join('|')})\\b`, 'g');

export type CodeStatus = 'current' | 'deactivated';

export interface CodeFacts {
	status: CodeStatus;
	/** CARC: the only group codes the official text allows ("Use only with Group Code OA"). */
	onlyGroups?: string[];
	/** CARC: the official text requires at least one remark code with it. */
	remarkRequired?: true;
	/** CARC: the official text points to a policy reference segment in the 835. */
	policyReference?: true;
	/** RARC: an informational "Alert:" remark. */
	alert?: true;
	/** The first day the code was valid (YYYY-MM-DD), where the official list publishes it. */
	start?: string;
	/** The last day X12 changed the code's entry (YYYY-MM-DD), where published. */
	lastModified?: string;
	/**
	 * The code's stop date (YYYY-MM-DD), where published. X12 does not say whether the code still applies on that
	 * day; Denial Atlas reads it as the first day the code is no longer valid (see validity.ts).
	 */
	stop?: string;
	/** The codes the official notes name as successors of a deactivated code, as `set:code` refs ("rarc:N54"). */
	successors?: string[];
}

/** The facts that describe a code's history rather than its use. */
export const HISTORY_KEYS = ['start', 'lastModified', 'stop', 'successors'] as const;

export interface CodeListFile {
	/** Which set this list is for. */
	set: OfficialSetId;
	/** Where the facts come from. */
	source: string;
	/** The official list's page, for citing. */
	sourceUrl: string;
	/** The date the official list was exported (YYYY-MM-DD). */
	listDate: string;
	codes: Record<string, CodeFacts>;
}

/** Derive the facts of one code from an official `code,status,description` row. */
export function factsFromRow(set: OfficialSetId, status: string, description: string): CodeFacts {
	const normalized = status.trim().toLowerCase();
	if (normalized !== 'current' && normalized !== 'deactivated') {
		throw new Error(`status "${status}" is not "current" or "deactivated"`);
	}
	const facts: CodeFacts = { status: normalized };
	if (getCodeSet(set)?.role === 'reason') {
		const only = /use only with group codes? ([^.]*)/i.exec(description);
		if (only) {
			const groups = [...only[1]!.matchAll(ACTIVE_GROUP_MENTION)].map((m) => m[1]!);
			if (groups.length) facts.onlyGroups = [...new Set(groups)];
		}
		if (/at least one remark code must be provided/i.test(description)) facts.remarkRequired = true;
		if (/refer to the 835 .{0,80}segment/i.test(description)) facts.policyReference = true;
	} else if (/^\s*alert\s*:/i.test(description)) {
		facts.alert = true;
	}
	return facts;
}

/** Build a list file from the text of an official CSV export. */
export function buildCodeList(
	set: OfficialSetId,
	csvText: string,
	meta: { source: string; sourceUrl: string; listDate: string },
): CodeListFile {
	const records = parseCsvRecords(csvText);
	const entries: [string, CodeFacts][] = [];
	records.forEach((record, index) => {
		const code = record.code?.trim();
		if (!code) throw new Error(`row ${index + 2}: the "code" column is empty or missing`);
		try {
			entries.push([code, factsFromRow(set, record.status ?? '', record.description ?? '')]);
		} catch (error) {
			throw new Error(`row ${index + 2} (code ${code}): ${(error as Error).message}`, { cause: error });
		}
	});
	entries.sort(([a], [b]) => compareCodes(a, b));
	return { set, ...meta, codes: Object.fromEntries(entries) };
}

const OTHER_SET = { carc: 'rarc', rarc: 'carc' } as const;

/**
 * Add the dates and successors of an official dates export (columns
 * code,start,last_modified,stop,replacements; replacements `;`-separated, a
 * code of the other set prefixed "CARC:" or "RARC:") to a list. Every code in
 * the export must be in the list, and every date a real date.
 */
export function applyDates(list: CodeListFile, csvText: string): CodeListFile {
	const codes: Record<string, CodeFacts> = {};
	for (const [code, facts] of Object.entries(list.codes)) {
		const rest: CodeFacts = { ...facts };
		for (const key of HISTORY_KEYS) delete rest[key];
		codes[code] = rest;
	}
	parseCsvRecords(csvText).forEach((record, index) => {
		const row = index + 2;
		const code = record.code?.trim() ?? '';
		if (!code) throw new Error(`row ${row}: the "code" column is empty or missing`);
		const facts = codes[code];
		if (!facts) throw new Error(`row ${row}: ${code} is not in the ${list.set.toUpperCase()} list being written`);
		const dates = { start: record.start, lastModified: record.last_modified, stop: record.stop };
		for (const [key, raw] of Object.entries(dates) as [keyof typeof dates, string | undefined][]) {
			const value = raw?.trim() ?? '';
			if (!value) continue;
			if (!isIsoDate(value))
				throw new Error(`row ${row} (code ${code}): ${key} "${value}" is not a real date written YYYY-MM-DD`);
			facts[key] = value;
		}
		const successors = (record.replacements ?? '')
			.split(';')
			.map((r) => r.trim())
			.filter(Boolean)
			.map((r) => {
				const prefixed = /^(CARC|RARC):(.+)$/i.exec(r);
				return prefixed ? `${prefixed[1]!.toLowerCase()}:${prefixed[2]!.trim()}` : `${list.set}:${r}`;
			});
		for (const ref of successors) {
			const [set, successor] = ref.split(':') as [OfficialSetId, string];
			if (set !== list.set && set !== OTHER_SET[list.set])
				throw new Error(`row ${row} (code ${code}): unknown successor "${ref}"`);
			if (set === list.set && !codes[successor])
				throw new Error(
					`row ${row} (code ${code}): successor ${successor} is not in the ${list.set.toUpperCase()} list`,
				);
		}
		if (successors.length) facts.successors = successors;
	});
	return { ...list, codes };
}

export interface CodeListDiff {
	added: string[];
	removed: string[];
	deactivated: string[];
	reactivated: string[];
	/** Codes whose start, last-modified or stop date changed. */
	redated: string[];
	/** Codes whose named successors changed. */
	successorsChanged: string[];
	/** Codes whose usage flags changed, with a short description of the change. */
	changed: { code: string; before: CodeFacts; after: CodeFacts }[];
}

/** What changed between two versions of a list. */
export function diffCodeLists(before: CodeListFile | undefined, after: CodeListFile): CodeListDiff {
	const old = before?.codes ?? {};
	const diff: CodeListDiff = {
		added: [],
		removed: [],
		deactivated: [],
		reactivated: [],
		redated: [],
		successorsChanged: [],
		changed: [],
	};
	const usage = (facts: CodeFacts) => {
		const {
			status: _status,
			start: _start,
			lastModified: _modified,
			stop: _stop,
			successors: _successors,
			...flags
		} = facts;
		return JSON.stringify(flags);
	};
	for (const [code, facts] of Object.entries(after.codes)) {
		const prior = old[code];
		if (!prior) {
			diff.added.push(code);
			continue;
		}
		if (prior.status !== facts.status) {
			(facts.status === 'deactivated' ? diff.deactivated : diff.reactivated).push(code);
		}
		if (prior.start !== facts.start || prior.lastModified !== facts.lastModified || prior.stop !== facts.stop)
			diff.redated.push(code);
		if ((prior.successors ?? []).join() !== (facts.successors ?? []).join()) diff.successorsChanged.push(code);
		if (usage(prior) !== usage(facts)) diff.changed.push({ code, before: prior, after: facts });
	}
	for (const code of Object.keys(old)) if (!(code in after.codes)) diff.removed.push(code);
	return diff;
}

/** Serialise a list file with one code per line, so diffs of a refresh stay readable. */
export function serializeCodeList(list: CodeListFile): string {
	const { codes, ...meta } = list;
	const head = JSON.stringify(meta, null, '\t').replace(/\n}$/, '');
	const lines = Object.entries(codes).map(([code, facts]) => `\t\t${JSON.stringify(code)}: ${JSON.stringify(facts)}`);
	return `${head},\n\t"codes": {\n${lines.join(',\n')}\n\t}\n}\n`;
}
