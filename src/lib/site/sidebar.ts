/**
 * The site's sidebar, in Starlight's format, kept here rather than in
 * astro.config.mjs so the pre-publish check and the tests can read it: a guide
 * in src/content/docs/guides that no sidebar link reaches is an orphan.
 *
 * The sidebar lists sets and index pages, never every code: a per-code sidebar
 * would make every page carry the whole catalogue.
 */
export interface SidebarLink {
	label: string;
	link: string;
}
export interface SidebarGroup {
	label: string;
	items: SidebarItem[];
}
export type SidebarItem = SidebarLink | SidebarGroup;

export const SIDEBAR: SidebarItem[] = [
	{ label: 'Home', link: '/' },
	{
		label: 'Code sets',
		items: [
			{ label: 'All codes', link: '/codes/' },
			{ label: 'Reason codes (CARC)', link: '/codes/carc/' },
			{ label: 'Remark codes (RARC)', link: '/codes/rarc/' },
			{ label: 'Payer-specific codes', link: '/codes/payer/' },
		],
	},
	{ label: 'Remittance decoder', link: '/decode/' },
	{ label: 'What changed', link: '/changes/' },
	{
		label: 'Guides',
		items: [
			{ label: 'Group codes', link: '/guides/group-codes/' },
			{ label: 'Reason and remark codes', link: '/guides/carc-and-rarc/' },
			{ label: 'Which route fixes it', link: '/guides/resolution-routes/' },
			{ label: 'Appeal deadlines', link: '/guides/appeal-deadlines/' },
			{ label: 'Reading an ERA (835)', link: '/guides/reading-an-835/' },
			{ label: 'Payer-specific codes', link: '/guides/payer-specific-codes/' },
		],
	},
	{
		label: 'About',
		items: [{ label: 'About Denial Atlas', link: '/about/' }],
	},
];

/** Every link in a sidebar, depth first. */
export function sidebarLinks(items: readonly SidebarItem[] = SIDEBAR): string[] {
	return items.flatMap((item) => ('link' in item ? [item.link] : sidebarLinks(item.items)));
}

/**
 * The guides no sidebar link reaches. `guideFiles` are file names in
 * src/content/docs/guides ("group-codes.mdx"); a guide is published at
 * /guides/<name>/.
 */
export function orphanGuides(guideFiles: readonly string[], items: readonly SidebarItem[] = SIDEBAR): string[] {
	const linked = new Set(sidebarLinks(items));
	return guideFiles.filter((f) => /\.mdx?$/.test(f) && !linked.has(`/guides/${f.replace(/\.mdx?$/, '')}/`));
}
