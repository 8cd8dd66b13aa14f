import { describe, expect, it } from 'vitest';
import {
	applyDates,
	buildCodeList,
	diffCodeLists,
	factsFromRow,
	serializeCodeList,
} from '../../src/lib/facts/code-list-facts.ts';
import { validityOn } from '../../src/lib/facts/validity.ts';
import { parseCsv } from '../../src/lib/facts/csv.ts';
import { CODE_LISTS } from '../../src/lib/facts/facts.ts';
import { publishedEntries } from '../helpers/site.ts';

const meta = {
	source: 'test',
	sourceUrl: 'https://x12.org/codes/claim-adjustment-reason-codes',
	listDate: '2026-08-17',
};

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and CRLF', () => {
		expect(
			parseCsv('code,status,description\r\n16,current,"Lacks info, see ""remark"""\r\n1,current,Deductible\n'),
		).toEqual([
			['code', 'status', 'description'],
			['16', 'current', 'Lacks info, see "remark"'],
			['1', 'current', 'Deductible'],
		]);
	});
	it('fails on an unterminated quote', () => {
		expect(() => parseCsv('a,"b\n')).toThrow(/closing "/);
	});
});

describe('facts from the official text', () => {
	it('reads group-code limits, remark requirements and policy references as flags', () => {
		expect(
			factsFromRow('carc', 'current', 'Duplicate. (Use only with Group Code OA except where rules require CO)'),
		).toEqual({ status: 'current', onlyGroups: ['OA', 'CO'] });
		expect(
			factsFromRow(
				'carc',
				'current',
				'Lacks info. At least one Remark Code must be provided. Refer to the 835 Healthcare Policy Identification Segment (loop 2110)',
			),
		).toEqual({ status: 'current', remarkRequired: true, policyReference: true });
		expect(factsFromRow('rarc', 'current', 'Alert: informational only.')).toEqual({ status: 'current', alert: true });
	});
	it('rejects an unknown status with the row', () => {
		expect(() => buildCodeList('carc', 'code,status,description\n16,retired,x\n', meta)).toThrow(
			/row 2 \(code 16\): status "retired"/,
		);
	});
	it('never keeps description text', () => {
		const list = buildCodeList('carc', 'code,status,description\n16,current,SECRET WORDING\n', meta);
		expect(serializeCodeList(list)).not.toContain('SECRET');
	});
});

describe('diffCodeLists', () => {
	it('reports added, deactivated, removed and changed codes', () => {
		const before = buildCodeList('carc', 'code,status,description\n1,current,a\n2,current,b\n3,current,c\n', meta);
		const after = buildCodeList(
			'carc',
			'code,status,description\n1,current,a. Use only with Group Code PR\n2,deactivated,b\n4,current,d\n',
			meta,
		);
		const diff = diffCodeLists(before, after);
		expect(diff).toMatchObject({ added: ['4'], removed: ['3'], deactivated: ['2'], reactivated: [] });
		expect(diff.changed.map((c) => c.code)).toEqual(['1']);
	});
});

describe('the project’s own code lists', () => {
	it('hold every CARC and RARC with the expected counts', () => {
		const count = (set: 'carc' | 'rarc', status: string) =>
			Object.values(CODE_LISTS[set]!.codes).filter((f) => f.status === status).length;
		expect([count('carc', 'current'), count('carc', 'deactivated')]).toEqual([297, 110]);
		expect([count('rarc', 'current'), count('rarc', 'deactivated')]).toEqual([1137, 79]);
		expect(Object.values(CODE_LISTS.rarc!.codes).filter((f) => f.alert).length).toBe(193);
	});
	it('know the usage rules the catalogue relies on', () => {
		expect(CODE_LISTS.carc!.codes['18']!.onlyGroups).toContain('OA');
		expect(CODE_LISTS.carc!.codes['16']!.remarkRequired).toBe(true);
		expect(CODE_LISTS.carc!.codes['45']!.onlyGroups).toEqual(['PR', 'CO']);
	});
});

describe('the catalogue is complete', () => {
	// The home page and the README promise every code on the official lists: a sync that adds codes
	// fails here, naming them, until their entries are written (npm run new-code -- <set> <code>).
	const published = publishedEntries();
	it.each(['carc', 'rarc'] as const)('every %s code on the official list has a published entry', (set) => {
		const have = new Set(published.filter((e) => e.set === set).map((e) => e.code));
		const missing = Object.keys(CODE_LISTS[set]!.codes).filter((code) => !have.has(code));
		expect(missing, `codes without a published entry: npm run new-code -- ${set} <code>`).toEqual([]);
	});
});

describe('code history facts', () => {
	const list = buildCodeList(
		'carc',
		'code,status,description\n1,current,x\n28,deactivated,x\n26,current,x\n27,current,x\n',
		{ source: 's', sourceUrl: 'u', listDate: '2026-08-17' },
	);
	it('adds dates and successors, with the other set prefixed', () => {
		const dated = applyDates(
			list,
			'code,start,last_modified,stop,replacements\n1,1995-01-01,2020-03-01,,\n28,1995-01-01,,2003-10-16,26;27;RARC:N54\n',
		);
		expect(dated.codes['1']).toEqual({ status: 'current', start: '1995-01-01', lastModified: '2020-03-01' });
		expect(dated.codes['28']).toEqual({
			status: 'deactivated',
			start: '1995-01-01',
			stop: '2003-10-16',
			successors: ['carc:26', 'carc:27', 'rarc:N54'],
		});
		const diff = diffCodeLists(list, dated);
		expect(diff.redated).toEqual(['1', '28']);
		expect(diff.successorsChanged).toEqual(['28']);
		expect(diff.changed).toEqual([]);
	});
	it.each([
		[
			'an impossible date',
			'code,start,last_modified,stop,replacements\n1,1995-02-30,,,\n',
			/row 2 \(code 1\): start "1995-02-30" is not a real date/,
		],
		[
			'a code not in the list',
			'code,start,last_modified,stop,replacements\n99,1995-01-01,,,\n',
			/row 2: 99 is not in the CARC list/,
		],
		[
			'a successor not in the list',
			'code,start,last_modified,stop,replacements\n28,1995-01-01,,2003-10-16,77\n',
			/successor 77 is not in the CARC list/,
		],
	])('refuses %s', (_name, csv, message) => expect(() => applyDates(list, csv)).toThrow(message));
	it('holds a stop date for every deactivated code, a start date for nearly all, and successors that exist', () => {
		for (const [set, file] of Object.entries(CODE_LISTS)) {
			const codes = Object.entries(file!.codes);
			for (const [code, facts] of codes) {
				if (facts.status === 'deactivated') expect(facts.stop, `${set} ${code}`).toBeDefined();
				for (const ref of facts.successors ?? []) {
					const [refSet, refCode] = ref.split(':');
					expect(CODE_LISTS[refSet!]?.codes[refCode!], `${set} ${code} → ${ref}`).toBeDefined();
				}
			}
			expect(codes.filter(([, f]) => f.start).length / codes.length).toBeGreaterThan(0.98);
		}
	});
});

describe('validityOn: the stop date is the first day a code is no longer valid', () => {
	const facts = { start: '2008-01-27', stop: '2014-07-01' };
	it.each([
		['2008-01-26', 'not-yet-valid'],
		['2008-01-27', 'valid'],
		['2014-06-30', 'valid'],
		['2014-07-01', 'no-longer-valid'],
		['2026-12-06', 'no-longer-valid'],
	])('on %s: %s', (date, state) => expect(validityOn(facts, date).state).toBe(state));
	it('cannot say without a start date, but still knows a stopped code', () => {
		expect(validityOn({}, '2026-01-01').state).toBe('unknown');
		expect(validityOn({ stop: '2020-01-01' }, '2026-01-01').state).toBe('no-longer-valid');
	});
	it('refuses a date that is not real', () => expect(() => validityOn(facts, '2026-02-30')).toThrow(/not a real date/));
});
