/** The letter filler in a real browser: fields, preview, outputs, privacy, safety, accessibility. */
import AxeBuilder from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePath, displayCode } from '../../src/lib/catalogue/codes.ts';
import { assembleLetter } from '../../src/lib/letter/letter.ts';
import { PLACEHOLDERS, getPlaceholderByKey } from '../../src/lib/letter/placeholders.ts';
import { useSite } from '../helpers/use-site.ts';
import { publishedEntries } from '../helpers/site.ts';

const site = useSite();

const appealEntries = publishedEntries().filter((e) => e.appeal);
const [first, second] = appealEntries;
const letterFor = (entry: NonNullable<typeof first>) => assembleLetter({ ...entry, appeal: entry.appeal! });

beforeAll(() => {
	if (!first || !second)
		throw new Error('the letter filler tests need at least two published entries with an appeal letter');
});

interface Opened {
	context: BrowserContext;
	page: Page;
	errors: string[];
	/** Requests made after the page finished loading. */
	requests: Request[];
}

async function openFiller(
	path: string,
	options: { javaScriptEnabled?: boolean; context?: BrowserContext } = {},
): Promise<Opened> {
	const context =
		options.context ??
		(await site.browser.newContext({
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			acceptDownloads: true,
			permissions: ['clipboard-read', 'clipboard-write'],
		}));
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${site.url}${path}#appeal-letter`, { waitUntil: 'networkidle' });
	const requests: Request[] = [];
	// The browser fetches the tab icon on its own schedule (before or after load); it carries nothing typed and is
	// not the page's doing, so it is left out rather than raced against.
	page.on('request', (r) => new URL(r.url()).pathname !== '/favicon.svg' && requests.push(r));
	return { context, page, errors, requests };
}

const field = (page: Page, key: string) => page.locator(`[data-filler] [name="${key}"]`);
const preview = (page: Page) => page.locator('[data-preview] [data-letter]');

describe('fields', () => {
	it('are generated from the letter’s placeholders: one each, in letter order, labelled from the registry', async () => {
		const { page, context, errors } = await openFiller(codePath(first!.set, first!.code));
		const letter = letterFor(first!);
		const names = await page
			.locator('[data-filler] .fields [name]')
			.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name));
		expect(names).toEqual(letter.placeholders);
		for (const key of letter.placeholders) {
			const placeholder = getPlaceholderByKey(key)!;
			const input = field(page, key);
			const id = await input.getAttribute('id');
			expect(await page.locator(`label[for="${id}"]`).innerText(), key).toContain(placeholder.label);
			const tag = await input.evaluate((el) => `${el.tagName.toLowerCase()}:${(el as HTMLInputElement).type}`);
			expect(tag, key).toBe(
				placeholder.kind === 'multiline'
					? 'textarea:textarea'
					: placeholder.kind === 'date'
						? 'input:date'
						: 'input:text',
			);
		}
		expect(await field(page, 'letterDate').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await preview(page).innerText()).toContain(`adjusted with ${displayCode(first!.set, first!.code)}.`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('explain a bad value next to the field', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await field(page, 'claimNumber').fill('line one\nline two'.replace('\n', ' '));
		const money = PLACEHOLDERS.find((p) => p.kind === 'money' && letterFor(first!).placeholders.includes(p.key));
		if (money) {
			await field(page, money.key).fill('twelve dollars');
			expect(await field(page, money.key).getAttribute('aria-invalid')).toBe('true');
			expect(await page.locator(`#e-${money.key}`).innerText()).toMatch(/dollars and cents/);
		}
		await field(page, 'signerName').fill('x'.repeat(25_000));
		expect(await page.locator('#e-signerName').innerText()).toMatch(/Too long/);
		await context.close();
	});

	it('are laid out by the component’s styles, though the script builds them: label above a full-width input, errors set apart', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await field(page, 'signerName').fill('x'.repeat(25_000));
		const layout = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-filler] .field')].map((wrap) => {
				const label = wrap.querySelector('label')!.getBoundingClientRect();
				const input = wrap.querySelector('input, textarea')!.getBoundingClientRect();
				return {
					key: wrap.querySelector('label')!.htmlFor,
					labelAbove: label.bottom <= input.top + 1,
					widthShare: input.width / wrap.getBoundingClientRect().width,
				};
			}),
		);
		expect(layout.length).toBeGreaterThan(0);
		for (const f of layout) {
			expect(f.labelAbove, `${f.key}: label above its input`).toBe(true);
			expect(f.widthShare, `${f.key}: input spans the field`).toBeGreaterThan(0.95);
		}
		const error = await page.locator('#e-signerName').evaluate((e) => getComputedStyle(e).fontWeight);
		const hint = await page
			.locator('[data-filler] .field .hint')
			.first()
			.evaluate((e) => getComputedStyle(e).fontWeight);
		expect(Number(error), 'the error stands out from hints').toBeGreaterThan(Number(hint));
		await context.close();
	});
});

describe('preview', () => {
	it('updates as the user types and counts what is left', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		const before = await page.locator('[data-remaining]').innerText();
		await field(page, 'claimNumber').pressSequentially('CLM-42');
		expect(await preview(page).innerText()).toContain('RE: Appeal, claim CLM-42');
		expect(await preview(page).locator('mark[data-key="claimNumber"]').count()).toBe(0);
		expect(await preview(page).locator('mark[data-key="patientName"]').count()).toBeGreaterThan(0);
		const after = await page.locator('[data-remaining]').innerText();
		expect(Number(after.split(' ')[0])).toBe(Number(before.split(' ')[0]) - 1);
		await context.close();
	});

	it('is not a live region; a polite status announces once, when the last placeholder is filled', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		expect(await page.locator('[data-preview]').getAttribute('aria-live')).toBeNull();
		expect(await page.locator('[data-preview] [aria-live]').count()).toBe(0);
		expect(await page.locator('[data-remaining]').getAttribute('aria-live')).toBeNull();
		const status = page.locator('[data-action-status]');
		expect(await status.getAttribute('role')).toBe('status');
		await field(page, 'claimNumber').pressSequentially('CLM-4');
		expect(await status.innerText()).toBe('');
		for (const key of letterFor(first!).placeholders) {
			const p = getPlaceholderByKey(key)!;
			if (key !== 'letterDate')
				await field(page, key).fill(
					p.format ? p.example : p.kind === 'date' ? '2026-03-09' : p.kind === 'money' ? '12.50' : `value ${key}`,
				);
		}
		await expect
			.poll(() => status.innerText())
			.toBe('All placeholders are filled. The letter is ready to copy, download or print.');
		await context.close();
	});
});

describe('values that fail their field check', () => {
	it('stay out of the copied and downloaded letter, and the user is told why', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await page.click('button[data-action="example"]');
		await field(page, 'dateOfService').fill('');
		await field(page, 'dateOfService').evaluate((el: HTMLInputElement) => {
			el.type = 'text';
			el.value = '2026-02-30';
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		expect(await page.locator('#e-dateOfService').innerText()).toMatch(/real date/);
		expect(await preview(page).innerText()).not.toContain('2026-02-30');
		await page.click('button[data-action="copy-text"]');
		await expect
			.poll(() => page.locator('[data-action-status]').innerText())
			.toMatch(/Left out, because its value needs fixing \(see the message next to the field\): Date of service/i);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('[Date of Service]');
		expect(copied).not.toContain('2026-02-30');
		const [txt] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-txt"]')]);
		const text = readFileSync((await txt.path())!, 'utf8');
		expect(text).toContain('[Date of Service]');
		expect(text).not.toContain('2026-02-30');
		await context.close();
	});
});

describe('outputs', () => {
	it('copy plain text and rich text to the clipboard, warning about unfilled placeholders', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await field(page, 'patientName').fill('Pat Q. Sample');
		await page.click('button[data-action="copy-text"]');
		await expect
			.poll(() => page.locator('[data-action-status]').innerText())
			.toMatch(/Copied the letter as plain text\. Warning: \d+ placeholders are still unfilled/);
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain('Patient: Pat Q. Sample');
		expect(text).toContain('[Claim Number]');
		expect(text).not.toContain('<');

		await page.click('button[data-action="example"]');
		await page.click('button[data-action="copy-rich"]');
		await expect
			.poll(() => page.locator('[data-action-status]').innerText())
			.toBe('Copied the letter with its formatting, ready to paste into Word or Google Docs.');
		const rich = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return { types: item!.types, html: await (await item!.getType('text/html')).text() };
		});
		expect(rich.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
		expect(rich.html).toMatch(/<p>.*<\/p>/s);
		expect(rich.html).toContain('<strong>RE: Appeal, claim TEST-000000001</strong>');
		await context.close();
	});

	it('download a .txt and a valid .docx with the filled letter', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await page.click('button[data-action="example"]');
		const [txt] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-txt"]')]);
		expect(txt.suggestedFilename()).toBe(`appeal-letter-${first!.set}-${first!.code.toLowerCase()}.txt`);
		const txtContent = readFileSync((await txt.path())!, 'utf8');
		expect(txtContent).toContain('Jane Example (sample patient)');

		const [docx] = await Promise.all([
			page.waitForEvent('download'),
			page.click('button[data-action="download-docx"]'),
		]);
		expect(docx.suggestedFilename()).toMatch(/\.docx$/);
		const files = unzipSync(new Uint8Array(readFileSync((await docx.path())!)));
		expect(Object.keys(files)).toContain('word/document.xml');
		const xml = strFromU8(files['word/document.xml']!);
		const words = xml
			.replace(/<[^>]+>/g, '')
			.replaceAll('&apos;', "'")
			.replaceAll('&quot;', '"')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
		expect(words).toContain('Jane Example (sample patient)');
		expect(words).toContain(`adjusted with ${displayCode(first!.set, first!.code)}.`);
		expect(xml).toContain('<w:b/>');
		// US Letter unless the reader picks A4.
		expect(xml).toMatch(/<w:pgSz [^>]*w:w="12240"[^>]*w:h="15840"/);
		await page.selectOption('[data-paper]', 'a4');
		const [a4] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-docx"]')]);
		expect(strFromU8(unzipSync(new Uint8Array(readFileSync((await a4.path())!)))['word/document.xml']!)).toMatch(
			/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/,
		);
		await context.close();
	});

	it('print only the letter', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await page.click('button[data-action="example"]');
		await page.evaluate(() => (window.print = () => {}));
		await page.click('button[data-action="print"]');
		// Print loads with the other output actions on first use (src/client/letter-output.ts).
		await page.locator('#print-root').waitFor({ state: 'attached' });
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => document.body.innerText);
		expect(printed).toContain('RE: Appeal, claim TEST-000000001');
		expect(printed).toContain('Sincerely,');
		for (const absent of ['Common causes', 'Denial Atlas', 'Fill with example', 'Copy text', 'On this page'])
			expect(printed).not.toContain(absent);
		// Letterhead, date, address and paragraphs are set apart, not run together.
		const gaps = await page.evaluate(() =>
			[...document.querySelectorAll('#print-root > p')]
				.slice(0, 4)
				.map((p) => parseFloat(getComputedStyle(p).marginBottom)),
		);
		expect(gaps.length).toBe(4);
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(12);
		expect(
			await page.evaluate(() => getComputedStyle(document.querySelector('#print-root')!).getPropertyValue('page')),
		).toBe('letter-us');
		await context.close();
	});
});

describe('privacy', () => {
	it('makes zero requests while filling; copying and downloading fetch only the site’s own code (GET, carrying nothing typed)', async () => {
		const { page, context, requests } = await openFiller(codePath(first!.set, first!.code));
		const secret = 'ZZSECRET-PATIENT-9731';
		// On a loaded machine the page's own modules can still be arriving after network idle: count from a loaded page.
		await field(page, letterFor(first!).placeholders[0]!).waitFor();
		await page.waitForFunction(() => document.readyState === 'complete');
		const loaded = requests.length;
		for (const key of letterFor(first!).placeholders) {
			const p = getPlaceholderByKey(key)!;
			await field(page, key).fill(
				p.kind === 'date' ? '2026-03-09' : p.kind === 'money' ? '12.50' : `${secret} ${p.key}`,
			);
		}
		expect(requests.slice(loaded).map((r) => r.url())).toEqual([]);
		// Copy for Word, the downloads and Print are code loaded on first use (fetched when the pointer or focus
		// reaches the buttons): one module of the site's own.
		await page.click('button[data-action="copy-text"]');
		await page.click('button[data-action="copy-rich"]');
		await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-txt"]')]);
		// The handler has finished once it says so.
		await expect.poll(() => page.locator('[data-action-status]').innerText()).toContain('.txt');
		const code = requests
			.slice(loaded)
			.filter((r) => !r.url().startsWith('blob:'))
			.map((r) => r.url());
		expect(code.length).toBe(1);
		expect(code[0]).toMatch(new RegExp(`^${site.url}/_astro/letter-output\\.[\\w-]+\\.js$`));

		await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-docx"]')]);
		const network = requests.filter((r) => !r.url().startsWith('blob:') && !r.url().startsWith('data:'));
		for (const r of network) {
			expect(r.url().startsWith(`${site.url}/_astro/`), r.url()).toBe(true);
			expect(r.method()).toBe('GET');
			expect(r.url()).not.toContain('SECRET');
			expect(r.postData()).toBeNull();
		}
		expect(page.url()).not.toContain('SECRET');
		const stored = await page.evaluate(
			() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
		);
		expect(stored).not.toContain('SECRET');
		await context.close();
	});

	it('remembers practice details on another code page only after opting in, never patient details, and forgets them', async () => {
		const context = await site.browser.newContext();
		const one = await openFiller(codePath(first!.set, first!.code), { context });
		await field(one.page, 'practiceName').fill('Opt-Out Clinic');
		let stored = await one.page.evaluate(() => JSON.stringify({ ...localStorage }));
		expect(stored).not.toContain('Opt-Out Clinic');

		await one.page.check('[data-remember]');
		await field(one.page, 'practiceName').fill('Remembered Clinic');
		await field(one.page, 'signerName').fill('Robin Biller');
		await field(one.page, 'patientName').fill('Never Stored Patient');
		await field(one.page, 'claimNumber').fill('NEVER-STORED-1');
		stored = await one.page.evaluate(
			() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
		);
		expect(stored).toContain('Remembered Clinic');
		expect(stored).not.toMatch(/Never Stored|NEVER-STORED/);

		const two = await openFiller(codePath(second!.set, second!.code), { context });
		expect(await field(two.page, 'practiceName').inputValue()).toBe('Remembered Clinic');
		expect(await field(two.page, 'signerName').inputValue()).toBe('Robin Biller');
		expect(await field(two.page, 'patientName').inputValue()).toBe('');
		expect(await field(two.page, 'claimNumber').inputValue()).toBe('');
		expect(await two.page.isChecked('[data-remember]')).toBe(true);

		await two.page.click('button[data-action="forget"]');
		expect(
			await two.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('denial-atlas'))),
		).toEqual([]);
		const three = await openFiller(codePath(first!.set, first!.code), { context });
		expect(await field(three.page, 'practiceName').inputValue()).toBe('');
		await context.close();
	});

	it('"Clear all" also forgets remembered practice details, so they do not come back on reload', async () => {
		const context = await site.browser.newContext();
		const one = await openFiller(codePath(first!.set, first!.code), { context });
		await one.page.check('[data-remember]');
		await field(one.page, 'practiceName').fill('Cleared Clinic');
		expect(await one.page.evaluate(() => JSON.stringify({ ...localStorage }))).toContain('Cleared Clinic');
		await one.page.click('button[data-action="clear"]');
		await expect
			.poll(() => one.page.locator('[data-action-status]').innerText())
			.toBe('Cleared every field and forgot the practice details saved on this device.');
		expect(await one.page.isChecked('[data-remember]')).toBe(false);
		expect(
			await one.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('denial-atlas'))),
		).toEqual([]);
		await one.page.reload({ waitUntil: 'networkidle' });
		expect(await field(one.page, 'practiceName').inputValue()).toBe('');
		await context.close();
	});
});

describe('safety', () => {
	it('keeps hostile input as plain text', async () => {
		const { page, context, errors } = await openFiller(codePath(first!.set, first!.code));
		const hostile: Record<string, string> = {
			patientName: '<img src=x onerror="window.__pwned=1">',
			claimNumber: '<script>window.__pwned=2</script>',
			payerName: 'javascript:window.__pwned=3',
			memberId: 'ABC\u202Eevil\u202C123',
			signerName: '👩‍⚕️ Dr. Emoji 🏥',
			practiceHeader: 'x'.repeat(10_000),
		};
		for (const [key, value] of Object.entries(hostile)) await field(page, key).fill(value);
		const result = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: number }).__pwned,
			imgs: document.querySelectorAll('[data-preview] img, [data-preview] script, [data-preview] a').length,
			text: document.querySelector('[data-preview] [data-letter]')!.textContent ?? '',
		}));
		expect(result.pwned).toBeUndefined();
		expect(result.imgs).toBe(0);
		expect(result.text).toContain('<img src=x onerror="window.__pwned=1">');
		expect(result.text).toContain('<script>window.__pwned=2</script>');
		expect(result.text).toContain('ABCevil123');
		expect(result.text).not.toMatch(/[\u202A-\u202E]/);
		expect(result.text).toContain('👩‍⚕️ Dr. Emoji 🏥');
		expect(result.text).toContain('x'.repeat(10_000));
		await page.click('button[data-action="copy-text"]');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<script>window.__pwned=2</script>');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('runs under the site’s Content-Security-Policy', async () => {
		const { page, context, errors } = await openFiller(codePath(first!.set, first!.code));
		const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(meta).toContain("default-src 'self'");
		expect(meta).not.toMatch(/https?:/);
		await page.click('button[data-action="example"]');
		await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-docx"]')]);
		expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('shows a readable letter with its placeholders, and no dead form', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code), { javaScriptEnabled: false });
		const text = await preview(page).innerText();
		expect(text).toContain('[Claim Number]');
		expect(text).toContain('Sincerely,');
		expect(await page.locator('[data-filler-form]').isVisible()).toBe(false);
		expect(await page.locator('[data-filler-actions]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('accessibility', () => {
	it('works from the keyboard alone: fill a field, fill with example, copy', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		await page.locator('button[data-action="example"]').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
		expect(focused).toBe(letterFor(first!).placeholders[0]);
		await page.keyboard.type('Typed Practice');
		expect(await preview(page).innerText()).toContain('Typed Practice');
		await page.locator('button[data-action="example"]').focus();
		await page.keyboard.press('Enter');
		await page.locator('button[data-action="copy-text"]').focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.locator('[data-action-status]').innerText()).toContain('Copied');
		await context.close();
	});

	it('has no axe violations (WCAG 2.2 AA) before and after filling', async () => {
		const { page, context } = await openFiller(codePath(first!.set, first!.code));
		const scan = async () =>
			(
				await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
			).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(await scan()).toEqual([]);
		await page.click('button[data-action="example"]');
		await field(page, 'billedAmount')
			.fill('not money')
			.catch(() => undefined);
		expect(await scan()).toEqual([]);
		await context.close();
	});
});
