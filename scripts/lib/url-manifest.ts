/**
 * The URL contract: every public URL of the built site (pages, code-page
 * section anchors, redirects and machine-readable files). The committed
 * url-manifest.json must agree with the build: nothing in it may disappear
 * (add a redirect, or keep the old anchor), and nothing new may appear
 * without being added (npm run urls:update).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface UrlManifest {
	pages: string[];
	anchors: Record<string, string[]>;
	redirects: Record<string, string>;
	files: string[];
}

const CODE_PAGE = /^\/codes\/(carc|rarc|payer)-[a-z0-9-]+\/$/;
const PUBLIC_FILES = /^\/(api\/.+\.json|llms\.txt|sitemap-index\.xml|changes\/feed\.xml)$/;

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
	);
}

/** Read the manifest that a build in `dist` implies. */
export function manifestFromDist(dist: string): UrlManifest {
	const manifest: UrlManifest = { pages: [], anchors: {}, redirects: {}, files: [] };
	for (const file of walk(dist)) {
		const url = `/${relative(dist, file).split(sep).join('/')}`;
		if (url.startsWith('/_astro/') || url.startsWith('/pagefind/')) continue;
		if (url.endsWith('/index.html')) {
			const path = url.slice(0, -'index.html'.length);
			const html = readFileSync(file, 'utf8');
			const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html);
			if (refresh && html.includes('name="robots" content="noindex"')) {
				manifest.redirects[path] = refresh[1]!;
				continue;
			}
			manifest.pages.push(path);
			if (CODE_PAGE.test(path))
				manifest.anchors[path] = [...html.matchAll(/<h2 id="([^"]+)"/g)]
					.map((m) => m[1]!)
					.filter((id) => id !== '_top');
		} else if (PUBLIC_FILES.test(url)) manifest.files.push(url);
	}
	manifest.pages.sort();
	manifest.files.sort();
	manifest.anchors = Object.fromEntries(Object.entries(manifest.anchors).sort(([a], [b]) => (a < b ? -1 : 1)));
	manifest.redirects = Object.fromEntries(Object.entries(manifest.redirects).sort(([a], [b]) => (a < b ? -1 : 1)));
	return manifest;
}

/** Every id attribute on a built page, for anchor checks. */
function idsOf(dist: string, path: string): Set<string> {
	const file = join(dist, path, 'index.html');
	if (!existsSync(file)) return new Set();
	return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Problems between the committed manifest and what the build holds. */
export function compareManifest(
	committed: UrlManifest,
	built: UrlManifest,
	dist: string,
): { removed: string[]; added: string[] } {
	const removed: string[] = [];
	const added: string[] = [];
	const reachable = (path: string) =>
		built.pages.includes(path) ||
		(built.redirects[path] !== undefined && built.pages.includes(built.redirects[path]!.replace(/#.*$/, '')));
	for (const page of committed.pages)
		if (!reachable(page)) removed.push(`${page} (page): restore it or add a redirect`);
	for (const [from, to] of Object.entries(committed.redirects))
		if (!reachable(from)) removed.push(`${from} (redirect to ${to}): restore the redirect`);
	for (const file of committed.files) if (!built.files.includes(file)) removed.push(`${file} (file): restore it`);
	for (const [page, ids] of Object.entries(committed.anchors)) {
		const target = built.pages.includes(page) ? page : built.redirects[page];
		if (!target) continue; // the page itself is reported above
		const present = idsOf(dist, target);
		for (const id of ids)
			if (!present.has(id)) removed.push(`${page}#${id} (section): keep an element with id="${id}" on ${target}`);
	}
	const known = new Set([...committed.pages, ...Object.keys(committed.redirects), ...committed.files]);
	for (const url of [...built.pages, ...Object.keys(built.redirects), ...built.files])
		if (!known.has(url)) added.push(url);
	for (const [page, ids] of Object.entries(built.anchors)) {
		const listed = new Set(committed.anchors[page] ?? []);
		for (const id of ids) if (!listed.has(id)) added.push(`${page}#${id}`);
	}
	return { removed, added };
}
