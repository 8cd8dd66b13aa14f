/** The 835 reader, the balancing checks, the next step per adjustment and the worklist. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjustmentStep } from '../../src/lib/lookup/adjustment-step.ts';
import { groupAllows } from '../../src/lib/guidance/group-codes.ts';
import { centsOf, parseCents } from '../../src/lib/lookup/x12/numbers.ts';
import { readRemittance, type Remittance } from '../../src/lib/lookup/x12/remittance.ts';
import {
	csvCell,
	deadlineText,
	indexTotals,
	letterFields,
	totals,
	worklist,
	worklistCsv,
	worklistIndex,
	worklistRows,
} from '../../src/lib/lookup/workbench.ts';
import { STOP_DATE_RULE } from '../../src/lib/facts/validity.ts';
import { generate835 } from '../fixtures/835/generate.ts';
import { decoderFacts } from '../helpers/decoder-facts.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/835/${name}`, import.meta.url), 'utf8');
const facts = decoderFacts();
const routesOf = (key: string) => facts.pages[key]?.routes;

/** Every segment is used, skipped (counted) or reported unread; free text is handed back. */
function accounted(r: Remittance): number {
	return r.used + r.unread + r.text.length + Object.values(r.skipped).reduce((a, b) => a + b, 0);
}

describe('next step per adjustment (one rule, one table)', () => {
	it.each([
		// group, reason, remarks, expected route
		['CO', '204', [], 'appeal'],
		['PI', '204', [], 'appeal'],
		['PR', '204', [], 'bill-patient'],
		['PR', '1', [], 'bill-patient'],
		['CO', '1', [], 'contact-payer'],
		['PI', '1', [], 'contact-payer'],
		['CO', '45', [], 'write-off'],
		['OA', '18', [], 'contact-payer'],
		['CO', '16', ['MA130'], 'new-claim'],
		['CO', '16', ['N290'], 'corrected-claim'],
		['CO', '16', ['MA01', 'MA130'], 'new-claim'],
		['CO', '16', ['N290', 'MA130'], 'new-claim'],
		['CO', '16', [], 'new-claim'],
		['CO', '45', ['N130'], 'write-off'],
		['PR', '1', ['N130'], 'bill-patient'],
	])('%s-%s with %j → %s', (group, reason, remarks, expected) => {
		const step = adjustmentStep({
			group,
			routes: routesOf(`carc:${reason}`),
			remarkRoutes: remarks.map((m) => routesOf(`rarc:${m}`)),
		});
		expect(step?.route).toBe(expected);
	});
	it('CO and PI never bill the patient; PR and OA may', () => {
		expect(groupAllows('CO', 'bill-patient')).toBe(false);
		expect(groupAllows('PI', 'bill-patient')).toBe(false);
		expect(groupAllows('PR', 'bill-patient')).toBe(true);
		expect(groupAllows('OA', 'bill-patient')).toBe(true);
		fc.assert(
			fc.property(
				fc.constantFrom('CO', 'PI', 'co', 'pi'),
				fc.shuffledSubarray(['bill-patient', 'appeal', 'write-off', 'corrected-claim', 'contact-payer'], {
					minLength: 1,
				}),
				(group, routes) => {
					expect(adjustmentStep({ group, routes })?.route).not.toBe('bill-patient');
				},
			),
		);
	});
	it('says why when the group changed the code’s own first route', () => {
		expect(adjustmentStep({ group: 'CO', routes: ['bill-patient', 'appeal'] })).toEqual({
			route: 'appeal',
			note: expect.stringMatching(/rules out billing the patient/),
		});
	});
	it('never bills the patient when a remark on the line says the patient may not be billed', () => {
		const bar = { code: 'N781', routes: ['bill-other-payer', 'write-off'] };
		// The reason code's only route is billing the patient: the remark's own route instead, and why.
		expect(adjustmentStep({ group: 'PR', routes: ['bill-patient'], patientBar: bar })).toEqual({
			route: 'bill-other-payer',
			note: expect.stringMatching(/Remark N781 says the patient may not be billed/),
		});
		// The reason code's next route when it has one.
		expect(adjustmentStep({ group: 'PR', routes: ['bill-patient', 'contact-payer'], patientBar: bar })).toEqual({
			route: 'contact-payer',
			note: expect.stringMatching(/Remark N781/),
		});
		// A remark with no route of its own to offer: ask the payer.
		expect(
			adjustmentStep({ group: 'PR', routes: ['bill-patient'], patientBar: { code: 'N842', routes: ['informational'] } })
				?.route,
		).toBe('contact-payer');
		fc.assert(
			fc.property(
				fc.constantFrom('CO', 'PR', 'OA', 'PI', 'CR', ''),
				fc.array(fc.constantFrom('bill-patient', 'appeal', 'write-off', 'corrected-claim', 'informational'), {
					minLength: 1,
				}),
				fc.array(fc.constantFrom('bill-patient', 'bill-other-payer', 'write-off', 'informational')),
				(group, routes, barRoutes) => {
					const step = adjustmentStep({ group, routes, patientBar: { code: 'N781', routes: barRoutes } });
					expect(step?.route).not.toBe('bill-patient');
				},
			),
		);
	});
	it('has no step for a code without a page', () =>
		expect(adjustmentStep({ group: 'CO', routes: undefined })).toBeUndefined());
});

describe('strict amounts (X12 R type, integer cents)', () => {
	it.each(['0x10', '1e3', 'Infinity', '-Infinity', 'NaN', '+5', ' 5', '1,000', '', '.', '-', '1.2.3', '12.345'])(
		'%j is refused',
		(text) => expect(parseCents(text).ok).toBe(false),
	);
	it.each([
		['125.5', 12550],
		['-40', -4000],
		['.5', 50],
		['7.', 700],
		['0.10', 10],
		['12.3400', 1234],
	])('%j → %d cents', (text, cents) => expect(parseCents(text)).toEqual({ ok: true, value: cents }));
	it('0.1 + 0.2 is exactly 30 cents', () => expect(parseCents('0.1').ok && parseCents('0.2').ok && 10 + 20).toBe(30));
	it('the reader’s one-pass amount reader agrees with the R-type rule on 20,000 random strings', () => {
		// The rule as written in the 835 guide: optional minus, digits, optional point; at most two decimal places
		// that are not zeros. A slow, obviously right version of it.
		const reference = (text: string): number => {
			if (text.length > 40 || !/^-?(?:\d+\.?\d*|\.\d+)$/.test(text)) return Number.NaN;
			const negative = text.startsWith('-');
			const [whole = '', frac = ''] = (negative ? text.slice(1) : text).split('.');
			if (/[1-9]/.test(frac.slice(2))) return Number.NaN;
			const cents = Number(whole || '0') * 100 + Number((frac + '00').slice(0, 2));
			if (!Number.isSafeInteger(cents)) return Number.NaN;
			return negative ? -cents : cents;
		};
		const alphabet = '-0123456789..0 e+x';
		let seed = 7;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		for (let i = 0; i < 20_000; i++) {
			const length = Math.floor(random() * (i % 50 === 0 ? 45 : 9));
			let text = '';
			for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
			expect(
				Object.is(centsOf(text), reference(text)) || (Number.isNaN(centsOf(text)) && Number.isNaN(reference(text))),
				text,
			).toBe(true);
			expect(parseCents(text).ok, text).toBe(!Number.isNaN(reference(text)));
		}
	});
});

describe('two-payers.835', () => {
	const r = readRemittance(fixture('two-payers.835'));
	const [acme, medicare] = r.payments;
	const claim = (account: string, status?: string) =>
		r.payments.flatMap((p) => p.claims).find((c) => c.account === account && (!status || c.status === status))!;

	it('reads both transactions with payment, method, trace, date, payer and payee', () => {
		expect(r.payments).toHaveLength(2);
		expect(acme).toMatchObject({
			amount: 30715,
			method: 'ACH',
			methodText: 'electronic funds transfer (ACH)',
			trace: 'EFT0001234',
			paymentDate: '2026-01-05',
			productionDate: '2026-01-04',
			date: '2026-01-05',
			payer: 'ACME HEALTH PLAN',
			payee: 'SUNRISE CLINIC',
			payeeId: '1234567893',
		});
		expect(medicare).toMatchObject({
			amount: 67550,
			method: 'CHK',
			methodText: 'check',
			trace: 'CHK50077',
			payer: 'REGIONAL MEDICARE CONTRACTOR',
		});
		expect(r.notRemittance).toBeUndefined();
		expect(r.problems).toEqual([]);
	});
	it('accounts for every segment', () => {
		expect(accounted(r)).toBe(r.segments);
		expect(r.segments).toBe(72);
		expect(r.skipped).toEqual({ N3: 1, N4: 1, PER: 1, LX: 2, AMT: 1 });
	});
	it('reads the claim: status in words, amounts, payer claim number, patient, lines with modifiers, units and dates', () => {
		const c = claim('SUN1001');
		expect(c).toMatchObject({
			status: '1',
			statusText: 'processed as primary',
			charge: 25000,
			paid: 15000,
			patientShare: 2000,
			payerClaimNumber: 'ACM2601001',
			patient: 'DOE, JANE',
			memberId: 'XJ123456789',
			dates: ['2025-12-01'],
		});
		expect(c.lines.map((l) => [l.procedure, l.modifiers, l.charge, l.paid, l.units, l.dates])).toEqual([
			['99213', [], 15000, 10000, 1, ['2025-12-01']],
			['80053', ['QW'], 10000, 5000, 1, ['2025-12-01']],
		]);
		expect(c.lines[0]!.adjustments.map((a) => `${a.group}-${a.reason}=${a.amount}`)).toEqual([
			'CO-45=3000',
			'PR-3=2000',
		]);
	});
	it('reads MOA remarks as claim level and LQ after SVC as line level', () => {
		const c = claim('SUN1002');
		expect(c.statusText).toBe('denied');
		expect(c.remarks.map((m) => `${m.from}:${m.code}`)).toEqual(['MOA:MA01', 'MOA:MA130']);
		expect(c.lines[0]!.remarks.map((m) => m.code)).toEqual(['N290']);
	});
	it('reads MIA05 remarks and claim-level CAS', () => {
		const c = claim('SUN1005');
		expect(c.remarks.map((m) => `${m.from}:${m.code}`)).toEqual(['MIA:MA07']);
		expect(c.adjustments.map((a) => `${a.group}-${a.reason}=${a.amount}`)).toEqual(['CO-45=40000']);
		expect(c.dates).toEqual(['2025-11-01', '2025-11-03']);
	});
	it('reads a reversal with negative amounts and a crossover claim', () => {
		const rev = claim('SUN0990', '22');
		expect(rev).toMatchObject({
			reversal: true,
			statusText: 'reversal of a previous payment',
			charge: -20000,
			paid: -16000,
		});
		expect(rev.lines[0]!.adjustments[0]!.amount).toBe(-4000);
		expect(rev.lines[0]!.units).toBe(-1);
		const cross = claim('SUN1004');
		expect(cross).toMatchObject({
			forwarded: true,
			forwardedTo: 'STATE MEDICAID PROGRAM',
			statusText: 'processed as primary and forwarded to another payer',
			filing: 'MB',
		});
	});
	it('reads PLB provider adjustments with the reason in words', () => {
		expect(acme!.providerAdjustments.map((p) => [p.reason, p.reference, p.amount, p.reasonText])).toEqual([
			['WO', 'ACM2511777', 3500, expect.stringMatching(/overpayment recovery/)],
			['L6', 'ACM2601001', -215, expect.stringMatching(/interest/)],
		]);
	});
	it('balances every line, every claim and each payment (BPR02 = claim payments − PLB)', () => {
		// 7 lines, 7 claims and 2 payments checked; none fails.
		expect(r.payments.reduce((n, p) => n + p.checked, 0)).toBe(7 + 7 + 2);
		expect(r.payments.flatMap((p) => p.checks)).toEqual([]);
	});
});

describe('balancing mismatches name the segment', () => {
	const head = 'ST*835*1~BPR*I*100*C*CHK************20260105~N1*PR*TEST PAYER~';
	it('line: charge − adjustments ≠ paid', () => {
		const r = readRemittance(`${head}CLP*A1*1*100*100**12*X~SVC*HC:99213*100*90**1~CAS*CO*45*5~SE*1*1~`);
		const bad = r.payments[0]!.checks;
		expect(bad.map((c) => [c.level, c.segment])).toEqual([
			['line', 5],
			['claim', 4],
		]);
		expect(bad[0]!.detail).toBe('charge $100.00 − adjustments $5.00 = $95.00; paid $90.00');
	});
	it('payment: BPR02 ≠ claim payments − PLB', () => {
		const r = readRemittance(`${head}CLP*A1*1*100*100**12*X~PLB*1*20261231*WO:R1*1~SE*1*1~`);
		const bad = r.payments[0]!.checks;
		expect(bad.map((c) => [c.level, c.segment, c.expected, c.actual])).toEqual([['payment', 1, 9900, 10000]]);
	});
	it('uses exact cents: 0.10 + 0.20 adjustments balance 0.30', () => {
		const r = readRemittance(`ST*835*1~BPR*I*0*C*NON~CLP*A1*1*.3*0**12*X~CAS*CO*45*0.10*1*45*0.20~SE*1*1~`);
		expect(r.payments[0]!.checks).toEqual([]);
	});
});

describe('separators, envelopes and line endings', () => {
	it('reads | and ^ separators with CRLF, in two ISA envelopes', () => {
		const r = readRemittance(fixture('pipe-crlf.835'));
		expect(r.payments.map((p) => p.trace)).toEqual(['PM0000202', 'PM0000203']);
		const [a, b] = r.payments.map((p) => p.claims[0]!);
		expect(a!.lines[0]).toMatchObject({ procedure: '99212', modifiers: ['25'], dates: ['2025-12-20'] });
		expect(a!.lines[0]!.remarks.map((m) => m.code)).toEqual(['N522']);
		expect(b!.lines[0]!.adjustments[0]).toMatchObject({ group: 'CO', reason: '18', amount: 6000 });
		expect(r.problems).toEqual([]);
		expect(accounted(r)).toBe(r.segments);
	});
	it('reads the same file with \\r, \\n, \\r\\n or no line breaks', () => {
		const base = fixture('two-payers.835').replace(/\n/g, '');
		const sums = ['', '\n', '\r\n', '\r'].map((nl) =>
			readRemittance(base.replace(/~/g, `~${nl}`)).payments.map((p) => p.claims.length),
		);
		for (const s of sums) expect(s).toEqual([5, 2]);
	});
	it('reads an ISA that declares a line break as the segment terminator', () => {
		const isa =
			'ISA^00^          ^00^          ^ZZ^A              ^ZZ^B              ^260105^1200^U^00401^000000001^0^P^>\n';
		const r = readRemittance(
			`${isa}ST^835^1\nBPR^I^10^C^CHK\nCLP^A1^1^10^10^^12^X\nSVC^HC>99213>59^10^10^^1\nSE^4^1\nIEA^1^1\n`,
		);
		expect(r.payments[0]!.claims[0]!.lines[0]).toMatchObject({ procedure: '99213', modifiers: ['59'] });
		expect(r.payments[0]!.checks).toEqual([]);
	});
});

describe('code values named like built-in object properties', () => {
	it('are shown as codes, and the result can still be sent from the worker to the page', () => {
		const r = readRemittance(
			'ST*835*1~BPR*I*10*C*constructor~N1*PR*X~CLP*A1*toString*10*10**12*X~PLB*1*20261231*valueOf:R1*0~SE*1*1~',
		);
		const p = r.payments[0]!;
		expect(p.methodText).toBe('method constructor');
		expect(p.claims[0]!.statusText).toBe('status code toString (not one the workbench knows)');
		expect(p.providerAdjustments[0]!.reasonText).toBe('reason code VALUEOF (not one the workbench knows)');
		// A function anywhere in the result made the worker's postMessage fail, and the whole file with it.
		expect(() => structuredClone(r)).not.toThrow();
	});
});

describe('files that are not 835 remittances say what they are', () => {
	it.each([
		['%PDF-1.7\n...', /PDF/],
		['PK\u0003\u0004zipdata', /zip/],
		[
			'ISA*00*          *00*          *ZZ*A              *ZZ*B              *260105*1200*^*00501*000000001*0*P*:~GS*HC*A*B*20260105*1200*1*X*005010X222A1~ST*837*0001~BHT*0019*00*1*20260105*1200*CH~SE*3*0001~',
			/837 health care claim/,
		],
		['ST*277*1~BHT*0010*08~SE*2*1~', /277 claim status/],
		['ST*999*1~AK1*HC*1~SE*2*1~', /999 implementation acknowledgment/],
	])('%#', (text, message) => {
		const r = readRemittance(text);
		expect(r.notRemittance).toMatch(message);
		expect(r.payments.flatMap((p) => p.claims)).toEqual([]);
	});
});

describe('errors are reported, never silent', () => {
	it('CAS*CO**20 is an error', () => {
		const r = readRemittance('CLP*A*1*20*0~CAS*CO**20~');
		expect(r.problems).toEqual([
			{ segment: 2, id: 'CAS', message: expect.stringMatching(/reason code\) is missing before the amount “20”/) },
		]);
	});
	it.each(['0x10', '1e3', 'Infinity'])('CAS amount %j is an error, not a number', (amount) => {
		const r = readRemittance(`CLP*A*1*20*0~CAS*CO*45*${amount}~`);
		expect(r.problems[0]!.message).toMatch(/is not an amount/);
		expect(r.payments[0]!.claims[0]!.adjustments).toEqual([]);
	});
	it('an unknown segment in an enveloped file is reported as unread', () => {
		const r = readRemittance(fixture('two-payers.835').replace('LX*1~', 'ZZZ*1~'));
		expect(r.unread).toBe(1);
		expect(r.problems[0]).toMatchObject({ id: 'ZZZ', message: expect.stringMatching(/not read/) });
	});
	it('reads all six CAS triplets and reports a seventh', () => {
		const six = Array.from({ length: 6 }, (_, i) => `${[45, 16, 97, 4, 5, 6][i]}*${i + 1}*1`).join('*');
		const r = readRemittance(`CLP*A*1*21*0~CAS*CO*${six}~CAS*CO*${six}*7*7*1~`);
		const adj = r.payments[0]!.claims[0]!.adjustments;
		expect(adj).toHaveLength(12);
		expect(adj.slice(0, 6).map((a) => a.amount)).toEqual([100, 200, 300, 400, 500, 600]);
		expect(r.problems).toEqual([{ segment: 3, id: 'CAS', message: expect.stringMatching(/only six/) }]);
	});
	it('fuzz: random and hostile input never throws and every segment is accounted for (fast-check)', () => {
		const piece = fc.oneof(
			fc.string({ maxLength: 12 }),
			fc.constantFrom(
				'ISA*00*',
				'ISA|00|',
				'~',
				'*',
				'|',
				':',
				'^',
				'\r\n',
				'\n',
				'CAS*CO*',
				'CAS*',
				'CLP*A*4*',
				'SVC*HC:',
				'LQ*HE*',
				'MOA***',
				'MIA*',
				'PLB*1*20261231*WO:',
				'BPR*I*',
				'ST*835*1',
				'SE*',
				'IEA*',
				'0x10',
				'1e3',
				'-',
				'.',
				'%PDF',
				'PK',
			),
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
				const r = readRemittance(parts.join(''));
				expect(accounted(r)).toBe(r.segments);
			}),
			{ numRuns: 1500 },
		);
	});
	it('a 200,000-character run of punctuation is read in one linear pass', () => {
		for (const ch of ['*', '~', ':', '^', '|', '-', ' ', '*~']) {
			const r = readRemittance(ch.repeat(200_000 / ch.length));
			expect(accounted(r)).toBe(r.segments);
		}
	});
});

describe('the worklist', () => {
	const r = readRemittance(fixture('two-payers.835'));
	const rows = worklist(r, facts);
	const row = (account: string, code: string) =>
		rows.find((x) => x.account === account && `${x.group}-${x.reason}` === code)!;

	it('has one row per adjustment, each with its own next step, depending on the group code', () => {
		expect(rows).toHaveLength(11);
		expect(row('SUN1003', 'PR-1').route).toBe('bill-patient');
		expect(row('SUN1003', 'CO-204').route).toBe('appeal');
		// CARC 204 has its own route for a CO adjustment (resolution.byGroup.CO): the step is that route, not a fallback.
		expect(row('SUN1003', 'CO-204').stepNote).toBeUndefined();
		expect(row('SUN1001', 'CO-45').route).toBe('write-off');
		expect(row('SUN1001', 'CO-45').action).toBe(false);
	});
	it('applies claim remarks (MOA) to the line: 16 has its remark, and MA130 makes it a new claim', () => {
		const r16 = row('SUN1002', 'CO-16');
		expect(r16.remarks).toEqual(['N290', 'MA01', 'MA130']);
		expect(r16.warnings).toEqual([]);
		expect(r16.route).toBe('new-claim');
		const only = worklist(readRemittance('CLP*X*4*100*0**MA*ICN1~MOA***MA01*MA130~CAS*CO*16*100~'), facts);
		expect(only.map((x) => [x.reason, x.remarks, x.route, x.warnings])).toEqual([
			['16', ['MA01', 'MA130'], 'new-claim', []],
		]);
	});
	it('carries claim, patient, service, billed amount, deadline and code page', () => {
		expect(row('SUN1003', 'CO-204')).toMatchObject({
			payer: 'ACME HEALTH PLAN',
			payerClaimNumber: 'ACM2601003',
			patient: 'POE, ANN',
			service: '97110-GP',
			serviceDates: ['2025-12-05'],
			billed: 30000,
			amount: 2000,
			deadline: 'Check the payer’s limit',
			href: '/codes/carc-204/',
		});
		expect(row('SUN0990', 'CO-45')).toMatchObject({
			amount: -4000,
			action: false,
			step: expect.stringMatching(/^Reversal/),
		});
	});
	it('counts a Medicare appeal deadline from the remittance date (42 CFR 405.942), and none for any payer', () => {
		expect(deadlineText('appeal', 'medicare-ab', '2026-01-05')).toBe(
			'2026-05-10 (Redetermination (Medicare Administrative Contractor), 42 CFR 405.942, counted from the remittance date 2026-01-05)',
		);
		expect(deadlineText('appeal', '', '2026-01-05')).toBe('Check the payer’s limit');
		expect(deadlineText('bill-patient', 'medicare-ab', '2026-01-05')).toBe('');
	});
	it('flags a code used after its stop date, stating the rule', () => {
		const w = worklist(
			readRemittance('ST*835*1~BPR*I*0*C*NON************20260105~CLP*A*1*10*0~CAS*CO*15*10~SE*1*1~'),
			facts,
		);
		expect(w[0]!.warnings.join(' ')).toContain(`used after its stop date (2018-05-01)`);
		expect(w[0]!.warnings.join(' ')).toContain(STOP_DATE_RULE);
	});
	it('notes the official group rule of CO-18 and warns about PR-18', () => {
		const w = worklist(readRemittance(fixture('pipe-crlf.835')), facts);
		const co18 = w.find((x) => x.group === 'CO' && x.reason === '18')!;
		expect(co18.notes.join(' ')).toMatch(/workers' compensation/);
		expect(co18.warnings).toEqual([]);
		const oa18 = w.find((x) => x.group === 'OA' && x.reason === '18')!;
		expect(oa18.notes).toEqual([]);
		const pr18 = worklist(readRemittance('CLP*A*1*10*0~CAS*PR*18*10~'), facts)[0]!;
		expect(pr18.warnings.join(' ')).toMatch(/only with group OA or CO, not PR/);
	});
	it('totals by group, reason, remark and payer, in cents', () => {
		const t = totals(r, rows);
		expect(t.byGroup.find((g) => g.key === 'CO')).toEqual({
			key: 'CO',
			count: 8,
			amount: 3000 + 5000 + 10000 + 2000 - 4000 + 3000 + 2450 + 40000,
		});
		expect(t.byReason.find((g) => g.key === 'PR-1')).toEqual({ key: 'PR-1', count: 1, amount: 10000 });
		expect(t.byRemark.find((g) => g.key === 'MA130')).toEqual({ key: 'MA130', count: 1, amount: 10000 });
		expect(t.byPayer.map((p) => [p.payer, p.claims, p.billed, p.paid, p.providerAdjustments])).toEqual([
			['ACME HEALTH PLAN', 5, 65000, 34000, 3285],
			['REGIONAL MEDICARE CONTRACTOR', 2, 112000, 67550, 0],
		]);
	});
	it('exports CSV (RFC 4180) that is safe from formula injection', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-5')).toBe("'-5");
		expect(csvCell('@SUM')).toBe("'@SUM");
		expect(csvCell('DOE, JANE')).toBe('"DOE, JANE"');
		const csv = worklistCsv(rows.filter((x) => x.action));
		expect(csv.split('\r\n')[0]).toBe(
			'Payer,Payer type,Claim,Payer claim number,Patient,Claim status,Service,Dates of service,Billed,Group-reason,Remarks,Amount,Next step,Deadline,Code page,Warnings',
		);
		expect(csv).toContain(
			'ACME HEALTH PLAN,Any payer,SUN1003,ACM2601003,"POE, ANN",processed as primary,97110-GP,2025-12-05,300.00,CO-204,,20.00,',
		);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
	it('fills the letter fields from the claim, and from the adjustment when it is given', () => {
		const p = r.payments[0]!;
		const c = p.claims[2]!;
		expect(
			letterFields(p, c, c.lines[0], { group: 'CO', reason: '204', remarks: ['N130'], amount: 2000 }),
		).toMatchObject({
			remittanceDate: p.date,
			remittanceCodes: 'CO-204 N130',
			amountInDispute: '20.00',
		});
		expect(letterFields(p, c, c.lines[0])).toEqual({
			claimNumber: 'ACM2601003',
			patientName: 'ANN POE',
			memberId: 'XJ555000111',
			payerName: 'ACME HEALTH PLAN',
			dateOfService: '2025-12-05',
			procedureCode: '97110',
			billedAmount: '300.00',
			remittanceDate: p.date,
		});
	});
});

describe('a generated large file', () => {
	it('reads a 2 MB generated 835 with every check balanced and every segment accounted for', () => {
		const g = generate835(2_000_000);
		const r = readRemittance(g.text);
		expect(r.payments.flatMap((p) => p.claims)).toHaveLength(g.claims);
		expect(r.payments).toHaveLength(g.transactions);
		expect(r.problems).toEqual([]);
		expect(r.payments.flatMap((p) => p.checks)).toEqual([]);
		expect(accounted(r)).toBe(r.segments);
	});
});

describe('the worklist index (rows built only when shown) and the first result of a large file', () => {
	const inputs: [string, string][] = [
		['two-payers.835', fixture('two-payers.835')],
		['pipe-crlf.835', fixture('pipe-crlf.835')],
		['a generated file', generate835(300_000).text],
		['an excerpt', 'CLP*X*4*100*0**MA*ICN1~MOA***MA01*MA130~CAS*CO*16*100~CAS*PR*1*0~LQ*HE*N290~'],
	];
	it.each(inputs)('%s: one entry per adjustment, rows and totals the same as built row by row', (_name, text) => {
		const r = readRemittance(text);
		const index = worklistIndex(r, facts);
		const adjustments = r.payments.reduce(
			(n, p) =>
				n +
				p.claims.reduce((m, c) => m + c.adjustments.length + c.lines.reduce((k, l) => k + l.adjustments.length, 0), 0),
			0,
		);
		expect(index.size).toBe(adjustments);
		const rows = worklist(r, facts);
		expect(rows).toHaveLength(adjustments);
		expect([...worklistRows(r, index, { actions: true })]).toEqual(rows.filter((x) => x.action));
		expect(index.actions).toHaveLength(rows.filter((x) => x.action).length);
		expect([...worklistRows(r, index, { offset: 2, count: 3 })]).toEqual(rows.slice(2, 5));
		expect([...worklistRows(r, index, { offset: rows.length + 5, count: 3 })]).toEqual([]);
		expect(indexTotals(r, index)).toEqual(totals(r, rows));
	});
	it('a row’s lists are its own: changing one row leaves the others and the next build alone', () => {
		const r = readRemittance(fixture('two-payers.835'));
		const index = worklistIndex(r, facts);
		const [a, b] = [...worklistRows(r, index)];
		a!.remarks.push('X');
		a!.warnings.push('X');
		expect(b!.remarks).not.toContain('X');
		expect([...worklistRows(r, index)][0]!.warnings).not.toContain('X');
	});
	it('shows what is read after the first megabyte once, without the claim being read and without changing the result', () => {
		const g = generate835(1_150_000);
		const calls: { claims: unknown[]; snapshot: string; checks: number }[] = [];
		const r = readRemittance(g.text, {
			onPartial: (partial) => {
				const claims = partial.payments.flatMap((p) => p.claims);
				calls.push({
					claims,
					snapshot: JSON.stringify(claims),
					checks: partial.payments.reduce((n, p) => n + p.checks.length + p.checked, 0),
				});
			},
		});
		expect(calls).toHaveLength(1);
		const all = r.payments.flatMap((p) => p.claims);
		const first = calls[0]!;
		expect(first.claims.length).toBeGreaterThan(0);
		expect(first.claims.length).toBeLessThan(all.length);
		// A prefix of the final claims, each already complete when shown (nothing was added to it afterwards).
		expect(first.claims.every((c, i) => c === all[i])).toBe(true);
		expect(first.snapshot).toBe(JSON.stringify(all.slice(0, first.claims.length)));
		expect(first.checks).toBe(0);
		expect(JSON.stringify(r)).toBe(JSON.stringify(readRemittance(g.text)));
	}, 60_000);
	it('does not call back for a file shorter than where the first result is taken', () => {
		let called = 0;
		readRemittance(fixture('two-payers.835'), { onPartial: () => called++ });
		readRemittance(generate835(1_150_000).text, { onPartial: () => called++, partialAt: 4_000_000 });
		expect(called).toBe(0);
	}, 60_000);
});
