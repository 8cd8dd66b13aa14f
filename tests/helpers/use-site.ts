/**
 * The setup every browser test file shares: the static server on dist/ and
 * one Chromium, started before the file's tests and closed after them.
 *
 *   const site = useSite();
 *   const page = await site.browser.newPage();
 *   await page.goto(`${site.url}/codes/carc-16/`);
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST, requireBuild } from './site.ts';

export interface Site {
	/** The server's origin, such as http://127.0.0.1:39123 (no trailing slash). */
	readonly url: string;
	readonly browser: Browser;
}

export function useSite(): Site {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		requireBuild();
		server = await startStaticServer(DIST);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	const started = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`useSite(): ${what} is used before beforeAll started it`);
		return value;
	};
	return {
		get url() {
			return started(server, 'the server').url;
		},
		get browser() {
			return started(browser, 'the browser');
		},
	};
}
