/**
 * The public URLs the code entries imply, computed from the entries without a
 * build: each published entry's page and its section anchors, its alias
 * redirects and its API file. `npm run prepublish-check` compares them with
 * url-manifest.json (and `--update` adds them), so a new code's URLs are
 * caught before `npm test` builds the whole site. The build-based contract
 * (npm run urls:check, tests/build/url-contract.test.ts) still has the last word.
 */
import { codePath, redirectSlugs, slugFor } from '../../src/lib/catalogue/codes.ts';
import { sectionsFor } from '../../src/lib/catalogue/sections.ts';
import type { CodeEntry } from '../../src/lib/schema/code-entry.ts';
import type { UrlManifest } from './url-manifest.ts';

/** Starlight's "On this page" heading, an h2 on every code page. */
const TOC_HEADING_ID = 'starlight__on-this-page';
const CODE_PAGE = /^\/codes\/(?:carc|rarc|payer)-[a-z0-9-]+\/$/;
const CODE_API_FILE = /^\/api\/codes\/[a-z0-9-]+\.json$/;

export function entryUrls(entries: readonly CodeEntry[]): UrlManifest {
	const published = entries.filter((e) => !e.draft);
	const taken = new Set(published.map((e) => slugFor(e.set, e.code)));
	const manifest: UrlManifest = { pages: [], anchors: {}, redirects: {}, files: [] };
	for (const entry of published) {
		const slug = slugFor(entry.set, entry.code);
		const page = codePath(entry.set, entry.code);
		manifest.pages.push(page);
		manifest.anchors[page] = [TOC_HEADING_ID, ...sectionsFor(entry).map((s) => s.id)];
		manifest.files.push(`/api/codes/${slug}.json`);
		for (const alias of redirectSlugs(entry)) if (!taken.has(alias)) manifest.redirects[`/codes/${alias}/`] = page;
	}
	return manifest;
}

export interface UrlDiff {
	/** URLs the entries imply that the manifest lacks (a new code, a new alias, a new section). */
	added: string[];
	/** Code-page URLs in the manifest that no published entry implies any more. */
	removed: string[];
}

export function diffEntryUrls(committed: UrlManifest, derived: UrlManifest): UrlDiff {
	const added: string[] = [];
	const removed: string[] = [];
	const pages = new Set(committed.pages);
	for (const page of derived.pages) if (!pages.has(page)) added.push(page);
	for (const [from, to] of Object.entries(derived.redirects))
		if (committed.redirects[from] === undefined && !pages.has(from)) added.push(`${from} (redirect to ${to})`);
	const files = new Set(committed.files);
	for (const file of derived.files) if (!files.has(file)) added.push(file);
	for (const [page, ids] of Object.entries(derived.anchors)) {
		const listed = new Set(committed.anchors[page] ?? []);
		for (const id of ids) if (!listed.has(id)) added.push(`${page}#${id}`);
	}
	const derivedPages = new Set(derived.pages);
	for (const page of committed.pages) {
		if (CODE_PAGE.test(page) && !derivedPages.has(page) && derived.redirects[page] === undefined)
			removed.push(`${page} (page): restore its entry, or keep a redirect to where it went`);
	}
	for (const [from, to] of Object.entries(committed.redirects)) {
		if (CODE_PAGE.test(to) && derived.redirects[from] === undefined && !derivedPages.has(from))
			removed.push(`${from} (redirect to ${to}): an alias disappeared; keep it in the entry's aliases`);
	}
	const derivedFiles = new Set(derived.files);
	for (const file of committed.files)
		if (CODE_API_FILE.test(file) && !derivedFiles.has(file)) removed.push(`${file} (file): restore its entry`);
	return { added, removed };
}

/** The manifest with the entry-derived URLs added (never removing any), as `npm run urls:update` would after a build. */
export function mergeEntryUrls(committed: UrlManifest, derived: UrlManifest): UrlManifest {
	const sortObject = <T>(o: Record<string, T>) =>
		Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
	const anchors: Record<string, string[]> = { ...committed.anchors };
	for (const [page, ids] of Object.entries(derived.anchors))
		anchors[page] = [...new Set([...(anchors[page] ?? []), ...ids])];
	const redirects = { ...committed.redirects };
	for (const [from, to] of Object.entries(derived.redirects))
		if (redirects[from] === undefined && !committed.pages.includes(from)) redirects[from] = to;
	return {
		pages: [...new Set([...committed.pages, ...derived.pages])].sort(),
		anchors: sortObject(anchors),
		redirects: sortObject(redirects),
		files: [...new Set([...committed.files, ...derived.files])].sort(),
	};
}
