/** Gates on the built site: valid HTML and page-weight budgets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, LONGEST_CODE_PAGE, indexBudget, type Budget } from '../../scripts/lib/budgets.ts';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { kb, pageWeight } from '../../scripts/lib/page-weight.ts';
import { DIST, ROOT, publishedEntries, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory()
			? ['_astro', 'pagefind'].includes(d.name)
				? []
				: htmlFiles(join(dir, d.name))
			: d.name.endsWith('.html')
				? [join(dir, d.name)]
				: [],
	);
}

describe('HTML', () => {
	it('every built page passes html-validate (standard rules, .htmlvalidate.json)', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const errors: string[] = [];
		for (const file of htmlFiles(DIST)) {
			const report = await validator.validateFile(file);
			for (const result of report.results)
				for (const m of result.messages)
					errors.push(`${file.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(errors).toEqual([]);
		// About 5,600 pages: roughly 2 minutes alone on 2 cores, and several times that with a build running beside it.
	}, 900_000);
});

describe('page-weight budgets (gzip)', () => {
	const entries = publishedEntries();
	const plain = entries.find((e) => !e.appeal)!;
	const withLetter = entries.find((e) => e.appeal);
	const pages: [string, string, Budget][] = [
		['home', '/', BUDGETS.home!],
		['code page', codePath(plain.set, plain.code), BUDGETS['code page']!],
		...(withLetter
			? ([['code page with letter', codePath(withLetter.set, withLetter.code), BUDGETS['code page with letter']!]] as [
					string,
					string,
					Budget,
				][])
			: []),
		['set index', '/codes/carc/', indexBudget(entries.filter((e) => e.set === 'carc').length)],
		['index', '/codes/', indexBudget(entries.length)],
		['decoder', '/decode/', BUDGETS.decoder!],
	];
	it('a code page with a letter loads no payer type letter parts up front (they load when a payer type is chosen)', () => {
		if (!withLetter) return;
		const weight = pageWeight(DIST, codePath(withLetter.set, withLetter.code));
		const scripts = weight.assets.filter((a) => a.kind === 'js').map((a) => a.url);
		expect(scripts.some((url) => url.includes('LetterFiller'))).toBe(true);
		for (const url of scripts)
			expect(readFileSync(join(DIST, url), 'utf8'), url).not.toContain('Request for redetermination');
	});
	it('every code page stays within the ceiling for the longest entries (the named pages above meet the targets)', () => {
		const over: string[] = [];
		let heaviest = { html: 0, total: 0 };
		for (const entry of entries) {
			const page = codePath(entry.set, entry.code);
			const weight = pageWeight(DIST, page);
			heaviest = {
				html: Math.max(heaviest.html, weight.totals.html.gzip),
				total: Math.max(heaviest.total, weight.totals.all.gzip),
			};
			if (weight.totals.html.gzip > LONGEST_CODE_PAGE.html || weight.totals.all.gzip > LONGEST_CODE_PAGE.total)
				over.push(`${page}: HTML ${weight.totals.html.gzip} B, total ${weight.totals.all.gzip} B`);
		}
		expect(over, `ceiling: HTML ${LONGEST_CODE_PAGE.html} B, total ${LONGEST_CODE_PAGE.total} B`).toEqual([]);
		expect(heaviest.html).toBeGreaterThan(0);
	}, 300_000);
	it.each(pages)('%s (%s) stays within budget', (type, page, budget) => {
		const weight = pageWeight(DIST, page);
		const largest = [...weight.assets]
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 3)
			.map((a) => `${a.url} ${kb(a.gzip)}`)
			.join(', ');
		expect(
			weight.totals.html.gzip,
			`${type} ${page}: HTML ${kb(weight.totals.html.gzip)} > budget ${kb(budget.html)}`,
		).toBeLessThanOrEqual(budget.html);
		expect(
			weight.totals.all.gzip,
			`${type} ${page}: total ${kb(weight.totals.all.gzip)} > budget ${kb(budget.total)}; largest assets: ${largest}`,
		).toBeLessThanOrEqual(budget.total);
	});
});
