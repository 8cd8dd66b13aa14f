/**
 * The remittance workbench in Chromium: a file set on the input and a file dropped in, worklist and totals,
 * the CSV downloaded and parsed, the letter prefilled (and the handover deleted), zero network requests while
 * reading, no horizontal overflow at 390 px, and a generated 50 MB file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/facts/csv.ts';
import { write835 } from '../fixtures/835/generate.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();

const FIXTURE = fileURLToPath(new URL('../fixtures/835/two-payers.835', import.meta.url));
let tmp: string;
beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'workbench-'));
});
afterAll(async () => {
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function open(width = 1280): Promise<{ page: Page; requests: string[]; errors: string[] }> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.url}/decode/`, { waitUntil: 'networkidle' });
	await page.locator('[data-decoder][data-ready]').waitFor();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	return { page, requests, errors };
}

const worklistRows = (page: Page) => page.locator('table.worklist tbody tr');

describe('remittance workbench', () => {
	it('reads a file set on the input: payments, balances, totals, worklist and claims, with zero requests', async () => {
		const { page, requests, errors } = await open();
		await page.setInputFiles('[data-decoder-file]', FIXTURE);
		await expect.poll(() => worklistRows(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
		const summary = await page.locator('.wb-summary').innerText();
		expect(summary).toContain('ACME HEALTH PLAN');
		expect(summary).toContain('Payment $307.15 by electronic funds transfer (ACH)');
		expect(summary).toContain('trace number EFT0001234');
		expect(summary).toContain('WO: overpayment recovery');
		expect(summary).toContain('All 12 balance checks balance');
		expect(summary).toContain('All 4 balance checks balance');
		const totals = await page.locator('.wb-totals').innerText();
		expect(totals).toContain('REGIONAL MEDICARE CONTRACTOR');
		expect(totals).toContain('PR-1');
		expect(totals).toContain('MA130');
		const rows = await worklistRows(page).allInnerTexts();
		const co204 = rows.find((r) => r.includes('CO-204'))!;
		expect(co204).toContain('Appeal');
		expect(co204).not.toContain('Bill the patient');
		expect(rows.find((r) => r.includes('PR-1'))).toContain('Bill the patient');
		expect(rows.some((r) => r.includes('CO-45'))).toBe(false);
		const claims = await page.locator('.wb-claims').innerText();
		expect(claims).toContain('Claim SUN0990: reversal of a previous payment');
		expect(claims).toContain('forwarded to STATE MEDICAID PROGRAM');
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('reads a file dropped in, and downloads the worklist as CSV that parses back', async () => {
		const { page, requests } = await open();
		const text = readFileSync(FIXTURE, 'utf8');
		const transfer = await page.evaluateHandle((content) => {
			const dt = new DataTransfer();
			dt.items.add(new File([content], 'dropped.835', { type: 'text/plain' }));
			return dt;
		}, text);
		await page.dispatchEvent('[data-decoder]', 'drop', { dataTransfer: transfer });
		await expect.poll(() => worklistRows(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="csv"]')]);
		expect(download.suggestedFilename()).toBe('denial-worklist.csv');
		const csv = readFileSync((await download.path())!, 'utf8');
		const records = parseCsvRecords(csv);
		expect(records.length).toBe(await worklistRows(page).count());
		const co204 = records.find((r) => r['Group-reason'] === 'CO-204')!;
		expect(co204).toMatchObject({
			Payer: 'ACME HEALTH PLAN',
			Claim: 'SUN1003',
			'Payer claim number': 'ACM2601003',
			Patient: 'POE, ANN',
			Amount: '20.00',
			Deadline: 'Check the payer’s limit',
		});
		expect(co204['Code page']).toBe(`${site.url}/codes/carc-204/`);
		expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
		await page.context().close();
	});

	it('opens the letter prefilled from the claim, and leaves nothing stored', async () => {
		const { page, requests } = await open();
		await page.setInputFiles('[data-decoder-file]', FIXTURE);
		const row = worklistRows(page).filter({ hasText: 'CO-204' });
		await row.locator('button.letter-button').waitFor({ timeout: 20_000 });
		await row.locator('button.letter-button').click();
		await page.waitForURL(/\/codes\/carc-204\/#appeal-letter$/);
		await page.locator('[data-filler-form]:not([hidden])').waitFor();
		const value = (name: string) => page.inputValue(`[data-filler-form] [name="${name}"]`);
		expect(await value('claimNumber')).toBe('ACM2601003');
		expect(await value('patientName')).toBe('ANN POE');
		expect(await value('payerName')).toBe('ACME HEALTH PLAN');
		expect(await value('dateOfService')).toBe('2025-12-05');
		const stored = await page.evaluate(() => [
			sessionStorage.getItem('denial-atlas:letter-handover'),
			JSON.stringify({ ...sessionStorage }),
			JSON.stringify({ ...localStorage }),
		]);
		expect(stored[0]).toBeNull();
		for (const text of stored.slice(1)) expect(text).not.toMatch(/POE|ACM2601003/);
		// Only the site's own pages and assets were requested, none carrying the patient's details.
		for (const url of requests) {
			expect(url.startsWith(site.url)).toBe(true);
			expect(url).not.toMatch(/POE|ACM2601003/);
		}
		await page.context().close();
	});

	it('has no horizontal overflow at 390 px with a file read', async () => {
		const { page } = await open(390);
		await page.setInputFiles('[data-decoder-file]', FIXTURE);
		await expect.poll(() => worklistRows(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
		await page.locator('.claim-card').first().waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// Wide tables scroll inside their own box instead.
		expect(await page.locator('.table-scroll').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('names a file that is not an 835', async () => {
		const { page } = await open();
		const pdf = join(tmp, 'remit.pdf');
		writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n');
		await page.setInputFiles('[data-decoder-file]', pdf);
		await expect
			.poll(() => page.locator('[data-decoder-results]').innerText(), { timeout: 20_000 })
			.toContain('This is a PDF document');
		await page.context().close();
	});

	it('reads a generated 50 MB file in the worker, with zero requests', async () => {
		const big = join(tmp, 'big.835');
		const { claims } = write835(big, 50 * 1024 * 1024);
		const { page, requests, errors } = await open();
		await page.setInputFiles('[data-decoder-file]', big);
		await page.locator('[data-decoder][data-state="done"]').waitFor({ timeout: 170_000 });
		const status = await page.locator('[data-decoder-status]').innerText();
		expect(status).toContain(`Read ${claims} claims`);
		console.log(`50 MB: ${status}`);
		await expect.poll(() => worklistRows(page).count()).toBe(100);
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 240_000);
});
