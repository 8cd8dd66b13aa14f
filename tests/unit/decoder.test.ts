import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRemittance, nextStep } from '../../src/lib/lookup/decoder.ts';
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

describe('robustness (fast-check)', () => {
	const carcCodes = Object.keys(facts.carc).slice(0, 60);
	const rarcCodes = Object.keys(facts.rarc).slice(0, 60);
	const groups = ['CO', 'PR', 'OA', 'PI', 'CR'];
	/** One token as people paste them: codes in their usual spellings, group codes, near-misses and junk. */
	const token = fc.oneof(
		fc.constantFrom(...carcCodes),
		fc.constantFrom(...rarcCodes),
		fc.constantFrom(...groups),
		fc.tuple(fc.constantFrom(...groups, ...groups.map((g) => g.toLowerCase())), fc.constantFrom('-', '', '_'), fc.constantFrom(...carcCodes)).map((t) => t.join('')),
		fc.tuple(fc.constantFrom('N', 'M', 'MA', 'n'), fc.constantFrom(' ', ''), fc.integer({ min: 0, max: 99999 })).map((t) => t.join('')),
		fc.constantFrom('ZZ9', '999', 'N99999', '(16)', '16.', 'CO-', '-', 'MA1', 'B16'),
		fc.string({ maxLength: 8 }).filter((t) => !/[*~]/.test(t)),
	);
	const separator = fc.constantFrom(' ', ', ', ';', '\n', '  ', '\r\n');
	const freeText = fc.array(fc.tuple(token, separator), { maxLength: 30 }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));
	const norm = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

	it('every token of free text is either decoded or reported as a problem, on its own line', () => {
		fc.assert(
			fc.property(freeText, (text) => {
				const lines = decode(text);
				text.split(/\r?\n/).forEach((lineText, index) => {
					const tokens = lineText
						.split(/[\s,;]+/)
						.map((t) => t.replace(/^[("'[]+|[)"'\].:]+$/g, ''))
						.filter(Boolean);
					const decoded = lines.find((l) => l.line === index + 1);
					if (tokens.length === 0) return expect(decoded).toBeUndefined();
					expect(decoded, `line ${index + 1}: ${JSON.stringify(lineText)}`).toBeDefined();
					const accounted = [...decoded!.codes.map((c) => norm(c.token)), ...decoded!.problems.map((p) => norm(p.token))];
					for (const t of tokens) expect(accounted.some((a) => a.includes(norm(t))), `token ${JSON.stringify(t)} in ${JSON.stringify(lineText)}`).toBe(true);
				});
				// Only codes on the official lists are ever decoded.
				for (const c of lines.flatMap((l) => l.codes)) expect(c.set === 'carc' ? facts.carc[c.code] : facts.rarc[c.code], c.code).toBeDefined();
			}),
			{ numRuns: 1000 },
		);
	});

	it('decoding the canonical form of a decode gives the same codes, with no problems', () => {
		fc.assert(
			fc.property(freeText, (text) => {
				const first = decode(text).filter((l) => l.codes.length);
				const canonical = first.map((l) => l.codes.map((c) => (c.group ? `${c.group}-${c.code}` : c.code)).join(' ')).join('\n');
				const again = decode(canonical);
				const shape = (lines: typeof first) => lines.map((l) => l.codes.map((c) => `${c.set}:${c.group ?? ''}:${c.code}`));
				expect(shape(again)).toEqual(shape(first));
				expect(again.flatMap((l) => l.problems)).toEqual([]);
			}),
			{ numRuns: 1000 },
		);
	});

	it('835 segments: never throws, and every CAS reason is decoded with its amount or reported', () => {
		const cas = fc
			.tuple(fc.constantFrom(...groups, 'XX', 'co'), fc.array(fc.tuple(fc.oneof(fc.constantFrom(...carcCodes), fc.constantFrom('999', 'ZZ')), fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom('abc', '')), fc.constantFrom('1', '')), { minLength: 1, maxLength: 3 }))
			.map(([group, triplets]) => `CAS*${group}*${triplets.map((t) => t.join('*')).join('*')}~`);
		const segment = fc.oneof(cas, fc.constantFrom('SVC*HC:99213*150*90**1~', 'CLP*T1*1*250*110**12*A~', 'LQ*HE*N130~', 'LQ*HE*ZZ~', 'LQ*RX*12~', 'DTM*472*20260101~'), fc.string({ maxLength: 12 }));
		fc.assert(
			fc.property(fc.array(segment, { minLength: 1, maxLength: 12 }), (segments) => {
				const text = segments.join('');
				let lines: ReturnType<typeof decode> = [];
				expect(() => (lines = decode(text))).not.toThrow();
				for (const line of lines) {
					expect(line.codes.length + line.problems.length).toBeGreaterThan(0);
					for (const c of line.codes) if (c.amount !== undefined) expect(Number.isFinite(c.amount)).toBe(true);
				}
				if (!/(^|[~\s])(CAS|LQ|CLP|SVC)\*/i.test(text)) return;
				// Each well-formed CAS reason (one whose segment was read as 835) shows up as a code or a problem.
				const reasons = [...text.matchAll(/(?:^|~)CAS\*(CO|PR|OA|PI|CR)\*([^~]*)/gi)].flatMap((m) => m[2]!.split('*').filter((_, i) => i % 3 === 0).filter(Boolean));
				const seen = lines.flatMap((l) => [...l.codes.map((c) => c.code), ...l.problems.map((p) => p.token.toUpperCase())]).join(' ');
				for (const reason of reasons) expect(seen, reason).toContain(reason.toUpperCase());
			}),
			{ numRuns: 500 },
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
});
