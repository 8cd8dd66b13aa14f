/**
 * A minimal static file server for the built site (dist/), the way a static
 * host serves it: /path/ → /path/index.html, unknown paths → 404.html.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** A request path decoded, or undefined when its %-escapes are malformed (the server answers 400). */
export function decodePath(urlPath: string): string | undefined {
	try {
		return decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
	} catch {
		return undefined;
	}
}

export function resolveFile(root: string, urlPath: string): string | undefined {
	const decoded = decodePath(urlPath);
	if (decoded === undefined || decoded.includes('\0')) return undefined;
	const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, clean);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

/** Header rules from a Netlify-style _headers file: a path pattern, then indented "Name: value" lines. */
export function readHeadersFile(root: string): { pattern: RegExp; headers: Record<string, string> }[] {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
		if (header && rules.length) rules.at(-1)!.headers[header[1]!.toLowerCase()] = header[2]!.trim();
		else if (/^\S/.test(line)) {
			const glob = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replaceAll('*', '.*');
			rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
		}
	}
	return rules;
}

export async function startStaticServer(
	root: string,
	options: { port?: number; host?: string } = {},
): Promise<StaticServer> {
	const rules = readHeadersFile(root);
	const server: Server = createServer((req, res) => {
		const urlPath = (req.url ?? '/').split('?')[0]!;
		for (const rule of rules)
			if (rule.pattern.test(urlPath))
				for (const [name, value] of Object.entries(rule.headers)) res.setHeader(name, value);
		const path = req.url ?? '/';
		const file = resolveFile(root, path);
		if (!file) {
			// A malformed %-escape is a bad request, answered with the site's 404 page (whose resolver copes with it).
			const notFound = join(root, '404.html');
			res.writeHead(decodePath(path) === undefined ? 400 : 404, { 'content-type': TYPES['.html']! });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
			return;
		}
		// A directory URL without its trailing slash redirects, as static hosts do. The location is built from
		// the file found, never from the request, so it always stays on this site (no //host or /../ tricks).
		if (file.endsWith('index.html') && !path.split('?')[0]!.endsWith('/') && !path.endsWith('.html')) {
			const dir = relative(root, dirname(file)).split(sep).filter(Boolean).join('/');
			res.writeHead(301, { location: dir ? `/${dir}/` : '/' });
			res.end();
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const body = readFileSync(file);
		// Compress text the way static hosts do.
		if (/text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			res.end(gzipSync(body));
			return;
		}
		res.writeHead(200, { 'content-type': type });
		res.end(body);
	});
	const host = options.host ?? '127.0.0.1';
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, resolve);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
