/**
 * `npm run dev` keeps running with broken entries and shows edits at once.
 *
 * 1. `tolerantInDev(loader)`: Astro's content sync stops at the first entry
 *    that fails the schema or whose YAML does not parse, and `astro dev` exits
 *    with it. In dev only (the loader is given a file watcher), this wrapper
 *    catches that entry's failure, logs the validator's problems in the
 *    terminal and stores stand-in data carrying them, so the entry's page shows
 *    the problems (src/pages/codes/[slug].astro) instead of the old text or
 *    nothing. Valid entries with problems the build would refuse (a TODO in a
 *    published entry) keep their data and get the problems attached too.
 *    Builds are untouched: there the validator stops the build first.
 *
 * 2. `contentRefresh()`: after an entry changes, Astro writes its data store,
 *    drops the loaded copy (the `astro:data-layer-content` module) and clears
 *    its cache of getStaticPaths results. A request already running when that
 *    happens (typically the browser reloading on the save; the first render
 *    after start is slow) finishes afterwards having loaded the old data again,
 *    and every later request is served from it: the page keeps the old
 *    frontmatter until the next save. This plugin repeats Astro's invalidation
 *    whenever a request that started before the data store was last written
 *    finishes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { formatDevReport, invalidEntryData, problemsForFile, DEV_PROBLEMS_KEY } from '../lib/validation/dev-entry.ts';
import type { Problem } from '../lib/validation/problem.ts';

type EntryType = {
	getEntryInfo: (input: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
};

export function tolerantInDev(inner: Loader): Loader {
	return {
		...inner,
		name: `${inner.name} (tolerant in dev)`,
		load: async (context) => {
			if (!context.watcher) return inner.load(context);
			const root = fileURLToPath(context.config.root);
			const problemsAt = (filePath: string): Problem[] => {
				const file = relative(root, filePath);
				try {
					return problemsForFile(file, readFileSync(filePath, 'utf8'));
				} catch (error) {
					return [{ file, field: '', message: (error as Error).message }];
				}
			};
			// An entry whose YAML does not parse reaches parseData with empty data, which the schema then refuses.
			const internal = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
			const entryTypes = internal.entryTypes
				? new Map(
						[...internal.entryTypes].map(([ext, type]) => [
							ext,
							{
								...type,
								getEntryInfo: async (input: { contents: string; fileUrl: URL }) => {
									try {
										return await type.getEntryInfo(input);
									} catch {
										return { data: {}, body: '' };
									}
								},
							},
						]),
					)
				: undefined;
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = props.filePath ?? props.id;
				try {
					const data = await context.parseData(props);
					const problems = props.filePath ? problemsAt(props.filePath) : [];
					if (problems.length === 0) return data;
					context.logger.warn(formatDevReport(relative(root, file), { problems, invalid: false }));
					return { ...data, [DEV_PROBLEMS_KEY]: problems };
				} catch (error) {
					let problems = props.filePath ? problemsAt(props.filePath) : [];
					if (problems.length === 0)
						problems = [{ file: relative(root, file), field: '', message: (error as Error).message }];
					context.logger.error(formatDevReport(relative(root, file), { problems, invalid: true }));
					return invalidEntryData(props.id, problems) as typeof props.data;
				}
			};
			return inner.load({ ...context, parseData, ...(entryTypes && { entryTypes }) } as LoaderContext);
		},
	};
}

export function contentRefresh(): AstroIntegration {
	return {
		name: 'denial-atlas:content-refresh',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'dev') return;
				const dataStore = join(fileURLToPath(config.root), '.astro', 'data-store.json');
				updateConfig({ vite: { plugins: [routeCacheRefresh(dataStore)] } });
			},
		},
	};
}

function routeCacheRefresh(dataStore: string): Plugin {
	const written = () => {
		try {
			return statSync(dataStore).mtimeMs;
		} catch {
			return 0;
		}
	};
	return {
		name: 'denial-atlas:route-cache-refresh',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use((_req, res, next) => {
				const started = Date.now();
				res.on('close', () => {
					if (written() >= started) invalidateContent(server);
				});
				next();
			});
		},
	};
}

/** What Astro does when its data store is written (astro/dist/content/vite-plugin-content-virtual-mod.js), minus the browser reload. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
function invalidateContent(server: ViteDevServer) {
	const timestamp = Date.now();
	for (const name of ['ssr', 'prerender']) {
		const environment = server.environments[name];
		if (!environment) continue;
		const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
		if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
		if (isRunnableDevEnvironment(environment)) {
			const loaded = environment.runner.evaluatedModules.getModuleById(DATA_STORE_MODULE);
			if (loaded) environment.runner.evaluatedModules.invalidateModule(loaded);
		}
		environment.hot.send('astro:content-changed', {});
	}
}
