// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { validateContent } from './src/integrations/validate-content.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/lib/site/csp.ts';
import { inlineScriptHashes } from './src/lib/site/inline-scripts.ts';
import { contentRefresh } from './src/integrations/dev-content.ts';
import { SIDEBAR } from './src/lib/site/sidebar.ts';
import { EDIT_BASE_URL } from './src/lib/site/project.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { pagefindUiEnglishOnly } from './src/integrations/pagefind-ui-english.ts';
import { pagefindIndexChunks } from './src/integrations/pagefind-index.ts';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro keeps parsed content entries between builds and re-parses an entry only
 * when its file changes, not when the schema that parsed it does: a new field
 * with a default would be missing from cached entries. Keying the cache
 * directory on the schema and the code lists makes any change to them start
 * from a clean content store. (It also keeps checkouts that share one
 * node_modules, such as git worktrees and benchmark copies, apart.)
 */
function schemaDigest() {
	const root = fileURLToPath(new URL('.', import.meta.url));
	const hash = createHash('sha256');
	const files = [
		'src/content.config.ts',
		...readdirSync(join(root, 'src/lib'), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts'))
			.map((f) => `src/lib/${f}`),
		...readdirSync(join(root, 'src/data'), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.json'))
			.map((f) => `src/data/${f}`),
	].sort();
	for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
	return hash.digest('hex').slice(0, 12);
}

// The public origin, for canonical URLs and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://denial-atlas.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Shiki colours code with inline style attributes, which the CSP does not allow for <pre>; Starlight's
	// Expressive Code renders code blocks (with external styles) anyway, so Astro's own highlighter stays off.
	markdown: { syntaxHighlight: false },
	// Two routes that would write the same page fail the build instead of one silently winning.
	prerenderConflictBehavior: 'error',
	// Astro writes a Content-Security-Policy meta tag into every page with the hash of each inline script
	// and style it emits (src/lib/site/csp.ts explains the policy); dist/_headers repeats it for static hosts.
	security: {
		csp: {
			directives: [...CSP_DIRECTIVES],
			scriptDirective: {
				resources: [...SCRIPT_RESOURCES],
				hashes: inlineScriptHashes(fileURLToPath(new URL('.', import.meta.url))),
			},
			styleDirective: { resources: STYLE_RESOURCES.map((r) => ({ ...r })) },
		},
	},
	cacheDir: `./.astro/cache-${schemaDigest()}`,
	// Component styles go to cached CSS files instead of into every page's HTML.
	// Four pages render at once: measured side by side on 2 cores (three alternating runs each), the
	// 5,582-page build took a median 25.9 s against 31.2 s one at a time, for about 50 MB more memory.
	build: { inlineStylesheets: 'never', concurrency: 4 },
	// Completion and hover help for entry frontmatter in editors, from the JSON schema Astro writes to
	// .astro/collections/ (field descriptions come from src/lib/schema). VS Code: .vscode/settings.json.
	experimental: { contentIntellisense: true },
	integrations: [
		validateContent(),
		contentRefresh(),
		staticHeaders(),
		// Smaller search index chunks: the first query fetches less (issue 16).
		pagefindIndexChunks(),
		starlight({
			title: 'Denial Atlas',
			description:
				'Plain-English explanations of claim denial codes (CARC, RARC and payer-specific), with the route that fixes each one and an appeal letter you fill in your browser.',
			// The sidebar (sets, index pages and guides, never every code) lives in src/lib/site/sidebar.ts so the
			// pre-publish check can tell which guides it reaches.
			sidebar: SIDEBAR,
			// "Edit this page" on guides; code pages set their own (src/pages/codes/[slug].astro).
			editLink: { baseUrl: EDIT_BASE_URL },
			// The page <title> is escaped text, and the home page is not "Denial Atlas | Denial Atlas".
			routeMiddleware: './src/route-middleware.ts',
			// The 404 page is src/pages/404.astro: Starlight's own 404 route would render it a second time.
			disable404Route: true,
			components: {
				// Lazy-loaded search UI and an accessible search button (see the component).
				Search: './src/components/Search.astro',
				// One language: no language picker, and none of its script on every page.
				LanguageSelect: './src/components/LanguageSelect.astro',
				// The sidebar without the state persister's inline scripts (see the component).
				Sidebar: './src/components/Sidebar.astro',
				// The same theme script, minified by hand: about 0.1 KB less gzip HTML on every page.
				ThemeProvider: './src/components/ThemeProvider.astro',
				// The "Edit page" link with its icon from the stylesheet: about 0.17 KB less gzip HTML on every page.
				EditLink: './src/components/EditLink.astro',
				// Pagination is off: no empty pagination box in every page's footer.
				Pagination: './src/components/Pagination.astro',
			},
			lastUpdated: false,
			pagination: false,
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
		}),
		// No mdx() here: Starlight adds @astrojs/mdx itself, with its optimised settings, when none is registered.
	],
	vite: {
		// The search UI's strings in English only: 10 KB less to load when search opens (issue 16).
		plugins: [pagefindUiEnglishOnly()],
		build: {
			// Never inline bundled scripts into the HTML: each inlined script needs its hash in script-src, and Astro
			// lists every hash of the site on every page (about 1 KB gzip of hashes per page). As files they are
			// cached once and covered by 'self'.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Every MDX entry triggers a known, harmless bundler warning about Astro's own
				// "use astro:head-inject" directive (withastro/astro#18087): 1,600 entries made
				// 23,000 lines of build log that hid real problems. Drop that one, keep the rest.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
						return;
					warn(warning);
				},
			},
		},
	},
});
