/** Checks on the production build in dist/ (run after `npm run build`). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePath, compareCodes, deriveAliases, displayCode } from '../../src/lib/codes.ts';
import { REQUIRED_SECTION_IDS } from '../../src/lib/sections.ts';
import { DIST, publishedEntries, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);
const entries = publishedEntries();

const attr = (html: string, selector: RegExp) => selector.exec(html)?.[1];
const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');

describe('code pages', () => {
	it('exist for every published entry, and only for those', () => {
		const built = readdirSync(join(DIST, 'codes'), { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name.includes('-'))
			.map((d) => `/codes/${d.name}/`)
			.sort();
		expect(built).toEqual(entries.map((e) => codePath(e.set, e.code)).sort());
	});

	it.each(entries.map((e) => [codePath(e.set, e.code), e] as const))('%s has its title, sections, summary and aliases', (path, entry) => {
		const html = readPage(path);
		const h1 = attr(html, /<h1[^>]*id="_top"[^>]*>([\s\S]*?)<\/h1>/);
		expect(decode(h1 ?? '')).toBe(`${displayCode(entry.set, entry.code)}: ${entry.title}`);
		for (const id of REQUIRED_SECTION_IDS) expect(html, `#${id}`).toContain(`id="${id}"`);
		for (const id of REQUIRED_SECTION_IDS) expect(html, `link to #${id}`).toContain(`href="#${id}"`);
		expect(decode(attr(html, /<meta name="description" content="([^"]*)"/) ?? '')).toBe(entry.summary);
		for (const alias of deriveAliases(entry)) expect(decode(html)).toContain(alias);
		if (entry.status === 'deactivated') expect(html).toContain('Deactivated code.');
	});

	it('show the letter where an appeal is a route, and say what to do instead elsewhere', () => {
		for (const entry of entries) {
			const html = readPage(codePath(entry.set, entry.code));
			if (entry.appeal) {
				expect(html).toContain('data-letter');
				expect(html).toContain('[Claim Number]');
			} else {
				expect(html).not.toContain('data-letter');
				expect(html).toContain('There is no appeal letter for this code');
			}
		}
	});
});

describe('indexes and navigation', () => {
	it('/codes/ lists every code, by set, in natural order', () => {
		const html = readPage('/codes/');
		const linked = [...html.matchAll(/<a href="\/codes\/(carc|rarc|payer)-[^"]+\/">([^<]+)<\/a>/g)].map((m) => decode(m[2]!));
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
		for (const set of ['carc', 'rarc', 'payer']) expect(existsSync(join(DIST, 'codes', set, 'index.html')), set).toBe(true);
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
