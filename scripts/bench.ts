#!/usr/bin/env node
/**
 * npm run bench — build cost, page weight and search cost, measured side by side.
 *
 *   npm run bench                         # sizes 200, 1000, 2000, with the stock Starlight baseline
 *   npm run bench -- --sizes 200          # quicker
 *   npm run bench -- --skip-stock         # ours only
 *   npm run bench -- --workbench-only      # only the remittance workbench, on the existing dist/
 *                                         # (run npm run build first); --workbench-runs 3 --workbench-sizes 1,10,50
 *   npm run bench -- --search-only        # only search, ours (the existing dist/) beside a stock site
 *                                         # built with as many pages; --search-runs 5 for more runs
 *   npm run bench -- --workbench-only --workbench-compare ../main/dist
 *                                         # this dist/ and another build (main's) side by side in one run
 *   npm run bench -- --sizes 0 --skip-stock --real-runs 3 --without rarc
 *                                         # the real site with and without one code set,
 *                                         # built alternately, medians of 3 each
 *
 * Prints a table and writes bench-results/bench.json. Targets are reported,
 * never enforced: this machine is noisy, so compare figures from one run.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb, pageWeight } from './lib/page-weight.ts';
import { launchBrowser } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';
import { benchWorkbench } from './lib/workbench-bench.ts';
import { benchSearch, byKind, type SearchCase, type SearchFigure } from './lib/search-bench.ts';
import { cli } from './lib/cli.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = cli({
	usage: `Usage: npm run bench [-- OPTIONS]

Build cost, page weight and search cost, measured side by side; writes bench-results/bench.json.

Options:
  --sizes N,N…       synthetic entries to add per run (default 200,1000,2000; 0 = the real site only)
  --skip-stock       skip the stock Starlight baseline
  --real-runs N      builds of the real site, alternating, for medians (default 1)
  --without SET      also build the real site without one code set (carc, rarc or payer)
  --out FILE         where to write the JSON (default bench-results/bench.json)
  --workbench-only   only the remittance workbench, on the existing dist/
  --search-only      only search, on the existing dist/, beside a stock site with as many code pages
  --search-runs N    runs per search case, for medians (default 3)
  --search-compare DIR  with --search-only: also measure another built site of ours (say main's dist/),
                     the same cases, runs alternating with this one, figures side by side
  --workbench-runs N runs per workbench file size (default 3)
  --workbench-sizes N,N…  generated 835 sizes in MB (default 1,10,50)
  --workbench-compare DIR  with --workbench-only: also measure another built site (say main's dist/),
                     runs alternating with this one, figures side by side
  -h, --help         show this help`,
	options: {
		sizes: { type: 'string', default: '200,1000,2000' },
		'skip-stock': { type: 'boolean', default: false },
		out: { type: 'string', default: join(root, 'bench-results', 'bench.json') },
		'real-runs': { type: 'string', default: '1' },
		without: { type: 'string' },
		'workbench-only': { type: 'boolean', default: false },
		'search-only': { type: 'boolean', default: false },
		'search-runs': { type: 'string', default: '3' },
		'workbench-runs': { type: 'string', default: '3' },
		'workbench-sizes': { type: 'string', default: '1,10,50' },
		'workbench-compare': { type: 'string' },
		'search-compare': { type: 'string' },
	},
});
const workbenchRuns = Math.max(1, Number(values['workbench-runs']) || 3);
const searchRuns = Math.max(1, Number(values['search-runs']) || 3);
const workbenchSizes = values['workbench-sizes']
	.split(',')
	.map(Number)
	.filter((n) => n > 0);

function printWorkbench(wb: Awaited<ReturnType<typeof benchWorkbench>>): void {
	const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(', ');
	console.log(
		`\nRemittance workbench in Chromium (generated 835 files, medians of ${workbenchRuns} runs, runs alternating sizes${values['workbench-compare'] ? ' and builds' : ''}). Targets: full summary of 10 MB ≤ 1.5 s; no main-thread task over 200 ms`,
	);
	console.log(
		`Machine: ${cpus().length} cores, load average (1, 5, 15 min) ${load(wb.load.before)} before, ${load(wb.load.after)} after${wb.load.before[0]! > cpus().length ? ' (loaded: figures are inflated)' : ''}`,
	);
	console.log(
		'| build | file | claims | time to first result | time to full summary | longest main-thread task | runs (first / full / longest task, ms) |',
	);
	console.log('|---|---|---|---|---|---|---|');
	for (const f of wb.files) {
		const full = f.mb === 10 ? ` (${f.fullMs <= 1500 ? 'meets' : 'MISSES'} target)` : '';
		console.log(
			`| ${f.site} | ${f.mb} MB | ${f.claims} | ${(f.firstMs / 1000).toFixed(2)} s | ${(f.fullMs / 1000).toFixed(2)} s${full} | ${f.longestTaskMs.toFixed(0)} ms (${f.longestTaskMs <= 200 ? 'meets' : 'MISSES'} target) | ${f.runs.map((r) => `${r.firstMs.toFixed(0)}/${r.fullMs.toFixed(0)}/${r.longestTaskMs.toFixed(0)}`).join(', ')} |`,
		);
	}
	console.log(
		`| ${wb.files[0]?.site ?? ''} | free text: 200,000 characters of punctuation | – | – | ${(wb.punctuationMs / 1000).toFixed(2)} s (incl. page round trip) | ${wb.punctuationLongestTaskMs.toFixed(0)} ms | – |`,
	);
}

/** The search cases: our real site, and the stock site's synthetic pages (a code and a phrase that exist there). */
function searchCases(firstStockCode: string | undefined, compare: boolean): SearchCase[] {
	const ours = (site: 'ours' | 'compare'): SearchCase[] => [
		{ site, kind: 'exact code', query: 'CO-16' },
		{ site, kind: 'phrase', query: 'timely filing' },
		// The same phrase typed at a steady 150 ms a key: each pause may start a search of what is typed so far.
		{ site, kind: 'phrase', query: 'timely filing', keyDelayMs: 150 },
	];
	return [
		...ours('ours'),
		...(compare ? ours('compare') : []),
		...(firstStockCode
			? ([
					{ site: 'stock', kind: 'exact code', query: firstStockCode },
					{ site: 'stock', kind: 'phrase', query: 'remit check' },
					{ site: 'stock', kind: 'phrase', query: 'remit check', keyDelayMs: 150 },
				] as SearchCase[])
			: []),
	];
}

function printSearch(searches: SearchFigure[]): void {
	const uptime = (() => {
		try {
			return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
		} catch {
			return 'unknown';
		}
	})();
	console.log(
		`\nSearch in Chromium, first query on a fresh page, ours${values['skip-stock'] ? '' : ' beside stock Starlight (stock: same page count, synthetic pages)'}${values['search-compare'] ? ` and beside another build of ours (compare: ${values['search-compare']})` : ''}; medians of ${searchRuns} runs per case, cases alternating. Load average after the runs: ${uptime}.`,
	);
	console.log(
		'Targets (ours): first query ≤ 150 KB on the wire; exact code shown ≤ 50 ms; first phrase result ≤ 150 ms after the last keystroke.',
	);
	console.log(
		'| site | kind | query | typed | bytes transferred | decoded | last keystroke → first result | runs (KB / ms) |',
	);
	console.log('|---|---|---|---|---|---|---|---|');
	for (const s of searches) {
		const ms = s.kind === 'exact code' ? 50 : 150;
		const ours = s.site !== 'stock';
		const ok = (b: boolean) => (b ? 'meets target' : 'MISSES target');
		console.log(
			`| ${s.site} | ${s.kind} | ${s.query} | ${s.keyDelayMs ?? 30} ms/key | ${kb(s.bytes)}${ours ? ` (${ok(s.bytes <= 150 * 1024)})` : ''} | ${kb(s.decodedBytes)} | ${s.msToFirstResult.toFixed(0)} ms${ours ? ` (${ok(s.msToFirstResult <= ms)} ≤ ${ms} ms)` : ''} | ${s.runs.map((r) => `${(r.bytes / 1024).toFixed(1)}/${r.msToFirstResult.toFixed(0)}`).join(', ')} |`,
		);
	}
	console.log('\nBytes on the wire for the first query, by file (first run of each case):');
	console.log('| site | query | typed | file | files | bytes |');
	console.log('|---|---|---|---|---|---|');
	for (const s of searches)
		for (const g of byKind(s.runs[0]!.files))
			console.log(
				`| ${s.site} | ${s.query} | ${s.keyDelayMs ?? 30} ms/key | ${g.kind} | ${g.files} | ${kb(g.bytes)} |`,
			);
}

if (values['workbench-only']) {
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, 'decode', 'index.html')))
		throw new Error('dist/decode/index.html is missing: run npm run build first');
	const server = await startStaticServer(dist);
	const compareDir = values['workbench-compare'];
	if (compareDir && !existsSync(join(compareDir, 'decode', 'index.html')))
		throw new Error(`--workbench-compare ${compareDir}: decode/index.html is missing there (build that site first)`);
	const compare = compareDir ? await startStaticServer(compareDir) : undefined;
	const browser = await launchBrowser();
	try {
		const sites = [
			{ label: 'this build', origin: server.url },
			...(compare ? [{ label: `compare (${compareDir})`, origin: compare.url }] : []),
		];
		const wb = await benchWorkbench(browser, sites, workbenchSizes, workbenchRuns);
		printWorkbench(wb);
		mkdirSync(dirname(values.out), { recursive: true });
		writeFileSync(
			values.out,
			`${JSON.stringify({ date: new Date().toISOString(), machine: { cores: cpus().length, node: process.version }, workbench: wb }, null, 2)}\n`,
		);
		console.log(`\nwrote ${values.out}`);
	} finally {
		await browser.close();
		await server.close();
		await compare?.close();
	}
	process.exit(0);
}
const sizes = values.sizes
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
// Inside the project, so the symlinked node_modules resolve the way Astro expects.
const work = join(root, '.bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// ---------- synthetic content ----------
const WORDS =
	'ledger remit payer claim audit modifier chart coverage referral benefit policy tariff portal batch cycle posting invoice waiver rider carrier network'.split(
		' ',
	);
// A made-up word per (entry, slot), injective so no two synthetic sentences collide in the
// validator's "same text apart from codes and numbers" check: (i, salt) is written in base 100,
// one consonant–vowel syllable per digit (20 × 5 = 100 syllables), at least three syllables.
function word(i: number, salt: number): string {
	let n = i * 100 + salt;
	let out = '';
	for (let k = 0; k < 3 || n > 0; k++) {
		const d = n % 100;
		out += 'bcdfghjklmnpqrstvwxz'[d % 20]! + 'aeiou'[Math.floor(d / 20)]!;
		n = Math.floor(n / 100);
	}
	return out;
}
function synthetic(i: number) {
	const w = (s: number) => word(i, s);
	const pick = (s: number) => WORDS[(i + s) % WORDS.length]!;
	return {
		code: `SYN${w(0).toUpperCase()}`,
		title: `Synthetic ${w(1)} ${pick(1)} check`,
		summary: `A synthetic ${w(2)} code used to measure builds; it says the ${pick(2)} ${w(3)} needs a look before resubmitting.`,
		causes: [1, 2, 3].map(
			(s) =>
				`The ${pick(s)} field ${w(10 + s)} disagrees with the ${pick(s + 5)} record ${w(20 + s)} kept by the payer.`,
		),
		prevention: [1, 2, 3].map(
			(s) =>
				`Before you submit, compare ${pick(s + 2)} ${w(30 + s)} with the ${pick(s + 7)} entry ${w(40 + s)} in the eligibility response.`,
		),
		why: `Synthetic entries exercise the build with realistic size; ${w(50)} ${pick(9)} ${w(51)} decides the route.`,
		body: Array.from(
			{ length: 4 },
			(_, s) =>
				`This synthetic ${w(60 + s)} entry stands in for a real code so the benchmark can measure how the build grows with the catalogue. It mentions the ${pick(s)} and the ${pick(s + 3)} the way a real page would, with about as many words.`,
		).join('\n\n'),
	};
}

function oursEntry(i: number): [string, string] {
	const s = synthetic(i);
	const slug = `payer-${s.code.toLowerCase()}`;
	const yaml = [
		'---',
		`code: "${s.code}"`,
		'set: payer',
		'status: current',
		`title: ${s.title}`,
		`summary: ${s.summary}`,
		'category: informational',
		'causes:',
		...s.causes.map((c) => `  - ${c}`),
		'prevention:',
		...s.prevention.map((c) => `  - ${c}`),
		'resolution:',
		'  routes: [contact-payer]',
		`  why: ${s.why}`,
		'sources:',
		'  - title: Synthetic source for benchmarking',
		'    url: https://example.com/benchmark',
		'lastReviewed: 2026-11-28',
		'---',
		'',
		s.body,
		'',
	];
	return [`${slug}.mdx`, yaml.join('\n')];
}

function stockPage(i: number): [string, string] {
	const s = synthetic(i);
	const md = [
		'---',
		`title: "${s.code}: ${s.title}"`,
		`description: ${s.summary}`,
		'---',
		'',
		s.body,
		'',
		'## Common causes',
		...s.causes.map((c) => `- ${c}`),
		'',
		'## How to prevent it',
		...s.prevention.map((c) => `- ${c}`),
		'',
		'## How to resolve it',
		s.why,
		'',
	];
	return [`syn-${i}.md`, md.join('\n')];
}

// ---------- project copies ----------
function linkModules(dir: string) {
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

function oursProject(n: number, withoutSet?: string): string {
	const dir = join(work, withoutSet ? `ours-${n}-without-${withoutSet}` : `ours-${n}`);
	if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'])
		cpSync(join(root, item), join(dir, item), { recursive: true });
	if (withoutSet)
		for (const name of readdirSync(join(dir, 'src/content/codes')))
			if (name.startsWith(`${withoutSet}-`)) rmSync(join(dir, 'src/content/codes', name));
	linkModules(dir);
	for (let i = 0; i < n; i++) {
		const [name, text] = oursEntry(i);
		writeFileSync(join(dir, 'src/content/codes', name), text);
	}
	return dir;
}

/** A stock Starlight site with `pages` synthetic code pages: as many as ours holds (real entries + N). */
function stockProject(n: number, pages: number): string {
	const dir = join(work, `stock-${n}`);
	mkdirSync(join(dir, 'src/content/docs/codes'), { recursive: true });
	// Same package.json (and node_modules) as the real site, so both build with identical versions.
	cpSync(join(root, 'package.json'), join(dir, 'package.json'));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n// Default sidebar: autogenerated from every page.\nexport default defineConfig({ site: 'https://stock.example', integrations: [starlight({ title: 'Stock' })] });\n`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	writeFileSync(
		join(dir, 'src/content/docs/index.md'),
		'---\ntitle: Stock baseline\n---\n\nA stock Starlight site built from the same synthetic entries.\n',
	);
	for (let i = 0; i < pages; i++) {
		const [name, text] = stockPage(i);
		writeFileSync(join(dir, 'src/content/docs/codes', name), text);
	}
	linkModules(dir);
	return dir;
}

// ---------- measurement ----------
const PAGE = 4096;
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			/* process ended */
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const p = stack.pop()!;
		try {
			total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
		} catch {
			/* ended */
		}
		stack.push(...(children.get(p) ?? []));
	}
	return total;
}

interface BuildResult {
	seconds: number;
	peakMB: number;
	pages: number;
}

async function build(dir: string): Promise<BuildResult> {
	const env = {
		...process.env,
		PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const started = performance.now();
	const child = spawn(join(root, 'node_modules/.bin/astro'), ['build'], {
		cwd: dir,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
	const code: number = await new Promise((resolve) => child.on('close', resolve));
	clearInterval(timer);
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`build failed in ${dir}:\n${log.slice(-3000)}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
	return { seconds, peakMB: peak / 1024 / 1024, pages };
}

function sidebarGzip(dist: string, page: string): number {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const nav = /<nav[^>]*aria-label="Main"[^>]*>[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
	return gzipSync(nav, { level: 9 }).length;
}

// ---------- search only ----------
if (values['search-only']) {
	const oursDist = join(root, 'dist');
	if (!existsSync(join(oursDist, 'pagefind', 'pagefind.js')))
		throw new Error('dist/pagefind/pagefind.js is missing: run npm run build first');
	const pages = readdirSync(join(root, 'src/content/codes')).length;
	const stockDir = values['skip-stock'] ? undefined : stockProject(0, pages);
	const stockBuild = stockDir ? await build(stockDir) : undefined;
	if (stockBuild) console.log(`stock site: ${pages} code pages built in ${stockBuild.seconds.toFixed(1)} s`);
	const browser = await launchBrowser();
	const oursServer = await startStaticServer(oursDist);
	const stockServer = stockDir ? await startStaticServer(join(stockDir, 'dist')) : undefined;
	const compareDir = values['search-compare'];
	if (compareDir && !existsSync(join(compareDir, 'pagefind', 'pagefind.js')))
		throw new Error(`--search-compare ${compareDir}: pagefind/pagefind.js is missing there (build that site first)`);
	const compareServer = compareDir ? await startStaticServer(compareDir) : undefined;
	try {
		const searches = await benchSearch(
			browser,
			{ ours: oursServer.url, stock: stockServer?.url, compare: compareServer?.url },
			searchCases(stockDir ? synthetic(0).code : undefined, compareServer !== undefined),
			searchRuns,
		);
		printSearch(searches);
		mkdirSync(dirname(values.out), { recursive: true });
		writeFileSync(
			values.out,
			`${JSON.stringify({ date: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length, node: process.version }, search: searches }, null, 2)}\n`,
		);
		console.log(`\nwrote ${values.out}`);
	} finally {
		await browser.close();
		await oursServer.close();
		await stockServer?.close();
		await compareServer?.close();
		rmSync(work, { recursive: true, force: true });
	}
	process.exit(0);
}

// ---------- run ----------
const report: Record<string, unknown> = {
	date: new Date().toISOString(),
	machine: { cores: cpus().length, node: process.version },
};
console.log(`Benchmark workdir: ${work}\n`);

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const summarise = (runs: BuildResult[]): BuildResult & { runs: BuildResult[] } => ({
	seconds: median(runs.map((r) => r.seconds)),
	peakMB: median(runs.map((r) => r.peakMB)),
	pages: runs[0]!.pages,
	runs,
});
const realRuns = Math.max(1, Number(values['real-runs']) || 1);
const realEntries = readdirSync(join(root, 'src/content/codes')).length;
const without = values.without;
const withoutEntries = without
	? readdirSync(join(root, 'src/content/codes')).filter((n) => !n.startsWith(`${without}-`)).length
	: 0;
// Alternate the two variants so machine noise hits both alike; the last full build stays in ours-0 for the page weights.
const fullRuns: BuildResult[] = [];
const lessRuns: BuildResult[] = [];
for (let i = 0; i < realRuns; i++) {
	if (without) lessRuns.push(await build(oursProject(0, without)));
	fullRuns.push(await build(oursProject(0)));
}
const real = summarise(fullRuns);
report.real = { entries: realEntries, ...real };
const fmtRuns = (r: { runs: BuildResult[] }) =>
	r.runs.length > 1
		? ` (runs: ${r.runs.map((x) => `${x.seconds.toFixed(1)} s/${x.peakMB.toFixed(0)} MB`).join(', ')})`
		: '';
console.log(
	`real site: ${realEntries} entries, ${real.pages} pages, median ${real.seconds.toFixed(1)} s, ${real.peakMB.toFixed(0)} MB peak${fmtRuns(real)}`,
);
if (without) {
	const less = summarise(lessRuns);
	report.realWithout = {
		set: without,
		entries: withoutEntries,
		...less,
		timeRatio: real.seconds / less.seconds,
		memoryRatio: real.peakMB / less.peakMB,
	};
	console.log(
		`real site without ${without}: ${withoutEntries} entries, ${less.pages} pages, median ${less.seconds.toFixed(1)} s, ${less.peakMB.toFixed(0)} MB peak${fmtRuns(less)}`,
	);
	console.log(
		`with ${without} / without: time ${(real.seconds / less.seconds).toFixed(2)}×, peak memory ${(real.peakMB / less.peakMB).toFixed(2)}×, pages +${real.pages - less.pages}`,
	);
	rmSync(join(work, `ours-0-without-${without}`), { recursive: true, force: true });
}

const growth: Record<string, unknown>[] = [];
for (const n of sizes) {
	const ours = await build(oursProject(n));
	// Same N for both: stock gets one synthetic page for each of our real entries plus the N synthetic ones,
	// so the ratio compares two catalogues of the same size.
	const stockPages = realEntries + n;
	const stock = values['skip-stock'] ? undefined : await build(stockProject(n, stockPages));
	const oursSidebar = sidebarGzip(join(work, `ours-${n}`, 'dist'), '/codes/');
	const stockSidebar = stock ? sidebarGzip(join(work, `stock-${n}`, 'dist'), '/codes/syn-0/') : undefined;
	const row = {
		n,
		ours: { ...ours, msPerPage: (ours.seconds * 1000) / (realEntries + n) },
		stock: stock ? { ...stock, codePages: stockPages, msPerPage: (stock.seconds * 1000) / stockPages } : null,
		ratio: stock ? ours.seconds / stock.seconds : null,
		memoryRatio: stock ? ours.peakMB / stock.peakMB : null,
		sidebarGzip: { ours: oursSidebar, stock: stockSidebar ?? null },
	};
	growth.push(row);
	console.log(
		`N=${n}: ours ${ours.seconds.toFixed(1)} s / ${ours.peakMB.toFixed(0)} MB` +
			(stock
				? `, stock (${stockPages} pages) ${stock.seconds.toFixed(1)} s / ${stock.peakMB.toFixed(0)} MB, ratio ${row.ratio!.toFixed(2)}×`
				: ''),
	);
	rmSync(join(work, `ours-${n}`), { recursive: true, force: true });
	// The first stock site stays for the search comparison below.
	if (n !== sizes[0]) rmSync(join(work, `stock-${n}`), { recursive: true, force: true });
}
report.growth = growth;

// Page weight of the real site.
const dist = join(work, 'ours-0', 'dist');
const appealPage = readdirSync(join(dist, 'codes')).find(
	(d) =>
		/^(carc|rarc|payer)-/.test(d) && readFileSync(join(dist, 'codes', d, 'index.html'), 'utf8').includes('data-filler'),
);
const pages: [string, string][] = [
	['home', '/'],
	['code page', '/codes/carc-16/'],
	...(existsSync(join(dist, 'codes', 'rarc-n290', 'index.html'))
		? ([['remark page', '/codes/rarc-n290/']] as [string, string][])
		: []),
	...(appealPage ? ([['code page with letter', `/codes/${appealPage}/`]] as [string, string][]) : []),
	['index', '/codes/'],
	...(existsSync(join(dist, 'decode', 'index.html')) ? ([['decoder', '/decode/']] as [string, string][]) : []),
];
const weights = pages.map(([type, page]) => ({ type, ...pageWeight(dist, page) }));
report.pageWeight = weights;

// Search in a real browser, ours and stock Starlight side by side (scripts/lib/search-bench.ts).
const stockDist = !values['skip-stock'] && sizes.length ? join(work, `stock-${sizes[0]}`, 'dist') : undefined;
const browser = await launchBrowser();
const oursServer = await startStaticServer(dist);
const stockServer = stockDist ? await startStaticServer(stockDist) : undefined;
const searches = await benchSearch(
	browser,
	{ ours: oursServer.url, stock: stockServer?.url },
	searchCases(stockDist ? synthetic(0).code : undefined, false),
	searchRuns,
);
await oursServer.close();
await stockServer?.close();
report.search = searches;
const workbenchServer = await startStaticServer(dist);
const workbench = await benchWorkbench(browser, workbenchServer.url, workbenchSizes, workbenchRuns);
report.workbench = workbench;
await workbenchServer.close();
await browser.close();

// ---------- report ----------
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of the JSON report, printed field by field
type BenchRow = Record<string, any>;
const target = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
console.log('\nBuild cost as the catalogue grows (clean builds, one run, side by side)');
console.log(
	`Ours: the real site (${realEntries} entries) plus N synthetic entries. Stock: the same number of code pages (${realEntries} + N) as plain Starlight docs.`,
);
console.log(
	'| N synthetic | code entries | ours s | ours MB | ours ms/entry | stock s | stock MB | stock ms/page | ours/stock time | ours/stock memory | sidebar gzip ours/stock |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const g of growth as BenchRow[]) {
	console.log(
		`| ${g.n} | ${realEntries + g.n} | ${g.ours.seconds.toFixed(1)} | ${g.ours.peakMB.toFixed(0)} | ${g.ours.msPerPage.toFixed(1)} | ${g.stock ? g.stock.seconds.toFixed(1) : '–'} | ${g.stock ? g.stock.peakMB.toFixed(0) : '–'} | ${g.stock ? g.stock.msPerPage.toFixed(1) : '–'} | ${g.ratio ? `${g.ratio.toFixed(2)}× (${target(g.ratio <= 0.25)} ≤0.25×)` : '–'} | ${g.memoryRatio ? `${g.memoryRatio.toFixed(2)}×` : '–'} | ${kb(g.sidebarGzip.ours)} / ${g.sidebarGzip.stock ? kb(g.sidebarGzip.stock) : '–'} |`,
	);
}
console.log('\nPage weight (gzip; raw in JSON). Targets: code page HTML ≤ 8 KB, code page total ≤ 35 KB');
console.log('| page type | page | HTML | CSS | JS | total | assets |');
console.log('|---|---|---|---|---|---|---|');
for (const w of weights) {
	const note = w.type.startsWith('code page')
		? ` (${target(w.totals.html.gzip <= 8 * 1024)} HTML, ${target(w.totals.all.gzip <= 35 * 1024)} total)`
		: '';
	console.log(
		`| ${w.type} | ${w.page} | ${kb(w.totals.html.gzip)} | ${kb(w.totals.css.gzip)} | ${kb(w.totals.js.gzip)} | ${kb(w.totals.all.gzip)}${note} | ${w.assets.length} |`,
	);
}
printSearch(searches);

printWorkbench(workbench);

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${values.out}`);
rmSync(work, { recursive: true, force: true });
