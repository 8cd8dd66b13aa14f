#!/usr/bin/env node
/**
 * Screenshots of the built site (run `npm run build` first).
 *
 *   node scripts/screenshot.ts /codes/carc-16/ [out.png] [--dark] [--phone] [--full]   one page
 *   node scripts/screenshot.ts --set [--out docs/screenshots]                        the documented set
 *   node scripts/screenshot.ts --help
 *
 * The set regenerates docs/screenshots/: each layout (a code page with its letter being filled, the decoder
 * with a decoded 835, the deadline calculator with a result, the home page) in the light and the dark theme,
 * on a desktop (1280 × 900) and a phone (390 × 844). Letter values are the registry's fictitious examples
 * and dates are fixed, so the pictures only change when the site does.
 */
import { mkdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { launchBrowser } from './lib/browser.ts';

const HELP = `Screenshots of the built site (run npm run build first).

  node scripts/screenshot.ts PATH [OUT.png] [--dark] [--phone] [--full]
      One page: PATH such as /codes/carc-16/, written to OUT.png (default screenshot.png).
      --dark uses the dark theme, --phone a 390 x 844 viewport (default 1280 x 900),
      --full the whole page instead of the first screen.

  node scripts/screenshot.ts --set [--out DIR]
      Regenerate the documented set in DIR (default docs/screenshots): the letter filler,
      the decoder, the deadline calculator and the home page, light and dark, desktop and phone.

  node scripts/screenshot.ts --help
      This text.`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	console.log(HELP);
	process.exit(0);
}

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Theme = 'light' | 'dark';
type Device = keyof typeof VIEWPORTS;

async function openPage(browser: Browser, url: string, theme: Theme, device: Device): Promise<Page> {
	const page = await browser.newPage({ viewport: VIEWPORTS[device], colorScheme: theme, reducedMotion: 'reduce' });
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(url, { waitUntil: 'networkidle' });
	return page;
}

/** Bring an element to the top of the screen, below the fixed header. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
	await page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const header = document.querySelector('header.header')?.getBoundingClientRect().height ?? 0;
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
		});
	await page.waitForTimeout(100);
}

interface Scene {
	name: string;
	path: string;
	/** What to do before the picture is taken. */
	act?: (page: Page, device: Device) => Promise<void>;
}

const SCENES: Scene[] = [
	{
		name: 'letter',
		path: '/codes/carc-10/',
		act: async (page, device) => {
			await page.locator('[data-fields] .field').first().waitFor();
			await page.click('button[data-action="example"]');
			await page.locator('[name="letterDate"]').fill('2026-12-07');
			// A field being typed: highlighted in the preview (desktop) or in the line under it (phone).
			const field = page.locator('[name="patientName"]');
			await scrollToTop(page, device === 'desktop' ? '[data-fields]' : '.field:has([name="claimNumber"])');
			await field.click();
			await field.fill('');
			await field.pressSequentially('Pat Example');
		},
	},
	{
		name: 'decoder',
		path: '/decode/',
		act: async (page) => {
			await page.click('button[data-example*="CLP"]');
			await page.locator('[data-decoder-results] table').first().waitFor();
			await scrollToTop(page, 'label[for="decoder-input"]');
		},
	},
	{
		name: 'deadlines',
		path: '/guides/appeal-deadlines/',
		act: async (page) => {
			await page.locator('[data-deadline]:not([data-pending])').first().waitFor();
			await page.locator('[data-deadline-level]').selectOption('reconsideration');
			await page.locator('[data-deadline-date]').fill('2026-10-01');
			await scrollToTop(page, '[data-deadline]');
		},
	},
	{ name: 'home', path: '/' },
];

const server = await startStaticServer(join(root, 'dist'));
const browser = await launchBrowser();
try {
	if (args.includes('--set')) {
		const outIndex = args.indexOf('--out');
		const dir = join(
			process.cwd(),
			outIndex >= 0 && args[outIndex + 1]
				? args[outIndex + 1]!
				: join(relative(process.cwd(), root), 'docs/screenshots'),
		);
		mkdirSync(dir, { recursive: true });
		for (const scene of SCENES) {
			for (const device of Object.keys(VIEWPORTS) as Device[]) {
				for (const theme of ['light', 'dark'] as const) {
					const page = await openPage(browser, server.url + scene.path, theme, device);
					await scene.act?.(page, device);
					const file = join(dir, `${scene.name}-${device}-${theme}.png`);
					await page.screenshot({ path: file });
					await page.close();
					console.log(`wrote ${relative(process.cwd(), file)}`);
				}
			}
		}
	} else {
		const [path = '/', out = 'screenshot.png'] = args.filter((a) => !a.startsWith('--'));
		const page = await openPage(
			browser,
			server.url + path,
			args.includes('--dark') ? 'dark' : 'light',
			args.includes('--phone') ? 'phone' : 'desktop',
		);
		await page.screenshot({ path: out, fullPage: args.includes('--full') });
		console.log(`wrote ${out}`);
	}
} finally {
	await browser.close();
	await server.close();
}
