/**
 * Hashes of the inline scripts Starlight and our components write into every
 * page verbatim (`<script is:inline>`): the theme script that must run before
 * first paint (our minified ThemeProvider.astro), the theme picker update and the search shortcut label
 * (src/components/Sidebar.astro leaves out the sidebar state restore). Astro hashes the scripts it bundles itself; these it
 * copies as written, so their hashes are read from the component sources here
 * and added to script-src. The build test checks that every inline script on
 * every page is covered by that page's policy, so a Starlight update that
 * changes one fails loudly instead of being blocked silently.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Components (relative to the project root) whose `is:inline` scripts reach the pages. */
export const INLINE_SCRIPT_SOURCES = [
	'src/components/ThemeProvider.astro',
	'node_modules/@astrojs/starlight/dist/components/ThemeSelect.astro',
	'src/components/Search.astro',
] as const;

/** A CSP hash source for a script or style body: `sha256-…`. */
export function cspHash(body: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** The bodies of the `<script is:inline …>` elements in an Astro component's source. */
export function inlineScriptBodies(source: string): string[] {
	return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/**
 * A source file's path: project files under the root; a package's files in the nearest node_modules above it, the
 * way Node resolves packages (a copy of the project inside another, as the dev-server test makes, has none of its own).
 */
function sourcePath(root: string, file: string): string {
	if (!file.startsWith('node_modules/')) return join(root, file);
	for (let dir = root; ; dir = dirname(dir)) {
		if (existsSync(join(dir, file))) return join(dir, file);
		if (dirname(dir) === dir)
			throw new Error(`${file} was not found in any node_modules above ${root}: run npm install`);
	}
}

export function inlineScriptHashes(root: string): `sha256-${string}`[] {
	const hashes = INLINE_SCRIPT_SOURCES.flatMap((file) =>
		inlineScriptBodies(readFileSync(sourcePath(root, file), 'utf8')).map(cspHash),
	);
	return [...new Set(hashes)];
}
