/**
 * Search in Chromium, ours beside stock Starlight: for a first query on a fresh page, the bytes on the wire
 * (file by file, grouped by what they are) and the time from the last keystroke to the first result a user
 * sees (ours: the best-match row or Pagefind's first result for the final query; stock: Pagefind's first
 * result for the final query). Each case runs several times on a fresh page, the sites alternating, and the
 * medians are reported.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SearchCase {
	/** ours: this build; compare: another build of ours (--search-compare); stock: stock Starlight. */
	site: 'ours' | 'compare' | 'stock';
	kind: 'exact code' | 'phrase';
	query: string;
	/** Time between keys (default 30 ms, a fast typist; 150 ms shows what a steady typist's pauses cost). */
	keyDelayMs?: number;
}

/** What a request of the first query is, for the breakdown. */
export function searchFileKind(path: string): string {
	if (/\/pagefind\/pagefind\.js$/.test(path)) return 'Pagefind runtime JS';
	if (/\/pagefind\/pagefind-worker\.js$/.test(path)) return 'Pagefind worker JS';
	if (/\/pagefind\/wasm\.[^/]*\.pagefind$/.test(path)) return 'Pagefind wasm';
	if (/\/pagefind\/pagefind-entry\.json$/.test(path)) return 'Pagefind entry';
	if (/\.pf_meta$/.test(path)) return 'Pagefind metadata';
	if (/\/pagefind\/filter\//.test(path)) return 'filter chunks';
	if (/\/pagefind\/index\//.test(path)) return 'index chunks';
	if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
	if (/\/api\/code-map\.json$/.test(path)) return 'code map';
	if (/\.css$/.test(path)) return 'search UI CSS';
	if (/\.m?js$/.test(path)) return 'search UI JS';
	return 'other';
}

export interface SearchFile {
	path: string;
	kind: string;
	bytes: number;
}

export interface SearchRun {
	bytes: number;
	decodedBytes: number;
	msToFirstResult: number;
	files: SearchFile[];
}

export interface SearchFigure extends SearchCase {
	runs: SearchRun[];
	/** Medians over the runs. */
	bytes: number;
	decodedBytes: number;
	msToFirstResult: number;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function runOnce(browser: Browser, origin: string, query: string, keyDelayMs: number): Promise<SearchRun> {
	const page = await browser.newPage();
	try {
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		// Bytes on the wire (gzip where the server compresses), and the same bodies decoded.
		const files: SearchFile[] = [];
		let decoded = 0;
		const pending: Promise<void>[] = [];
		page.on('requestfinished', (request) => {
			pending.push(
				(async () => {
					try {
						const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
						const wire = (await request.sizes()).responseBodySize;
						// Chromium reports no transfer size for requests made by a worker (Pagefind's
						// search worker): count the gzip size the test server would have sent.
						const bytes = wire > 0 || body.length === 0 ? wire : gzipSync(body).length;
						const path = new URL(request.url()).pathname;
						files.push({ path, kind: searchFileKind(path), bytes });
						decoded += body.length;
					} catch {
						/* redirects have no body */
					}
				})(),
			);
		});
		await page.click('button[data-open-modal]');
		const input = page.locator('dialog[open] .pagefind-ui__search-input');
		await input.waitFor();
		// In the page: the time of each keystroke, and when the first result for the final query is first shown.
		await page.evaluate((q) => {
			const w = window as unknown as { __lastKey?: number; __shown?: number; __whenShown?: Promise<void> };
			let markShown = () => {};
			w.__whenShown = new Promise<void>((resolve) => (markShown = resolve));
			// Found afresh each time: Pagefind's UI may rebuild its input while it starts.
			const box = () => document.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input');
			// Only the user's own keys (trusted events): the search UI passes a key on to Pagefind after a pause
			// by dispatching an input event of its own (search-pause.ts), and taking that one as the last key
			// would leave the pause out of the figure (and read 0 ms for a best match shown before it).
			document.addEventListener(
				'input',
				(event) => {
					if (event.isTrusted && (event.target as Element | null)?.matches?.('.pagefind-ui__search-input'))
						w.__lastKey = performance.now();
				},
				true,
			);
			const root = document.querySelector('#starlight__search')!;
			const check = () => {
				if (w.__shown !== undefined || box()?.value !== q) return;
				if (root.querySelector('.best-match:not([hidden]) a')) w.__shown = performance.now();
				else if (!root.hasAttribute('data-results-stale')) {
					const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
					if (message.includes(q) && root.querySelector('.pagefind-ui__result-link')) w.__shown = performance.now();
				}
				if (w.__shown !== undefined) markShown();
			};
			new MutationObserver(check).observe(root, {
				childList: true,
				subtree: true,
				characterData: true,
				attributes: true,
			});
			document.addEventListener('input', check);
		}, query);
		// Asked for before the first key, so that waiting costs the page nothing while the query runs
		// (page.waitForFunction, called after the last key, compiled Playwright's helper script in the page then,
		// about 25–40 ms of main-thread work inside the figure).
		const shown = page.evaluate(() => (window as unknown as { __whenShown: Promise<void> }).__whenShown);
		await input.pressSequentially(query, { delay: keyDelayMs });
		let timer: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([
			shown,
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`no result for “${query}” within 15 s`)), 15_000);
			}),
		]).finally(() => clearTimeout(timer));
		const { lastKey, shownAt } = await page.evaluate(() => {
			const w = window as unknown as { __lastKey: number; __shown: number };
			return { lastKey: w.__lastKey, shownAt: w.__shown };
		});
		// Let the rest of the first query arrive (result fragments, filters) before counting bytes.
		await page.waitForTimeout(1000);
		await Promise.all(pending);
		return {
			bytes: files.reduce((sum, f) => sum + f.bytes, 0),
			decodedBytes: decoded,
			msToFirstResult: Math.max(0, shownAt - lastKey),
			files,
		};
	} finally {
		await page.close();
	}
}

/** Every case `runs` times, cycling through the cases (and so the sites) so machine noise hits them alike. */
export async function benchSearch(
	browser: Browser,
	origins: { ours: string; stock: string | undefined; compare?: string | undefined },
	cases: SearchCase[],
	runs: number,
): Promise<SearchFigure[]> {
	const todo = cases.filter((c) => origins[c.site] !== undefined);
	const results = todo.map((c) => ({ ...c, runs: [] as SearchRun[] }));
	for (let r = 0; r < runs; r++)
		for (const [i, c] of todo.entries())
			results[i]!.runs.push(await runOnce(browser, origins[c.site]!, c.query, c.keyDelayMs ?? 30));
	return results.map((c) => ({
		...c,
		bytes: median(c.runs.map((r) => r.bytes)),
		decodedBytes: median(c.runs.map((r) => r.decodedBytes)),
		msToFirstResult: median(c.runs.map((r) => r.msToFirstResult)),
	}));
}

/** The bytes of one run grouped by kind of file, largest first: "index chunks" → { files, bytes }. */
export function byKind(files: SearchFile[]): { kind: string; files: number; bytes: number }[] {
	const groups = new Map<string, { kind: string; files: number; bytes: number }>();
	for (const f of files) {
		const g = groups.get(f.kind) ?? { kind: f.kind, files: 0, bytes: 0 };
		g.files += 1;
		g.bytes += f.bytes;
		groups.set(f.kind, g);
	}
	return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}
