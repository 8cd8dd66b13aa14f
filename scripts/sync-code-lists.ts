#!/usr/bin/env node
/**
 * Refresh src/data/code-lists/*.json from CSV exports of the official lists
 * (columns code,status,description) and print what changed.
 *
 *   npm run sync-code-lists -- --carc carc.csv --rarc rarc.csv --list-date 2026-08-17 [--dry-run]
 *   npm run sync-code-lists -- --carc-dates carc_dates.csv --rarc-dates rarc_dates.csv
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyDates, buildCodeList, diffCodeLists, HISTORY_KEYS, serializeCodeList, type CodeListFile } from '../src/lib/facts/code-list-facts.ts';
import { getCodeSet } from '../src/lib/catalogue/code-sets.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = {
	carc: 'X12 Claim Adjustment Reason Codes',
	rarc: 'X12 Remittance Advice Remark Codes',
} as const;

const { values } = parseArgs({
	options: {
		carc: { type: 'string' },
		rarc: { type: 'string' },
		'carc-dates': { type: 'string' },
		'rarc-dates': { type: 'string' },
		'list-date': { type: 'string' },
		'out-dir': { type: 'string', default: join(root, 'src/data/code-lists') },
		'dry-run': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
});

if (values.help || (!values.carc && !values.rarc && !values['carc-dates'] && !values['rarc-dates'])) {
	console.log(`Usage: npm run sync-code-lists -- [--carc FILE.csv] [--rarc FILE.csv] [--carc-dates FILE.csv] [--rarc-dates FILE.csv] [--list-date YYYY-MM-DD] [--dry-run]

Reads official CSV exports (columns: code,status,description), writes the
facts (code, status, usage flags; never the description text) to
src/data/code-lists/<set>.json and prints what was added, deactivated or changed.
A dates export (columns: code,start,last_modified,stop,replacements) adds each
code's start, last-modified and stop dates and its named successors; without
one, the dates already in the project are kept.`);
	process.exit(values.help ? 0 : 2);
}

const listDate = values['list-date'] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(listDate)) {
	console.error(`--list-date must be written YYYY-MM-DD, got "${listDate}"`);
	process.exit(2);
}

let failed = false;
for (const set of ['carc', 'rarc'] as const) {
	const file = values[set];
	const datesFile = values[`${set}-dates`];
	if (!file && !datesFile) continue;
	const outFile = join(values['out-dir'], `${set}.json`);
	const previous = existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as CodeListFile) : undefined;
	let next: CodeListFile;
	let reading = file ?? datesFile!;
	try {
		if (file) {
			next = buildCodeList(set, readFileSync(file, 'utf8'), {
				source: SOURCES[set],
				sourceUrl: getCodeSet(set)!.officialListUrl!,
				listDate,
			});
		} else if (previous) next = previous;
		else throw new Error(`there is no ${outFile} to add dates to: pass --${set} with the code list too`);
		if (datesFile) {
			reading = datesFile;
			next = applyDates(next, readFileSync(datesFile, 'utf8'));
		} else if (previous) {
			// A code-list refresh without a dates export keeps the dates the project already has.
			for (const [code, facts] of Object.entries(next.codes)) {
				for (const key of HISTORY_KEYS) if (previous.codes[code]?.[key] !== undefined) Object.assign(facts, { [key]: previous.codes[code][key] });
			}
		}
	} catch (error) {
		console.error(`${reading}: ${(error as Error).message}`);
		failed = true;
		continue;
	}
	const diff = diffCodeLists(previous, next);
	const counts = Object.values(next.codes).reduce(
		(acc, facts) => ({ ...acc, [facts.status]: (acc[facts.status] ?? 0) + 1 }),
		{} as Record<string, number>,
	);
	console.log(`${set.toUpperCase()}: ${Object.keys(next.codes).length} codes (${counts.current ?? 0} current, ${counts.deactivated ?? 0} deactivated) from ${[file, datesFile].filter(Boolean).join(' and ')}`);
	const show = (label: string, codes: string[]) => {
		if (!codes.length) return;
		const listed = codes.length > 40 ? `${codes.slice(0, 40).join(', ')} … and ${codes.length - 40} more` : codes.join(', ');
		console.log(`  ${label} (${codes.length}): ${listed}`);
	};
	show('added', diff.added);
	show('deactivated', diff.deactivated);
	show('reactivated', diff.reactivated);
	show('missing from the new export (removed from the facts)', diff.removed);
	show('re-dated (start, last-modified or stop date changed)', diff.redated);
	show('successors changed', diff.successorsChanged);
	for (const change of diff.changed) {
		console.log(`  usage changed: ${change.code} ${JSON.stringify(change.before)} -> ${JSON.stringify(change.after)}`);
	}
	const changes = diff.added.length + diff.removed.length + diff.deactivated.length + diff.reactivated.length + diff.redated.length + diff.successorsChanged.length + diff.changed.length;
	if (!previous || changes > 0) {
		if (values['dry-run']) console.log(`  (dry run: ${outFile} not written)`);
		else {
			writeFileSync(outFile, serializeCodeList(next));
			console.log(`  wrote ${outFile}`);
		}
	} else console.log('  no changes');
}
process.exit(failed ? 1 : 0);
