/** Checks on the production build in dist/ (run after `npm run build`). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePath, compareCodes, deriveAliases, displayCode } from '../../src/lib/catalogue/codes.ts';
import { REQUIRED_SECTION_IDS, sectionsFor } from '../../src/lib/catalogue/sections.ts';
import { DIST, publishedEntries, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);
const entries = publishedEntries();

const attr = (html: string, selector: RegExp) => selector.exec(html)?.[1];
const decode = (s: string) =>
	s
		.replaceAll('&amp;', '&')
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>');

describe('code pages', () => {
	it('exist for every published entry, and only for those', () => {
		const built = readdirSync(join(DIST, 'codes'), { withFileTypes: true })
			.filter((d) => d.isDirectory() && /^(carc|rarc|payer)-/.test(d.name))
			.map((d) => `/codes/${d.name}/`)
			.sort();
		expect(built).toEqual(entries.map((e) => codePath(e.set, e.code)).sort());
	});

	it.each(entries.map((e) => [codePath(e.set, e.code), e] as const))(
		'%s has its title, sections, summary and aliases',
		(path, entry) => {
			const html = readPage(path);
			const h1 = attr(html, /<h1[^>]*id="_top"[^>]*>([\s\S]*?)<\/h1>/);
			expect(decode(h1 ?? '')).toBe(`${displayCode(entry.set, entry.code)}: ${entry.title}`);
			const ids = sectionsFor(entry).map((s) => s.id);
			if (entry.causes.length) expect(ids).toEqual(expect.arrayContaining([...REQUIRED_SECTION_IDS]));
			for (const id of ids) expect(html, `#${id}`).toContain(`id="${id}"`);
			for (const id of ids) expect(html, `link to #${id}`).toContain(`href="#${id}"`);
			expect(decode(attr(html, /<meta name="description" content="([^"]*)"/) ?? '')).toBe(entry.summary);
			for (const alias of deriveAliases(entry)) expect(decode(html)).toContain(alias);
			if (entry.status === 'deactivated') expect(html).toContain('Deactivated code.');
		},
	);

	it('show the letter where an appeal is a route, say what to do instead elsewhere, and drop the section on remarks that ask for nothing', () => {
		for (const entry of entries) {
			const html = readPage(codePath(entry.set, entry.code));
			const hasLetterSection = sectionsFor(entry).some((s) => s.id === 'appeal-letter');
			if (entry.appeal) {
				expect(html, entry.code).toContain('data-letter');
				expect(html, entry.code).toContain('[Claim Number]');
			} else {
				expect(html, entry.code).not.toContain('data-letter');
				if (hasLetterSection) expect(html, entry.code).toContain('There is no appeal letter for this code');
				else expect(html, entry.code).not.toContain('id="appeal-letter"');
			}
		}
	});
});

describe('indexes and navigation', () => {
	it('/codes/ lists every code, by set, in natural order', () => {
		const html = readPage('/codes/');
		const linked = [...html.matchAll(/<a href="\/codes\/(carc|rarc|payer)-[^"]+\/">([^<]+)<\/a>/g)].map((m) =>
			decode(m[2]!),
		);
		const expected = ['carc', 'rarc', 'payer'].flatMap((set) =>
			entries
				.filter((e) => e.set === set)
				.map((e) => e.code)
				.sort(compareCodes)
				.map((code) => displayCode(set, code)),
		);
		expect(linked).toEqual(expected);
	});

	it('each set has an index page', () => {
		for (const set of ['carc', 'rarc', 'payer'])
			expect(existsSync(join(DIST, 'codes', set, 'index.html')), set).toBe(true);
	});

	it('the sidebar lists sets and index pages, never individual codes', () => {
		const html = readPage(codePath(entries[0]!.set, entries[0]!.code));
		const sidebar = /<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
		expect(sidebar).toContain('href="/codes/carc/"');
		expect(sidebar).not.toMatch(/href="\/codes\/(carc|rarc|payer)-/);
	});

	it('the sitemap lists every code page', () => {
		const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
		const xml = sitemaps.map((f) => readPage(`/${f}`)).join('');
		for (const entry of entries) expect(xml).toContain(`${codePath(entry.set, entry.code)}</loc>`);
	});

	it('the home page leads to search and the indexes', () => {
		const html = readPage('/');
		expect(html).toContain('href="/codes/"');
		expect(html).toContain('site-search');
	});
});

describe('machine-readable access', () => {
	it('/api/codes.json lists every code with its summary fields', () => {
		const api = JSON.parse(readPage('/api/codes.json'));
		expect(api.count).toBe(entries.length);
		const c16 = api.codes.find((c: { code: string; set: string }) => c.set === 'carc' && c.code === '16');
		expect(Object.keys(c16).sort()).toEqual(
			[
				'aliases',
				'category',
				'code',
				'route',
				'set',
				'status',
				'summary',
				'title',
				'url',
				'start',
				'lastModified',
				'stop',
				'successors',
				'replaces',
			].sort(),
		);
		expect(c16.url).toMatch(/\/codes\/carc-16\/$/);
		expect(c16.aliases).toContain('CO-16');
	});

	it('/api/codes/<slug>.json holds the full entry, with the letter where there is one', () => {
		for (const entry of entries) {
			const api = JSON.parse(readPage(`/api/codes/${entry.set}-${entry.code.toLowerCase()}.json`));
			expect(api.entry.causes).toEqual(entry.causes);
			expect(api.explanation.length).toBeGreaterThan(50);
			if (entry.appeal) expect(api.letter.text).toContain('[Claim Number]');
			else expect(api.letter).toBeNull();
		}
	});

	it('/api/code-map.json maps each code to its page', () => {
		const map = JSON.parse(readPage('/api/code-map.json'));
		for (const entry of entries) expect(map[entry.code.toUpperCase()]).toBe(`${entry.set}-${entry.code.toLowerCase()}`);
	});

	it('/llms.txt lists the code pages', () => {
		const text = readPage('/llms.txt');
		expect(text.startsWith('# Denial Atlas')).toBe(true);
		for (const entry of entries) expect(text).toContain(`/codes/${entry.set}-${entry.code.toLowerCase()}/`);
	});
});

describe('link metadata', () => {
	it.each(entries.map((e) => [codePath(e.set, e.code), e] as const))(
		'%s unfurls: canonical, Open Graph and Twitter tags',
		(path, entry) => {
			const html = decode(readPage(path));
			expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${path}"`));
			expect(html).toContain(
				`<meta property="og:title" content="${displayCode(entry.set, entry.code)}: ${entry.title}"`,
			);
			expect(html).toContain(`<meta property="og:description" content="${entry.summary}"`);
			expect(html).toContain('<meta name="twitter:card" content="summary"');
			expect(html).toContain(
				`<meta name="twitter:title" content="${displayCode(entry.set, entry.code)}: ${entry.title}"`,
			);
		},
	);

	it('redirect pages are static, noindex, canonical, and keep the fragment', () => {
		const html = readPage('/codes/co-16/');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/codes\/carc-16\/">/);
		// The fragment is kept by one bundled script shared by every redirect page (no inline script for the CSP to allow).
		expect(html).toContain('data-redirect="/codes/carc-16/"');
		const script = /<script type="module" src="(\/_astro\/_alias_[^"]+\.js)">/.exec(html)?.[1];
		expect(script).toBeDefined();
		expect(readFileSync(join(DIST, script!), 'utf8')).toContain('location.hash');
	});
});
