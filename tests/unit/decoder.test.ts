import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRemittance } from '../../src/lib/lookup/decoder.ts';
import { nextStep, ROUTE_IDS, ROUTE_PRIORITY } from '../../src/lib/guidance/routes.ts';
import { CODE_LISTS } from '../../src/lib/facts/facts.ts';
import { decodeInput, MAX_TOKENS } from '../../src/lib/lookup/decoder.ts';
import { readFileSync } from 'node:fs';
import { decoderFacts } from '../helpers/decoder-facts.ts';

const facts = { carc: CODE_LISTS.carc!.codes, rarc: CODE_LISTS.rarc!.codes };
const decode = (text: string) => decodeRemittance(text, facts);
const summary = (text: string) =>
	decode(text).map((l) =>
		l.codes
			.map((c) => `${c.group ? `${c.group}-` : ''}${c.code}${c.amount !== undefined ? `=${c.amount}` : ''}`)
			.join(' '),
	);

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
		expect(line!.problems).toEqual([
			{ token: 'ZZ9', message: expect.stringContaining('not a code Denial Atlas recognises') },
		]);
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
		expect(line!.problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/group code/),
			expect.stringMatching(/Reason code 45: “abc” is not an amount/),
		]);
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
		fc
			.tuple(
				fc.constantFrom(...groups, ...groups.map((g) => g.toLowerCase())),
				fc.constantFrom('-', '', '_'),
				fc.constantFrom(...carcCodes),
			)
			.map((t) => t.join('')),
		fc
			.tuple(fc.constantFrom('N', 'M', 'MA', 'n'), fc.constantFrom(' ', ''), fc.integer({ min: 0, max: 99999 }))
			.map((t) => t.join('')),
		fc.constantFrom('ZZ9', '999', 'N99999', '(16)', '16.', 'CO-', '-', 'MA1', 'B16'),
		fc.string({ maxLength: 8 }).filter((t) => !/[*~]/.test(t)),
	);
	const separator = fc.constantFrom(' ', ', ', ';', '\n', '  ', '\r\n');
	const freeText = fc
		.array(fc.tuple(token, separator), { maxLength: 30 })
		.map((parts) => parts.map(([t, sep]) => t + sep).join(''));
	const norm = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

	it('an amount after a code is that code’s amount, never dropped; a second amount is reported', () => {
		const [line] = decode('CO-45 20.00 1.50');
		expect(line!.codes).toMatchObject([{ code: '45', group: 'CO', amount: 20, token: 'CO-45 20.00' }]);
		expect(line!.problems.map((p) => p.token)).toEqual(['1.50']);
		expect(decode('CO-1 .0')[0]!.codes).toMatchObject([{ code: '1', amount: 0, token: 'CO-1 .0' }]);
	});

	it('every token of free text is either decoded or reported as a problem, on its own line', () => {
		fc.assert(
			fc.property(freeText, (text) => {
				const lines = decode(text);
				// Decoded lines are numbered among the pasted lines that hold something to read, in order.
				let next = 0;
				text.split(/\r?\n/).forEach((lineText, index) => {
					const tokens = lineText
						.split(/[\s,;]+/)
						.map((t) => t.replace(/^[("'[{]+|[)"'\]}.:!?]+$/g, ''))
						.filter(Boolean);
					if (tokens.length === 0) return;
					const decoded = lines[next++];
					expect(decoded, `line ${index + 1}: ${JSON.stringify(lineText)}`).toBeDefined();
					const accounted = [
						...decoded!.codes.map((c) => norm(c.token)),
						...decoded!.problems.map((p) => norm(p.token)),
					];
					for (const t of tokens)
						expect(
							accounted.some((a) => a.includes(norm(t))),
							`token ${JSON.stringify(t)} in ${JSON.stringify(lineText)}`,
						).toBe(true);
				});
				// Only codes on the official lists are ever decoded.
				for (const c of lines.flatMap((l) => l.codes))
					expect(c.set === 'carc' ? facts.carc[c.code] : facts.rarc[c.code], c.code).toBeDefined();
			}),
			{ numRuns: 1000 },
		);
	});

	it('decoding the canonical form of a decode gives the same codes, with no problems', () => {
		fc.assert(
			fc.property(freeText, (text) => {
				const first = decode(text).filter((l) => l.codes.length);
				const canonical = first
					.map((l) => l.codes.map((c) => (c.group ? `${c.group}-${c.code}` : c.code)).join(' '))
					.join('\n');
				const again = decode(canonical);
				const shape = (lines: typeof first) =>
					lines.map((l) => l.codes.map((c) => `${c.set}:${c.group ?? ''}:${c.code}`));
				expect(shape(again)).toEqual(shape(first));
				expect(again.flatMap((l) => l.problems)).toEqual([]);
			}),
			{ numRuns: 1000 },
		);
	});

	it('835 segments: never throws, and every CAS reason is decoded with its amount or reported', () => {
		const cas = fc
			.tuple(
				fc.constantFrom(...groups, 'XX', 'co'),
				fc.array(
					fc.tuple(
						fc.oneof(fc.constantFrom(...carcCodes), fc.constantFrom('999', 'ZZ')),
						fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom('abc', '')),
						fc.constantFrom('1', ''),
					),
					{ minLength: 1, maxLength: 3 },
				),
			)
			.map(([group, triplets]) => `CAS*${group}*${triplets.map((t) => t.join('*')).join('*')}~`);
		const segment = fc.oneof(
			cas,
			fc.constantFrom(
				'SVC*HC:99213*150*90**1~',
				'CLP*T1*1*250*110**12*A~',
				'LQ*HE*N130~',
				'LQ*HE*ZZ~',
				'LQ*RX*12~',
				'DTM*472*20260101~',
			),
			fc.string({ maxLength: 12 }),
		);
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
				const reasons = [...text.matchAll(/(?:^|~)CAS\*(CO|PR|OA|PI|CR)\*([^~]*)/gi)].flatMap((m) =>
					m[2]!
						.split('*')
						.filter((_, i) => i % 3 === 0)
						.filter(Boolean),
				);
				const seen = lines
					.flatMap((l) => [
						...l.codes.map((c) => c.code),
						...l.problems.map((p) => `${p.token} ${p.message}`.toUpperCase()),
					])
					.join(' ');
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
	it('knows every route: each route is the next step when it is the only one, and ranks are distinct', () => {
		for (const route of ROUTE_IDS) expect(nextStep([route])).toBe(route);
		expect([...ROUTE_PRIORITY].sort()).toEqual([...ROUTE_IDS].sort());
	});
});

describe('issue 13: the decoder bugs', () => {
	const full = decoderFacts();
	const withPages = (text: string) => decodeRemittance(text, full);
	const steps = (text: string) =>
		withPages(text).map((l) =>
			l.codes.map((c) => `${c.group ? `${c.group}-` : ''}${c.code}:${c.step ?? '-'}`).join(' '),
		);

	it('CO-204 and PI-204 never say "bill the patient"; PR-204 may', () => {
		expect(steps('CO-204')).toEqual(['CO-204:appeal']);
		expect(steps('PI-204')).toEqual(['PI-204:appeal']);
		expect(steps('PR-204')).toEqual(['PR-204:bill-patient']);
	});
	it('never says "bill the patient" when a remark says the patient may not be billed', () => {
		// N781–N783: a Qualified Medicare Beneficiary's deductible, coinsurance or copayment goes to the next payer.
		expect(steps('PR-1 N781')).toEqual(['PR-1:bill-other-payer N781:-']);
		expect(steps('PR-2 N782')).toEqual(['PR-2:bill-other-payer N782:-']);
		expect(steps('PR-3 N783')).toEqual(['PR-3:bill-other-payer N783:-']);
		// N364: the agreement waives the deductible; N172: not liable for the updated item.
		expect(steps('PR-1 N364')).toEqual(['PR-1:write-off N364:-']);
		expect(steps('PR-96 N172')).toEqual(['PR-96:write-off N172:-']);
		// N842 (the patient cannot be billed) under PR: the remittance contradicts itself.
		expect(steps('PR-1 N842')).toEqual(['PR-1:contact-payer N842:-']);
		const [line] = withPages('PR-1 N781');
		expect(line!.codes[0]!.stepNote).toMatch(/Remark N781 says the patient may not be billed/);
		// Without the remark, PR-1 still bills the patient.
		expect(steps('PR-1')).toEqual(['PR-1:bill-patient']);
	});
	it('PR-1 CO-45 OA-18 N130 gives one next step per adjustment', () => {
		expect(steps('PR-1 CO-45 OA-18 N130')).toEqual(['PR-1:bill-patient CO-45:write-off OA-18:contact-payer N130:-']);
	});
	it('reads MOA remarks on the claim, so 16 has its remark code', () => {
		const lines = withPages('CLP*X*4*100*0**MA*ICN1~MOA***MA01*MA130~CAS*CO*16*100~');
		expect(lines).toHaveLength(1);
		expect(lines[0]!.codes.map((c) => c.code)).toEqual(['16', 'MA01', 'MA130']);
		expect(lines[0]!.codes[0]!.warnings).toEqual([]);
		expect(lines[0]!.codes[0]!.step).toBe('new-claim');
	});
	it('reads MIA05 and MIA20–MIA24 remarks', () => {
		const mia = `MIA*0${'*'.repeat(4)}MA07${'*'.repeat(15)}N54*N290*MA130*N130*MA01~`;
		const r = decodeInput(`CLP*X*4*100*0~${mia}CAS*CO*16*100~`, full).remittance!;
		expect(r.payments[0]!.claims[0]!.remarks.map((m) => m.code)).toEqual([
			'MA07',
			'N54',
			'N290',
			'MA130',
			'N130',
			'MA01',
		]);
	});
	it('LQ after SVC applies to that line only; a claim remark applies to every line', () => {
		const r = decodeInput(
			'CLP*X*4*200*0~MOA***MA130~SVC*HC:99213*100*0~CAS*CO*16*100~LQ*HE*N290~SVC*HC:99214*100*0~CAS*CO*16*100~',
			full,
		);
		expect(r.remittance!.payments[0]!.claims[0]!.lines.map((l) => l.remarks.map((m) => m.code))).toEqual([
			['N290'],
			[],
		]);
		expect(r.rows!.map((x) => [x.service, x.remarks, x.warnings])).toEqual([
			['99213', ['N290', 'MA130'], []],
			['99214', ['MA130'], []],
		]);
	});
	it('free text "CAS CO 45 20" reads 20 as the amount, not as CARC 20', () => {
		const [line] = withPages('CAS CO 45 20');
		expect(line!.codes.map((c) => [c.group, c.code, c.amount])).toEqual([['CO', '45', 20]]);
		expect(withPages('cas co 45 20 1 16 5 LQ HE N290').map((l) => l.codes.map((c) => c.code))).toEqual([
			['45', '16', 'N290'],
		]);
	});
	it('mixed input: CO-16 N290 LQ*HE*MA130~', () => {
		expect(steps('CO-16 N290 LQ*HE*MA130~')).toEqual(['CO-16:new-claim N290:- MA130:-']);
	});
	it('recognises payer codes that have a page (CCM31)', () => {
		const [line] = withPages('CCM31 N290');
		expect(line!.codes.map((c) => [c.set, c.code])).toEqual([
			['payer', 'CCM31'],
			['rarc', 'N290'],
		]);
		expect(line!.problems).toEqual([]);
	});
	it('0x10, 1e3 and Infinity are not amounts; CAS*CO**20 is an error', () => {
		for (const amount of ['0x10', '1e3', 'Infinity']) {
			const lines = withPages(`CLP*A*1*10*0~CAS*CO*45*${amount}~`);
			expect(
				lines
					.flatMap((l) => l.problems)
					.map((p) => p.message)
					.join(' '),
			).toMatch(/is not an amount/);
			expect(lines.flatMap((l) => l.codes)).toEqual([]);
			expect(withPages(`CAS CO 45 ${amount}`)[0]!.problems[0]!.message).toMatch(/is not an amount/);
		}
		expect(
			withPages('CAS*CO**20~')
				.flatMap((l) => l.problems)
				.map((p) => p.message),
		).toEqual([expect.stringMatching(/reason code\) is missing before the amount “20”/)]);
	});
	it('reads the separators an ISA declares (| and ^)', () => {
		const text = readFileSync(new URL('../fixtures/835/pipe-crlf.835', import.meta.url), 'utf8');
		expect(steps(text)).toEqual(['OA-18:contact-payer N522:-', 'CO-18:contact-payer']);
	});
	it('notes what the official rule allows for CO-18, without forbidding it', () => {
		const [line] = withPages('CO-18');
		expect(line!.codes[0]!.warnings).toEqual([]);
		expect(line!.codes[0]!.notes!.join(' ')).toMatch(/OA.*workers' compensation/);
		expect(withPages('OA-18')[0]!.codes[0]!.notes).toBeUndefined();
	});
	it('never cuts input silently or mid-token: words over the limit are reported', () => {
		const text = 'CO-45 '.repeat(MAX_TOKENS + 5);
		const result = decodeInput(text, full);
		const codes = result.lines.flatMap((l) => l.codes);
		expect(codes).toHaveLength(MAX_TOKENS);
		expect(codes.every((c) => c.code === '45')).toBe(true);
		expect(result.notices).toEqual([
			expect.stringMatching(/^The text has 5 more words than the decoder reads at once/),
		]);
		expect(withPages(`${'x'.repeat(250_000)} CO-45`).flatMap((l) => l.codes.map((c) => c.code))).toEqual(['45']);
	});
	it('decodes 200,000-character runs of punctuation (linear-time reading; timed in npm run bench)', () => {
		for (const ch of [')', '.', '(', "'", '"', ']', ':', '-', '*', '~', '(.', ').', 'CO-', ' ', ',', '\n']) {
			const lines = withPages(ch.repeat(Math.ceil(200_000 / ch.length)));
			expect(Array.isArray(lines)).toBe(true);
		}
	});
	it('fuzz: no silent drop — every token is a code or a problem (fast-check)', () => {
		const word = fc.oneof(
			fc.constantFrom('CO-16', 'PR', '1', 'N290', 'MA1', 'ZZ9', 'CCM31', 'co45', 'OA-18', 'X'),
			fc.stringMatching(/^[A-Za-z0-9-]{1,6}$/),
		);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
				const lines = withPages(words.join(' '));
				const read = lines
					.flatMap((l) => [...l.codes.map((c) => c.token), ...l.problems.map((p) => p.token)])
					.join(' ')
					.toUpperCase()
					.replace(/[^A-Z0-9]/g, '');
				// Everything typed appears in a code or a problem (group codes travel with their reason code).
				for (const w of words)
					if (/[A-Za-z0-9]/.test(w) && !/^(CO|PR|OA|PI|CR)$/i.test(w))
						expect(read).toContain(
							w
								.toUpperCase()
								.replace(/[^A-Z0-9]/g, '')
								.replace(/^MA(\d)$/, 'MA$1'),
						);
			}),
			{ numRuns: 500 },
		);
	});
});
