/**
 * The remittance workbench in Chromium: for generated 835 files of several sizes, the time from opening the
 * file to the first result and to the full summary (performance marks set by the page), and the page's
 * longest main-thread task (PerformanceObserver, longtask) while reading. Medians of a few runs; the free-text
 * decoder is also timed on a 200,000-character run of punctuation (on the first site). Several builds (this
 * branch and main, say) can be measured side by side in one run, runs alternating between them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { write835 } from '../../tests/fixtures/835/generate.ts';

export interface WorkbenchFigure {
	/** Which build was measured (one label per site when builds are compared side by side). */
	site: string;
	mb: number;
	claims: number;
	runs: { firstMs: number; fullMs: number; longestTaskMs: number }[];
	firstMs: number;
	fullMs: number;
	longestTaskMs: number;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The decoder page in a fresh context, ready, with the longest main-thread task since now in `window.__longest`
 * (loading the page itself is not counted).
 */
async function openDecoder(browser: Browser, origin: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { __longest: number };
		w.__longest = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${origin}/decode/`, { waitUntil: 'networkidle' });
	await page.locator('[data-decoder][data-ready]').waitFor();
	await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
	return { context, page };
}

export interface WorkbenchSite {
	label: string;
	origin: string;
}

export async function benchWorkbench(
	browser: Browser,
	site: string | WorkbenchSite[],
	sizesMb: number[],
	runs: number,
): Promise<{
	files: WorkbenchFigure[];
	punctuationMs: number;
	punctuationLongestTaskMs: number;
	/** Load averages (1, 5, 15 minutes) before and after, to judge how noisy the figures are. */
	load: { before: number[]; after: number[] };
}> {
	const sites: WorkbenchSite[] = typeof site === 'string' ? [{ label: 'this build', origin: site }] : site;
	const origin = sites[0]!.origin;
	const before = loadavg();
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
	const files: WorkbenchFigure[] = [];
	try {
		const generated = sizesMb.map((mb) => {
			const path = join(dir, `${mb}mb.835`);
			return { mb, path, ...write835(path, mb * 1024 * 1024) };
		});
		// Runs alternate between sizes (and builds) so machine noise hits every size and build alike.
		const results = new Map<string, WorkbenchFigure['runs']>();
		for (let run = 0; run < runs; run++) {
			for (const g of generated)
				for (const s of sites) {
					const { context, page } = await openDecoder(browser, s.origin);
					await page.setInputFiles('[data-decoder-file]', g.path);
					await page.locator('[data-decoder][data-state="done"]').waitFor({ timeout: 300_000 });
					await page.locator('table.worklist tbody tr').first().waitFor({ timeout: 60_000 });
					await page.waitForTimeout(300);
					const figures = await page.evaluate(() => {
						const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
						const start = at('decoder:start') ?? 0;
						const full = at('decoder:summary') ?? Number.NaN;
						const first = at('decoder:first-result') ?? full;
						return {
							firstMs: first - start,
							fullMs: full - start,
							longestTaskMs: (window as unknown as { __longest: number }).__longest,
						};
					});
					results.set(`${s.label}|${g.mb}`, [...(results.get(`${s.label}|${g.mb}`) ?? []), figures]);
					await context.close();
				}
		}
		for (const g of generated)
			for (const s of sites) {
				const r = results.get(`${s.label}|${g.mb}`)!;
				files.push({
					site: s.label,
					mb: g.mb,
					claims: g.claims,
					runs: r,
					firstMs: median(r.map((x) => x.firstMs)),
					fullMs: median(r.map((x) => x.fullMs)),
					longestTaskMs: median(r.map((x) => x.longestTaskMs)),
				});
			}
		// The free-text path on 200,000 characters of punctuation (the old decoder froze for about 13 s).
		const { context, page } = await openDecoder(browser, origin);
		const t0 = Date.now();
		await page.evaluate(() => {
			const input = document.querySelector<HTMLTextAreaElement>('[data-decoder-input]')!;
			input.value = ').'.repeat(100_000);
			input.dispatchEvent(new Event('input'));
		});
		await page.waitForFunction(
			() => document.querySelector('[data-decoder-results]')?.textContent?.includes('No codes found'),
			null,
			{ timeout: 120_000 },
		);
		const punctuationMs = Date.now() - t0 - 150;
		const punctuationLongestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
		await context.close();
		return { files, punctuationMs, punctuationLongestTaskMs, load: { before, after: loadavg() } };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
