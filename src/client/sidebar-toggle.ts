/**
 * On tool pages (WideLayout), a button hides the site sidebar on wide screens so the tool gets the whole
 * window, and shows it again. Starlight 0.42 has no such control: its sidebar is a popover menu on phones
 * and always shown from 50rem up. Hiding sets `data-sidebar-collapsed` on <html>, which the layout's
 * styles read (wide screens only; phones keep Starlight's menu button). The sidebar leaves the page with
 * `display: none`, so it also leaves the tab order and the accessibility tree. The choice lasts for the
 * page view only.
 */
export function attachSidebarToggle(button: HTMLButtonElement, root: HTMLElement = document.documentElement): void {
	const label = button.querySelector<HTMLElement>('[data-sidebar-toggle-label]') ?? button;
	const show = (shown: boolean) => {
		root.toggleAttribute('data-sidebar-collapsed', !shown);
		button.setAttribute('aria-expanded', String(shown));
		label.textContent = shown ? 'Hide sidebar' : 'Show sidebar';
	};
	button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
	show(true);
	button.disabled = false;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-sidebar-toggle]'))
	attachSidebarToggle(button);
