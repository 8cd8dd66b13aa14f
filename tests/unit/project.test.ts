/** The real catalogue and project files: valid, documented and self-contained. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/lib/content-files.ts';
import { renderPlaceholderDoc } from '../../src/lib/placeholder-doc.ts';
import { scaffoldEntry } from '../../src/lib/scaffold.ts';
import { formatProblem, validateEntries } from '../../src/lib/validate.ts';
import { parseEntryFile } from '../../src/lib/content-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the catalogue', () => {
	const files = readEntryFiles(root);
	it('parses and validates with no problems', () => {
		expect(files.filter((f) => f.yamlError).map((f) => `${f.file}: ${f.yamlError}`)).toEqual([]);
		const { problems } = validateEntries(files);
		expect(problems.map(formatProblem)).toEqual([]);
	});
	it('holds CCM31 and the 20 common CARCs', () => {
		const have = new Set(validateEntries(files).entries.filter((e) => !e.entry.draft).map((e) => `${e.entry.set}:${e.entry.code}`));
		const required = ['payer:CCM31', ...[1, 2, 3, 4, 11, 16, 18, 22, 27, 29, 45, 50, 96, 97, 109, 151, 167, 197, 204, 236].map((c) => `carc:${c}`)];
		expect(required.filter((r) => !have.has(r))).toEqual([]);
	});
});

describe('the scaffolder', () => {
	it('writes a draft that validates, with status and usage flags from the facts', () => {
		const { slug, text } = scaffoldEntry('carc', 'CO-16', { today: '2026-11-28' });
		expect(slug).toBe('carc-16');
		expect(text).toContain('status: current');
		expect(text).toContain('remarkCodeRequired: true');
		const parsed = parseEntryFile(`src/content/codes/${slug}.mdx`, text);
		expect(validateEntries([parsed]).problems.map(formatProblem)).toEqual([]);
	});
	it('scaffolds a deactivated code as deactivated', () => {
		expect(scaffoldEntry('carc', '15', { today: '2026-11-28' }).text).toContain('status: deactivated');
	});
	it('refuses a published scaffold: every TODO is reported', () => {
		const { slug, text } = scaffoldEntry('rarc', 'n130', { today: '2026-11-28' });
		const parsed = parseEntryFile(`src/content/codes/${slug}.mdx`, text.replace('draft: true\n', ''));
		expect(validateEntries([parsed]).problems.some((p) => p.field === 'title' && /TODO/.test(p.message))).toBe(true);
	});
	it('refuses unknown codes and sets', () => {
		expect(() => scaffoldEntry('carc', '999', { today: '2026-11-28' })).toThrow(/not in src\/data\/code-lists\/carc.json/);
		expect(() => scaffoldEntry('hipaa', '1', { today: '2026-11-28' })).toThrow(/unknown code set/);
	});
});

describe('project files', () => {
	it('docs/placeholders.md matches the registry (npm run docs:placeholders)', () => {
		expect(readFileSync(join(root, 'docs/placeholders.md'), 'utf8')).toBe(renderPlaceholderDoc());
	});
	it('never reach outside the project for shared reference files', () => {
		const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
			.split('\n')
			.filter((f) => f && !f.endsWith('.md') && !f.startsWith('tests/unit/project.test.ts') && !f.endsWith('package-lock.json'));
		const pattern = ['..', 'shared'].join('/');
		const offenders = tracked.filter((f) => {
			try {
				return readFileSync(join(root, f), 'utf8').includes(pattern);
			} catch {
				return false;
			}
		});
		expect(offenders).toEqual([]);
	});
});
