/**
 * Page weight from the build output: the HTML plus every CSS and JS file a
 * page loads up front (stylesheets, module scripts and their static imports).
 * Code loaded on demand (dynamic import(), the search UI, the docx writer) is
 * not counted. Used by the size budgets in `npm test` and by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
	url: string;
	kind: 'html' | 'css' | 'js';
	raw: number;
	gzip: number;
}

export interface PageWeight {
	page: string;
	assets: Asset[];
	totals: Record<'html' | 'css' | 'js' | 'all', { raw: number; gzip: number }>;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function fileFor(dist: string, url: string): string {
	const clean = url.split('#')[0]!.split('?')[0]!;
	return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

/** Static imports of an ES module: `import"../../src/lib/x.js"`, `import{a}from"../../src/lib/x.js"`, `export*from"../../src/lib/x.js"`. */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	for (const m of code.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g,
	))
		found.add(m[1]!);
	return [...found];
}

export function pageWeight(dist: string, page: string): PageWeight {
	const htmlFile = fileFor(dist, page);
	if (!existsSync(htmlFile)) throw new Error(`no built page for ${page} (${htmlFile})`);
	const html = readFileSync(htmlFile);
	const assets: Asset[] = [{ url: page, kind: 'html', raw: html.length, gzip: gz(html) }];
	const seen = new Set<string>();
	const add = (url: string, kind: 'css' | 'js') => {
		if (seen.has(url)) return;
		seen.add(url);
		const file = fileFor(dist, url);
		if (!existsSync(file)) return;
		const buf = readFileSync(file);
		assets.push({ url, kind, raw: buf.length, gzip: gz(buf) });
		if (kind === 'js')
			for (const dep of staticImports(buf.toString('utf8'))) add(posix.join(posix.dirname(url), dep), 'js');
	};
	const text = html.toString('utf8');
	for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		// Print-only stylesheets do not block or weigh on screen rendering, but they are downloaded: count them.
		if (href?.startsWith('/')) add(href, 'css');
	}
	for (const m of text.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)) if (m[1]!.startsWith('/')) add(m[1]!, 'js');
	for (const m of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
		for (const dep of staticImports(m[1]!)) if (dep.startsWith('/')) add(dep, 'js');
	for (const m of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
		for (const mm of m[1]!.matchAll(/import\s*["'](\/_astro\/[^"']+)["']/g)) add(mm[1]!, 'js');
	const sum = (kinds: Asset['kind'][]) =>
		assets
			.filter((a) => kinds.includes(a.kind))
			.reduce((acc, a) => ({ raw: acc.raw + a.raw, gzip: acc.gzip + a.gzip }), { raw: 0, gzip: 0 });
	return {
		page,
		assets,
		totals: { html: sum(['html']), css: sum(['css']), js: sum(['js']), all: sum(['html', 'css', 'js']) },
	};
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
