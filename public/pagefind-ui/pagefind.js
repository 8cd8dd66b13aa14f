/**
 * Pagefind's runtime as Denial Atlas's search UI sees it (src/components/Search.astro points the
 * UI's bundlePath here): the real runtime in /pagefind/, except that filters load only when the
 * user asks for them. Pagefind's UI loads every filter chunk (about 16 KB) as it starts; here
 * filters() answers "no filters" until loadFilters() is called (src/client/search-filters.ts).
 * One module instance is shared by the UI and that button, so both see the same state.
 */
import * as pagefind from '../pagefind/pagefind.js';

// Local exports take precedence over the re-exported ones of the same name.
export * from '../pagefind/pagefind.js';

let wanted = false;

/**
 * The UI asks for filters once, as it starts (after setting its options). Until filters are wanted,
 * answer none, but start Pagefind (metadata and wasm) as the UI's own call would have: the first
 * search then does not wait for them.
 */
export const filters = async () => {
	if (wanted) return pagefind.filters();
	await pagefind.init();
	return {};
};

export const loadFilters = async () => {
	wanted = true;
	return pagefind.filters();
};
