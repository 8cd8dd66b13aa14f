/**
 * The project's public repository, in one place: "Edit this page" links
 * (astro.config.mjs) and contributor docs point here. Set REPOSITORY_URL to
 * build a fork's site with its own links.
 */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/denial-atlas/denial-atlas';

/** The repository URL, without a trailing slash. */
export const REPOSITORY_URL = (globalThis.process?.env?.REPOSITORY_URL || DEFAULT_REPOSITORY_URL).replace(/\/+$/, '');

/** The branch "Edit this page" links open. */
export const EDIT_BRANCH = 'main';

/** Starlight's editLink.baseUrl: the repository's edit URL for the project root. */
export const EDIT_BASE_URL = `${REPOSITORY_URL}/edit/${EDIT_BRANCH}/`;

/** The edit URL of a file, given its path from the project root ("src/content/codes/carc-16.mdx"). */
export function editUrlFor(path: string): string {
	return `${EDIT_BASE_URL}${path.replace(/^\/+/, '')}`;
}
