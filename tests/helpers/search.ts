/** Reading the search dialog the way a user sees it (best-match row first, stale results hidden). */
import type { Page } from 'playwright-core';

/** In the page: the href of the first result a user sees now, or null while nothing current is shown. */
export function visibleFirstResult(): string | null {
	const root = document.querySelector('#starlight__search');
	if (!root) return null;
	const best = root.querySelector<HTMLAnchorElement>('.best-match:not([hidden]) a');
	if (best) return best.getAttribute('href');
	if (root.hasAttribute('data-results-stale')) return null;
	return root.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? null;
}

/**
 * Type a query into the open search dialog and return the path of the first result shown once the
 * UI has settled on this query: the best-match row, or Pagefind's list for this query.
 */
export async function firstShown(page: Page, query: string): Promise<string> {
	await page.fill('#starlight__search .pagefind-ui__search-input', query);
	const handle = await page.waitForFunction(
		(q) => {
			const root = document.querySelector('#starlight__search')!;
			const best = root.querySelector<HTMLAnchorElement>('.best-match:not([hidden]) a');
			if (best) return best.getAttribute('href');
			if (root.hasAttribute('data-results-stale')) return null;
			const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
			if (!root.querySelector('.pagefind-ui__results') || !message.includes(q)) return null;
			return root.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? '(no results)';
		},
		query,
		{ timeout: 15_000, polling: 20 },
	);
	const href = (await handle.jsonValue()) as string;
	return href.startsWith('/') || href.startsWith('http') ? new URL(href, page.url()).pathname : href;
}
