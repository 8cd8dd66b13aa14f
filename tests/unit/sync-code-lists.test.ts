/**
 * The sync cannot destroy facts: one fixture per refusal (tests/fixtures/sync/), each checked through the pure core
 * (planSync) and through the command itself against a temporary out-dir that must be left byte for byte as it was.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRefusal, planSync, type OfficialSet, type SetInput } from '../../scripts/lib/sync.ts';
import type { CodeListFile } from '../../src/lib/facts/code-list-facts.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIX = join(ROOT, 'tests/fixtures/sync');
const fixture = (name: string) => ({
	path: `tests/fixtures/sync/${name}`,
	text: readFileSync(join(FIX, name), 'utf8'),
});
const previous = (set: OfficialSet) =>
	JSON.parse(readFileSync(join(FIX, `previous-${set}.json`), 'utf8')) as CodeListFile;

function inputs(given: { carc?: string; rarc?: string; carcDates?: string; rarcDates?: string }): SetInput[] {
	return (['carc', 'rarc'] as const).map((set) => {
		const list = given[set];
		const dates = given[`${set}Dates`];
		return {
			set,
			...(list ? { list: fixture(list) } : {}),
			...(dates ? { dates: fixture(dates) } : {}),
			previous: previous(set),
			previousPath: `${set}.json`,
		};
	});
}

/** Run the real command against a temp out-dir holding the fixture lists; return its exit code, stderr and stdout. */
function runCli(outDir: string, args: string[]) {
	try {
		const stdout = execFileSync(
			process.execPath,
			[join(ROOT, 'scripts/sync-code-lists.ts'), '--out-dir', outDir, ...args],
			{ cwd: ROOT, encoding: 'utf8', stdio: 'pipe' },
		);
		return { code: 0, stdout, stderr: '' };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { code: e.status, stdout: e.stdout, stderr: e.stderr };
	}
}

const REFUSALS: { name: string; args: Record<string, string>; listDate?: string; message: RegExp; cli: string[] }[] = [
	{
		name: 'an empty file',
		args: { carc: 'carc-empty.csv' },
		message: /carc-empty\.csv: the file is empty/,
		cli: ['--carc', 'carc-empty.csv'],
	},
	{
		name: 'a header-only file',
		args: { carc: 'carc-header-only.csv' },
		message: /carc-header-only\.csv: row 1: the file has a header but no codes/,
		cli: ['--carc', 'carc-header-only.csv'],
	},
	{
		name: 'an HTML page saved as CSV',
		args: { carc: 'carc-html.csv' },
		message: /carc-html\.csv: row 1: this is an HTML page, not a CSV export/,
		cli: ['--carc', 'carc-html.csv'],
	},
	{
		name: 'a code that does not fit the set',
		args: { carc: 'carc-bad-code.csv' },
		message: /carc-bad-code\.csv: row 4: "16 \(CO\)" is not a CARC code: expected a number such as "16"/,
		cli: ['--carc', 'carc-bad-code.csv'],
	},
	{
		name: 'a RARC file passed as --carc',
		args: { carc: 'carc-is-rarc.csv' },
		message:
			/carc-is-rarc\.csv: row 2: N130 is a RARC code, not a CARC code: this looks like the RARC export; pass it with --rarc/,
		cli: ['--carc', 'carc-is-rarc.csv'],
	},
	{
		name: 'a CARC dates file passed as --rarc-dates',
		args: { rarcDates: 'rarc-dates-is-carc.csv' },
		message: /rarc-dates-is-carc\.csv: row 2: 16 is a CARC code, not a RARC code: .*pass it with --carc-dates/,
		cli: ['--rarc-dates', 'rarc-dates-is-carc.csv'],
	},
	{
		name: 'a list without the description column',
		args: { carc: 'carc-no-description.csv' },
		message:
			/carc-no-description\.csv: row 1: the header has no "description" column; expected the columns code,status,description/,
		cli: ['--carc', 'carc-no-description.csv'],
	},
	{
		name: 'a dates export without the replacements column',
		args: { carcDates: 'carc-dates-no-replacements.csv' },
		message: /carc-dates-no-replacements\.csv: row 1: the header has no "replacements" column/,
		cli: ['--carc-dates', 'carc-dates-no-replacements.csv'],
	},
	{
		name: 'a code listed twice',
		args: { carc: 'carc-duplicate.csv' },
		message: /carc-duplicate\.csv: row 5: CARC 2 is listed twice \(first in row 3\)/,
		cli: ['--carc', 'carc-duplicate.csv'],
	},
	{
		name: 'a list date that is not a real date',
		args: { carc: 'carc-ok.csv' },
		listDate: '2026-02-30',
		message: /--list-date: "2026-02-30" is not a real date written YYYY-MM-DD/,
		cli: ['--carc', 'carc-ok.csv', '--list-date', '2026-02-30'],
	},
	{
		name: 'a list date older than the current list',
		args: { carc: 'carc-ok.csv' },
		listDate: '2026-03-01',
		message:
			/carc-ok\.csv: the list date 2026-03-01 goes backwards: (?:\S*\/)?carc\.json already holds the list of 2026-08-17/,
		cli: ['--carc', 'carc-ok.csv', '--list-date', '2026-03-01'],
	},
	{
		name: 'codes that would be removed',
		args: { carc: 'carc-removes-b16.csv' },
		message:
			/carc-removes-b16\.csv: 1 of the 4 CARC codes in (?:\S*\/)?carc\.json are not in this export \(B16\).*--allow-removals/,
		cli: ['--carc', 'carc-removes-b16.csv'],
	},
];

describe('planSync refuses, building nothing', () => {
	it.each(REFUSALS)('$name', ({ args, listDate, message }) => {
		const result = planSync(inputs(args), { listDate: listDate ?? '2026-09-01' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.refusals.map(formatRefusal).join('\n')).toMatch(message);
	});

	it('refuses the whole run when one set is bad, even if the other is fine', () => {
		const result = planSync(inputs({ carc: 'carc-html.csv', rarc: 'rarc-ok.csv' }), { listDate: '2026-09-01' });
		expect(result).toMatchObject({ ok: false });
	});

	it('accepts good exports, and removals only when allowed', () => {
		const ok = planSync(inputs({ carc: 'carc-ok.csv', rarc: 'rarc-ok.csv', carcDates: 'carc-dates-ok.csv' }), {
			listDate: '2026-09-01',
		});
		expect(ok.ok).toBe(true);
		if (ok.ok) {
			expect(ok.plans.map((p) => p.set)).toEqual(['carc', 'rarc']);
			expect(ok.plans[0]!.next.codes['1']).toEqual({ status: 'current', start: '1995-01-01' });
			expect(ok.plans[0]!.next.listDate).toBe('2026-09-01');
		}
		const removal = planSync(inputs({ carc: 'carc-removes-b16.csv' }), { listDate: '2026-09-01', allowRemovals: true });
		expect(removal.ok && removal.plans[0]!.diff.removed).toEqual(['B16']);
	});
});

// Each test starts Node on the script; on a loaded machine that takes seconds, so these get a longer timeout.
describe('sync-code-lists (the command) writes nothing when it refuses', { timeout: 60_000 }, () => {
	let outDir: string;
	const snapshot = () =>
		['carc', 'rarc'].map((set) => {
			const file = join(outDir, `${set}.json`);
			return { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
		});
	beforeEach(() => {
		outDir = mkdtempSync(join(tmpdir(), 'sync-'));
		for (const set of ['carc', 'rarc']) copyFileSync(join(FIX, `previous-${set}.json`), join(outDir, `${set}.json`));
	});
	afterEach(() => rmSync(outDir, { recursive: true, force: true }));

	it.each(REFUSALS)('$name', ({ cli, message }) => {
		const before = snapshot();
		const args = cli.map((a) => (a.endsWith('.csv') ? join('tests/fixtures/sync', a) : a));
		const run = runCli(outDir, args.includes('--list-date') ? args : [...args, '--list-date', '2026-09-01']);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(message);
		expect(run.stderr).toContain('Nothing was written');
		expect(snapshot()).toEqual(before);
	});

	it('leaves a good RARC file unwritten when the CARC file in the same run is refused', () => {
		const before = snapshot();
		const run = runCli(outDir, [
			'--carc',
			'tests/fixtures/sync/carc-header-only.csv',
			'--rarc',
			'tests/fixtures/sync/rarc-ok.csv',
			'--list-date',
			'2026-09-01',
		]);
		expect(run.code).toBe(1);
		expect(snapshot()).toEqual(before);
	});

	it('writes a good export, and a removal with --allow-removals', () => {
		const run = runCli(outDir, [
			'--carc',
			'tests/fixtures/sync/carc-removes-b16.csv',
			'--list-date',
			'2026-09-01',
			'--allow-removals',
		]);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/removed from the facts.*\(1\): B16/);
		const written = JSON.parse(readFileSync(join(outDir, 'carc.json'), 'utf8')) as CodeListFile;
		expect(Object.keys(written.codes)).toEqual(['1', '2', '16']);
		expect(written.listDate).toBe('2026-09-01');
	});

	it('names an unknown flag, and prints help', () => {
		const bad = runCli(outDir, ['--carcc', 'x.csv']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toMatch(/Unknown option '--carcc'/);
		expect(bad.stderr).toContain('Usage: npm run sync-code-lists');
		const help = runCli(outDir, ['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('--allow-removals');
	});
});
