/** Search finds codes however people type them, and topics by meaning (Pagefind through Starlight). */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstShown, visibleFirstResult } from '../helpers/search.ts';
import { useSite } from '../helpers/use-site.ts';

const site = useSite();
let page: Page;
let input: Locator;

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.url}/`);
	await page.click('button[data-open-modal]');
	input = page.locator('dialog[open] .pagefind-ui__search-input');
	await input.waitFor();
});

/** The page of the first result a user sees for a query (best-match row, else Pagefind's first). */
const firstResult = (query: string) => firstShown(page, query);

describe('exact code queries put that code first, however spelled', () => {
	it.each([
		['CO-16', '/codes/carc-16/'],
		['co16', '/codes/carc-16/'],
		['CO 16', '/codes/carc-16/'],
		['16', '/codes/carc-16/'],
		['PR-1', '/codes/carc-1/'],
		['N130', '/codes/rarc-n130/'],
		['n 130', '/codes/rarc-n130/'],
		['MA130', '/codes/rarc-ma130/'],
		['CCM31', '/codes/payer-ccm31/'],
	])('“%s” → %s', async (query, expected) => {
		expect(await firstResult(query)).toBe(expected);
	});
});

describe('keyword queries find the right code by meaning', () => {
	it.each([
		['timely filing', '/codes/carc-29/'],
		['prior authorization', '/codes/carc-197/'],
		['duplicate claim', '/codes/carc-18/'],
		['deductible', '/codes/carc-1/'],
		['missing rendering provider', '/codes/rarc-n290/'],
	])('“%s” → %s', async (query, expected) => {
		expect(await firstResult(query)).toBe(expected);
	});
});

describe('filters', () => {
	it('offer code set, status, route, group code and category', async () => {
		await input.fill('claim');
		await page.locator('#starlight__search .search-filter-toggle').click();
		await page.locator('.pagefind-ui__filter-panel').waitFor();
		const names = await page.locator('.pagefind-ui__filter-name').allInnerTexts();
		const text = names.join(' ').toLowerCase();
		for (const name of ['set', 'status', 'route', 'group code', 'category']) expect(text).toContain(name);
	});
});

/** A fresh page with the search dialog open and its UI loaded. */
async function freshSearch(): Promise<Page> {
	const p = await site.browser.newPage();
	await p.goto(`${site.url}/`);
	await p.click('button[data-open-modal]');
	await p.locator('dialog[open] .pagefind-ui__search-input').waitFor();
	return p;
}

describe('best match from the code map', () => {
	it('shows a code and a known pair above Pagefind’s results, as typed', async () => {
		await input.fill('CO-16 MA130');
		const rows = page.locator('#starlight__search .best-match a');
		await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
		expect(await rows.nth(0).getAttribute('href')).toBe('/codes/carc-16/');
		expect(await rows.nth(1).getAttribute('href')).toBe('/codes/rarc-ma130/');
		expect(await rows.nth(0).innerText()).toMatch(/Best match\s+CARC 16/);
		await input.fill('timely filing');
		await expect.poll(() => page.locator('#starlight__search .best-match').isHidden(), { timeout: 10_000 }).toBe(true);
	});

	it('answers before Pagefind has loaded its index', async () => {
		const p = await freshSearch();
		// Hold back Pagefind's runtime and index: the best match must not need them.
		await p.route('**/pagefind/**', () => {});
		await p.locator('#starlight__search .pagefind-ui__search-input').fill('PR-1 N130');
		await expect
			.poll(() => p.locator('#starlight__search .best-match a').first().getAttribute('href'), { timeout: 10_000 })
			.toBe('/codes/carc-1/');
		await p.close();
	});
});

describe('Enter in the search box', () => {
	it('opens the best match', async () => {
		const p = await freshSearch();
		await p.locator('#starlight__search .pagefind-ui__search-input').fill('co16');
		await p.locator('#starlight__search .best-match a').waitFor();
		await p.keyboard.press('Enter');
		await p.waitForURL('**/codes/carc-16/');
		await p.close();
	});
	it('opens the first result of a phrase once it is shown', async () => {
		const p = await freshSearch();
		expect(await firstShown(p, 'timely filing')).toBe('/codes/carc-29/');
		await p.keyboard.press('Enter');
		await p.waitForURL('**/codes/carc-29/');
		await p.close();
	});
});

describe('"/" opens search', () => {
	it('from the page, focusing the search box', async () => {
		const p = await site.browser.newPage();
		await p.goto(`${site.url}/`);
		await p.locator('body').click({ position: { x: 5, y: 300 } });
		await p.keyboard.press('/');
		await p.locator('dialog[open] .pagefind-ui__search-input').waitFor();
		await expect
			.poll(() => p.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input')), {
				timeout: 10_000,
			})
			.toBe(true);
		await p.close();
	});
	it('but not while typing into a field', async () => {
		const p = await site.browser.newPage();
		await p.goto(`${site.url}/`);
		const goto = p.locator('#goto-code');
		await goto.click();
		await p.keyboard.type('CO/16');
		expect(await goto.inputValue()).toBe('CO/16');
		expect(await p.locator('dialog[open]').count()).toBe(0);
		await p.close();
	});
});

describe('no reshuffle: the first result seen after the last keystroke is the final one', () => {
	it.each([
		['CO-16', '/codes/carc-16/'],
		['PR1', '/codes/carc-1/'],
		['timely filing', '/codes/carc-29/'],
	])('“%s”', async (query, expected) => {
		const p = await freshSearch();
		const box = p.locator('#starlight__search .pagefind-ui__search-input');
		await box.pressSequentially(query, { delay: 30 });
		// From the last keystroke on, record every first result the user could see, each frame.
		// (A string, so the function runs as written; the site's CSP allows no eval in the page.)
		await p.evaluate(`(() => {
			const read = ${visibleFirstResult.toString()};
			const seen = (window.__seen = []);
			const tick = () => {
				const now = read();
				if (now && seen[seen.length - 1] !== now) seen.push(now);
				requestAnimationFrame(tick);
			};
			tick();
		})()`);
		await expect.poll(() => firstShown(p, query), { timeout: 15_000 }).toBe(expected);
		// Pagefind has settled on the query (its results are shown): nothing else was shown before.
		await expect
			.poll(
				() =>
					p.evaluate(
						() =>
							document.querySelector('#starlight__search .pagefind-ui__results') !== null &&
							!document.querySelector('#starlight__search')!.hasAttribute('data-results-stale'),
					),
				{ timeout: 15_000 },
			)
			.toBe(true);
		await p.waitForFunction(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
		);
		const seen = await p.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
		expect(seen).toEqual([expected]);
		await p.close();
	});
});

describe('go to a code', () => {
	async function goto(text: string): Promise<Page> {
		const p = await site.browser.newPage();
		await p.goto(`${site.url}/`);
		await p.locator('#goto-code').fill(text);
		await p.locator('#goto-code').press('Enter');
		return p;
	}
	it('offers each code of a pair or a whole line', async () => {
		for (const [text, hrefs] of [
			['CO-16 MA130', ['/codes/carc-16/', '/codes/rarc-ma130/']],
			['PR-1 N130', ['/codes/carc-1/', '/codes/rarc-n130/']],
			['CO 45 120.00 N 290', ['/codes/carc-45/', '/codes/rarc-n290/']],
		] as const) {
			const p = await goto(text);
			const links = p.locator('[data-goto-found] a');
			await expect.poll(() => links.count(), { timeout: 10_000 }).toBe(hrefs.length);
			for (const [i, href] of hrefs.entries()) expect(await links.nth(i).getAttribute('href')).toBe(href);
			await p.close();
		}
	});
	it('says when a code is not on the official lists, without "yet"', async () => {
		const p = await goto('N9999');
		const status = p.locator('[data-goto-status]');
		await expect
			.poll(() => status.innerText(), { timeout: 10_000 })
			.toMatch(/N9999 is written like a code but is not on the official lists/);
		expect(await status.innerText()).not.toMatch(/yet/);
		await p.close();
	});
});

describe('clean excerpts', () => {
	it('do not run table cells or badges together', async () => {
		for (const query of ['CO-16', 'who pays', 'deactivated remark']) {
			await input.fill(query);
			const excerpts = page.locator('#starlight__search .pagefind-ui__result-excerpt');
			await expect.poll(() => excerpts.count(), { timeout: 15_000 }).toBeGreaterThan(0);
			const text = (await excerpts.allInnerTexts()).join('\n');
			expect(text).not.toMatch(/GroupWritten|Written asWho|Who pays(CO|PR|OA|PI)|(CARC|RARC)(Current|Deactivated)/);
		}
	});
});

describe('cost of the first query (issue 16)', () => {
	/** Paths under /pagefind/ a fresh page fetches while `act` runs and for `settleMs` after. */
	async function pagefindRequests(p: Page, act: () => Promise<void>, settleMs = 800): Promise<string[]> {
		const paths: string[] = [];
		p.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/pagefind/')) paths.push(path);
		});
		await act();
		await p.waitForTimeout(settleMs);
		return paths;
	}
	const chunks = (paths: string[]) => [...new Set(paths.filter((x) => x.includes('/index/')))].sort();

	it('fetches no index chunk for the prefixes typed on the way to a query', async () => {
		for (const query of ['timely filing', 'CO-16']) {
			// Typed key by key, with no pause between the keys: one input event per key, each in its own task, sent in
			// the page (Playwright's key presses each take a round trip, longer than the search pause on a loaded
			// machine; a key's zero-delay timer always runs before the pause's timer) …
			const typed = await freshSearch();
			const byKey = await pagefindRequests(typed, async () => {
				await typed.evaluate(async (q) => {
					const box = document.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input')!;
					for (let i = 1; i <= q.length; i++) {
						box.value = q.slice(0, i);
						box.dispatchEvent(new Event('input', { bubbles: true }));
						await new Promise((resolve) => setTimeout(resolve, 0));
					}
				}, query);
				await typed.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
			});
			await typed.close();
			// … the chunks are those of the whole query put in at once.
			const whole = await freshSearch();
			const atOnce = await pagefindRequests(whole, async () => {
				await whole.locator('#starlight__search .pagefind-ui__search-input').fill(query);
				await whole.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
			});
			await whole.close();
			expect(chunks(byKey), query).toEqual(chunks(atOnce));
		}
	});

	it('fetches a phrase’s index chunks while it is typed, before the search that follows the pause', async () => {
		const p = await freshSearch();
		// The pause passes the last key on to Pagefind's UI as an event of its own (not trusted): stop those here,
		// so the UI never searches and every request below comes from the preload on the user's keys.
		await p.evaluate(() =>
			document.addEventListener(
				'input',
				(event) => {
					if (!event.isTrusted) event.stopImmediatePropagation();
				},
				true,
			),
		);
		const paths = await pagefindRequests(p, async () => {
			await p.locator('#starlight__search .pagefind-ui__search-input').pressSequentially('timely filing');
			await expect
				.poll(
					() =>
						p.evaluate(
							() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/index/')).length,
						),
					{ timeout: 10_000 },
				)
				.toBeGreaterThan(0);
		});
		expect(await p.locator('#starlight__search .pagefind-ui__result').count()).toBe(0);
		expect(paths.filter((x) => x.includes('/fragment/'))).toEqual([]);
		// The same chunks as the whole query's, put in at once and searched.
		const whole = await freshSearch();
		const atOnce = await pagefindRequests(whole, async () => {
			await whole.locator('#starlight__search .pagefind-ui__search-input').fill('timely filing');
			await whole.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
		});
		await whole.close();
		expect(chunks(paths)).toEqual(chunks(atOnce));
		await p.close();
	});

	it('loads neither filters nor a web worker until filters are asked for', async () => {
		const p = await freshSearch();
		const paths = await pagefindRequests(p, async () => {
			expect(await firstShown(p, 'timely filing')).toBe('/codes/carc-29/');
		});
		expect(paths.filter((x) => x.includes('/filter/') || x.endsWith('pagefind-worker.js'))).toEqual([]);
		const later = await pagefindRequests(p, async () => {
			await p.locator('#starlight__search .search-filter-toggle').click();
			await p.locator('#starlight__search .pagefind-ui__filter-panel').waitFor();
		});
		expect(later.some((x) => x.includes('/filter/'))).toBe(true);
		// The results are still those of the query, now with the filter panel beside them.
		expect(await p.locator('#starlight__search .pagefind-ui__result-link').first().getAttribute('href')).toBe(
			'/codes/carc-29/',
		);
		await p.close();
	});
});
