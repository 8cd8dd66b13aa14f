/** Open Starlight's search dialog with a query already typed. */
export function openSearchWith(query: string): void {
	// Open after the current click finishes bubbling: Starlight closes the dialog on outside clicks.
	setTimeout(() => document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.click(), 0);
	const started = Date.now();
	const fill = () => {
		const input = document.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input');
		if (input) {
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
		} else if (Date.now() - started < 10_000) setTimeout(fill, 50);
	};
	fill();
}
