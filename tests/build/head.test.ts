/** Page titles in the built site: escaped text from one place (src/route-middleware.ts), and no "Denial Atlas | Denial Atlas". */
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtmlText } from '../../src/lib/site/page-title.ts';
import { codePath, displayCode } from '../../src/lib/catalogue/codes.ts';
import { publishedEntries, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);
const titleOf = (path: string) => /<title>([^<]*)<\/title>/.exec(readPage(path))?.[1];

describe('<title>', () => {
	it('the home page is titled "Denial Atlas", once', () => {
		expect(titleOf('/')).toBe('Denial Atlas');
	});
	it('other pages are "<page> | Denial Atlas"', () => {
		expect(titleOf('/codes/')).toBe('All codes | Denial Atlas');
		expect(titleOf('/404.html')).toBe('Page not found | Denial Atlas');
	});
	it('a code page title is escaped text, as the route middleware writes it (an apostrophe becomes &#39;)', () => {
		const entry = publishedEntries().find((e) => e.title.includes("'"))!;
		expect(entry).toBeDefined();
		const path = codePath(entry.set, entry.code);
		expect(titleOf(path)).toBe(
			`${escapeHtmlText(`${displayCode(entry.set, entry.code)}: ${entry.title}`)} | Denial Atlas`,
		);
	});
});
