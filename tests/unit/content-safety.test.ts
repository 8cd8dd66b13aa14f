import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntryFile, readEntryFiles } from '../../src/lib/validation/content-files.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { checkBody, isSafeLink } from '../../src/lib/validation/safety.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import { BODY, FACTS, minimalEntry, source } from '../fixtures/entries.ts';

const validate = (sources: ReturnType<typeof source>[], today = '2026-12-01') =>
	validateEntries(sources, { lists: FACTS, today });
const printed = (sources: ReturnType<typeof source>[], today?: string) =>
	validate(sources, today).problems.map(formatProblem);

describe('frontmatter cannot carry markup', () => {
	it('rejects a title that would close <title> and open a script', () => {
		const entry = minimalEntry();
		entry.title = 'Not needed</title><script>alert(document.domain)</script>';
		expect(printed([source(entry)])).toContainEqual(
			expect.stringMatching(/carc-29\.mdx: title: contains "<": frontmatter text is plain text/),
		);
	});
	it('checks nested text too (appeal paragraphs, source titles)', () => {
		const entry = minimalEntry();
		(entry.appeal as { argument: string[] }).argument[0] += ' <img src=x onerror=alert(1)>';
		(entry.sources as { title: string }[])[0]!.title = 'X12 list >';
		const fields = validate([source(entry)])
			.problems.filter((p) => /contains "[<>]"/.test(p.message))
			.map((p) => p.field);
		expect(fields).toEqual(['sources[0].title', 'appeal.argument[0]']);
	});
});

describe('the MDX body is Markdown only, and problems name the line', () => {
	const body = (text: string) => checkBody('src/content/codes/carc-29.mdx', text, 20);
	it('rejects raw HTML and script with the file line', () => {
		const problems = body('Fine words here.\n\n<script>alert(1)</script>\n');
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^src\/content\/codes\/carc-29\.mdx:22: \(body\): <script> is not allowed/),
		]);
		expect(body('A <b>bold</b> claim.')[0]?.message).toMatch(/<b> is not allowed/);
		expect(body('<!-- a comment -->')[0]?.message).toMatch(/HTML comment/);
	});
	it('rejects import, export, JSX components and {expressions}', () => {
		expect(body("import Evil from '../../components/Evil.astro';")[0]?.message).toMatch(/"import" is not allowed/);
		expect(body('export const x = 1;')[0]?.message).toMatch(/"export" is not allowed/);
		expect(body('<Evil />')[0]?.message).toMatch(/<Evil> is not allowed/);
		expect(body('Costs {alert(1)} dollars.')[0]?.message).toMatch(/curly brace runs code/);
	});
	it('rejects javascript: and protocol-relative links, keeps web, site and anchor links', () => {
		expect(body('[click](javascript:alert(1))')[0]?.message).toMatch(/link to "javascript:alert\(1" is not allowed/);
		expect(body('[x]: data:text/html,hi')[0]?.message).toMatch(/not allowed/);
		for (const url of ['https://x12.org/codes/', '/codes/carc-16/', '#causes', 'mailto:a@b.example'])
			expect(isSafeLink(url), url).toBe(true);
		expect(isSafeLink('//evil.example/')).toBe(false);
	});
	it('leaves code spans, fenced code, escaped braces and plain Markdown alone', () => {
		expect(
			body(
				'Use `<b>` and \\{braces\\}; **bold**, _em_, [a link](https://x12.org/) and a list:\n\n- one\n\n```\n<script>not run</script>\n```\n',
			),
		).toEqual([]);
		expect(body(BODY)).toEqual([]);
	});
	it('is run by the validator, with the line of the file', () => {
		const file = parseEntryFile(
			'src/content/codes/carc-29.mdx',
			`---\ncode: "29"\n---\n${BODY}\n\n<script>alert(1)</script>\n`,
		);
		const problems = validate([{ ...source(minimalEntry()), body: file.body, bodyLine: file.bodyLine }]).problems;
		expect(problems.map(formatProblem)).toContainEqual(
			expect.stringMatching(/^src\/content\/codes\/carc-29\.mdx:8: \(body\): <script> is not allowed/),
		);
	});
});

describe('alias collisions', () => {
	const carc = (code: string, aliases: string[] = []) => {
		const entry = minimalEntry();
		Object.assign(entry, { code, aliases });
		if (code !== '29') (entry as Record<string, unknown>).related = [];
		return source(entry);
	};
	it("rejects an alias that is another code's derived alias (CO-16 on 29)", () => {
		expect(printed([carc('29', ['CO-16']), carc('16')])).toContainEqual(
			expect.stringMatching(/carc-29\.mdx: aliases\[0\]: "CO-16" belongs to carc:16 .* derived alias "CO-16"/),
		);
	});
	it("rejects an alias that is another code's code or redirect slug", () => {
		expect(printed([carc('29', ['16']), carc('16')])).toContainEqual(
			expect.stringMatching(/aliases\[0\]: "16" belongs to carc:16 .* code/),
		);
		expect(printed([carc('29', ['carc 16']), carc('16')])).toContainEqual(
			expect.stringMatching(/aliases\[0\]: "carc 16" belongs to carc:16 .* page/),
		);
	});
	it('rejects one alias on two entries, and accepts an alias of its own', () => {
		expect(printed([carc('29', ['Late claim']), carc('16', ['late-claim'])])).toContainEqual(
			expect.stringMatching(/carc-16\.mdx: aliases\[0\]: "late-claim" is also an alias of carc:29/),
		);
		expect(validate([carc('29', ['Timely filing', 'CO 29'])]).problems).toEqual([]);
	});
});

describe('dates', () => {
	it('an unquoted impossible date is not rolled over to March', () => {
		const file = parseEntryFile(
			'src/content/codes/carc-29.mdx',
			'---\ncode: "29"\nlastReviewed: 2026-02-30\n---\nBody',
		);
		expect((file.data as Record<string, unknown>).lastReviewed).toBe('2026-02-30');
		const entry = { ...minimalEntry(), lastReviewed: (file.data as Record<string, unknown>).lastReviewed };
		expect(printed([source(entry)])).toContainEqual(
			'src/content/codes/carc-29.mdx: lastReviewed: is not a real calendar date',
		);
	});
	it('a review date after today is an error; today itself is fine', () => {
		expect(printed([source({ ...minimalEntry(), lastReviewed: '2099-01-01' })], '2026-12-01')).toContainEqual(
			expect.stringMatching(/lastReviewed: 2099-01-01 is in the future \(today is 2026-12-01\)/),
		);
		expect(validate([source({ ...minimalEntry(), lastReviewed: '2026-12-01' })], '2026-12-01').problems).toEqual([]);
	});
});

describe('every problem of an entry at once', () => {
	it('a schema error does not hide the body, date, file-name and alias checks of the same entry', () => {
		const bad = { ...minimalEntry(), status: 'retired', lastReviewed: '2099-01-01', aliases: ['CO-16'] };
		const sources = [
			{ ...source(bad, 'src/content/codes/carc-30.mdx'), body: `${BODY}\n\n<b>x</b>` },
			source({ ...minimalEntry(), code: '16', related: [] }),
		];
		const fields = validate(sources)
			.problems.filter((p) => p.file.endsWith('carc-30.mdx'))
			.map((p) => p.field);
		expect(fields).toEqual(expect.arrayContaining(['status', '(body)', 'lastReviewed', 'code', 'aliases[0]']));
	});
});

describe('files the build would skip are errors', () => {
	it('names .MDX, .md and .txt files instead of ignoring them', () => {
		const root = mkdtempSync(join(tmpdir(), 'da-files-'));
		mkdirSync(join(root, 'src/content/codes'), { recursive: true });
		const text = `---\ncode: "29"\n---\n${BODY}\n`;
		for (const name of ['carc-29.mdx', 'carc-16.MDX', 'carc-18.md', 'notes.txt', '.carc-29.mdx.swp'])
			writeFileSync(join(root, 'src/content/codes', name), text);
		const files = readEntryFiles(root);
		expect(files.map((f) => [f.file, f.yamlError?.replace(/:.*/, '')])).toEqual([
			[
				'src/content/codes/carc-16.MDX',
				'the file has the extension .MDX, and the build only reads lower-case .mdx files, so this entry would silently be left out',
			],
			[
				'src/content/codes/carc-18.md',
				'the file has the extension .md, and the build only reads lower-case .mdx files, so this entry would silently be left out',
			],
			['src/content/codes/carc-29.mdx', undefined],
			[
				'src/content/codes/notes.txt',
				'the file has the extension .txt, and the build only reads lower-case .mdx files, so this entry would silently be left out',
			],
		]);
		expect(files[0]!.yamlError).toMatch(/rename it to carc-16\.mdx/);
	});
});
