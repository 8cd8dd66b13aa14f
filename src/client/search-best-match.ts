/**
 * Additions to Starlight's search dialog (src/components/Search.astro), loaded with the search UI:
 * - a "best match" row above Pagefind's results when the query is a code or codes (CO-16,
 *   "CO-16 MA130"), answered from the code map as the user types, before Pagefind has an answer
 *   (the map, 8 KB, is fetched on the first key typed, so it is in by the time a code's digits are: fetched on
 *   the first digit, "CO-16" typed quickly showed its row 56–76 ms after the last key instead of at once);
 * - Enter opens the best match, or else Pagefind's first result;
 * - results that belong to an earlier query stay hidden until Pagefind has ranked the current
 *   one and the first result has loaded, so what the user sees first is never reshuffled.
 */
import { displayCode, normaliseCode } from '../lib/catalogue/codes.ts';
import { findCodes, type CodeMap } from '../lib/lookup/goto.ts';

const STALE = 'data-results-stale';

/** "CARC 16" for a slug and the text it was typed as. */
function label(slug: string, typed: string): string {
	return displayCode(slug.slice(0, slug.indexOf('-')), normaliseCode(typed).code);
}

export function attachBestMatch(root: HTMLElement, loadMap: () => Promise<CodeMap>): void {
	let map: CodeMap | undefined;
	const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	const drawer = root.querySelector('.pagefind-ui__drawer');
	if (!input || !drawer) return;
	const list = document.createElement('ul');
	list.className = 'best-match';
	list.setAttribute('aria-label', 'Best match');
	list.hidden = true;
	drawer.before(list);

	let loading = false;
	const showBest = () => {
		if (!map && !loading && input.value.trim()) {
			loading = true;
			void loadMap().then((loaded) => {
				map = loaded;
				showBest();
			});
		}
		const found = map ? findCodes(input.value, map, { strict: true }).filter((f) => f.kind === 'page') : [];
		list.replaceChildren(
			...found.slice(0, 4).map((f, i) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = `/codes/${f.slug}/`;
				link.className = 'best-match-link';
				const tag = document.createElement('span');
				tag.className = 'best-match-tag';
				tag.textContent = i === 0 ? 'Best match' : 'Also in your query';
				link.append(tag, ` ${label(f.slug!, f.typed)}`);
				item.append(link);
				return item;
			}),
		);
		list.hidden = found.length === 0;
	};

	/** Pagefind's list shows the current query once its message names it and its first result has loaded. */
	const settle = () => {
		const value = input.value.trim();
		const message = (root.querySelector('.pagefind-ui__message')?.textContent ?? '').trim().replace(/[”"'.…]+$/, '');
		const results = root.querySelector('.pagefind-ui__results');
		const first = results?.querySelector('.pagefind-ui__result');
		const ready =
			!value ||
			(results !== null &&
				message.endsWith(value) &&
				(!first || first.querySelector('.pagefind-ui__result-link') !== null));
		root.toggleAttribute(STALE, !ready);
	};

	// On the root in the capture phase, so every key is seen even while Pagefind's UI is held back until
	// the user pauses (search-pause.ts).
	root.addEventListener(
		'input',
		(event) => {
			if (event.target !== input) return;
			showBest();
			root.toggleAttribute(STALE, true);
			settle();
		},
		{ capture: true },
	);
	new MutationObserver(settle).observe(root, { childList: true, subtree: true, characterData: true });
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		const target =
			list.querySelector<HTMLAnchorElement>('a') ??
			(root.hasAttribute(STALE) ? null : root.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link'));
		if (target) location.assign(target.href);
	});
	showBest();
	settle();
}
