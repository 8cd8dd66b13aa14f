/** The remittance decoder in a real browser: free text, an 835 excerpt, errors, and no requests while decoding. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();

async function open(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
	const page = await site.browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.url}/decode/`, { waitUntil: 'networkidle' });
	await page.locator('[data-decoder][data-ready]').waitFor();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	return { page, requests, errors };
}

const lines = (page: Page) => page.locator('.decoded-line');

describe('remittance decoder', () => {
	it('explains free-text codes line by line, with who pays and the next step', async () => {
		const { page, requests, errors } = await open();
		await page.fill('[data-decoder-input]', 'CO-16 N290 MA130\nPR 1\nco45, n130');
		await expect.poll(() => lines(page).count(), { timeout: 15_000 }).toBe(3);
		const first = await lines(page).nth(0).innerText();
		expect(first).toContain('CO-16');
		expect(first).toContain('Claim is missing information or has a billing error');
		expect(first).toContain('The provider carries the amount');
		expect(first).toContain('Next step: New claim');
		expect(await lines(page).nth(0).locator('a[href="/codes/carc-16/"]').count()).toBe(1);
		expect(await lines(page).nth(1).innerText()).toContain('Next step: Bill the patient');
		expect(await lines(page).nth(2).innerText()).toContain('N130');
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('does not send a Qualified Medicare Beneficiary’s deductible to the patient (PR-1 with N781)', async () => {
		const { page, errors } = await open();
		await page.fill('[data-decoder-input]', 'PR-1 N781\nPR-1');
		await expect.poll(() => lines(page).count(), { timeout: 15_000 }).toBe(2);
		const barred = await lines(page).nth(0).innerText();
		expect(barred).toContain('Next step: Bill another payer');
		expect(barred).toContain('Remark N781 says the patient may not be billed for this amount');
		expect(await lines(page).nth(1).innerText()).toContain('Next step: Bill the patient');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reads a realistic 835 excerpt: claim, lines with amounts, one next step per adjustment, balances', async () => {
		const { page, requests } = await open();
		await page.fill(
			'[data-decoder-input]',
			'CLP*TEST0001*1*250*110**12*ABC123~SVC*HC:99213*150*90**1~CAS*CO*45*40*1*16*20*1~LQ*HE*N290~\nsvc*hc:80053*100*20**1~cas*pr*1*80',
		);
		await expect.poll(() => page.locator('.claim-card').count(), { timeout: 15_000 }).toBe(1);
		const claim = await page.locator('.claim-card').innerText();
		expect(claim).toContain('Claim TEST0001: processed as primary');
		expect(claim).toContain('payer claim number ABC123');
		expect(claim).toContain('billed $250.00, paid $110.00');
		expect(claim).toMatch(/99213\s+\$150\.00\s+\$90\.00\s+1\s+CO-45 \$40\.00; CO-16 \$20\.00\s+N290/);
		expect(claim).toContain('PR-1 $80.00');
		expect(await page.locator('.wb-summary').innerText()).toContain('All 3 balance checks balance');
		await expect.poll(() => page.locator('table.worklist tbody tr').count(), { timeout: 15_000 }).toBe(2);
		const rows = await page.locator('table.worklist tbody tr').allInnerTexts();
		expect(rows[0]).toMatch(/CO-16\s+N290\s+\$20\.00\s+Corrected claim/);
		expect(rows[1]).toMatch(/PR-1\s+\$80\.00\s+Bill the patient/);
		expect(requests).toEqual([]);
		await page.close();
	});

	it('warns about combinations the official rules rule out, and points at unreadable tokens', async () => {
		const { page, errors } = await open();
		await page.fill('[data-decoder-input]', 'PR-18 CO-16 ZZ9 <img src=x onerror=alert(1)>');
		await expect.poll(() => lines(page).count(), { timeout: 15_000 }).toBe(1);
		const text = await lines(page).first().innerText();
		expect(text).toContain('only with group OA or CO, not PR');
		expect(text).toContain('must come with a remark code');
		expect(text).toContain('Could not read “ZZ9”');
		expect(await page.locator('.decoded-line img').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('links to the letter of the code to appeal', async () => {
		const { page } = await open();
		await page.fill('[data-decoder-input]', 'CO-197');
		await expect.poll(() => lines(page).count(), { timeout: 15_000 }).toBe(1);
		expect(await lines(page).first().innerText()).toContain('Next step: Appeal');
		expect(await lines(page).first().locator('a[href="/codes/carc-197/#appeal-letter"]').count()).toBe(1);
		await page.close();
	});
});
