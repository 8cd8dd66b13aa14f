import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { codeFromMissingPath } from '../../src/lib/lookup/goto.ts';
import { titleHtml } from '../../src/lib/site/page-title.ts';

describe('the 404 resolver reads a missing code from the address', () => {
	it('does not throw on a malformed escape, and decodes good ones', () => {
		expect(() => codeFromMissingPath('/codes/%E0%A4%A/')).not.toThrow();
		expect(codeFromMissingPath('/codes/%E0%A4%A/')).toBe('%E0%A4%A');
		expect(codeFromMissingPath('/codes/CO%2016/')).toBe('CO 16');
		expect(codeFromMissingPath('/codes/co-16')).toBe('co-16');
		expect(codeFromMissingPath('/guides/x/')).toBeUndefined();
	});
});

describe('page titles', () => {
	it('the home page is not "Denial Atlas | Denial Atlas"', () => {
		expect(titleHtml('Denial Atlas', 'Denial Atlas')).toBe('Denial Atlas');
		expect(titleHtml('All codes', 'Denial Atlas')).toBe('All codes | Denial Atlas');
	});
	it('a title cannot close <title> and open a script', () => {
		expect(titleHtml('Not needed</title><script>alert(1)</script>', 'Denial Atlas')).toBe(
			'Not needed&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; | Denial Atlas',
		);
	});
});

/** A raw GET (no URL normalisation by a client library), returning status, location and body. */
function get(base: string, path: string): Promise<{ status: number; location: string | undefined; body: string }> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('the test static server', () => {
	let server: StaticServer;
	beforeAll(async () => {
		const root = mkdtempSync(join(tmpdir(), 'da-static-'));
		mkdirSync(join(root, 'codes', 'carc-16'), { recursive: true });
		writeFileSync(join(root, 'codes', 'index.html'), '<h1>codes</h1>');
		writeFileSync(join(root, 'codes', 'carc-16', 'index.html'), '<h1>16</h1>');
		writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
		server = await startStaticServer(root);
	});
	afterAll(() => server.close());

	it('never redirects off-site', async () => {
		for (const path of [
			'//evil.example/%2e%2e/codes',
			'//evil.example/codes',
			'/\\evil.example/../codes',
			'/codes/carc-16',
		]) {
			const res = await get(server.url, path);
			if (res.status === 301) expect(res.location, path).toMatch(/^\/(?!\/)/);
		}
		expect((await get(server.url, '//evil.example/%2e%2e/codes')).location).toBe('/codes/');
		expect((await get(server.url, '/codes/carc-16')).location).toBe('/codes/carc-16/');
	});

	it("answers a bad escape with 400 and the site's 404 page, and keeps serving", async () => {
		const bad = await get(server.url, '/codes/%E0%A4%A/');
		expect(bad.status).toBe(400);
		expect(bad.body).toContain('not found');
		expect((await get(server.url, '/%')).status).toBe(400);
		const ok = await get(server.url, '/codes/carc-16/');
		expect(ok.status).toBe(200);
		expect(ok.body).toContain('<h1>16</h1>');
		expect((await get(server.url, '/codes/nope/')).status).toBe(404);
	});
});
