/**
 * The payer-type choice on a code page. It shows only the route blocks that apply to the chosen payer type, points
 * the rules link at that payer type, and tells the deadline panel and the letter (a `payer-type` event on document,
 * and `data-payer-type` on <html> for parts that load later). Stored only when the reader ticks "Remember".
 */
import { handedPayerType } from './letter-handover.ts';

const KEY = 'denial-atlas:payer-type';

function read(): string {
	try {
		return localStorage.getItem(KEY) ?? '';
	} catch {
		return '';
	}
}

function write(value: string | undefined): void {
	try {
		if (value === undefined) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, value);
	} catch {
		// Storage blocked: the choice still works for this page.
	}
}

export function applyPayerType(id: string): void {
	document.documentElement.dataset.payerType = id;
	// Route blocks: with a payer chosen, its own block replaces the default one; "any payer" shows them all.
	const own = id ? document.querySelectorAll(`[data-route-payer="${CSS.escape(id)}"]`).length > 0 : false;
	for (const block of document.querySelectorAll<HTMLElement>('[data-route-payer]')) {
		const payer = block.dataset.routePayer!;
		block.hidden = id !== '' && (payer === '' ? own : payer !== id);
	}
	const link = document.querySelector<HTMLAnchorElement>('[data-payer-rules]');
	if (link) link.hash = id ? `limits-${id}` : '';
	document.dispatchEvent(new CustomEvent('payer-type', { detail: id }));
}

const root = document.querySelector<HTMLElement>('[data-payer-choice]');
const select = root?.querySelector<HTMLSelectElement>('[data-payer-select]');
const remember = root?.querySelector<HTMLInputElement>('[data-payer-remember]');
if (root && select && remember) {
	const saved = read();
	const has = (id: string) => [...select.options].some((o) => o.value === id);
	if (saved && has(saved)) {
		select.value = saved;
		remember.checked = true;
	}
	// A letter opened from the remittance workbench opens for the payer type chosen there (not stored).
	const handed = handedPayerType(location.pathname);
	if (handed && has(handed)) select.value = handed;
	select.addEventListener('change', () => {
		if (remember.checked) write(select.value);
		applyPayerType(select.value);
	});
	remember.addEventListener('change', () => write(remember.checked ? select.value : undefined));
	root.removeAttribute('data-pending');
	applyPayerType(select.value);
}
