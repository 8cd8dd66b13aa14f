/**
 * The search index's cost for a first query (issue 16): small index chunks (src/integrations/pagefind-index.ts)
 * and no boilerplate indexed, so a code or a phrase fetches little. `npm run bench -- --search-only` measures
 * the bytes in a browser; this checks the index files that decide them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	chunksFor,
	readFragments,
	readIndex,
	type Fragment,
	type PagefindIndex,
} from '../../scripts/lib/pagefind-index.ts';
import { DIST, publishedEntries, requireBuild } from '../helpers/site.ts';

let index: PagefindIndex;
let fragments: Map<string, Fragment>;

beforeAll(() => {
	requireBuild();
	index = readIndex(DIST);
	fragments = readFragments(DIST);
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fragment = (url: string) => {
	const f = fragments.get(url);
	if (!f) throw new Error(`no search fragment for ${url}`);
	return f;
};

describe('the search index', () => {
	it('is split into small chunks (Pagefind’s default made every chunk about 22 KB)', () => {
		const sizes = index.chunks.map((c) => c.bytes).sort((a, b) => a - b);
		const median = sizes[Math.floor(sizes.length / 2)]!;
		expect(median, `median index chunk ${kb(median)} over ${index.chunks.length} chunks`).toBeLessThanOrEqual(8 * 1024);
		// The list of chunks is fetched with every first query: more chunks make it larger.
		expect(index.metaBytes, `search metadata ${kb(index.metaBytes)}`).toBeLessThanOrEqual(17 * 1024);
	});

	it('lets a code query fetch a few kilobytes of index (CO-16 fetched 37 KB, N130 22 KB)', () => {
		// "co16" sorts just before "code", the largest word of the index after "the", "to" and "and": a chunk closes
		// only after the word that fills it, so the CO spellings still arrive with "code" (16 KB, from 37 KB).
		const budgets: Record<string, number> = { co16: 20, pr1: 8, n130: 8, ma130: 8, n290: 8 };
		for (const [word, budget] of Object.entries(budgets)) {
			const chunks = chunksFor(index, word);
			expect(chunks.length, `chunks holding ${word}`).toBeGreaterThan(0);
			const bytes = chunks.reduce((sum, c) => sum + c.bytes, 0);
			expect(bytes, `index fetched for ${word}: ${kb(bytes)}`).toBeLessThanOrEqual(budget * 1024);
		}
	});
});

describe('what search indexes on a code page', () => {
	it('leaves out the letter, its form, the deadline panel, sources, dates and the group-code lead', () => {
		const text = fragment('/codes/carc-29/').content;
		for (const boilerplate of [
			'To the appeals reviewer',
			'Fill with example',
			'Copy for Word',
			'When is the appeal due',
			'Use this letter if you believe',
			'(official list)',
			'Last reviewed',
			'Report a problem',
			'Introduced',
			'Payers send this reason code',
		])
			expect(text, `carc-29's search text holds "${boilerplate}"`).not.toContain(boilerplate);
		expect(fragment('/codes/carc-16/').content).not.toContain('There is no appeal letter for this code');
	});

	it('keeps what the code means, its causes, its spellings and the codes it replaced', () => {
		const carc29 = fragment('/codes/carc-29/').content;
		expect(carc29).toContain('Timely filing limit has passed');
		expect(carc29).toContain('Code 29 means the payer received the claim after its deadline for filing');
		expect(carc29).toContain('The visit sat unbilled behind a hold');
		expect(carc29).toContain('CO-29 · CO29 · CO 29');
		expect(fragment('/codes/carc-16/').content).toContain('Replaced deactivated CARC D1');
	});
});

describe('excerpts read as words', () => {
	it('never runs route badges or the payer-type options together (seen: "New claimor corrected claim", "Any payerMedicare")', () => {
		const codePages = [...fragments.values()].filter((f) => f.url.startsWith('/codes/') && f.url.split('/').length > 3);
		expect(codePages.length).toBeGreaterThan(1000);
		for (const f of codePages) {
			expect(f.content, f.url).not.toMatch(
				/(?:Appeal|claim|Reopening|patient|payer|off|Informational)or (?:appeal|corrected claim|reopening|new claim|bill |write off|contact the payer)/,
			);
			expect(f.content, f.url).not.toContain('Any payerMedicare');
			expect(f.content, f.url).not.toContain('Remember on this device');
		}
	});
});

describe('what search indexes on list pages', () => {
	it('leaves out the code tables and filters of the indexes and the code lists of the changes pages', () => {
		const title = publishedEntries().find((e) => e.set === 'carc' && e.code === '29')!.title;
		for (const url of ['/codes/', '/codes/carc/']) {
			const text = fragment(url).content;
			expect(text, url).not.toContain(title);
			expect(text, url).not.toContain('Any status');
		}
		const changes = [...fragments.values()].filter((f) => f.url.startsWith('/changes/2'));
		expect(changes.length).toBeGreaterThan(0);
		for (const f of changes) expect(f.content, f.url).not.toMatch(/\b(CARC|RARC) [A-Z0-9]+: /);
		for (const f of changes) expect(f.content, f.url).not.toContain('What these dates mean');
	});
});
