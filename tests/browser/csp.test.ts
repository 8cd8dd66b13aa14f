/**
 * No Content-Security-Policy violation on any page type, with the interactive
 * parts used: search opened and queried, the letter filler filled and
 * downloaded, the decoder used, an alias redirect and the 404 resolver.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { publishedEntries } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();
const entries = publishedEntries();
const withLetter = entries.find((e) => e.appeal)!;
const remark = entries.find((e) => e.set === 'rarc' && e.checks.length > 0)!;

interface Watched {
	page: Page;
	violations: () => Promise<string[]>;
}

/** Open a page with every CSP violation (event and console report) recorded from the first byte. */
async function watch(path: string): Promise<Watched> {
	const context = await site.browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	const console: string[] = [];
	page.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && console.push(m.text()));
	await page.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = list;
		document.addEventListener('securitypolicyviolation', (e) =>
			list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
		);
	});
	await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
	return {
		page,
		violations: async () => [
			...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
			...console,
		],
	};
}

async function useSearch(page: Page): Promise<void> {
	await page.click('button[data-open-modal]');
	const input = page.locator('dialog[open] .pagefind-ui__search-input');
	await input.waitFor();
	await input.fill('timely filing');
	await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
	await page.keyboard.press('Escape');
}

describe('no CSP violation', () => {
	it.each([
		['home', '/'],
		['remark page', codePath(remark.set, remark.code)],
		['index', '/codes/'],
		['guide', '/guides/group-codes/'],
	])('%s (%s), with search opened and queried', async (_type, path) => {
		const { page, violations } = await watch(path);
		await useSearch(page);
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it('code page with letter: search, the filler filled, copied, downloaded (.txt, .docx) and printed', async () => {
		const { page, violations } = await watch(`${codePath(withLetter.set, withLetter.code)}`);
		await useSearch(page);
		await page.click('button[data-action="example"]');
		await page.fill('[data-filler] [name="claimNumber"]', 'CLM-CSP-1');
		await expect.poll(() => page.locator('[data-preview]').innerText()).toContain('CLM-CSP-1');
		await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-txt"]')]);
		await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-docx"]')]);
		await page.evaluate(() => (window.print = () => {}));
		await page.click('button[data-action="print"]');
		await page.emulateMedia({ media: 'print' });
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it('/decode/: search, then a remittance decoded', async () => {
		const { page, violations } = await watch('/decode/');
		await useSearch(page);
		// Free text, then an 835 excerpt, which the workbench reads in its Web Worker.
		await page.fill('[data-decoder-input]', 'CO-16 N290 MA130');
		await expect.poll(() => page.locator('.decoded-line').count()).toBe(1);
		await page.click('button[data-example*="CLP"]');
		await page.locator('[data-decoder-results] table').first().waitFor();
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it('while an injected inline script or handler is blocked and reported (the check can see violations)', async () => {
		const { page, violations } = await watch('/');
		await page.evaluate(() => {
			document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.__ran = 1">');
			const script = document.createElement('script');
			script.textContent = 'window.__ran = 2';
			document.body.append(script);
		});
		await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
		expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
		await page.context().close();
	});

	it('an alias redirect and the 404 resolver, malformed escape included', async () => {
		const alias = await watch('/codes/co-16/#causes');
		await expect
			.poll(() => new URL(alias.page.url()).pathname + new URL(alias.page.url()).hash)
			.toBe('/codes/carc-16/#causes');
		expect(await alias.violations()).toEqual([]);
		await alias.page.context().close();

		const missing = await watch('/codes/%E0%A4%A/');
		await expect
			.poll(() => missing.page.locator('[data-notfound-status]').innerText())
			.toContain('There is no page for the code');
		expect(await missing.violations()).toEqual([]);
		await missing.page.context().close();
	});
});
