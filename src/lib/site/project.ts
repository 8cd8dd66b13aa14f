/**
 * Where the project lives. The one place the repository address is set: the
 * "Report a problem" links on code pages and the "Edit this page" links use it.
 * Override it for a fork with DENIAL_ATLAS_REPOSITORY_URL (build time only).
 */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/denial-atlas/denial-atlas';

/** Read and check a repository address: an https URL without a trailing slash. */
export function repositoryUrlFrom(value: string | undefined): string {
	const raw = (value ?? '').trim() || DEFAULT_REPOSITORY_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`DENIAL_ATLAS_REPOSITORY_URL: "${raw}" is not a URL; expected the repository's https address, such as ${DEFAULT_REPOSITORY_URL}`,
		);
	}
	if (url.protocol !== 'https:') throw new Error(`DENIAL_ATLAS_REPOSITORY_URL: "${raw}" must start with https://`);
	return url.href.replace(/\/+$/, '');
}

export const REPOSITORY_URL = repositoryUrlFrom(globalThis.process?.env?.DENIAL_ATLAS_REPOSITORY_URL);

/**
 * A link that opens a new issue about one code page, its title prefilled with the code and the page's path (GitHub's
 * issues/new form). Kept short: it is on every code page.
 */
export function reportProblemUrl(subject: string, pagePath: string, repository = REPOSITORY_URL): string {
	return `${repository}/issues/new?${new URLSearchParams({ title: `${subject} (${pagePath}): ` })}`;
}

/** The branch "Edit this page" links open. */
export const EDIT_BRANCH = 'main';

/** Starlight's editLink.baseUrl: the repository's edit URL for the project root. */
export const EDIT_BASE_URL = `${REPOSITORY_URL}/edit/${EDIT_BRANCH}/`;

/** The edit URL of a file, given its path from the project root ("src/content/codes/carc-16.mdx"). */
export function editUrlFor(path: string, repository = REPOSITORY_URL): string {
	return `${repository}/edit/${EDIT_BRANCH}/${path.replace(/^\/+/, '')}`;
}
