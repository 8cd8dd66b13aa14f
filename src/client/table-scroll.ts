/**
 * Tables in a wide layout scroll inside their own box instead of widening the
 * page: a focusable region (so keyboard users can scroll it) named after the
 * table's caption or the heading before it. Tables a script adds later (the
 * decoder's results) are wrapped as they appear. Server-rendered tables can
 * carry the same markup themselves (see DeadlineTable.astro).
 */
const HEADING = 'h2, h3, h4, h5, h6';

function tableName(table: HTMLTableElement, root: Element): string {
	const caption = table.caption?.textContent?.trim();
	if (caption) return caption;
	for (let el: Element | null = table; el && el !== root; el = el.parentElement) {
		for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
			const heading = s.matches(HEADING) ? s : s.querySelector(`:scope > :is(${HEADING})`);
			if (heading?.textContent?.trim()) return heading.textContent.trim();
		}
	}
	return 'Table';
}

export function wrapTable(table: HTMLTableElement, root: Element = document.body): void {
	if (table.parentElement?.classList.contains('table-scroll')) return;
	const box = document.createElement('div');
	box.className = 'table-scroll';
	box.tabIndex = 0;
	box.setAttribute('role', 'region');
	box.setAttribute('aria-label', tableName(table, root));
	table.before(box);
	box.append(table);
}

for (const root of document.querySelectorAll('[data-wide-layout]')) {
	const wrapAll = () => root.querySelectorAll('table').forEach((t) => wrapTable(t, root));
	wrapAll();
	new MutationObserver(wrapAll).observe(root, { childList: true, subtree: true });
}
