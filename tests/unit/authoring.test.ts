/**
 * The author's path (issue 19): messages that say what to write, the checks
 * before publishing, the scripts' command lines, the field reference, and
 * what dev shows for a broken entry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliExit, parseCli } from '../../scripts/lib/cli.ts';
import { diffEntryUrls, entryUrls, mergeEntryUrls } from '../../scripts/lib/entry-urls.ts';
import { renderFieldsDoc } from '../../scripts/lib/fields-doc.ts';
import { PUBLISH_STEPS, publishSteps, scaffoldEntry } from '../../scripts/lib/scaffold.ts';
import type { UrlManifest } from '../../scripts/lib/url-manifest.ts';
import { orphanGuides, sidebarLinks, SIDEBAR } from '../../src/lib/site/sidebar.ts';
import { DEFAULT_REPOSITORY_URL, editUrlFor } from '../../src/lib/site/project.ts';
import { parseEntryFile, readEntryFiles } from '../../src/lib/validation/content-files.ts';
import { codeFromId, entryProblems, invalidEntryData, problemsForFile } from '../../src/lib/validation/dev-entry.ts';
import { BANNED_PHRASES, isPlaceholderHost, yamlComment } from '../../src/lib/validation/prepublish.ts';
import { formatProblem, type Problem } from '../../src/lib/validation/problem.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import { FACTS, minimalEntry, payerEntry, BODY } from '../fixtures/entries.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
type Entry = Record<string, unknown>;

/** An entry file as an author writes it: YAML frontmatter (comments allowed) and a body. */
const file = (name: string, yaml: string, body = BODY) =>
	parseEntryFile(`src/content/codes/${name}`, `---\n${yaml}\n---\n\n${body}\n`);
const problemsOf = (...sources: ReturnType<typeof parseEntryFile>[]): Problem[] => [
	...sources.filter((s) => s.yamlError).map((s) => ({ file: s.file, field: '', message: s.yamlError! })),
	...validateEntries(
		sources.filter((s) => !s.yamlError),
		{ lists: FACTS },
	).problems,
];
const asYaml = (entry: Entry) => JSON.stringify(entry, null, 2); // JSON is YAML
const source = (entry: Entry, name = 'carc-29.mdx') => ({ file: `src/content/codes/${name}`, data: entry, body: BODY });
const messages = (problems: Problem[]) => problems.map(formatProblem).join('\n');

describe('messages that say what to write', () => {
	it('gives YAML errors the line number of the file, not of the frontmatter', () => {
		const parsed = parseEntryFile(
			'src/content/codes/carc-29.mdx',
			'---\ncode: "29"\nset: carc\ntitle: Payer note: read it\n  indented: wrongly\n---\nBody',
		);
		// Line 4 of the file holds the unquoted colon (line 3 of the frontmatter).
		expect(parsed.yamlError).toMatch(/not valid YAML at line 4, column \d+/);
		expect(parsed.yamlError).toMatch(/must be put in quotes/);
		expect(parsed.yamlError).not.toMatch(/\n/);
	});

	it.each([
		['rarc:n54', 'write rarc:N54'],
		['CO-197', 'write carc:197'],
		['PR-1', 'write carc:1'],
		['carc:CO-16', 'write carc:16'],
		['co:16', 'write carc:16'],
	])('suggests the right spelling for the ref %s', (ref, fix) => {
		const entry = { ...minimalEntry(), related: [{ ref, note: 'a related code' }] };
		const problems = validateEntries([source(entry)], { lists: FACTS }).problems;
		const problem = problems.find((p) => p.field === 'related[0].ref');
		expect(problem?.message, messages(problems)).toContain(fix);
	});

	it('lists the valid tokens when no placeholder is close', () => {
		const entry = minimalEntry();
		(entry.appeal as { argument: string[] }).argument = [
			'We ask you to review this claim again, as shown in [Something Entirely Different] enclosed here.',
		];
		const problem = validateEntries([source(entry)], { lists: FACTS }).problems.find(
			(p) => p.field === 'appeal.argument[0]',
		);
		expect(problem?.message).toMatch(
			/unknown placeholder \[Something Entirely Different\].*Valid tokens: .*\[Claim Number\]/,
		);
	});

	it('explains a list item that YAML read as a map because of an unquoted colon', () => {
		const yaml = asYaml(minimalEntry()).replace(
			/"causes": \[\n\s*"[^"]*",/,
			'"causes": [\n{"The payer said": "no referral was on file for this visit"},',
		);
		const problems = problemsOf(file('carc-29.mdx', yaml));
		const problem = problems.find((p) => p.field === 'causes[0]');
		expect(problem?.message, messages(problems)).toMatch(
			/read it as a "key: value" pair because of the colon after "The payer said": put the whole cause in quotes/,
		);
	});
});

describe('checks before publishing', () => {
	const published = (yaml: string) => file('carc-29.mdx', yaml);
	const base = asYaml(minimalEntry())
		.split('\n')
		.map((l) => l.replace(/^(\s*)"([\w]+)":/, '$1$2:'))
		.join('\n');

	it('accepts the minimal entry as written', () => {
		expect(messages(problemsOf(published(base)))).toBe('');
	});

	it('refuses a TODO left in a YAML comment of a published entry, with its file line', () => {
		const yaml = base.replace(
			'category: "timely-filing",',
			'category: "timely-filing", # TODO pick from src/lib/catalogue/categories.ts',
		);
		const problems = problemsOf(published(yaml));
		const line = yaml.split('\n').findIndex((l) => l.includes('# TODO')) + 2;
		expect(problems.find((p) => p.field === `line ${line}`)?.message, messages(problems)).toMatch(
			/YAML comment still says TODO/,
		);
		// A draft may keep its TODOs.
		expect(
			messages(
				problemsOf(
					published(`draft: true\n${yaml.replace(/^\{/, '{')}`.replace('draft: true\n{', '{\n"draft": true,')),
				),
			),
		).not.toMatch(/TODO/);
	});

	it('reads comments outside quotes only', () => {
		expect(yamlComment('title: "Item #1 TODO in text"')).toBeUndefined();
		expect(yamlComment('category: x # TODO pick')).toBe('# TODO pick');
		expect(yamlComment('# TODO whole line')).toBe('# TODO whole line');
	});

	it.each([
		'https://example.com/TODO',
		'https://www.example.org/payer.pdf',
		'https://localhost/x',
		'https://127.0.0.1/x',
		'https://payer.example/x',
	])('refuses the placeholder host in %s', (url) => {
		const entry = { ...payerEntry(), sources: [{ title: 'Payer bulletin', url }] };
		const problems = validateEntries([source(entry, 'payer-ccm31.mdx')], { lists: FACTS }).problems;
		expect(
			problems.some((p) => p.field === 'sources[0].url' && /placeholder address/.test(p.message)),
			messages(problems),
		).toBe(true);
	});

	it('accepts real hosts', () => {
		expect(isPlaceholderHost('https://www.cms.gov/manual.pdf')).toBe(false);
		expect(isPlaceholderHost('https://examples.com/x')).toBe(false);
	});

	it('refuses "Incorrect information." as a cause, and the other banned phrases', () => {
		const entry = minimalEntry();
		(entry.causes as string[])[0] = 'Incorrect information was sent on the claim form.';
		(entry.prevention as string[])[0] =
			'It is important to note that you should check the member ID before you submit.';
		const problems = validateEntries([source(entry)], { lists: FACTS }).problems;
		expect(problems.find((p) => p.field === 'causes[0]')?.message, messages(problems)).toMatch(
			/"incorrect information", which the style guide bans/,
		);
		expect(problems.find((p) => p.field === 'prevention[0]')?.message).toMatch(/"it is important to note"/);
	});

	it('documents every banned phrase in the style guide', () => {
		const guide = readFileSync(join(root, 'docs/style-guide.md'), 'utf8').toLowerCase();
		for (const { phrase } of BANNED_PHRASES) expect(guide, phrase).toContain(`"${phrase}"`);
	});

	it('catches every TODO the scaffolder writes once the draft line is gone', () => {
		for (const [set, code] of [
			['carc', '22'],
			['rarc', 'N130'],
			['payer', 'ABC1'],
		] as const) {
			const { slug, text } = scaffoldEntry(set, code, { today: '2026-11-28' });
			const todoLines = text.split('\n').filter((l) => /TODO/.test(l.split('---')[0]!)).length;
			const parsed = parseEntryFile(`src/content/codes/${slug}.mdx`, text.replace('draft: true\n', ''));
			const problems = validateEntries([parsed]).problems.filter((p) => /TODO/.test(p.message));
			// Every frontmatter line with a TODO is reported (values by field, comments by line), and the body too.
			expect(problems.length, `${slug}:\n${messages(problems)}`).toBeGreaterThanOrEqual(todoLines - 1);
			expect(problems.some((p) => p.field.startsWith('line '))).toBe(true);
			expect(problems.some((p) => p.field === '(body)')).toBe(true);
		}
	});
});

describe('URLs computed from the entries', () => {
	const entries = validateEntries(readEntryFiles(root)).entries.map((e) => e.entry);
	const committed: UrlManifest = JSON.parse(readFileSync(join(root, 'url-manifest.json'), 'utf8'));

	it('match url-manifest.json for the real catalogue (the build and the entries agree)', () => {
		expect(diffEntryUrls(committed, entryUrls(entries))).toEqual({ added: [], removed: [] });
	});

	it('report a new entry as new URLs, and --update adds them', () => {
		const extra = { ...entries.find((e) => e.set === 'payer')!, code: 'ZZ9', aliases: [] };
		const derived = entryUrls([...entries, extra]);
		const { added, removed } = diffEntryUrls(committed, derived);
		expect(removed).toEqual([]);
		expect(added).toEqual(
			expect.arrayContaining([
				'/codes/payer-zz9/',
				'/api/codes/payer-zz9.json',
				'/codes/zz9/ (redirect to /codes/payer-zz9/)',
				'/codes/payer-zz9/#explanation',
			]),
		);
		expect(diffEntryUrls(mergeEntryUrls(committed, derived), derived)).toEqual({ added: [], removed: [] });
	});

	it('report a removed entry as removed URLs', () => {
		const { removed } = diffEntryUrls(
			committed,
			entryUrls(entries.filter((e) => !(e.set === 'carc' && e.code === '29'))),
		);
		expect(removed).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^\/codes\/carc-29\/ \(page\)/),
				expect.stringMatching(/^\/api\/codes\/carc-29\.json/),
			]),
		);
	});

	it('leave drafts out', () => {
		const draft = { ...entries[0]!, code: 'ZZ8', set: 'payer' as const, draft: true };
		expect(entryUrls([draft]).pages).toEqual([]);
	});
});

describe('guides and the sidebar', () => {
	it('every guide in src/content/docs/guides is reachable from the sidebar', () => {
		expect(orphanGuides(readdirSync(join(root, 'src/content/docs/guides')))).toEqual([]);
	});
	it('a guide missing from the sidebar is an orphan', () => {
		expect(orphanGuides(['group-codes.mdx', 'new-guide.mdx'])).toEqual(['new-guide.mdx']);
	});
	it('every sidebar link points at a page that exists', () => {
		const pages = JSON.parse(readFileSync(join(root, 'url-manifest.json'), 'utf8')).pages as string[];
		expect(sidebarLinks(SIDEBAR).filter((l) => !pages.includes(l))).toEqual([]);
	});
});

describe('the command lines', () => {
	const usage = 'Usage: tool [-- --fast]';
	it('prints the usage for --help and exits 0', () => {
		const run = () => parseCli({ usage, args: ['--help'], options: { fast: { type: 'boolean' } } });
		expect(run).toThrow(CliExit);
		try {
			run();
		} catch (error) {
			expect((error as CliExit).code).toBe(0);
			expect((error as CliExit).output).toBe(usage);
		}
	});
	it('exits 2 naming an unknown flag, with the usage', () => {
		try {
			parseCli({ usage, args: ['--fsat'], options: { fast: { type: 'boolean' } } });
			expect.unreachable();
		} catch (error) {
			expect((error as CliExit).code).toBe(2);
			expect((error as CliExit).output).toMatch(/Unknown option '--fsat'/);
			expect((error as CliExit).output).toContain(usage);
		}
	});
	it('parses known flags and positionals', () => {
		const { values, positionals } = parseCli({
			usage,
			args: ['--fast', 'a.mdx'],
			options: { fast: { type: 'boolean' } },
			allowPositionals: true,
		});
		expect(values.fast).toBe(true);
		expect(positionals).toEqual(['a.mdx']);
	});
	it.each([
		'validate.ts',
		'new-code.ts',
		'url-manifest.ts',
		'placeholders-doc.ts',
		'audit.ts',
		'bench.ts',
		'prepublish-check.ts',
		'fields-doc.ts',
	])(
		'scripts/%s: --help exits 0 with usage, an unknown flag exits 2 naming it',
		(script) => {
			const run = (arg: string) =>
				spawnSync(process.execPath, [join(root, 'scripts', script), arg], { cwd: root, encoding: 'utf8' });
			const help = run('--help');
			expect(help.status, help.stderr).toBe(0);
			expect(help.stdout).toMatch(/^Usage: /);
			const bad = run('--no-such-flag');
			expect(bad.status).toBe(2);
			expect(bad.stderr).toMatch(/Unknown option '--no-such-flag'[\s\S]*Usage: /);
		},
		90_000,
	);
	it('validate takes files and reports only theirs, checked against the whole catalogue', () => {
		const out = execFileSync(process.execPath, [join(root, 'scripts/validate.ts'), 'src/content/codes/carc-16.mdx'], {
			cwd: root,
			encoding: 'utf8',
		});
		expect(out).toMatch(/✓ 1 code entry valid \(1 carc\), checked against all \d+/);
	}, 30_000);
});

describe('authors find the steps and the fields', () => {
	it('the scaffolder and README list the same publish steps', () => {
		const message = publishSteps('src/content/codes/carc-22.mdx');
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		for (const command of ['npm run validate', 'npm run prepublish-check', 'npm run urls:update', 'npm test']) {
			expect(message).toContain(command);
			expect(readme).toContain(command);
		}
		expect(PUBLISH_STEPS.map(([step]) => step)).toEqual([
			'Write it',
			'Validate',
			'Pre-publish check',
			'Record the new URLs',
			'Test',
		]);
	});
	it('docs/fields.md matches the schema (npm run docs:fields)', () => {
		expect(readFileSync(join(root, 'docs/fields.md'), 'utf8')).toBe(renderFieldsDoc());
	});
	it('every schema field carries its description, so editors show it', () => {
		const doc = renderFieldsDoc();
		for (const field of [
			'code',
			'summary',
			'resolution.routes',
			'related[].ref',
			'groupCodes',
			'checks',
			'reasonCodes',
			'payer',
		]) {
			expect(doc).toMatch(new RegExp(`\\| \`${field.replace(/[[\].]/g, '\\$&')}\` \\|[^|]+\\|[^|]+\\| \\S`));
		}
	});
	it('Astro content IntelliSense is on and the editor settings are committed', () => {
		expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toMatch(/contentIntellisense: true/);
		expect(JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'))['astro.content-intellisense']).toBe(
			true,
		);
		expect(JSON.parse(readFileSync(join(root, '.vscode/extensions.json'), 'utf8')).recommendations).toContain(
			'astro-build.astro-vscode',
		);
	});
	it('"Edit this page" links come from the one repository setting', () => {
		expect(editUrlFor('src/content/codes/carc-16.mdx', DEFAULT_REPOSITORY_URL)).toBe(
			`${DEFAULT_REPOSITORY_URL}/edit/main/src/content/codes/carc-16.mdx`,
		);
		expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toMatch(/editLink: \{ baseUrl: EDIT_BASE_URL \}/);
	});
});

describe('what dev shows for a broken entry', () => {
	it('stands in for an entry the schema refuses, with its problems and the URL it would have', () => {
		const problems = problemsForFile('src/content/codes/rarc-n54.mdx', '---\ncode: "N54"\nset: rarc\n---\nBody');
		expect(problems.length).toBeGreaterThan(0);
		const data = invalidEntryData('rarc-n54', problems);
		expect(data).toMatchObject({ set: 'rarc', code: 'N54', draft: true });
		expect(entryProblems(data)).toEqual({ problems, invalid: true });
		expect(entryProblems({ ...minimalEntry() })).toBeUndefined();
		expect(codeFromId('payer-abc-1')).toEqual({ set: 'payer', code: 'ABC-1' });
		expect(codeFromId('strange')).toEqual({ set: 'payer', code: 'STRANGE' });
	});
	it('reports a YAML error in dev with the file line', () => {
		expect(problemsForFile('src/content/codes/x.mdx', '---\ncode: "1\n---\nBody')[0]!.message).toMatch(
			/not valid YAML at line \d/,
		);
	});
});
