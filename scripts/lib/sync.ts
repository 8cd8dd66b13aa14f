/**
 * The core of `npm run sync-code-lists`: check official exports before they
 * replace the project's facts, then build the new lists. Pure (no file
 * system): the script reads the files, calls `planSync`, and writes only when
 * nothing was refused, so a bad file can never destroy facts.
 */
import { parseCsv } from '../../src/lib/facts/csv.ts';
import {
	applyDates,
	buildCodeList,
	diffCodeLists,
	HISTORY_KEYS,
	type CodeListDiff,
	type CodeListFile,
} from '../../src/lib/facts/code-list-facts.ts';
import { isIsoDate } from '../../src/lib/site/dates.ts';
import { getCodeSet, matchesSet } from '../../src/lib/catalogue/code-sets.ts';

export type OfficialSet = 'carc' | 'rarc';
const OTHER: Record<OfficialSet, OfficialSet> = { carc: 'rarc', rarc: 'carc' };

/** The columns each kind of export must have. */
export const LIST_COLUMNS = ['code', 'status', 'description'] as const;
export const DATES_COLUMNS = ['code', 'start', 'last_modified', 'stop', 'replacements'] as const;

/** One reason the sync will not write: the file, the row (1 is the header) when there is one, and what is wrong. */
export interface Refusal {
	file: string;
	row?: number;
	message: string;
}

export function formatRefusal(r: Refusal): string {
	return `${r.file}: ${r.row === undefined ? '' : `row ${r.row}: `}${r.message}`;
}

/** A file given to the sync, already read. */
export interface InputFile {
	path: string;
	text: string;
}

export interface SetInput {
	set: OfficialSet;
	/** The code list export (code,status,description), if given. */
	list?: InputFile;
	/** The dates export (code,start,last_modified,stop,replacements), if given. */
	dates?: InputFile;
	/** The project's current list for this set, if there is one. */
	previous?: CodeListFile;
	/** Where the current list lives, for messages. */
	previousPath: string;
}

export interface SyncOptions {
	/** The date of the official list (YYYY-MM-DD); needed with a code list export. */
	listDate: string;
	/** Allow codes that are in the current list to be missing from the new one. */
	allowRemovals?: boolean;
}

export interface SetPlan {
	set: OfficialSet;
	next: CodeListFile;
	diff: CodeListDiff;
	/** Whether the file would change (or does not exist yet). */
	changed: boolean;
}

export type SyncResult = { ok: true; plans: SetPlan[] } | { ok: false; refusals: Refusal[] };

const SOURCES: Record<OfficialSet, string> = {
	carc: 'X12 Claim Adjustment Reason Codes',
	rarc: 'X12 Remittance Advice Remark Codes',
};

/**
 * Check the shape of an export: not HTML, not empty, the required columns,
 * at least one row, codes of the right set, no duplicates. Returns the
 * refusals (empty when the file may be read).
 */
export function checkExport(set: OfficialSet, file: InputFile, columns: readonly string[]): Refusal[] {
	const refuse = (message: string, row?: number): Refusal[] => [
		{ file: file.path, ...(row === undefined ? {} : { row }), message },
	];
	const text = file.text.replace(/^\uFEFF/, '');
	if (text.trim() === '')
		return refuse('the file is empty: expected a CSV export with a header row and one row per code');
	if (
		/^\s*<(?:!doctype|html|head|body|\?xml)\b/i.test(text) ||
		/<\/?(?:html|body|div|table)\b[^>]*>/i.test(text.slice(0, 2000))
	) {
		return refuse('this is an HTML page, not a CSV export (was an error or login page saved instead of the file?)', 1);
	}
	let rows: string[][];
	try {
		rows = parseCsv(text);
	} catch (error) {
		return refuse((error as Error).message);
	}
	const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
	const missing = columns.filter((c) => !header.includes(c));
	if (missing.length) {
		return refuse(
			`the header has no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length > 1 ? 's' : ''}; expected the columns ${columns.join(',')} (found: ${header.join(',') || 'nothing'})`,
			1,
		);
	}
	if (rows.length < 2)
		return refuse(`the file has a header but no codes: an official ${set.toUpperCase()} export lists every code`, 1);
	const codeColumn = header.indexOf('code');
	const refusals: Refusal[] = [];
	const seen = new Map<string, number>();
	const label = set.toUpperCase();
	const otherLabel = OTHER[set].toUpperCase();
	for (let i = 1; i < rows.length; i++) {
		const row = i + 1;
		const code = (rows[i]![codeColumn] ?? '').trim();
		if (!code) {
			refusals.push({ file: file.path, row, message: 'the "code" column is empty' });
			continue;
		}
		if (!matchesSet(set, code)) {
			if (matchesSet(OTHER[set], code)) {
				// The first code of the other set is enough: the whole file is probably the other list.
				return refuse(
					`${code} is a ${otherLabel} code, not a ${label} code: this looks like the ${otherLabel} export; pass it with --${OTHER[set]}${columns === DATES_COLUMNS ? '-dates' : ''}`,
					row,
				);
			}
			refusals.push({
				file: file.path,
				row,
				message: `"${code}" is not a ${label} code: expected ${getCodeSet(set)!.codePatternHelp}`,
			});
			continue;
		}
		const first = seen.get(code);
		if (first !== undefined)
			refusals.push({
				file: file.path,
				row,
				message: `${label} ${code} is listed twice (first in row ${first}); an export lists each code once`,
			});
		else seen.set(code, row);
	}
	return refusals;
}

/** Read "row 12 (code 16): …" / "row 12: …" from a message of the list builders into a refusal. */
function refusalFromError(path: string, error: unknown): Refusal {
	const message = (error as Error).message;
	const match = /^row (\d+)(?: \(code ([^)]*)\))?: ([\s\S]*)$/.exec(message);
	if (!match) return { file: path, message };
	return { file: path, row: Number(match[1]), message: match[2] ? `code ${match[2]}: ${match[3]}` : match[3]! };
}

/**
 * Build the new lists for every set given, or refuse. Refuses (and builds
 * nothing, for any set) on: an empty, header-only or HTML file; a missing
 * column; a code that does not fit the set, or a file of the other set;
 * duplicate codes; a list date that is not a real date or is older than the
 * current list's; and codes that would disappear, unless `allowRemovals`.
 */
export function planSync(inputs: readonly SetInput[], options: SyncOptions): SyncResult {
	const refusals: Refusal[] = [];
	const plans: SetPlan[] = [];
	const needsListDate = inputs.some((i) => i.list);
	if (needsListDate && !isIsoDate(options.listDate)) {
		refusals.push({ file: '--list-date', message: `"${options.listDate}" is not a real date written YYYY-MM-DD` });
	}
	for (const input of inputs) {
		const { set, list, dates, previous } = input;
		if (!list && !dates) continue;
		const found = [
			...(list ? checkExport(set, list, LIST_COLUMNS) : []),
			...(dates ? checkExport(set, dates, DATES_COLUMNS) : []),
		];
		if (list && previous && isIsoDate(options.listDate) && options.listDate < previous.listDate) {
			found.push({
				file: list.path,
				message: `the list date ${options.listDate} goes backwards: ${input.previousPath} already holds the list of ${previous.listDate}; pass the date of this export with --list-date`,
			});
		}
		if (found.length) {
			refusals.push(...found);
			continue;
		}
		let next: CodeListFile;
		try {
			if (list)
				next = buildCodeList(set, list.text, {
					source: SOURCES[set],
					sourceUrl: getCodeSet(set)!.officialListUrl!,
					listDate: options.listDate,
				});
			else if (previous) next = previous;
			else {
				refusals.push({
					file: dates!.path,
					message: `there is no ${input.previousPath} to add dates to: pass --${set} with the code list too`,
				});
				continue;
			}
		} catch (error) {
			refusals.push(refusalFromError(list!.path, error));
			continue;
		}
		if (dates) {
			try {
				next = applyDates(next, dates.text);
			} catch (error) {
				refusals.push(refusalFromError(dates.path, error));
				continue;
			}
		} else if (previous) {
			// A code-list refresh without a dates export keeps the dates the project already has.
			for (const [code, facts] of Object.entries(next.codes)) {
				for (const key of HISTORY_KEYS)
					if (previous.codes[code]?.[key] !== undefined) Object.assign(facts, { [key]: previous.codes[code][key] });
			}
		}
		const diff = diffCodeLists(previous, next);
		if (diff.removed.length && !options.allowRemovals) {
			const shown =
				diff.removed.length > 20
					? `${diff.removed.slice(0, 20).join(', ')} … and ${diff.removed.length - 20} more`
					: diff.removed.join(', ');
			refusals.push({
				file: list?.path ?? dates!.path,
				message: `${diff.removed.length} of the ${Object.keys(previous!.codes).length} ${set.toUpperCase()} codes in ${input.previousPath} are not in this export (${shown}); X12 deactivates codes rather than deleting them, so check the file, or pass --allow-removals if the official list really dropped them`,
			});
			continue;
		}
		const changed = !previous || Object.values(diff).some((v) => v.length > 0) || previous.listDate !== next.listDate;
		plans.push({ set, next, diff, changed });
	}
	return refusals.length ? { ok: false, refusals } : { ok: true, plans };
}
