/**
 * Filters on demand in the search dialog (src/components/Search.astro). Pagefind's UI would load all
 * filter chunks (about 16 KB) when it starts; the runtime it is given (public/pagefind-ui/pagefind.js)
 * holds them back, and this "Filter results" button loads them and runs the query again, so the UI
 * shows its filter panel (code set, status, route, group code, category).
 */

interface FilterRuntime {
	loadFilters: () => Promise<unknown>;
}

export function attachFilterButton(
	root: HTMLElement,
	input: HTMLInputElement,
	runtimeUrl: string,
	rerun: () => void,
): void {
	const drawer = root.querySelector('.pagefind-ui__drawer');
	if (!drawer) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'search-filter-toggle';
	button.textContent = 'Filter results';
	button.hidden = !input.value.trim();
	drawer.before(button);
	const sync = () => (button.hidden = button.disabled || !input.value.trim());
	root.addEventListener('input', sync, { capture: true });
	button.addEventListener('click', async () => {
		button.disabled = true;
		button.textContent = 'Loading filters…';
		try {
			const runtime = (await import(/* @vite-ignore */ runtimeUrl)) as FilterRuntime;
			await runtime.loadFilters();
			button.hidden = true;
			rerun();
			// The button is gone: keep the keyboard in the search box rather than losing focus to the page.
			input.focus();
		} catch {
			button.disabled = false;
			button.textContent = 'Filters could not be loaded: try again';
		}
	});
}
