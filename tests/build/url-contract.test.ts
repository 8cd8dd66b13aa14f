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
	it('matches the build: nothing removed, nothing unlisted', () => {
		const { removed, added } = compareManifest(committed(), manifestFromDist(DIST), DIST);
		expect(removed, 'URLs that no longer resolve').toEqual([]);
		expect(added, 'new URLs: run npm run urls:update').toEqual([]);
	});

	it('lists every code page with its section anchors, its alias redirects and its API file', () => {
		const manifest = committed();
		expect(manifest.pages).toContain('/codes/carc-16/');
		expect(manifest.anchors['/codes/carc-16/']).toEqual(expect.arrayContaining(['explanation', 'causes', 'prevention', 'resolution', 'appeal-letter', 'related', 'sources']));
		expect(manifest.redirects['/codes/co-16/']).toBe('/codes/carc-16/');
		expect(manifest.redirects['/codes/16/']).toBe('/codes/carc-16/');
		expect(manifest.files).toContain('/api/codes/carc-16.json');
	});
});

// Each test copies the whole of dist (several thousand pages), which takes seconds on a slow disk.
describe('the contract catches breakage', { timeout: 60_000 }, () => {
	// Work on a copy of dist so the real build is untouched.
	const copy = () => {
		const dir = mkdtempSync(join(tmpdir(), 'dist-'));
		cpSync(DIST, dir, { recursive: true });
		return dir;
	};

	it('fails when a code page is removed without a redirect', () => {
		const dir = copy();
		rmSync(join(dir, 'codes', 'carc-16'), { recursive: true });
		const { removed } = compareManifest(committed(), manifestFromDist(dir), dir);
		expect(removed).toContain('/codes/carc-16/ (page): restore it or add a redirect');
		rmSync(dir, { recursive: true });
	});

	it('fails when a section id is renamed', () => {
		const dir = copy();
		const file = join(dir, 'codes', 'carc-16', 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll('id="causes"', 'id="why-it-happens"'));
		const { removed } = compareManifest(committed(), manifestFromDist(dir), dir);
		expect(removed.some((r) => r.startsWith('/codes/carc-16/#causes (section)'))).toBe(true);
		rmSync(dir, { recursive: true });
	});

	it('passes when an alias page is rebuilt as a redirect to the same code', () => {
		const dir = copy();
		rmSync(join(dir, 'codes', 'co-16'), { recursive: true });
		mkdirSync(join(dir, 'codes', 'co-16'));
		writeFileSync(join(dir, 'codes', 'co-16', 'index.html'), readFileSync(join(DIST, 'codes', '16', 'index.html'), 'utf8'));
		const { removed } = compareManifest(committed(), manifestFromDist(dir), dir);
		expect(removed).toEqual([]);
		rmSync(dir, { recursive: true });
	});
});
