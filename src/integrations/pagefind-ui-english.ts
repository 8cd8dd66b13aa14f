/**
 * Pagefind's default UI (@pagefind/default-ui, loaded when search is first opened) bundles its
 * strings in 44 languages, about 10 KB of the 26 KB it weighs gzipped. The site is English only,
 * so this Vite plugin keeps the English strings and drops the rest when the UI is bundled.
 *
 * It edits the package's built file by its markers; if an upgrade changes them, the build fails
 * with a message naming the file rather than shipping the UI unchanged or broken.
 */
import type { Plugin } from 'vite';

const UI_FILE = /@pagefind[\\/]default-ui[\\/]npm_dist[\\/]mjs[\\/]ui-core\.mjs$/;
const FIRST = '// ../translations/af.json';
const ENGLISH = '// ../translations/en.json';
const AFTER = '// import-glob:../../translations/*.json';

/** The UI's source with only the English strings. Throws when the markers it relies on are missing. */
export function englishOnly(source: string, file = 'ui-core.mjs'): string {
	const first = source.indexOf(FIRST);
	const english = source.indexOf(ENGLISH);
	const after = source.indexOf(AFTER);
	const englishEnd = english < 0 ? -1 : source.indexOf('// ../translations/', english + ENGLISH.length);
	const modules = /^var modules = \[[^\]]*\ben_exports\b[^\]]*\];$/m;
	const filenames = /^var filenames = \[[^\]]*"\.\.\/\.\.\/translations\/en\.json"[^\]]*\];$/m;
	if (
		first < 0 ||
		english < first ||
		after < english ||
		englishEnd < 0 ||
		englishEnd > after ||
		!modules.test(source) ||
		!filenames.test(source)
	)
		throw new Error(
			`${file}: the markers of Pagefind UI's translation block changed (src/integrations/pagefind-ui-english.ts); update the plugin for this version of @pagefind/default-ui`,
		);
	return (
		source.slice(0, first) +
		source.slice(english, englishEnd) +
		source
			.slice(after)
			.replace(modules, 'var modules = [en_exports];')
			.replace(filenames, 'var filenames = ["../../translations/en.json"];')
	);
}

export function pagefindUiEnglishOnly(): Plugin {
	return {
		name: 'denial-atlas:pagefind-ui-english-only',
		apply: 'build',
		transform(code, id) {
			if (!UI_FILE.test(id.split('?')[0]!)) return null;
			return { code: englishOnly(code, id), map: null };
		},
	};
}
