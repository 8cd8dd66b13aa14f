#!/usr/bin/env node
/**
 * Serve the built site (dist/) the way a static host does, for `npm start`:
 * /path/ → /path/index.html, a directory URL without its trailing slash
 * redirects to it, unknown paths get the site's 404 page, and the headers of
 * dist/_headers (CSP, caching) are sent.
 *
 * Why not `astro preview`: with trailingSlash "always" it answers /codes (no
 * slash) with a bare framework 404 page, not a redirect or the site's 404, and
 * it drops the project's Vite plugins, so that cannot be changed from here.
 * `npm run preview` still runs it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './lib/cli.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = cli({
	usage: `Usage: node scripts/serve.ts [--port N] [--host NAME]   (npm start builds first, then runs this)

Serves dist/ like a static host: index pages, trailing-slash redirects, the site's 404 page and dist/_headers.

Options:
  --port N      the port (default $PORT or 4321)
  --host NAME   the interface to listen on (default localhost)
  -h, --help    show this help`,
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		host: { type: 'string', default: 'localhost' },
	},
});
const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('dist/ has no build: run `npm run build` first (`npm start` does).');
	process.exit(1);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`--port must be a port number, got "${values.port}"`);
	process.exit(2);
}
const server = await startStaticServer(dist, { port, host: values.host! === 'localhost' ? '127.0.0.1' : values.host! });
console.log(`Denial Atlas is served at ${server.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C to stop)`);
