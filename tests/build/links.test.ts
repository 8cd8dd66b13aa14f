/** No broken internal links or anchors anywhere in the built site (linkinator, with fragment checks). */
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../helpers/site.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
beforeAll(async () => {
	requireBuild();
	server = await startStaticServer(DIST);
});
afterAll(async () => server?.close());

describe('internal links', () => {
	it('all resolve, fragments included', async () => {
		const checker = new LinkChecker();
		const result = await checker.check({
			path: `${server.url}/`,
			recurse: true,
			checkFragments: true,
			// Sized for a 2-core machine running a build beside the tests: fewer requests at once, a generous
			// per-request timeout, and links that fail without a status (0: connection reset, timeout) retried.
			concurrency: 8,
			timeout: 30_000,
			retryErrors: true,
			retryErrorsCount: 3,
			retryErrorsJitter: 500,
			linksToSkip: async (link) => !link.startsWith(server.url),
		});
		const broken = result.links
			.filter((l) => l.state === 'BROKEN')
			.map((l) => `${l.status ?? ''} ${l.url} (linked from ${l.parent ?? '?'})`);
		expect(broken).toEqual([]);
		expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(10);
	}, 900_000);
});
