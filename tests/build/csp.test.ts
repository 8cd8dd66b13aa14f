/** The Content-Security-Policy of the built site: on every page, in _headers, and agreeing with what pages carry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagePolicies } from '../../src/integrations/static-headers.ts';
import { cspHash } from '../../src/lib/site/inline-scripts.ts';
import { inlineHashes } from '../../src/lib/site/csp-trim.ts';
import { metaPolicy, parsePolicy } from '../../src/lib/site/csp.ts';
import { DIST, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

const headerPolicy = () =>
	/^\s+Content-Security-Policy:\s*(.+)$/m.exec(readFileSync(join(DIST, '_headers'), 'utf8'))?.[1] ?? '';

describe('Content-Security-Policy', () => {
	it('every page carries a policy whose script-src has no unsafe-inline, and runs only inline scripts it hashes', () => {
		const problems: string[] = [];
		for (const { file, policy } of pagePolicies(DIST)) {
			if (!policy) {
				problems.push(`${file}: no CSP meta tag`);
				continue;
			}
			const directives = parsePolicy(policy);
			const scripts = directives.get('script-src') ?? [];
			if (scripts.includes("'unsafe-inline'")) problems.push(`${file}: script-src allows 'unsafe-inline'`);
			const html = readFileSync(join(DIST, file), 'utf8');
			for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
				const attrs = m[1] ?? '';
				if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs) || m[2] === '') continue;
				if (!scripts.includes(`'${cspHash(m[2]!)}'`))
					problems.push(`${file}: inline script not in its CSP: ${m[2]!.trim().slice(0, 60)}`);
			}
			for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)) {
				if (!(directives.get('style-src-elem') ?? []).includes(`'${cspHash(m[2]!)}'`))
					problems.push(`${file}: inline <style> not in its CSP`);
			}
			if (problems.length > 20) break;
		}
		expect(problems).toEqual([]);
	}, 180_000);

	it('every page lists only the hashes of the inline scripts and styles it carries (no dead hashes, about 0.4 KB a page)', () => {
		const problems: string[] = [];
		for (const { file, policy } of pagePolicies(DIST)) {
			if (!policy) continue;
			const present = inlineHashes(readFileSync(join(DIST, file), 'utf8'));
			const directives = parsePolicy(policy);
			for (const [name, kind] of [
				['script-src', 'script'],
				['style-src-elem', 'style'],
			] as const)
				for (const source of directives.get(name) ?? [])
					if (source.startsWith("'sha") && !present[kind].has(source.slice(1, -1)))
						problems.push(`${file}: ${name} lists ${source}, which no inline ${kind} on the page has`);
			if (problems.length > 20) break;
		}
		expect(problems).toEqual([]);
	}, 180_000);

	it('_headers sends the same policy the pages carry, plus frame-ancestors, with no unsafe-inline script', () => {
		const header = parsePolicy(headerPolicy());
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		expect(header.get('script-src')).not.toContain("'unsafe-inline'");
		for (const path of [
			'index.html',
			'codes/carc-16/index.html',
			'codes/co-16/index.html',
			'404.html',
			'decode/index.html',
		]) {
			const page = parsePolicy(metaPolicy(readFileSync(join(DIST, path), 'utf8'))!);
			for (const [name, sources] of page) {
				for (const source of sources) expect(header.get(name), `${path}: ${name} ${source}`).toContain(source);
			}
		}
	});

	it('keeps the rest of the policy strict: same origin only, no form submission, no plugins', () => {
		const header = parsePolicy(headerPolicy());
		expect(header.get('default-src')).toEqual(["'self'"]);
		expect(header.get('form-action')).toEqual(["'none'"]);
		expect(header.get('object-src')).toEqual(["'none'"]);
		expect(header.get('style-src-elem')).not.toContain("'unsafe-inline'");
	});
});
