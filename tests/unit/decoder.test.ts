import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRemittance } from '../../src/lib/lookup/decoder.ts';
import { nextStep, ROUTE_IDS, ROUTE_PRIORITY } from '../../src/lib/guidance/routes.ts';
import { CODE_LISTS } from '../../src/lib/facts/facts.ts';

const facts = { carc: CODE_LISTS.carc!.codes, rarc: CODE_LISTS.rarc!.codes };
const decode = (text: string) => decodeRemittance(text, facts);
const summary = (text: string) => decode(text).map((l) => l.codes.map((c) => `${c.group ? `${c.group}-` : ''}${c.code}${c.amount !== undefined ? `=${c.amount}` : ''}`).join(' '));

describe('free text', () => {
	it.each([
		['CO-16 N290 MA130', ['CO-16 N290 MA130']],
		['PR 1', ['PR-1']],
		['co45, n130', ['CO-45 N130']],
		['CO16; OA 18', ['CO-16 OA-18']],
		['n 130 ma130', ['N130 MA130']],
		['16\nPR-2 PR-3', ['16', 'PR-2 PR-3']],
		['MA1', ['MA01']],
	])('%j → %j', (input, expected) => expect(summary(input)).toEqual(expected));

	it('points at the token it cannot read, and keeps the rest', () => {
		const [line] = decode('CO-16 ZZ9 N290');
		expect(line!.codes.map((c) => c.code)).toEqual(['16', 'N290']);
		expect(line!.problems).toEqual([{ token: 'ZZ9', message: expect.stringContaining('not a code Denial Atlas recognises') }]);
	});

	it('rejects codes missing from the official lists', () => {
		expect(decode('CO-999')[0]!.problems[0]!.message).toMatch(/999 is not in the official list of reason codes/);
		expect(decode('N9999')[0]!.problems[0]!.message).toMatch(/not in the official list of remark codes/);
	});
});

describe('warnings from the official usage rules', () => {
	it('flags 18 with a group the official text rules out', () => {
		expect(decode('PR-18')[0]!.codes[0]!.warnings.join()).toMatch(/only with group OA or CO, not PR/);
		expect(decode('OA-18')[0]!.codes[0]!.warnings).toEqual([]);
	});
	it('flags 16 with no remark code on the line', () => {
		expect(decode('CO-16')[0]!.codes[0]!.warnings.join()).toMatch(/must come with a remark code/);
		expect(decode('CO-16 N290')[0]!.codes[0]!.warnings).toEqual([]);
	});
	it('flags deactivated codes', () => {
		expect(decode('CO-15')[0]!.codes[0]!.warnings.join()).toMatch(/deactivated/);
	});
});

describe('835 segments', () => {
	const era = `CLP*TEST0001*1*250*110**12*ABC123~
SVC*HC:99213*150*90**1~
CAS*CO*45*40*1*16*20*1~
LQ*HE*N290~
SVC*HC:80053*100*20**1~
CAS*PR*1*80~`;
	it('reads CAS triplets with amounts and LQ*HE remarks, per service line', () => {
		const lines = decode(era);
		expect(lines.map((l) => l.label)).toEqual(['Service line 1 (99213)', 'Service line 2 (80053)']);
		expect(summary(era)).toEqual(['CO-45=40 CO-16=20 N290', 'PR-1=80']);
	});
	it('tolerates lower case, missing ~ and extra line breaks', () => {
		expect(summary('cas*co*45*40*1\n\nlq*he*n130')).toEqual(['CO-45=40 N130']);
	});
	it('reports a bad group code and a bad amount against their tokens', () => {
		const [line] = decode('CAS*XX*45*10~CAS*CO*45*abc~');
		expect(line!.problems.map((p) => p.message)).toEqual([expect.stringMatching(/group code/), expect.stringMatching(/“abc” after reason code 45 is not an amount/)]);
	});
});

describe('robustness', () => {
	it('never throws, whatever is pasted (fast-check, 1,000 inputs)', () => {
		const chunk = fc.oneof(fc.string(), fc.constantFrom('CAS*', 'LQ*HE*', '~', '*', 'CO-', 'N', '\n', 'SVC*HC:', 'CLP*', ' ', ','));
		fc.assert(
			fc.property(fc.array(chunk, { maxLength: 40 }), (parts) => {
				const lines = decode(parts.join(''));
				expect(Array.isArray(lines)).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('next step', () => {
	it('takes the most decisive route on the line', () => {
		expect(nextStep(['corrected-claim', 'new-claim'])).toBe('new-claim');
		expect(nextStep(['bill-patient', 'write-off'])).toBe('bill-patient');
		expect(nextStep([undefined, 'appeal'])).toBe('appeal');
		expect(nextStep([undefined])).toBeUndefined();
	});
	it('knows every route: each route is the next step when it is the only one, and ranks are distinct', () => {
		for (const route of ROUTE_IDS) expect(nextStep([route])).toBe(route);
		expect([...ROUTE_PRIORITY].sort()).toEqual([...ROUTE_IDS].sort());
	});
});
