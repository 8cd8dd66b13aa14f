/**
 * Pagefind searches when the user pauses, not on every key (src/components/Search.astro).
 *
 * Pagefind's UI preloads the index chunks for every prefix typed ("t", "ti", "tim" …) and a one- or
 * two-letter prefix spans several chunks of about 24 KB each, most of which the final query never
 * needs. So the UI's own debounce is off (it searches at once when told to) and the input events
 * reach it only after a pause: a short one once every word is three characters or more, a longer one
 * while a word is still one or two characters (the query is probably not finished, and those prefixes
 * are the costly ones). Words are counted the way Pagefind will see them: after our rewriting of the
 * query (search-terms.ts) and without punctuation ("CO-" is "co", two characters).
 *
 * Once every word has three characters or more, each key also preloads what the query typed so far
 * needs (its index chunks, fetched and read into Pagefind): a longer prefix of a word lies in the same
 * chunk, so the search that follows the pause finds them in hand. Measured with the search bench, side
 * by side, medians of 7: a phrase typed at 30 ms a key showed its first result after 144 ms instead of 225 ms.
 */

/** Pause after the last key before Pagefind searches, when every word has three characters or more. */
export const PAUSE_MS = 50;
/** Pause while a word has one or two characters. */
export const SHORT_WORD_PAUSE_MS = 250;

/** How long to wait after the last key before Pagefind searches `value` (0: at once, for an empty box). */
export function pauseFor(value: string, processTerm: (term: string) => string): number {
	if (!value.trim()) return 0;
	const words = processTerm(value)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.split(/\s+/)
		.filter(Boolean);
	return words.length > 0 && words.every((w) => [...w].length >= 3) ? PAUSE_MS : SHORT_WORD_PAUSE_MS;
}

/**
 * What to preload for `value` as it is typed: the query as Pagefind will see it once every word has three
 * characters or more, else nothing (a one- or two-character prefix would fetch chunks the query never needs).
 */
export function preloadTermFor(value: string, processTerm: (term: string) => string): string | undefined {
	return value.trim() && pauseFor(value, processTerm) === PAUSE_MS ? processTerm(value).trim() : undefined;
}

/**
 * Hold back the input events of `input` from Pagefind's UI until the user pauses. Listeners on `root`
 * in the capture phase that were added before this one still see every key (the best-match row).
 * `preload` is given each new query worth preloading (preloadTermFor) as it is typed.
 */
export function searchOnPause(
	root: HTMLElement,
	input: HTMLInputElement,
	processTerm: (term: string) => string,
	preload?: (term: string) => void,
): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let passing = false;
	let preloaded: string | undefined;
	// Capture phase on an ancestor: stopping the event here keeps it from the input's own listeners.
	root.addEventListener(
		'input',
		(event) => {
			if (event.target !== input || passing) return;
			event.stopPropagation();
			clearTimeout(timer);
			// Every word has three characters or more: fetch what this query needs now, while the user types.
			const term = preload && preloadTermFor(input.value, processTerm);
			if (term && term !== preloaded) {
				preloaded = term;
				preload?.(term);
			}
			timer = setTimeout(
				() => {
					passing = true;
					try {
						input.dispatchEvent(new Event('input', { bubbles: true }));
					} finally {
						passing = false;
					}
				},
				pauseFor(input.value, processTerm),
			);
		},
		{ capture: true },
	);
}
