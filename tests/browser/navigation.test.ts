/** Go to code, the /codes/ filters, alias redirects, the 404 resolver and lazy search in a real browser. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/use-site.ts';
import { publishedEntries } from '../helpers/site.ts';

const site = useSite();

const entries = publishedEntries();
const path = (url: string) => new URL(url).pathname + new URL(url).hash;

async function page(at: string): Promise<Page> {
	const p = await site.browser.newPage();
	await p.goto(site.url + at);
	return p;
}

describe('go to code', () => {
	it.each([
		['/', 'co16', '/codes/carc-16/'],
		['/', 'CO-16', '/codes/carc-16/'],
		['/', ' co 16 ', '/codes/carc-16/'],
		['/', '16', '/codes/carc-16/'],
		['/codes/', 'carc 16', '/codes/carc-16/'],
	])('on %s, “%s” + Enter opens %s', async (at, typed, expected) => {
		const p = await page(at);
		const input = p.locator('[data-goto] input').first();
		await input.fill(typed);
		await Promise.all([p.waitForURL(`**${expected}`), input.press('Enter')]);
		expect(path(p.url())).toBe(expected);
		await p.close();
	});

	it('says so for an unknown code and offers to search for it', async () => {
		const p = await page('/');
		const input = p.locator('[data-goto] input').first();
		await input.fill('ZZ999');
		await input.press('Enter');
		await expect
			.poll(() => p.locator('[data-goto-status]').first().innerText())
			.toContain('“ZZ999” is not a code Denial Atlas knows');
		await p.locator('[data-goto-search]').first().click();
		await p.locator('dialog[open] .pagefind-ui__search-input').waitFor();
		expect(await p.locator('#starlight__search .pagefind-ui__search-input').inputValue()).toBe('ZZ999');
		await p.close();
	});
});

describe('the /codes/ index filters on the client', () => {
	it('by text, set, status and route, without reloading', async () => {
		const p = await page('/codes/');
		const rows = p.locator('[data-code-row]');
		const visible = () =>
			rows.evaluateAll((els) =>
				els
					.filter((e) => !(e as HTMLElement).hidden)
					.map((e) => (e as HTMLElement).dataset.set + ':' + e.querySelector('a')!.textContent),
			);
		const total = entries.length;
		expect((await visible()).length).toBe(total);
		await p.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

		await p.fill('[data-filter="text"]', 'co-16');
		expect(await visible()).toEqual(['carc:CARC 16']);
		await p.fill('[data-filter="text"]', '');

		await p.selectOption('[data-filter="set"]', 'payer');
		expect((await visible()).every((v) => v.startsWith('payer:'))).toBe(true);
		expect((await visible()).length).toBe(entries.filter((e) => e.set === 'payer').length);
		await p.selectOption('[data-filter="set"]', '');

		await p.selectOption('[data-filter="route"]', 'appeal');
		expect((await visible()).length).toBe(entries.filter((e) => e.resolution.routes.includes('appeal')).length);
		await p.selectOption('[data-filter="status"]', 'deactivated');
		expect((await visible()).length).toBe(
			entries.filter((e) => e.resolution.routes.includes('appeal') && e.status === 'deactivated').length,
		);
		expect(await p.locator('[data-filter-count]').innerText()).toMatch(/of \d+ codes shown/);
		expect(await p.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		await p.close();
	});

	it('and so does each set’s own index, without a set choice', async () => {
		const rarc = entries.filter((e) => e.set === 'rarc');
		const p = await page('/codes/rarc/');
		const rows = p.locator('[data-code-row]');
		const visible = () =>
			rows.evaluateAll((els) =>
				els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.querySelector('a')!.textContent),
			);
		expect(await p.locator('[data-filter="set"]').count()).toBe(0);
		expect((await visible()).length).toBe(rarc.length);
		await p.fill('[data-filter="text"]', 'n 290');
		expect(await visible()).toEqual(['RARC N290']);
		await p.fill('[data-filter="text"]', '');
		await p.selectOption('[data-filter="status"]', 'deactivated');
		expect((await visible()).length).toBe(rarc.filter((e) => e.status === 'deactivated').length);
		expect(await p.locator('[data-filter-count]').innerText()).toBe(
			`${rarc.filter((e) => e.status === 'deactivated').length} of ${rarc.length} codes shown.`,
		);
		await p.close();
	});
});

describe('links that never break', () => {
	it.each([
		['/codes/co-16/#causes', '/codes/carc-16/#causes'],
		['/codes/16/#prevention', '/codes/carc-16/#prevention'],
		['/codes/CO-16/#resolution', '/codes/carc-16/#resolution'],
		['/codes/Co%2016/', '/codes/carc-16/'],
	])('%s lands on %s', async (from, to) => {
		const p = await site.browser.newPage();
		await p.goto(site.url + from);
		await p.waitForURL(`**${to}`);
		expect(path(p.url())).toBe(to);
		expect(await p.locator('h1').innerText()).toMatch(/^CARC 16:/);
		await p.close();
	});

	it('a code that does not exist gets the 404 page with a message', async () => {
		const p = await site.browser.newPage();
		const response = await p.goto(`${site.url}/codes/zz-999/`);
		expect(response?.status()).toBe(404);
		await expect
			.poll(() => p.locator('[data-notfound-status]').innerText())
			.toContain('There is no page for the code “zz-999” yet.');
		await p.close();
	});
});

describe('search', () => {
	it('downloads its UI only when opened', async () => {
		const p = await site.browser.newPage();
		const urls: string[] = [];
		p.on('request', (r) => urls.push(r.url()));
		await p.goto(`${site.url}/codes/carc-16/`, { waitUntil: 'networkidle' });
		// Nothing is queued to load later either: wait until the page is loaded and the browser has gone idle.
		await p.waitForFunction(() => document.readyState === 'complete');
		await p.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 10_000 })));
		const searchAssets = (list: string[]) => list.filter((u) => /pagefind|ui-core/.test(u));
		expect(searchAssets(urls)).toEqual([]);
		await p.click('button[data-open-modal]');
		await p.locator('dialog[open] .pagefind-ui__search-input').waitFor();
		expect(searchAssets(urls).length).toBeGreaterThan(0);
		await p.close();
	});

	it('loads the results’ styles with its UI, not on every page view', async () => {
		const p = await site.browser.newPage();
		await p.goto(`${site.url}/codes/carc-16/`, { waitUntil: 'networkidle' });
		const searchRules = () =>
			p.evaluate(() =>
				[...document.styleSheets].some((sheet) =>
					[...sheet.cssRules].some((r) => r.cssText.includes('.pagefind-ui__')),
				),
			);
		expect(await searchRules()).toBe(false);
		await p.click('button[data-open-modal]');
		const input = p.locator('dialog[open] .pagefind-ui__search-input');
		await input.waitFor();
		expect(await searchRules()).toBe(true);
		// Styled as before: Pagefind's input height at the dialog's 0.8 scale, and Starlight's colours.
		expect(await input.evaluate((el) => parseFloat(getComputedStyle(el).height))).toBeCloseTo(51.2, 0);
		expect(
			await p
				.locator('#starlight__search')
				.evaluate((el) => getComputedStyle(el).getPropertyValue('--pagefind-ui-border-width').trim()),
		).toBe('1px');
		await p.close();
	});
});
