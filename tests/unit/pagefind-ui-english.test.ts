/** The search UI is bundled with its English strings only (src/integrations/pagefind-ui-english.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishOnly } from '../../src/integrations/pagefind-ui-english.ts';
import { ROOT } from '../helpers/site.ts';

const UI = readFileSync(join(ROOT, 'node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'), 'utf8');

describe('englishOnly', () => {
	const out = englishOnly(UI);
	it('keeps the English strings and the code around them', () => {
		expect(out).toContain('// ../translations/en.json');
		expect(out).toContain('placeholder: "Search"');
		expect(out).toContain('var modules = [en_exports];');
		expect(out).toContain('var filenames = ["../../translations/en.json"];');
		expect(out).toContain('var PagefindUI = class');
		expect(out.length).toBeLessThan(UI.length * 0.7);
	});
	it('drops every other language', () => {
		for (const lang of ['af', 'de', 'fr', 'ja', 'zh-tw', 'zh'])
			expect(out).not.toContain(`// ../translations/${lang}.json`);
		expect(out).not.toMatch(/\b(af|de|zh_tw)_exports\b/);
	});
	it('fails with the file named when the markers change', () => {
		expect(() => englishOnly(UI.replace('// ../translations/en.json', ''), 'ui-core.mjs')).toThrow(
			/ui-core\.mjs: the markers of Pagefind UI's translation block changed/,
		);
		expect(() => englishOnly('export const x = 1;', 'ui-core.mjs')).toThrow(/ui-core\.mjs/);
	});
});
