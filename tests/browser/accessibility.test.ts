/** axe (WCAG 2.2 AA tags) on every page type, in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { CODE_LISTS, isAlert } from '../../src/lib/facts/facts.ts';
import { useSite } from '../helpers/use-site.ts';
import { publishedEntries } from '../helpers/site.ts';

const site = useSite();

const entries = publishedEntries();
const plain = entries.find((e) => !e.appeal)!;
const withLetter = entries.find((e) => e.appeal);
// Remark pages are shaped differently: one with checks and claim fields, and an Alert (flagged in the code list) with neither.
const remark = entries.find((e) => e.set === 'rarc' && (e.checks?.length ?? 0) > 0 && (e.claimFields?.length ?? 0) > 0);
const alert = entries.find((e) => e.status === 'current' && isAlert(CODE_LISTS, e.set, e.code));
const PAGES: [string, string][] = [
	['home', '/'],
	['code page', codePath(plain.set, plain.code)],
	...(withLetter ? ([['code page with letter', codePath(withLetter.set, withLetter.code)]] as [string, string][]) : []),
	...(remark ? ([['remark page', codePath(remark.set, remark.code)]] as [string, string][]) : []),
	...(alert ? ([['alert remark page', codePath(alert.set, alert.code)]] as [string, string][]) : []),
	['all codes', '/codes/'],
	['set index', '/codes/carc/'],
	['remark set index', '/codes/rarc/'],
	['about', '/about/'],
	['decoder', '/decode/'],
	['decoder with the sidebar hidden', '/decode/'],
	['workbench with a file read', '/decode/'],
	['guide with calculator', '/guides/appeal-deadlines/'],
	['not found', '/codes/zz-999/'],
	['deactivated code page', '/codes/carc-220/'],
	['what changed', '/changes/'],
	['changes on one date', `/changes/${CODE_LISTS.carc!.codes['220']!.stop}/`],
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Puts a page's interactive controls in the state people see them in before it is checked. */
async function use(page: Page, path: string): Promise<void> {
	if (path === codePath(withLetter?.set ?? '', withLetter?.code ?? '')) {
		await page.click('button[data-action="example"]');
		// A field being typed: its value highlighted in the preview, and (narrow screens) its letter line under it.
		await page.locator('[data-filler] [name="patientName"]').focus();
	}
	if (path === '/decode/') {
		await page.click('button[data-example*="CLP"]');
		await page.locator('[data-decoder-results] .table-scroll').first().waitFor();
	}
	if (path === '/guides/appeal-deadlines/') await page.locator('[data-deadline-date]').fill('2026-10-01');
}

// Desktop, and a phone for the pages whose layout changes most on one (menu, letter line, table boxes).
const PHONE = new Set(['home', 'code page with letter', 'decoder', 'guide with calculator', 'not found']);
const CASES: [string, string, { width: number; height: number }][] = [
	...PAGES.map(([type, path]): [string, string, { width: number; height: number }] => [
		type,
		path,
		{ width: 1280, height: 900 },
	]),
	...PAGES.filter(([type]) => PHONE.has(type)).map(
		([type, path]): [string, string, { width: number; height: number }] => [
			`${type} on a phone`,
			path,
			{ width: 390, height: 844 },
		],
	),
];

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
	it.each(CASES)('%s (%s) has no axe violations', async (_type, path, viewport) => {
		const context = await site.browser.newContext({ colorScheme: theme, viewport });
		const page = await context.newPage();
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		await use(page, path);
		if (_type === 'decoder with the sidebar hidden') {
			await page.click('button[data-sidebar-toggle]');
			await page.locator('#starlight__sidebar').waitFor({ state: 'hidden' });
		}
		if (_type === 'workbench with a file read') {
			await page.setInputFiles(
				'[data-decoder-file]',
				fileURLToPath(new URL('../fixtures/835/two-payers.835', import.meta.url)),
			);
			await page.locator('table.worklist tbody tr').first().waitFor();
			await page.locator('.claim-card').first().waitFor();
		}
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(
			results.violations.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 5)
						.join(' | ')}`,
			),
		).toEqual([]);
		await context.close();
	});
});
