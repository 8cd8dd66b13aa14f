/** Open Starlight's search dialog with a query already typed. */
export function openSearchWith(query: string): void {
	// Open after the current click finishes bubbling: Starlight closes the dialog on outside clicks.
	setTimeout(() => document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.click(), 0);
	const started = Date.now();
	let settled = 0;
	// The Pagefind UI builds its input, then may reset it once while it starts: fill it, and fill it again if it was
	// emptied, until the query has stayed for two checks in a row (or the user has typed something else).
	const fill = () => {
		if (Date.now() - started > 10_000) return;
		const input = document.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input');
		if (!input) return void setTimeout(fill, 50);
		if (input.value === query) settled++;
		else if (input.value === '') {
			settled = 0;
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
		} else return; // the user typed: leave it
		if (settled < 2) setTimeout(fill, 100);
	};
	fill();
}
