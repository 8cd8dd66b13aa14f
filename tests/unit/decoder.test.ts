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
		expect(line!.problems.map((p) => p.message)).toEqual([expect.stringMatching(/group code/), expect.stringMatching(/Reason code 45: “abc” is not an amount/)]);
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

describe('issue 13: the decoder bugs', () => {
	const full = decoderFacts();
	const withPages = (text: string) => decodeRemittance(text, full);
	const steps = (text: string) => withPages(text).map((l) => l.codes.map((c) => `${c.group ? `${c.group}-` : ''}${c.code}:${c.step ?? '-'}`).join(' '));

	it('CO-204 and PI-204 never say "bill the patient"; PR-204 may', () => {
		expect(steps('CO-204')).toEqual(['CO-204:appeal']);
		expect(steps('PI-204')).toEqual(['PI-204:appeal']);
		expect(steps('PR-204')).toEqual(['PR-204:bill-patient']);
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
		expect(r.payments[0]!.claims[0]!.remarks.map((m) => m.code)).toEqual(['MA07', 'N54', 'N290', 'MA130', 'N130', 'MA01']);
	});
	it('LQ after SVC applies to that line only; a claim remark applies to every line', () => {
		const r = decodeInput('CLP*X*4*200*0~MOA***MA130~SVC*HC:99213*100*0~CAS*CO*16*100~LQ*HE*N290~SVC*HC:99214*100*0~CAS*CO*16*100~', full);
		expect(r.remittance!.payments[0]!.claims[0]!.lines.map((l) => l.remarks.map((m) => m.code))).toEqual([['N290'], []]);
		expect(r.rows!.map((x) => [x.service, x.remarks, x.warnings])).toEqual([
			['99213', ['N290', 'MA130'], []],
			['99214', ['MA130'], []],
		]);
	});
	it('free text "CAS CO 45 20" reads 20 as the amount, not as CARC 20', () => {
		const [line] = withPages('CAS CO 45 20');
		expect(line!.codes.map((c) => [c.group, c.code, c.amount])).toEqual([['CO', '45', 20]]);
		expect(withPages('cas co 45 20 1 16 5 LQ HE N290').map((l) => l.codes.map((c) => c.code))).toEqual([['45', '16', 'N290']]);
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
			expect(lines.flatMap((l) => l.problems).map((p) => p.message).join(' ')).toMatch(/is not an amount/);
			expect(lines.flatMap((l) => l.codes)).toEqual([]);
			expect(withPages(`CAS CO 45 ${amount}`)[0]!.problems[0]!.message).toMatch(/is not an amount/);
		}
		expect(withPages('CAS*CO**20~').flatMap((l) => l.problems).map((p) => p.message)).toEqual([expect.stringMatching(/reason code\) is missing before the amount “20”/)]);
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
		expect(result.notices).toEqual([expect.stringMatching(/^The text has 5 more words than the decoder reads at once/)]);
		expect(withPages(`${'x'.repeat(250_000)} CO-45`).flatMap((l) => l.codes.map((c) => c.code))).toEqual(['45']);
	});
	it('decodes 200,000-character runs of punctuation (linear-time reading; timed in npm run bench)', () => {
		for (const ch of [')', '.', '(', "'", '"', ']', ':', '-', '*', '~', '(.', ').', 'CO-', ' ', ',', '\n']) {
			const lines = withPages(ch.repeat(Math.ceil(200_000 / ch.length)));
			expect(Array.isArray(lines)).toBe(true);
		}
	});
	it('fuzz: no silent drop — every token is a code or a problem (fast-check)', () => {
		const word = fc.oneof(fc.constantFrom('CO-16', 'PR', '1', 'N290', 'MA1', 'ZZ9', 'CCM31', 'co45', 'OA-18', 'X'), fc.stringMatching(/^[A-Za-z0-9-]{1,6}$/));
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
				const lines = withPages(words.join(' '));
				const read = lines.flatMap((l) => [...l.codes.map((c) => c.token), ...l.problems.map((p) => p.token)]).join(' ').toUpperCase().replace(/[^A-Z0-9]/g, '');
				// Everything typed appears in a code or a problem (group codes travel with their reason code).
				for (const w of words) if (/[A-Za-z0-9]/.test(w) && !/^(CO|PR|OA|PI|CR)$/i.test(w)) expect(read).toContain(w.toUpperCase().replace(/[^A-Z0-9]/g, '').replace(/^MA(\d)$/, 'MA$1'));
			}),
			{ numRuns: 500 },
		);
	});
});
