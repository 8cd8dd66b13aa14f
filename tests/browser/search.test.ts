/** Search finds codes however people type them, and topics by meaning (Pagefind through Starlight). */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseSearchTerm } from '../../src/lib/lookup/search-terms.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();
let page: Page;
let input: Locator;

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.url}/`);
	await page.click('button[data-open-modal]');
	input = page.locator('dialog[open] .pagefind-ui__search-input');
	await input.waitFor();
});

/** The page of the first result for a query. */
async function firstResult(query: string): Promise<string> {
	await input.fill('');
	await input.fill(query);
	const first = page.locator('.pagefind-ui__result .pagefind-ui__result-link').first();
	await expect.poll(async () => ((await first.count()) ? await page.locator('.pagefind-ui__message').innerText() : ''), { timeout: 15_000 }).toMatch(/result/i);
	await expect.poll(async () => page.locator('.pagefind-ui__search-input').inputValue()).toBe(query);
	// Pagefind names the term it searched in its message ("3 results for CO16"): wait for the final query's results.
	const terms = [query, normaliseSearchTerm(query)].map((t) => t.toLowerCase());
	await expect.poll(async () => {
		const message = (await page.locator('.pagefind-ui__message').innerText()).toLowerCase();
		return terms.some((t) => message.includes(t));
	}, { timeout: 15_000 }).toBe(true);
	return new URL((await first.getAttribute('href'))!, site.url).pathname;
}

describe('exact code queries put that code first, however spelled', () => {
	it.each([
		['CO-16', '/codes/carc-16/'],
		['co16', '/codes/carc-16/'],
		['CO 16', '/codes/carc-16/'],
		['16', '/codes/carc-16/'],
		['PR-1', '/codes/carc-1/'],
		['N130', '/codes/rarc-n130/'],
		['n 130', '/codes/rarc-n130/'],
		['MA130', '/codes/rarc-ma130/'],
		['CCM31', '/codes/payer-ccm31/'],
	])('“%s” → %s', async (query, expected) => {
		expect(await firstResult(query)).toBe(expected);
	});
});

describe('keyword queries find the right code by meaning', () => {
	it.each([
		['timely filing', '/codes/carc-29/'],
		['prior authorization', '/codes/carc-197/'],
		['duplicate claim', '/codes/carc-18/'],
		['deductible', '/codes/carc-1/'],
		['missing rendering provider', '/codes/rarc-n290/'],
	])('“%s” → %s', async (query, expected) => {
		expect(await firstResult(query)).toBe(expected);
	});
});

describe('filters', () => {
	it('offer code set, status, route, group code and category', async () => {
		await input.fill('claim');
		await page.locator('.pagefind-ui__filter-panel').waitFor();
		const names = await page.locator('.pagefind-ui__filter-name').allInnerTexts();
		const text = names.join(' ').toLowerCase();
		for (const name of ['set', 'status', 'route', 'group code', 'category']) expect(text).toContain(name);
	});
});
