/**
 * Code-list facts: which official codes exist, their status, and the usage
 * rules stated in the official text, reduced to structured flags. These files
 * hold facts only, never X12's description wording.
 */
import { parseCsvRecords } from './csv.ts';
import { compareCodes } from '../catalogue/codes.ts';
import { ACTIVE_GROUP_CODES } from '../guidance/group-codes.ts';

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
}

export interface CodeListFile {
	/** Which set this list is for. */
	set: 'carc' | 'rarc';
	/** Where the facts come from. */
	source: string;
	/** The official list's page, for citing. */
	sourceUrl: string;
	/** The date the official list was exported (YYYY-MM-DD). */
	listDate: string;
	codes: Record<string, CodeFacts>;
}

/** Derive the facts of one code from an official `code,status,description` row. */
export function factsFromRow(set: 'carc' | 'rarc', status: string, description: string): CodeFacts {
	const normalized = status.trim().toLowerCase();
	if (normalized !== 'current' && normalized !== 'deactivated') {
		throw new Error(`status "${status}" is not "current" or "deactivated"`);
	}
	const facts: CodeFacts = { status: normalized };
	if (set === 'carc') {
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
	set: 'carc' | 'rarc',
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
			throw new Error(`row ${index + 2} (code ${code}): ${(error as Error).message}`);
		}
	});
	entries.sort(([a], [b]) => compareCodes(a, b));
	return { set, ...meta, codes: Object.fromEntries(entries) };
}

export interface CodeListDiff {
	added: string[];
	removed: string[];
	deactivated: string[];
	reactivated: string[];
	/** Codes whose usage flags changed, with a short description of the change. */
	changed: { code: string; before: CodeFacts; after: CodeFacts }[];
}

/** What changed between two versions of a list. */
export function diffCodeLists(before: CodeListFile | undefined, after: CodeListFile): CodeListDiff {
	const old = before?.codes ?? {};
	const diff: CodeListDiff = { added: [], removed: [], deactivated: [], reactivated: [], changed: [] };
	for (const [code, facts] of Object.entries(after.codes)) {
		const prior = old[code];
		if (!prior) {
			diff.added.push(code);
			continue;
		}
		if (prior.status !== facts.status) {
			(facts.status === 'deactivated' ? diff.deactivated : diff.reactivated).push(code);
		}
		const { status: _a, ...priorFlags } = prior;
		const { status: _b, ...flags } = facts;
		if (JSON.stringify(priorFlags) !== JSON.stringify(flags)) diff.changed.push({ code, before: prior, after: facts });
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
