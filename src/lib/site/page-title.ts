/**
 * The text of a page's <title>. Starlight writes its head entries as raw
 * HTML, so the title must be escaped before it gets there (a title holding
 * "</title><script>" would otherwise end the element and run script). The home
 * page, whose title is the site's name, is not titled "Denial Atlas | Denial Atlas".
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtmlText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The <title> content (escaped HTML) for a page title on a site. */
export function titleHtml(pageTitle: string, siteTitle: string, delimiter = '|'): string {
	const text = pageTitle.trim() === siteTitle.trim() ? siteTitle : `${pageTitle} ${delimiter} ${siteTitle}`;
	return escapeHtmlText(text);
}
