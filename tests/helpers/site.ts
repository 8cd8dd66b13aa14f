/** Paths and the published catalogue, for tests that read the built site. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');

export function requireBuild(): void {
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error('dist/ has no build: run `npm run build` first (npm test does).');
}

/** The whole catalogue, validated once per test run (tests/helpers/global-setup.ts). */
export function catalogue() {
	return inject('catalogue');
}

/** The entries a production build publishes (drafts left out). */
export function publishedEntries() {
	return catalogue().entries.filter((e) => !e.draft);
}

export function readPage(path: string): string {
	const file = join(DIST, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
	return readFileSync(file, 'utf8');
}
