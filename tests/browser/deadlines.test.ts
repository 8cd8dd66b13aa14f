/** The appeal deadline calculator in a real browser, around month ends, year ends and leap years. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { formatDateLong } from '../../src/lib/site/dates.ts';
import { useSite } from '../helpers/use-site.ts';
import { publishedEntries } from '../helpers/site.ts';

const site = useSite();
let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.url}/guides/appeal-deadlines/`);
	await page.locator('[data-deadline]:not([data-pending])').first().waitFor();
});

async function compute(payer: string, level: string, notice: string): Promise<string> {
	const root = page.locator('[data-deadline]').first();
	await root.locator('[data-deadline-payer]').selectOption(payer);
	await root.locator('[data-deadline-level]').selectOption(level);
	await root.locator('[data-deadline-date]').fill(notice);
	return root.locator('[data-deadline-result]').innerText();
}

describe('deadline calculator', () => {
	it.each([
		['medicare-ab', 'redetermination', '2026-01-31', '2026-06-05'],
		['medicare-ab', 'redetermination', '2026-12-28', '2027-05-02'],
		['medicare-ab', 'redetermination', '2028-02-24', '2028-06-28'],
		['medicare-ab', 'reconsideration', '2026-08-31', '2027-03-04'],
		['medicare-ab', 'alj', '2026-12-31', '2027-03-06'],
		['medicare-advantage', 'ma-reconsideration', '2026-11-30', '2027-02-03'],
		['erisa', 'erisa-internal', '2027-09-02', '2028-02-29'],
	])('%s %s from %s → %s', async (payer, level, notice, last) => {
		// Written in words, as people read dates, with the weekday (the count does not skip weekends).
		const result = await compute(payer, level, notice);
		expect(result).toContain(`Last day to file: ${formatDateLong(last, { weekday: true })}.`);
		expect(result).toContain(formatDateLong(notice));
		expect(result).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	it('shows the regulation for the chosen level and the caveats for the payer type', async () => {
		await compute('medicare-ab', 'redetermination', '2026-03-02');
		const root = page.locator('[data-deadline]').first();
		expect(await root.locator('[data-deadline-source] a').innerText()).toBe('42 CFR 405.942');
		expect(await root.locator('[data-deadline-notes]').innerText()).toContain('presumed to be 5 days after');
	});

	it('only offers the levels of the chosen payer type', async () => {
		const root = page.locator('[data-deadline]').first();
		await root.locator('[data-deadline-payer]').selectOption('erisa');
		const enabled = await root.locator('[data-deadline-level] option:not([disabled])').allInnerTexts();
		expect(enabled).toEqual(['Internal appeal to the plan']);
	});

	it('appears as a panel on code pages whose route is an appeal', async () => {
		const withAppeal = publishedEntries().find((e) => e.resolution.routes.includes('appeal'))!;
		const p = await site.browser.newPage();
		await p.goto(site.url + codePath(withAppeal.set, withAppeal.code));
		const panel = p.locator('section:has(#appeal-letter) [data-deadline]').first();
		await panel.getByRole('button', { name: 'Work out the deadline' }).click();
		await panel.locator('[data-deadline-date]').fill('2026-01-31');
		expect(await panel.locator('[data-deadline-result]').innerText()).toContain(
			'Last day to file: Friday, June 5, 2026.',
		);
		await p.close();
	});
});
