/**
 * The query table (tests/fixtures/search-queries.ts) through the real search UI in Chromium:
 * type each query into the search dialog and read the first result a user would see (the
 * best-match row when there is one, otherwise Pagefind's first result). Target: 95% of all
 * queries right, and every exact-code query right. Prints the misses.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_QUERIES, CODE_QUERIES, PHRASE_QUERIES, type SearchQuery } from '../fixtures/search-queries.ts';
import { firstShown } from '../helpers/search.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();

let page: Page;

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.url}/`);
	await page.click('button[data-open-modal]');
	await page.locator('dialog[open] .pagefind-ui__search-input').waitFor();
});

describe('the query table', () => {
	it(`puts the expected page first for at least 95% of ${ALL_QUERIES.length} queries, and for every exact code`, async () => {
		expect(ALL_QUERIES.length).toBeGreaterThanOrEqual(150);
		const misses: (SearchQuery & { got: string })[] = [];
		for (const q of ALL_QUERIES) {
			const got = await firstShown(page, q.query);
			if (got !== `/codes/${q.expect}/`) misses.push({ ...q, got });
		}
		const codeMisses = misses.filter((m) => CODE_QUERIES.some((c) => c.query === m.query));
		const right = ALL_QUERIES.length - misses.length;
		console.log(
			`query table: ${right}/${ALL_QUERIES.length} first results right (${((100 * right) / ALL_QUERIES.length).toFixed(1)}%); ` +
				`codes ${CODE_QUERIES.length - codeMisses.length}/${CODE_QUERIES.length}, phrases ${PHRASE_QUERIES.length - (misses.length - codeMisses.length)}/${PHRASE_QUERIES.length}`,
		);
		for (const m of misses) console.log(`  miss: “${m.query}” → expected /codes/${m.expect}/, got ${m.got}`);
		expect(codeMisses).toEqual([]);
		expect(right / ALL_QUERIES.length).toBeGreaterThanOrEqual(0.95);
	}, 300_000);
});
