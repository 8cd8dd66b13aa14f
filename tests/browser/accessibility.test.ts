/** axe (WCAG 2.2 AA tags) on every page type, in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';

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
	['guide with calculator', '/guides/appeal-deadlines/'],
	['not found', '/codes/zz-999/'],
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
	it.each(PAGES)('%s (%s) has no axe violations', async (_type, path) => {
		const context = await site.browser.newContext({ colorScheme: theme });
		const page = await context.newPage();
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		if (path === codePath(withLetter?.set ?? '', withLetter?.code ?? '')) await page.click('button[data-action="example"]');
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
		await context.close();
	});
});
