#!/usr/bin/env node
/**
 * Refresh src/data/code-lists/*.json from CSV exports of the official lists
 * (columns code,status,description) and print what changed.
 *
 *   npm run sync-code-lists -- --carc carc.csv --rarc rarc.csv --list-date 2026-08-17 [--dry-run]
 *   npm run sync-code-lists -- --carc-dates carc_dates.csv --rarc-dates rarc_dates.csv
 *
 * The checks live in scripts/lib/sync.ts (planSync): when any file is
 * refused, nothing is written, for either set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serializeCodeList, type CodeListFile } from '../src/lib/facts/code-list-facts.ts';
import { formatRefusal, planSync, type OfficialSet, type SetInput } from './lib/sync.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: npm run sync-code-lists -- [--carc FILE.csv] [--rarc FILE.csv] [--carc-dates FILE.csv] [--rarc-dates FILE.csv]
                                  [--list-date YYYY-MM-DD] [--allow-removals] [--dry-run] [--out-dir DIR]

Reads official CSV exports (columns: code,status,description), writes the
facts (code, status, usage flags; never the description text) to
src/data/code-lists/<set>.json and prints what was added, deactivated or changed.
A dates export (columns: code,start,last_modified,stop,replacements) adds each
code's start, last-modified and stop dates and its named successors; without
one, the dates already in the project are kept.

Nothing is written (for either set) when a file is empty, header-only, an HTML
page, misses a column, holds codes of the other set or codes that do not fit the
set, lists a code twice, or when --list-date is not a real date or older than
the current list's. Codes missing from a new export are refused unless
--allow-removals is given.

  --list-date       the date of the official export (default: today)
  --allow-removals  accept codes that are in the current list but not in the export
  --dry-run         print what would change, write nothing
  --out-dir         where the lists live (default: src/data/code-lists)
  --help            show this text`;

let values;
try {
	({ values } = parseArgs({
		strict: true,
		allowPositionals: false,
		options: {
			carc: { type: 'string' },
			rarc: { type: 'string' },
			'carc-dates': { type: 'string' },
			'rarc-dates': { type: 'string' },
			'list-date': { type: 'string' },
			'out-dir': { type: 'string', default: join(root, 'src/data/code-lists') },
			'allow-removals': { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	}));
} catch (error) {
	console.error(
		`sync-code-lists: ${(error as Error).message.replace(/\. To specify a positional argument[^]*$/, '')}\n\n${USAGE}`,
	);
	process.exit(2);
}

if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (!values.carc && !values.rarc && !values['carc-dates'] && !values['rarc-dates']) {
	console.error(`sync-code-lists: give at least one of --carc, --rarc, --carc-dates, --rarc-dates\n\n${USAGE}`);
	process.exit(2);
}

const read = (path: string | undefined) => {
	if (!path) return undefined;
	if (!existsSync(path)) {
		console.error(`${path}: no such file`);
		process.exit(2);
	}
	return { path, text: readFileSync(path, 'utf8') };
};

const outDir = values['out-dir'];
const inputs: SetInput[] = (['carc', 'rarc'] as const satisfies readonly OfficialSet[]).map((set) => {
	const outFile = join(outDir, `${set}.json`);
	const list = read(values[set]);
	const dates = read(values[`${set}-dates`]);
	return {
		set,
		...(list ? { list } : {}),
		...(dates ? { dates } : {}),
		...(existsSync(outFile) ? { previous: JSON.parse(readFileSync(outFile, 'utf8')) as CodeListFile } : {}),
		previousPath: relative(process.cwd(), outFile) || outFile,
	};
});

const result = planSync(inputs, {
	listDate: values['list-date'] ?? new Date().toISOString().slice(0, 10),
	allowRemovals: values['allow-removals'],
});
if (!result.ok) {
	for (const refusal of result.refusals) console.error(formatRefusal(refusal));
	console.error(
		`\nNothing was written: fix the file${result.refusals.length > 1 ? 's' : ''} above and run the sync again.`,
	);
	process.exit(1);
}

for (const { set, next, diff, changed } of result.plans) {
	const outFile = join(outDir, `${set}.json`);
	const counts = Object.values(next.codes).reduce(
		(acc, facts) => ({ ...acc, [facts.status]: (acc[facts.status] ?? 0) + 1 }),
		{} as Record<string, number>,
	);
	const from = [values[set], values[`${set}-dates`]].filter(Boolean).join(' and ');
	console.log(
		`${set.toUpperCase()}: ${Object.keys(next.codes).length} codes (${counts.current ?? 0} current, ${counts.deactivated ?? 0} deactivated) from ${from}`,
	);
	const show = (label: string, codes: string[]) => {
		if (!codes.length) return;
		const listed =
			codes.length > 40 ? `${codes.slice(0, 40).join(', ')} … and ${codes.length - 40} more` : codes.join(', ');
		console.log(`  ${label} (${codes.length}): ${listed}`);
	};
	show('added', diff.added);
	show('deactivated', diff.deactivated);
	show('reactivated', diff.reactivated);
	show('missing from the new export (removed from the facts, --allow-removals)', diff.removed);
	show('re-dated (start, last-modified or stop date changed)', diff.redated);
	show('successors changed', diff.successorsChanged);
	for (const change of diff.changed) {
		console.log(`  usage changed: ${change.code} ${JSON.stringify(change.before)} -> ${JSON.stringify(change.after)}`);
	}
	if (!changed) console.log('  no changes');
	else if (values['dry-run']) console.log(`  (dry run: ${outFile} not written)`);
	else {
		writeFileSync(outFile, serializeCodeList(next));
		console.log(`  wrote ${outFile}`);
	}
}
