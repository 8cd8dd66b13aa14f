/** The real catalogue and project files: valid, documented and self-contained. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPlaceholderDoc } from '../../scripts/lib/placeholder-doc.ts';
import { scaffoldEntry } from '../../scripts/lib/scaffold.ts';
import { sectionsFor } from '../../src/lib/catalogue/sections.ts';
import {
	CLAIM_FIELD_IDS,
	CMS_1500_SOURCE,
	UB_04_SOURCE,
	claimFieldSources,
	describeLocation,
	getClaimField,
} from '../../src/lib/catalogue/claim-fields.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { catalogue, publishedEntries } from '../helpers/site.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import { parseEntryFile } from '../../src/lib/validation/content-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the catalogue', () => {
	it('parses and validates with no problems', () => {
		expect(catalogue().yamlErrors).toEqual([]);
		expect(catalogue().problems).toEqual([]);
	});
	it('holds CCM31 and the 20 common CARCs', () => {
		const have = new Set(publishedEntries().map((e) => `${e.set}:${e.code}`));
		const required = [
			'payer:CCM31',
			...[1, 2, 3, 4, 11, 16, 18, 22, 27, 29, 45, 50, 96, 97, 109, 151, 167, 197, 204, 236].map((c) => `carc:${c}`),
		];
		expect(required.filter((r) => !have.has(r))).toEqual([]);
	});
});

describe('the scaffolder', () => {
	it('writes a draft that validates, with status and usage flags from the facts', () => {
		const { slug, text } = scaffoldEntry('carc', 'CO-16', { today: '2026-11-28' });
		expect(slug).toBe('carc-16');
		expect(text).toContain('status: current');
		// Whether a remark code is required is a fact of the code list, never written in the entry.
		expect(text).not.toContain('remarkCodeRequired');
		expect(text).toContain('requires a remark code');
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
		expect(() => scaffoldEntry('carc', '999', { today: '2026-11-28' })).toThrow(
			/not in src\/data\/code-lists\/carc.json/,
		);
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
			.filter(
				(f) =>
					f && !f.endsWith('.md') && !f.startsWith('tests/unit/project.test.ts') && !f.endsWith('package-lock.json'),
			);
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

describe('remark-code pages', () => {
	const base = { causes: [] as string[], prevention: [] as string[], status: 'current' };
	it('show what to check for a remark that calls for action, and no empty causes or prevention', () => {
		const ids = sectionsFor({
			...base,
			set: 'rarc',
			code: 'N290',
			checks: ['Check the rendering NPI against the note.'],
			resolution: { routes: ['corrected-claim'] },
		}).map((s) => s.id);
		expect(ids).toEqual(['explanation', 'what-to-check', 'resolution', 'appeal-letter', 'related', 'sources']);
	});
	it('leave the letter section off an Alert, which has nothing to appeal', () => {
		const ids = sectionsFor({ ...base, set: 'rarc', code: 'M4', resolution: { routes: ['informational'] } }).map(
			(s) => s.id,
		);
		expect(ids).toEqual(['explanation', 'resolution', 'related', 'sources']);
	});
	it('keep every section of a reason code, whose anchors trainers already link to', () => {
		const ids = sectionsFor({
			set: 'carc',
			code: '16',
			status: 'current',
			causes: ['a'],
			prevention: ['b'],
			resolution: { routes: ['informational'] },
		}).map((s) => s.id);
		expect(ids).toContain('group-codes');
		expect(ids).toContain('appeal-letter');
		expect(ids).not.toContain('what-to-check');
	});
	it('scaffold an Alert without causes, checks or reason codes, and other remarks with checks', () => {
		const alert = scaffoldEntry('rarc', 'M4', { today: '2026-11-28' }).text;
		expect(alert).toContain('routes: [informational]');
		expect(alert).not.toMatch(/^(causes|checks|reasonCodes):/m);
		const remark = scaffoldEntry('rarc', 'N290', { today: '2026-11-28' }).text;
		expect(remark).toMatch(/^checks:/m);
		expect(remark).toMatch(/^reasonCodes:/m);
	});
});

describe('claim-field registry', () => {
	it('names a CMS-1500 item or UB-04 form locator for every field, and cites the manual for each form used', () => {
		for (const id of CLAIM_FIELD_IDS) expect(describeLocation(getClaimField(id)!).length, id).toBeGreaterThan(0);
		expect(describeLocation(getClaimField('rendering-npi')!)).toEqual(['CMS-1500 item 24J']);
		expect(claimFieldSources(['rendering-npi']).map((s) => s.url)).toEqual([CMS_1500_SOURCE.url]);
		expect(claimFieldSources(['diagnosis', 'type-of-bill']).map((s) => s.url)).toEqual([
			CMS_1500_SOURCE.url,
			UB_04_SOURCE.url,
		]);
		expect(claimFieldSources([])).toEqual([]);
	});
});
