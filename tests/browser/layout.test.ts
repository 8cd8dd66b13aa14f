/**
 * Layouts made for the task, at 1280 px and 390 px: the letter preview in view while each field is typed,
 * tool pages at full width with tables that scroll in their own box, no sideways scrolling on any page
 * type, the home page's menu and direct links on a phone, and no layout shift while the filler loads.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { CODE_LISTS, isAlert } from '../../src/lib/facts/facts.ts';
import { assembleLetter, formatValue } from '../../src/lib/letter/letter.ts';
import { getPlaceholderByKey } from '../../src/lib/letter/placeholders.ts';
import { publishedEntries } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();

const entries = publishedEntries();
const withLetter =
	entries.find((e) => e.set === 'carc' && e.code === '10' && e.appeal) ?? entries.find((e) => e.appeal)!;
const plain = entries.find((e) => !e.appeal)!;
const remark = entries.find((e) => e.set === 'rarc' && (e.checks?.length ?? 0) > 0 && (e.claimFields?.length ?? 0) > 0);
const alert = entries.find((e) => e.status === 'current' && isAlert(CODE_LISTS, e.set, e.code));
const letterPath = codePath(withLetter.set, withLetter.code);
const letter = assembleLetter({ ...withLetter, appeal: withLetter.appeal! });

const VIEWPORTS = [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }],
] as const;

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
	const page = await site.browser.newPage({ viewport });
	await page.goto(site.url + path, { waitUntil: 'networkidle' });
	return page;
}

/** Whether an element is wholly inside the viewport and below the fixed site header. */
const inView = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
			return (
				r.height > 0 && r.top >= header - 1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1
			);
		});

/** Elements that stick out past the right edge of the viewport without a scroll box of their own to hold them. */
const overflowing = (page: Page) =>
	page.evaluate(() => {
		const out: string[] = [];
		if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
			out.push(
				`page scrolls sideways: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`,
			);
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.right <= innerWidth + 1) continue;
			// Held by a scroll box that fits, or fixed to the viewport (Starlight's table of contents pane), which never scrolls the page.
			let held = getComputedStyle(el).position === 'fixed';
			for (let a = el.parentElement; a && a !== document.body && !held; a = a.parentElement) {
				const style = getComputedStyle(a);
				held =
					style.position === 'fixed' ||
					(style.overflowX !== 'visible' && a.getBoundingClientRect().right <= innerWidth + 1);
			}
			if (held || getComputedStyle(el).visibility === 'hidden' || el.closest('.sr-only')) continue;
			out.push(
				`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(r.right)}`,
			);
		}
		return out.slice(0, 10);
	});

describe.each(VIEWPORTS)('%s (%o)', (name, viewport) => {
	it(`keeps the value being typed highlighted in view, for every field of ${letterPath}`, async () => {
		const page = await open(`${letterPath}#appeal-letter`, viewport);
		await page.locator('[data-fields] .field').first().waitFor();
		for (const key of letter.placeholders) {
			const placeholder = getPlaceholderByKey(key)!;
			const input = page.locator(`[data-filler] [name="${key}"]`);
			await input.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await input.click();
			if (placeholder.kind === 'date') await input.fill(placeholder.example);
			else {
				await input.fill('');
				await input.pressSequentially(placeholder.example.split('\n')[0]!.slice(0, 24));
			}
			const typed = await input.inputValue();
			// The preview marks the value of the field being typed, and only that field.
			const marked = page.locator('[data-preview] .active');
			expect(await marked.count(), key).toBeGreaterThan(0);
			expect(new Set(await marked.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.key))), key).toEqual(
				new Set([key]),
			);
			expect(await marked.first().innerText(), key).toBe(formatValue(key, typed));
			// Wide: the preview is sticky beside the form and scrolls itself to the value. Narrow: the line under the field shows it.
			const shown = name === 'desktop' ? '[data-preview] .active' : '[data-fields] .peek .active';
			expect(await inView(page, shown), `${key}: ${shown} in view`).toBe(true);
			expect(await inView(page, `[data-filler] [name="${key}"]`), `${key}: the field stays in view`).toBe(true);
		}
		await page.close();
	});

	it('keeps form first, then preview, in the document (keyboard and screen-reader order)', async () => {
		const page = await open(letterPath, viewport);
		await page.locator('[data-fields] .field').first().waitFor();
		const order = await page.evaluate(() => {
			const form = document.querySelector('[data-filler-form]')!;
			const preview = document.querySelector('[data-preview]')!;
			return {
				formFirst: Boolean(form.compareDocumentPosition(preview) & Node.DOCUMENT_POSITION_FOLLOWING),
				besides: preview.getBoundingClientRect().left >= form.getBoundingClientRect().right,
				sticky: getComputedStyle(preview).position,
				focusable: (preview as HTMLElement).tabIndex === 0 && preview.getAttribute('aria-label'),
			};
		});
		expect(order.formFirst).toBe(true);
		expect(order.focusable).toBe('Letter preview');
		if (name === 'desktop') expect([order.besides, order.sticky]).toEqual([true, 'sticky']);
		else expect([order.besides, order.sticky]).toEqual([false, 'static']);
		await page.close();
	});

	it('does not shift the letter while its script loads', async () => {
		const page = await site.browser.newPage({ viewport });
		// Layout shifts of anything in the appeal-letter section (Starlight's own panes are not this test's business).
		await page.addInitScript(() => {
			const w = window as unknown as { shifts: number };
			w.shifts = 0;
			type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as unknown as Shift[]) {
					const inLetter = e.sources.some(
						(s) => s.node && document.querySelector('section:has(#appeal-letter)')?.contains(s.node),
					);
					if (!e.hadRecentInput && inLetter) w.shifts += e.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${site.url}${letterPath}#appeal-letter`, { waitUntil: 'networkidle' });
		await page.locator('[data-fields] .field').first().waitFor();
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
		await page.close();
	});

	const PAGE_TYPES: [string, string, ((page: Page) => Promise<void>)?][] = [
		['home', '/'],
		['code page', codePath(plain.set, plain.code)],
		['code page with letter', letterPath, async (page) => void (await page.click('button[data-action="example"]'))],
		...(remark ? ([['remark page', codePath(remark.set, remark.code)]] as [string, string][]) : []),
		...(alert ? ([['Alert remark page', codePath(alert.set, alert.code)]] as [string, string][]) : []),
		['all codes', '/codes/'],
		['set index', '/codes/carc/'],
		['remark set index', '/codes/rarc/'],
		['decoder with a decoded 835', '/decode/', async (page) => void (await page.click('button[data-example*="CLP"]'))],
		['guide', '/guides/group-codes/'],
		[
			'deadlines guide with a result',
			'/guides/appeal-deadlines/',
			async (page) => {
				await page.locator('[data-deadline-level]').selectOption('reconsideration');
				await page.locator('[data-deadline-date]').fill('2026-10-01');
			},
		],
		['about', '/about/'],
		['not found', '/codes/zz-999/'],
	];
	it.each(PAGE_TYPES)('%s (%s) has nothing wider than the screen', async (_type, path, use) => {
		const page = await open(path, viewport);
		await use?.(page);
		await page.waitForTimeout(200);
		expect(await overflowing(page)).toEqual([]);
		await page.close();
	});

	it('gives the decoder the full width, with each result table scrolling in its own labelled box', async () => {
		const page = await open('/decode/', viewport);
		await page.click('button[data-example*="CLP"]');
		const boxes = page.locator('[data-decoder-results] .table-scroll');
		await boxes.first().waitFor();
		expect(await page.locator('.right-sidebar').count(), 'no table of contents').toBe(0);
		const box = await boxes.first().evaluate((el) => ({
			role: el.getAttribute('role'),
			label: el.getAttribute('aria-label'),
			tabIndex: (el as HTMLElement).tabIndex,
			holdsTable: el.firstElementChild?.tagName,
			width: el.getBoundingClientRect().width,
			main: document.querySelector('main')!.getBoundingClientRect().width,
		}));
		expect(box).toMatchObject({ role: 'region', tabIndex: 0, holdsTable: 'TABLE' });
		// Named after its table (the workbench's first table is the totals by payer).
		expect(box.label).toMatch(/\S/);
		// Beside the sidebar, the decoder uses the main column (minus its padding and the result card's), not Starlight's 45rem reading column.
		expect(box.width).toBeGreaterThan(box.main - 100);
		if (name === 'desktop') expect(box.width).toBeGreaterThan(45 * 16);
		await page.close();
	});

	it('gives the appeal-deadlines guide the full width, its tables in labelled scroll boxes', async () => {
		const page = await open('/guides/appeal-deadlines/', viewport);
		expect(await page.locator('.right-sidebar').count(), 'no table of contents').toBe(0);
		const boxes = await page.locator('.table-scroll').evaluateAll((els) =>
			els.map((el) => ({
				role: el.getAttribute('role'),
				name: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent,
				tabIndex: (el as HTMLElement).tabIndex,
			})),
		);
		expect(boxes.length).toBeGreaterThanOrEqual(3);
		for (const box of boxes) expect(box.role === 'region' && box.tabIndex === 0 && Boolean(box.name)).toBe(true);
		if (name === 'desktop')
			expect(await page.locator('[data-deadline]').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(
				45 * 16,
			);
		await page.close();
	});

	it.each(['/decode/', '/guides/appeal-deadlines/'])(
		'lets %s hide the sidebar and show it again, from the keyboard (wide screens; phones keep the menu button)',
		async (path) => {
			const page = await open(path, viewport);
			const toggle = page.locator('button[data-sidebar-toggle]');
			const sidebarLink = page.locator('#starlight__sidebar a[href="/codes/"]');
			if (name === 'phone') {
				expect(await toggle.isVisible()).toBe(false);
				expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true);
				await page.close();
				return;
			}
			await expect.poll(() => toggle.isEnabled()).toBe(true);
			expect(await page.getByRole('button', { name: 'Hide sidebar' }).count()).toBe(1);
			expect(await toggle.getAttribute('aria-controls')).toBe('starlight__sidebar');
			expect(await toggle.getAttribute('aria-expanded')).toBe('true');
			expect(await sidebarLink.isVisible()).toBe(true);
			const contentWidth = () =>
				page
					.locator('.main-frame')
					.evaluate((el) => el.getBoundingClientRect().width - parseFloat(getComputedStyle(el).paddingInlineStart));
			const before = await contentWidth();

			await toggle.focus();
			await page.keyboard.press('Enter');
			expect(await toggle.getAttribute('aria-expanded')).toBe('false');
			expect(await page.getByRole('button', { name: 'Show sidebar' }).count()).toBe(1);
			// Gone from view, from the tab order and from the accessibility tree; the tool takes its room.
			expect(await sidebarLink.isVisible()).toBe(false);
			expect(await page.locator('#starlight__sidebar').evaluate((el) => getComputedStyle(el).display)).toBe('none');
			expect(await contentWidth()).toBeGreaterThan(before + 200);
			expect(await page.evaluate(() => document.activeElement?.matches('[data-sidebar-toggle]'))).toBe(true);
			expect(await overflowing(page)).toEqual([]);

			await page.keyboard.press('Space');
			expect(await toggle.getAttribute('aria-expanded')).toBe('true');
			expect(await sidebarLink.isVisible()).toBe(true);
			expect(await contentWidth()).toBeCloseTo(before, 0);
			await page.close();
		},
	);

	it('gives the 404 page the site menu, and still sends a code spelling to its page', async () => {
		const page = await open('/codes/zz-999/', viewport);
		const nav = page.locator('#starlight__sidebar');
		if (name === 'phone') {
			const menu = page.getByRole('button', { name: 'Menu' });
			expect(await menu.isVisible()).toBe(true);
			await menu.click();
		}
		await nav.getByRole('link', { name: 'Remittance decoder' }).waitFor({ state: 'visible' });
		expect(await nav.getByRole('link', { name: 'Appeal deadlines' }).isVisible()).toBe(true);
		// Upper case has no alias page: the 404 page's resolver finds the code.
		const response = await page.goto(`${site.url}/codes/CO-16/#resolution`);
		expect(response?.status()).toBe(404);
		await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/codes/carc-16/#resolution');
		await page.close();
	});

	it('puts the decoder, the appeal-deadlines guide and the code sets above the fold on the home page, with the site menu', async () => {
		const page = await open('/', viewport);
		for (const href of [
			'/decode/',
			'/guides/appeal-deadlines/',
			'/codes/',
			'/codes/carc/',
			'/codes/rarc/',
			'/codes/payer/',
		]) {
			expect(await inView(page, `main a[href="${href}"]`), href).toBe(true);
		}
		if (name === 'phone') {
			const menu = page.getByRole('button', { name: 'Menu' });
			expect(await menu.isVisible()).toBe(true);
			await menu.click();
			const nav = page.locator('#starlight__sidebar');
			await nav.getByRole('link', { name: 'Remittance decoder' }).waitFor({ state: 'visible' });
			expect(await nav.getByRole('link', { name: 'Appeal deadlines' }).isVisible()).toBe(true);
		} else {
			expect(
				await page.locator('#starlight__sidebar').getByRole('link', { name: 'Remittance decoder' }).isVisible(),
			).toBe(true);
		}
		await page.close();
	});
});
