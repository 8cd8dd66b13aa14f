/** Code history on the built site: every code page's history, successor links both ways, the changes pages and feed, the API. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePath } from '../../src/lib/catalogue/codes.ts';
import { CODE_LISTS } from '../../src/lib/facts/facts.ts';
import { codeHistory, releasePath, releases, splitRef } from '../../src/lib/facts/history.ts';
import { formatDateLong } from '../../src/lib/site/dates.ts';
import { STOP_DATE_RULE } from '../../src/lib/facts/validity.ts';
import { DIST, publishedEntries, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

const official = publishedEntries().filter((e) => CODE_LISTS[e.set]);
/** The text and links of one marked part of a page, without tags. */
function part(html: string, marker: string): { text: string; links: string[] } | undefined {
	const start = html.indexOf(marker);
	if (start < 0) return undefined;
	const open = html.lastIndexOf('<', start);
	const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
	const end = html.indexOf(`</${tag}>`, start);
	const chunk = html.slice(open, end);
	return {
		text: chunk.replace(/<[^>]+>/g, '').replace(/\s+/g, ' '),
		links: [...chunk.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!),
	};
}

describe('code pages show the history the facts hold', () => {
	it('every official code page: introduced, last changed, deactivated, replaced by and replaced, or says a date is not published', () => {
		const wrong: string[] = [];
		for (const e of official) {
			const html = readPage(codePath(e.set, e.code));
			const h = codeHistory(CODE_LISTS, e.set, e.code)!;
			const list = part(html, 'class="code-history"');
			if (!list) {
				wrong.push(`${e.set}:${e.code} has no history`);
				continue;
			}
			const expect = [
				h.start ? `Introduced ${formatDateLong(h.start)}` : 'Introduced: date not published',
				h.lastModified ? `Last changed ${formatDateLong(h.lastModified)}` : 'Last changed: no date published',
				...(h.stop ? [`Deactivated on ${formatDateLong(h.stop)}`] : []),
			];
			for (const text of expect) if (!list.text.includes(text)) wrong.push(`${e.set}:${e.code} lacks “${text}”`);
			const links = [...h.successors, ...h.replaces].map((ref) => codePath(splitRef(ref).set, splitRef(ref).code));
			if (links.join() !== list.links.join())
				wrong.push(`${e.set}:${e.code} history links ${list.links.join(' ')}, expected ${links.join(' ')}`);
		}
		expect(wrong).toEqual([]);
	});

	it('every deactivated page’s banner gives the stop date, the rule, and links each successor the facts name', () => {
		const wrong: string[] = [];
		const deactivated = official.filter((e) => e.status === 'deactivated');
		expect(deactivated.length).toBeGreaterThan(150);
		for (const e of deactivated) {
			const h = codeHistory(CODE_LISTS, e.set, e.code)!;
			const banner = part(readPage(codePath(e.set, e.code)), 'data-deactivated-notice');
			if (!banner) {
				wrong.push(`${e.set}:${e.code} has no banner`);
				continue;
			}
			if (h.stop && !banner.text.includes(`stop date of ${formatDateLong(h.stop)}`))
				wrong.push(`${e.set}:${e.code}: no stop date`);
			if (!banner.text.includes(STOP_DATE_RULE)) wrong.push(`${e.set}:${e.code}: no stop-date rule`);
			if (/secondary claims/.test(banner.text)) wrong.push(`${e.set}:${e.code}: still claims secondary claims`);
			const successors = h.successors.map((ref) => codePath(splitRef(ref).set, splitRef(ref).code));
			if (banner.links.join() !== successors.join())
				wrong.push(`${e.set}:${e.code}: banner links ${banner.links.join(' ')}, expected ${successors.join(' ')}`);
			if (!successors.length && !banner.text.includes('names no replacement'))
				wrong.push(`${e.set}:${e.code}: should say no replacement is named`);
		}
		expect(wrong).toEqual([]);
	});

	it('every code page says when it was last reviewed, in words, and offers to report a problem with the code prefilled', () => {
		for (const e of publishedEntries()) {
			const html = readPage(codePath(e.set, e.code));
			expect(html, e.code).toContain(
				`Last reviewed <time datetime="${e.lastReviewed}">${formatDateLong(e.lastReviewed)}</time>`,
			);
			const report = /<a href="([^"]+)"[^>]*data-report-problem[^>]*>Report a problem with this page<\/a>/.exec(html);
			expect(report, e.code).not.toBeNull();
			const url = new URL(report![1]!.replaceAll('&amp;', '&'));
			expect(url.pathname.endsWith('/issues/new')).toBe(true);
			expect(url.searchParams.get('title')).toContain(codePath(e.set, e.code));
		}
	});
});

describe('what changed', () => {
	const all = releases(CODE_LISTS);
	it('has an index linking one page per release date, each listing its codes by set', () => {
		const index = readPage('/changes/');
		for (const r of all) expect(index).toContain(`href="${releasePath(r.date)}"`);
		for (const r of all) {
			const html = readPage(releasePath(r.date));
			for (const [set, kinds] of Object.entries(r.sets)) {
				for (const codes of Object.values(kinds))
					for (const code of codes) expect(html).toContain(`href="${codePath(set, code)}"`);
			}
		}
		expect(readPage('/')).toContain('href="/changes/"');
	});

	it('has a feed that parses as XML, with one item per release date linking its page', () => {
		const xml = readFileSync(join(DIST, 'changes/feed.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = new XMLParser().parse(xml) as {
			rss: { channel: { title: string; item: { title: string; link: string; pubDate: string }[] } };
		};
		const items = feed.rss.channel.item;
		expect(items).toHaveLength(all.length);
		expect(items.map((i) => new URL(i.link).pathname)).toEqual(all.map((r) => releasePath(r.date)));
		expect(new Date(items[0]!.pubDate).toISOString().slice(0, 10)).toBe(all[0]!.date);
	});
});

describe('the API and llms.txt carry the history', () => {
	it('codes.json and the per-code files have start, lastModified, stop, successors and replaces', () => {
		const api = JSON.parse(readFileSync(join(DIST, 'api/codes.json'), 'utf8')) as { codes: Record<string, unknown>[] };
		const c220 = api.codes.find((c) => c.set === 'carc' && c.code === '220')!;
		expect(c220).toMatchObject({
			start: '2008-01-27',
			stop: CODE_LISTS.carc!.codes['220']!.stop,
			successors: ['carc:P7'],
			replaces: [],
		});
		const p7 = JSON.parse(readFileSync(join(DIST, 'api/codes/carc-p7.json'), 'utf8'));
		expect(p7).toMatchObject({ replaces: ['carc:220'], stop: null });
		const payer = api.codes.find((c) => c.set === 'payer')!;
		expect(payer).toMatchObject({ start: null, lastModified: null, stop: null, successors: [], replaces: [] });
	});
	it('llms.txt points to the changes pages and the feed', () => {
		const text = readFileSync(join(DIST, 'llms.txt'), 'utf8');
		expect(text).toMatch(/\/changes\/ /);
		expect(text).toContain('/changes/feed.xml');
	});
});
