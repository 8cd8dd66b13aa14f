/** The URL contract: url-manifest.json and the build agree, so trainers' links never break. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareManifest, manifestFromDist, type UrlManifest } from '../../scripts/lib/url-manifest.ts';
import { DIST, ROOT, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);
const committed = (): UrlManifest => JSON.parse(readFileSync(join(ROOT, 'url-manifest.json'), 'utf8'));

describe('url-manifest.json', () => {
	// Reads every page of the build: a few seconds alone, far longer with a build running beside it.
	it('matches the build: nothing removed, nothing unlisted', { timeout: 180_000 }, () => {
		const { removed, added } = compareManifest(committed(), manifestFromDist(DIST), DIST);
		expect(removed, 'URLs that no longer resolve').toEqual([]);
		expect(added, 'new URLs: run npm run urls:update').toEqual([]);
	});

	it('lists every code page with its section anchors, its alias redirects and its API file', () => {
		const manifest = committed();
		expect(manifest.pages).toContain('/codes/carc-16/');
		expect(manifest.anchors['/codes/carc-16/']).toEqual(
			expect.arrayContaining([
				'explanation',
				'causes',
				'prevention',
				'resolution',
				'appeal-letter',
				'related',
				'sources',
			]),
		);
		expect(manifest.redirects['/codes/co-16/']).toBe('/codes/carc-16/');
		expect(manifest.redirects['/codes/16/']).toBe('/codes/carc-16/');
		expect(manifest.files).toContain('/api/codes/carc-16.json');
	});
});

// The breakage cases run on a tiny built site (tests/fixtures/mini-site) with its own manifest, so each copy
// takes milliseconds instead of copying the whole 5,582-page dist.
const MINI_SITE = join(ROOT, 'tests', 'fixtures', 'mini-site');

describe('the contract catches breakage', () => {
	const miniManifest = () => manifestFromDist(MINI_SITE);
	// Work on a copy so the fixture is untouched.
	const copy = () => {
		const dir = mkdtempSync(join(tmpdir(), 'mini-site-'));
		cpSync(MINI_SITE, dir, { recursive: true });
		return dir;
	};

	it('the fixture is a site the contract reads: a page with anchors, two redirects and a file', () => {
		const manifest = miniManifest();
		expect(manifest.pages).toEqual(['/', '/codes/carc-16/']);
		expect(manifest.anchors['/codes/carc-16/']).toEqual(['explanation', 'causes', 'sources']);
		expect(manifest.redirects).toEqual({ '/codes/16/': '/codes/carc-16/', '/codes/co-16/': '/codes/carc-16/' });
		expect(manifest.files).toEqual(['/api/codes.json']);
	});

	it('fails when a code page is removed without a redirect', () => {
		const dir = copy();
		rmSync(join(dir, 'codes', 'carc-16'), { recursive: true });
		const { removed } = compareManifest(miniManifest(), manifestFromDist(dir), dir);
		expect(removed).toContain('/codes/carc-16/ (page): restore it or add a redirect');
		rmSync(dir, { recursive: true });
	});

	it('fails when a section id is renamed', () => {
		const dir = copy();
		const file = join(dir, 'codes', 'carc-16', 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll('id="causes"', 'id="why-it-happens"'));
		const { removed, added } = compareManifest(miniManifest(), manifestFromDist(dir), dir);
		expect(removed).toEqual(['/codes/carc-16/#causes (section): keep an element with id="causes" on /codes/carc-16/']);
		expect(added).toEqual(['/codes/carc-16/#why-it-happens']);
		rmSync(dir, { recursive: true });
	});

	it('fails when a machine-readable file disappears', () => {
		const dir = copy();
		rmSync(join(dir, 'api', 'codes.json'));
		expect(compareManifest(miniManifest(), manifestFromDist(dir), dir).removed).toEqual([
			'/api/codes.json (file): restore it',
		]);
		rmSync(dir, { recursive: true });
	});

	it('passes when an alias page is rebuilt as a redirect to the same code', () => {
		const dir = copy();
		rmSync(join(dir, 'codes', 'co-16'), { recursive: true });
		mkdirSync(join(dir, 'codes', 'co-16'));
		writeFileSync(
			join(dir, 'codes', 'co-16', 'index.html'),
			readFileSync(join(MINI_SITE, 'codes', '16', 'index.html'), 'utf8'),
		);
		const { removed } = compareManifest(miniManifest(), manifestFromDist(dir), dir);
		expect(removed).toEqual([]);
		rmSync(dir, { recursive: true });
	});
});
