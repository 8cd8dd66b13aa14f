/** The built site in a real browser (Debian's Chromium through playwright-core). */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/use-site.ts';
import { REQUIRED_SECTION_IDS } from '../../src/lib/catalogue/sections.ts';

const site = useSite();

/** Open a page and collect console errors and failed requests while it is used. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await site.browser.newPage();
	const errors: string[] = [];
	page.on(
		'console',
		(msg) => msg.type() === 'error' && !msg.text().startsWith('Failed to load resource') && errors.push(msg.text()),
	);
	page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
	const response = await page.goto(site.url + path);
	expect(response?.status(), path).toBe(200);
	return { page, errors };
}

describe('home page', () => {
	it('loads with its title, links to the indexes and no errors', async () => {
		const { page, errors } = await open('/');
		expect(await page.title()).toContain('Denial Atlas');
		await expect(page.locator('a[href="/codes/"]').first().isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('a code page', () => {
	it('shows the code in its heading and every section', async () => {
		const { page, errors } = await open('/codes/carc-16/');
		expect(await page.locator('h1').innerText()).toMatch(/^CARC 16: /);
		for (const id of REQUIRED_SECTION_IDS) {
			const heading = page.locator(`h2#${id}`);
			expect(await heading.isVisible(), id).toBe(true);
		}
		expect(await page.locator('#causes ~ ul li, section:has(#causes) li').count()).toBeGreaterThanOrEqual(3);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('scrolls to a section linked by its anchor', async () => {
		const { page } = await open('/codes/carc-16/#resolution');
		await page.waitForFunction(
			() => (document.querySelector('h2#resolution')?.getBoundingClientRect().top ?? 999) < 200,
		);
		await page.close();
	});
});

describe('search', () => {
	it('finds CARC 16 first when “CO-16” is typed', async () => {
		const { page, errors } = await open('/');
		await page.click('button[data-open-modal]');
		const input = page.locator('dialog[open] .pagefind-ui__search-input');
		await input.fill('CO-16');
		const first = page.locator('.pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		expect(await first.getAttribute('href')).toMatch(/\/codes\/carc-16\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});
});
