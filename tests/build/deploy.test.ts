/** npm start serves dist like a static host; npm run deploy:check checks a deployed copy (here: the local server on dist). */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeployment } from '../../scripts/lib/deploy-check.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST, ROOT, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

const node = process.execPath;

describe('npm start (scripts/serve.ts)', () => {
	let child: ChildProcess;
	let url: string;
	beforeAll(async () => {
		child = spawn(node, [join(ROOT, 'scripts', 'serve.ts'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
		url = await new Promise<string>((resolve, reject) => {
			child.stdout!.on('data', (chunk: Buffer) => {
				const found = /served at (http:\/\/\S+?)\/ /.exec(String(chunk));
				if (found) resolve(found[1]!);
			});
			child.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
		});
	});
	afterAll(() => {
		child?.kill();
	});

	it("redirects a URL without its trailing slash, and answers a missing page with the site's 404", async () => {
		const bare = await fetch(`${url}/codes/carc-16`, { redirect: 'manual' });
		expect(bare.status).toBe(301);
		expect(bare.headers.get('location')).toBe('/codes/carc-16/');
		const missing = await fetch(`${url}/codes/carc-16/nope`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Page not found');
	});
});

describe('deploy:check', () => {
	let server: StaticServer;
	let bare: StaticServer;
	beforeAll(async () => {
		server = await startStaticServer(DIST);
		// The same site on a host that ignores _headers.
		const copy = mkdtempSync(join(tmpdir(), 'dist-no-headers-'));
		cpSync(join(DIST, 'index.html'), join(copy, 'index.html'));
		cpSync(join(DIST, '404.html'), join(copy, '404.html'));
		for (const dir of ['codes/carc-16', 'codes/co-16', 'codes']) {
			mkdirSync(join(copy, dir), { recursive: true });
			cpSync(join(DIST, dir, 'index.html'), join(copy, dir, 'index.html'));
		}
		cpSync(join(DIST, '_astro'), join(copy, '_astro'), { recursive: true });
		writeFileSync(join(copy, '_headers'), '');
		bare = await startStaticServer(copy);
	});
	afterAll(async () => {
		await server?.close();
		await bare?.close();
	});

	it('passes every check against the local static server serving dist with its _headers', async () => {
		const results = await checkDeployment(server.url);
		expect(results.filter((r) => !r.ok)).toEqual([]);
		expect(results.map((r) => r.name)).toEqual(
			expect.arrayContaining([
				"Content-Security-Policy header: frame-ancestors 'none'",
				'an alias redirects to its code page',
				"a missing page answers 404 with the site's 404 page",
				'hashed assets are cached for a year, immutable',
			]),
		);
	});

	it('warns when the host ignores _headers: the meta tag still carries the policy, frame-ancestors is lost', async () => {
		const results = await checkDeployment(bare.url);
		const header = results.find((r) => r.name === 'Content-Security-Policy header')!;
		expect(header).toMatchObject({ ok: false, warning: true });
		expect(header.detail).toMatch(/frame-ancestors/);
		expect(results.find((r) => r.name.startsWith('pages carry a CSP meta tag'))?.ok).toBe(true);
	});

	it('the command prints each check and exits 0; --help explains it; an unknown flag is a clear usage error', async () => {
		// Asynchronously: the server under test runs in this process, so a blocking spawn would starve it.
		const run = (...args: string[]) =>
			new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
				execFile(
					node,
					[join(ROOT, 'scripts', 'deploy-check.ts'), ...args],
					{ encoding: 'utf8', timeout: 60_000 },
					(error, stdout, stderr) =>
						resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
				);
			});
		const ok = await run(server.url);
		expect(ok.status, ok.stderr).toBe(0);
		expect(ok.stdout).toContain('✓ an alias redirects to its code page');
		expect(ok.stdout).toContain(`All checks passed on ${server.url}`);
		const help = await run('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^Usage: npm run deploy:check -- <site URL>/);
		const unknown = await run('--colour', server.url);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toMatch(/Unknown option '--colour'/);
		expect((await run()).stderr).toMatch(/give the URL of the deployed site/);
		expect((await run('ftp://x')).status).toBe(2);
	});
});
