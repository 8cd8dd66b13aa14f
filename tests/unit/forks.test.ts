/**
 * Files copied from a dependency and changed here. Each names the upstream
 * version and a hash of the upstream file; when an upgrade changes the upstream
 * file, this test fails so the fork is brought up to date on purpose.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

const FORKS = [
	{ fork: 'src/components/Search.astro', pkg: '@astrojs/starlight', upstream: 'dist/components/Search.astro' },
	{ fork: 'src/components/Sidebar.astro', pkg: '@astrojs/starlight', upstream: 'dist/components/Sidebar.astro' },
	{
		fork: 'src/components/ThemeProvider.astro',
		pkg: '@astrojs/starlight',
		upstream: 'dist/components/ThemeProvider.astro',
	},
	{ fork: 'src/components/EditLink.astro', pkg: '@astrojs/starlight', upstream: 'dist/components/EditLink.astro' },
];

describe('forked components match the upstream file they were copied from', () => {
	it.each(FORKS)('$fork', ({ fork, pkg, upstream }) => {
		const text = readFileSync(join(ROOT, fork), 'utf8');
		const label = /FORK of (\S+) (\S+) (\S+) \(upstream sha256 ([0-9a-f]{16})…\)/.exec(text);
		expect(label, `${fork} must say which upstream file and version it forks`).not.toBeNull();
		const [, name, version, path, hash] = label!;
		expect([name, path]).toEqual([pkg, upstream]);
		const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
			version: string;
		};
		const actual = createHash('sha256')
			.update(readFileSync(join(ROOT, 'node_modules', pkg, upstream)))
			.digest('hex')
			.slice(0, 16);
		expect(
			{ version: installed.version, hash: actual },
			`${pkg} ${upstream} changed upstream: update the fork ${fork}`,
		).toEqual({ version, hash });
	});
});
