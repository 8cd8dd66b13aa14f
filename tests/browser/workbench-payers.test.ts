/**
 * The workbench's payer type per payer in Chromium: a two-payer 835, one payer's type changed, that payer's next step
 * and deadline change and the other payer's do not; zero requests while judging again; the CSV and the letter
 * follow; axe clean on the new controls in both themes; no horizontal overflow at 390 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/facts/csv.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();
const FIXTURE = fileURLToPath(new URL('../fixtures/835/payer-types.835', import.meta.url));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SUMMIT = 'SUMMIT BENEFIT PLAN (payer ID SBP01)';
const LAKESIDE = 'LAKESIDE MEDICARE ADMINISTRATOR (payer ID LMA02)';

async function open(options: { width?: number; theme?: 'light' | 'dark' } = {}) {
	const context = await site.browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		acceptDownloads: true,
		...(options.theme ? { colorScheme: options.theme } : {}),
	});
	const page = await context.newPage();
	if (options.theme) await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), options.theme);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.url}/decode/`, { waitUntil: 'networkidle' });
	await page.locator('[data-decoder][data-ready]').waitFor();
	await page.setInputFiles('[data-decoder-file]', FIXTURE);
	await page.getByLabel(SUMMIT).waitFor({ timeout: 20_000 });
	await page.locator('table.worklist tbody tr').first().waitFor();
	return { page, errors };
}

/** Next step and deadline of each worklist row, by claim and group-reason. */
async function worklist(page: Page): Promise<Record<string, { step: string; deadline: string }>> {
	return page.$$eval('table.worklist tbody tr', (rows) =>
		Object.fromEntries(
			rows.map((tr) => {
				const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
				return [`${cells[0]!.split(' ')[0]} ${cells[3]}`, { step: cells[6]!, deadline: cells[7]! }];
			}),
		),
	);
}

describe('workbench: payer type per payer', () => {
	it('starts from the CLP06 guess, and a change re-judges that payer only, with zero requests', async () => {
		const { page, errors } = await open();
		expect(await page.getByLabel(LAKESIDE).inputValue()).toBe('medicare-ab');
		expect(await page.getByLabel(SUMMIT).inputValue()).toBe('');
		const hint = await page.locator('#wb-payer-type-0-hint').innerText();
		expect(hint).toMatch(/12 \(preferred provider organization\).*employer plan \(ERISA\) or another commercial plan/);
		const before = await worklist(page);
		expect(before['SBP100 CO-11']!.step).toMatch(/^Corrected claim/);
		expect(before['SBP100 CO-50']!.deadline).toBe('Check the payer’s limit');
		expect(before['LMA200 CO-11']!.step).toMatch(/^Reopening/);
		expect(before['LMA200 CO-50']!.deadline).toMatch(/^2026-05-17 \(Redetermination/);

		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.getByLabel(SUMMIT).focus();
		await page.getByLabel(SUMMIT).selectOption('medicare-ab');
		await expect
			.poll(async () => (await worklist(page))['SBP100 CO-11']?.step, { timeout: 10_000 })
			.toMatch(/^Reopening/);
		const after = await worklist(page);
		expect(after['SBP100 CO-50']!.deadline).toMatch(/^2026-05-17 \(Redetermination/);
		expect(after['SBP100 CO-11']!.deadline).toMatch(/^2027-01-12 \(reopening/);
		// The other payer's rows did not change.
		expect(after['LMA200 CO-11']).toEqual(before['LMA200 CO-11']);
		expect(after['LMA200 CO-50']).toEqual(before['LMA200 CO-50']);
		// The focus stays on the choice, and the change is announced.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-payer-type-0');
		await expect.poll(() => page.locator('[data-decoder-status]').innerText()).toContain('now follows the payer types');

		await page.getByLabel(SUMMIT).selectOption('erisa');
		await expect
			.poll(async () => (await worklist(page))['SBP100 CO-50']?.deadline, { timeout: 10_000 })
			.toMatch(/^2026-07-11 \(Internal appeal to the plan, 29 CFR 2560\.503-1/);
		expect((await worklist(page))['SBP100 CO-11']!.step).toMatch(/^Corrected claim/);
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
		// Nothing about the choice is stored.
		expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toMatch(
			/SUMMIT|erisa/,
		);
		await page.context().close();
	});

	it('the CSV carries the payer types chosen', async () => {
		const { page } = await open();
		await page.getByLabel(LAKESIDE).selectOption('');
		await page.locator('[data-decoder][data-state="done"]').waitFor();
		await expect
			.poll(async () => (await worklist(page))['LMA200 CO-11']?.step, { timeout: 10_000 })
			.toMatch(/^Corrected claim/);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="csv"]')]);
		const records = parseCsvRecords(readFileSync((await download.path())!, 'utf8'));
		expect(records.map((r) => [r.Claim, r['Group-reason'], r['Payer type'], r['Next step']])).toEqual([
			['SBP100', 'CO-11', 'Any payer', 'Corrected claim'],
			['SBP100', 'CO-50', 'Any payer', 'Appeal'],
			['LMA200', 'CO-11', 'Any payer', 'Corrected claim'],
			['LMA200', 'CO-50', 'Any payer', 'Appeal'],
		]);
		await page.context().close();
	});

	it('"Write the letter" opens the code’s letter for the payer type chosen', async () => {
		const { page } = await open();
		await page.getByLabel(SUMMIT).selectOption('medicare-advantage');
		await page.locator('[data-decoder][data-state="done"]').waitFor();
		const row = page.locator('table.worklist tbody tr').filter({ hasText: 'SBP100' }).filter({ hasText: 'CO-50' });
		await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('2026-03-18');
		await row.locator('button.letter-button').click();
		await page.waitForURL(/\/codes\/carc-50\/#appeal-letter$/);
		await page.locator('[data-filler-form]:not([hidden])').waitFor();
		expect(await page.locator('[data-payer-select]').inputValue()).toBe('medicare-advantage');
		expect(await page.inputValue('[data-filler-form] [name="claimNumber"]')).toBe('SBP2601100');
		await expect.poll(() => page.locator('[data-preview]').innerText()).toContain('Request for reconsideration');
		// Shown for this letter, never stored: the payer choice stays unremembered and the handover is gone.
		expect(await page.locator('[data-payer-remember]').isChecked()).toBe(false);
		expect(
			await page.evaluate(() => [
				localStorage.getItem('denial-atlas:payer-type'),
				sessionStorage.getItem('denial-atlas:letter-handover'),
			]),
		).toEqual([null, null]);
		await page.context().close();
	});

	it('has no horizontal overflow at 390 px', async () => {
		const { page } = await open({ width: 390 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const box = await page.getByLabel(LAKESIDE).boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)(
		'passes axe on the payer-type choices and the worklist, %s theme',
		async (theme) => {
			const { page } = await open({ theme });
			await page.getByLabel(SUMMIT).selectOption('workers-comp');
			await page.locator('[data-decoder][data-state="done"]').waitFor();
			const results = await new AxeBuilder({ page })
				.include('.wb-payer-types')
				.include('.wb-worklist')
				.withTags(TAGS)
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
				[],
			);
			await page.context().close();
		},
	);
});
