/** The go-to box checks a code against a date (the stop-date rule stated), and a deactivated page links its successors. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STOP_DATE_RULE } from '../../src/lib/facts/validity.ts';
import { CODE_LISTS } from '../../src/lib/facts/facts.ts';
import { formatDateLong } from '../../src/lib/site/dates.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();

async function open(at: string): Promise<Page> {
	const p = await site.browser.newPage();
	await p.goto(site.url + at);
	return p;
}

const stop220 = CODE_LISTS.carc!.codes['220']!.stop!;

describe('go to code on a date', () => {
	it('flags a code used after its stop date, states the rule, and stays on the page with a link', async () => {
		const p = await open('/');
		const box = p.locator('[data-goto]').first();
		await box.locator('input[type="text"]').fill('CO-220');
		await box.locator('input[type="date"]').fill('2019-05-01');
		await box.locator('input[type="text"]').press('Enter');
		const status = box.locator('[data-goto-status]');
		await expect.poll(() => status.innerText()).toContain('CARC 220 was no longer valid on May 1, 2019');
		expect(await status.innerText()).toContain(`its stop date is ${formatDateLong(stop220)}`);
		expect(await status.innerText()).toContain(STOP_DATE_RULE);
		expect(await status.getAttribute('data-state')).toBe('no-longer-valid');
		expect(await box.locator('[data-goto-link]').getAttribute('href')).toBe('/codes/carc-220/');
		expect(new URL(p.url()).pathname).toBe('/');
		await p.close();
	});

	it('reads a date typed after the code, and says when a code was not yet valid', async () => {
		const p = await open('/');
		const box = p.locator('[data-goto]').first();
		await box.locator('input[type="text"]').fill(`P7 on 2010-01-01`);
		await box.locator('[data-goto-go]').click();
		await expect
			.poll(() => box.locator('[data-goto-status]').innerText())
			.toContain('CARC P7 was not yet valid on January 1, 2010');
		await p.close();
	});

	it('explains an impossible typed date next to the date field', async () => {
		const p = await open('/');
		const box = p.locator('[data-goto]').first();
		await box.locator('input[type="text"]').fill('CO-16 on 2019-02-30');
		await box.locator('input[type="text"]').press('Enter');
		const error = box.locator('[data-goto-date-error]');
		await expect.poll(() => error.innerText()).toContain('“2019-02-30” is not a real date');
		expect(await box.locator('input[type="date"]').getAttribute('aria-invalid')).toBe('true');
		await p.close();
	});

	it('still opens the page at once when no date is given', async () => {
		const p = await open('/');
		const input = p.locator('[data-goto] input[type="text"]').first();
		await input.fill('CO-220');
		await Promise.all([p.waitForURL('**/codes/carc-220/'), input.press('Enter')]);
		await p.close();
	});
});

describe('successor links', () => {
	it('CARC 220 links P7 from its banner, and P7 links back to 220', async () => {
		const p = await open('/codes/carc-220/');
		await p.locator('[data-deactivated-notice] a[data-successor]', { hasText: 'CARC P7' }).click();
		await p.waitForURL('**/codes/carc-p7/');
		await p.locator('[data-replaces] a', { hasText: 'CARC 220' }).click();
		await p.waitForURL('**/codes/carc-220/');
		await p.close();
	});
});
