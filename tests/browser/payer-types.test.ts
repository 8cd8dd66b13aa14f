/**
 * The payer-type choice on a code page, in a real browser: it switches the route, the deadline panel and the letter;
 * letter situations; the new letter fields fill, copy and download; without JavaScript every variant is readable;
 * axe passes on the new controls in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { useSite } from '../helpers/use-site.ts';
import { publishedEntries } from '../helpers/site.ts';

const site = useSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const entries = publishedEntries();
// A letter page whose route differs for Medicare, and one with named letter situations.
const medicare = entries.find((e) => e.appeal && e.resolution.byPayer?.['medicare-ab'] && !e.appeal.variants.length);
const withVariants = entries.find((e) => e.appeal && e.appeal.variants.length > 0);

beforeAll(() => {
	if (!medicare || !withVariants)
		throw new Error('these tests need a letter page with a Medicare route and one with letter variants');
});

async function open(path: string, javaScriptEnabled = true) {
	const context = await site.browser.newContext({
		javaScriptEnabled,
		acceptDownloads: true,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(site.url + path, { waitUntil: 'networkidle' });
	return { context, page, errors };
}

const preview = (page: Page) => page.locator('[data-preview] [data-letter]');
const routeBlock = (page: Page, payer: string) => page.locator(`[data-route-payer="${payer}"]`);

describe('the payer-type choice', () => {
	it('switches the route, the deadline panel and the letter to Medicare, and back to any payer', async () => {
		const { page, context, errors } = await open(codePath(medicare!.set, medicare!.code));
		const select = page.locator('[data-payer-select]');
		await expect.poll(() => select.isVisible()).toBe(true);
		// Any payer: the default and the Medicare blocks are both shown.
		expect(await routeBlock(page, '').isVisible()).toBe(true);
		expect(await routeBlock(page, 'medicare-ab').isVisible()).toBe(true);
		expect(await preview(page).innerText()).toContain('RE: Appeal, claim');

		// The deadline panel is opened first, so it must follow a later change too.
		await page.click('[data-deadline] button');
		await select.selectOption('medicare-ab');
		expect(await routeBlock(page, '').isVisible()).toBe(false);
		expect(await routeBlock(page, 'medicare-ab').isVisible()).toBe(true);
		expect(await routeBlock(page, 'medicare-ab').innerText()).toContain(
			medicare!.resolution.byPayer!['medicare-ab']!.why,
		);
		expect(await page.locator('[data-deadline-payer]').inputValue()).toBe('medicare-ab');
		const letter = await preview(page).innerText();
		expect(letter).toContain('RE: Request for redetermination, claim');
		expect(letter).toContain('Medicare number (MBI): [Member ID]');
		expect(await page.locator('label[for="f-memberId"]').innerText()).toContain('Medicare number (MBI)');
		expect(await page.locator('[data-payer-rules]').getAttribute('href')).toMatch(/#limits-medicare-ab$/);

		await select.selectOption('');
		expect(await routeBlock(page, '').isVisible()).toBe(true);
		expect(await preview(page).innerText()).toContain('RE: Appeal, claim');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('workers’ compensation adds the injury fields; Medicare Advantage and employer plans state the authority to appeal', async () => {
		const { page, context } = await open(codePath(medicare!.set, medicare!.code));
		const select = page.locator('[data-payer-select]');
		await select.selectOption('workers-comp');
		// The payer types' letter parts load on the first choice (src/client/letter-filler.ts): the fields follow.
		for (const key of ['dateOfInjury', 'employerName', 'carrierClaimNumber', 'state'])
			await expect.poll(() => page.locator(`[data-filler] [name="${key}"]`).count()).toBe(1);
		await select.selectOption('medicare-advantage');
		expect(await preview(page).innerText()).toContain('signed waiver of liability');
		await select.selectOption('erisa');
		expect(await preview(page).innerText()).toContain('authorized representative');
		expect(await page.locator('[data-filler] [name="dateOfInjury"]').count()).toBe(0);
		await context.close();
	});

	it('keeps what was typed across a switch, and remembers the payer type only when asked', async () => {
		const { page, context } = await open(codePath(medicare!.set, medicare!.code));
		await page.fill('[data-filler] [name="claimNumber"]', 'TEST-KEEP-1');
		await page.locator('[data-payer-select]').selectOption('medicaid');
		expect(await page.locator('[data-filler] [name="claimNumber"]').inputValue()).toBe('TEST-KEEP-1');
		expect(await page.evaluate(() => localStorage.getItem('denial-atlas:payer-type'))).toBeNull();
		await page.check('[data-payer-remember]');
		expect(await page.evaluate(() => localStorage.getItem('denial-atlas:payer-type'))).toBe('medicaid');
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('[data-payer-select]').inputValue()).toBe('medicaid');
		expect(await page.locator('[data-filler] [name="state"]').count()).toBe(1);
		await page.uncheck('[data-payer-remember]');
		expect(await page.evaluate(() => localStorage.getItem('denial-atlas:payer-type'))).toBeNull();
		await context.close();
	});

	it('without JavaScript, every route block is readable and the choice is not shown', async () => {
		const { page, context } = await open(codePath(medicare!.set, medicare!.code), false);
		expect(await page.locator('[data-payer-choice]').isVisible()).toBe(false);
		expect(await routeBlock(page, '').isVisible()).toBe(true);
		expect(await routeBlock(page, 'medicare-ab').isVisible()).toBe(true);
		await context.close();
	});
});

describe('letter situations', () => {
	it('the filler offers each named situation; without JavaScript each one is on the page', async () => {
		const path = codePath(withVariants!.set, withVariants!.code);
		const appeal = withVariants!.appeal!;
		const { page, context } = await open(path);
		const situation = page.locator('[data-situation]');
		expect(await situation.locator('option').allInnerTexts()).toEqual([
			appeal.name,
			...appeal.variants.map((v) => v.name),
		]);
		expect(await page.locator('[data-static-variant]').first().isVisible()).toBe(false);
		const firstWords = (text: string) => text.replaceAll('**', '').slice(0, 40);
		await situation.selectOption('1');
		expect(await preview(page).innerText()).toContain(firstWords(appeal.variants[0]!.argument[0]!));
		await context.close();

		const noJs = await open(path, false);
		const copies = noJs.page.locator('[data-static-variant]');
		expect(await copies.count()).toBe(appeal.variants.length);
		expect(await copies.first().locator('summary').innerText()).toContain(appeal.variants[0]!.name);
		await noJs.context.close();
	});
});

describe('the new letter fields', () => {
	it('check an NPI next to the field, and fill, copy and download with the new fields', async () => {
		const { page, context } = await open(codePath(medicare!.set, medicare!.code));
		const npi = page.locator('[data-filler] [name="providerNpi"]');
		await npi.fill('1234567890');
		await expect.poll(() => page.locator('#e-providerNpi').innerText()).toMatch(/check digit/);
		expect(await npi.getAttribute('aria-invalid')).toBe('true');
		await npi.fill('1234567893');
		expect(await page.locator('#e-providerNpi').isVisible()).toBe(false);
		await page.fill('[data-filler] [name="providerTin"]', '12-3456789');
		await page.fill('[data-filler] [name="patientDob"]', '1950-02-03');
		await page.fill('[data-filler] [name="amountInDispute"]', '125.5');
		await page.fill('[data-filler] [name="remittanceCodes"]', 'CO-50 N115');
		await page.click('button[data-action="copy-text"]');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		for (const text of [
			'Billing NPI: 1234567893 · Tax ID: 12-3456789',
			'Date of birth: February 3, 1950',
			'Amount in dispute: $125.50',
			'Codes on the remittance: CO-50 N115',
		])
			expect(copied).toContain(text);
		const [txt] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-txt"]')]);
		expect(readFileSync((await txt.path())!, 'utf8')).toContain('Billing NPI: 1234567893');
		await context.close();
	});
});

describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
	it('passes on the payer choice, the route blocks and the situation choice', async () => {
		for (const entry of [medicare!, withVariants!]) {
			const context = await site.browser.newContext({ colorScheme: theme });
			const page = await context.newPage();
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(site.url + codePath(entry.set, entry.code), { waitUntil: 'networkidle' });
			await page.locator('[data-payer-select]').selectOption('medicare-ab');
			const results = await new AxeBuilder({ page })
				.include('section[aria-labelledby="resolution"]')
				.include('[data-payer-choice]')
				.include('[data-filler]')
				.withTags(TAGS)
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
				[],
			);
			await context.close();
		}
	});
});
