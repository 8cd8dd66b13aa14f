/** The workbench's payer type per payer: the guess from CLP06, the re-judged next step and the deadline per payer type. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addYears, isoDate } from '../../src/lib/guidance/deadlines.ts';
import { PAYER_TYPES } from '../../src/lib/guidance/payer-types.ts';
import {
	FILING_INDICATORS,
	guessPayerType,
	payerKey,
	payerTypesFor,
	remittancePayers,
} from '../../src/lib/lookup/payer-guess.ts';
import {
	deadlineText,
	indexTotals,
	worklistCsv,
	worklistIndex,
	worklistRows,
	type WorklistRow,
} from '../../src/lib/lookup/workbench.ts';
import { readRemittance } from '../../src/lib/lookup/x12/remittance.ts';
import { parseCsvRecords } from '../../src/lib/facts/csv.ts';
import { decoderFacts } from '../helpers/decoder-facts.ts';

const facts = decoderFacts();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/835/${name}`, import.meta.url), 'utf8');
const SUMMIT = 'SBP01|SUMMIT BENEFIT PLAN';
const LAKESIDE = 'LMA02|LAKESIDE MEDICARE ADMINISTRATOR';

/** One claim of one payer with the given CLP06, carrying the given adjustment, dated 2026-01-12. */
const remit = (filing: string, cas: string, payer = 'SOME PAYER*XV*P1') =>
	readRemittance(
		`ST*835*1~BPR*I*0*C*NON************20260112~N1*PR*${payer}~CLP*A1*4*100*0**${filing}*PCN1~SVC*HC:99213*100*0**1~CAS*${cas}*100~SE*7*1~`,
	);
const rowsOf = (text: ReturnType<typeof readRemittance>, payerTypes?: Record<string, string>) => {
	const r = text;
	return [...worklistRows(r, worklistIndex(r, facts, payerTypes ? { payerTypes } : {}))];
};
const by = (rows: WorklistRow[], account: string, code: string) =>
	rows.find((x) => x.account === account && `${x.group}-${x.reason}` === code)!;

describe('the payer-type guess from the claim filing indicator (CLP06)', () => {
	it.each([
		['MA', 'medicare-ab'],
		['MB', 'medicare-ab'],
		['MC', 'medicaid'],
		['16', 'medicare-advantage'],
		['WC', 'workers-comp'],
		['AM', 'auto-liability'],
		['LM', 'auto-liability'],
	])('%s names %s', (code, type) => {
		expect(guessPayerType([code]).guess).toBe(type);
		expect(guessPayerType([code]).why).toContain(`(CLP06) ${code} (`);
	});
	it('leaves private plans at "any payer" and says the 835 cannot tell an employer plan from another commercial plan', () => {
		for (const code of ['12', '13', '14', '15', 'HM']) {
			const g = guessPayerType([code]);
			expect(g.guess).toBe('');
			expect(g.why).toMatch(/employer plan \(ERISA\) or another commercial plan/);
		}
	});
	it('makes no guess for programs without a payer type, values not on the 835 list, mixed or missing indicators', () => {
		expect(guessPayerType(['CH'])).toEqual({ guess: '', why: expect.stringMatching(/no payer type with rules/) });
		expect(guessPayerType(['CI']).guess).toBe('');
		expect(guessPayerType(['CI']).why).toContain('not a value of the 835’s list');
		expect(guessPayerType(['MB', '12'])).toEqual({
			guess: '',
			why: expect.stringMatching(/MB \(Medicare Part B\) and 12 .*do not all point to one payer type/),
		});
		expect(guessPayerType(['MA', 'MB']).guess).toBe('medicare-ab');
		expect(guessPayerType(['']).why).toMatch(/no claim filing indicator/);
	});
	it('reads a value named like a built-in object property ("toString", "constructor") as not on the list', () => {
		for (const code of ['toString', 'constructor', '__proto__']) {
			expect(guessPayerType([code]).guess, code).toBe('');
			expect(guessPayerType([code]).why, code).toContain(`“${code}” (not a value of the 835’s list)`);
		}
	});
	it('only names payer types of the registry', () => {
		const ids = PAYER_TYPES.map((t) => t.id as string);
		for (const f of Object.values(FILING_INDICATORS)) if (f.payerType) expect(ids).toContain(f.payerType);
	});
	it('lists each payer of a remittance once (name and payer ID from N1*PR), with its claims and guess', () => {
		const r = readRemittance(fixture('payer-types.835'));
		expect(remittancePayers(r).map((p) => [p.key, p.name, p.id, p.claims, p.guess])).toEqual([
			[SUMMIT, 'SUMMIT BENEFIT PLAN', 'SBP01', 2, ''],
			[LAKESIDE, 'LAKESIDE MEDICARE ADMINISTRATOR', 'LMA02', 2, 'medicare-ab'],
		]);
		expect(payerKey(r.payments[1]!)).toBe(LAKESIDE);
		// The two-payer fixture: ACME's claims are PPO claims (12); the Medicare contractor's are MB and MA.
		const two = remittancePayers(readRemittance(fixture('two-payers.835')));
		expect(two.map((p) => [p.name, p.guess])).toEqual([
			['ACME HEALTH PLAN', ''],
			['REGIONAL MEDICARE CONTRACTOR', 'medicare-ab'],
		]);
	});
	it('takes a chosen type over the guess, "any payer" included, and ignores a value that is not a payer type', () => {
		const payers = remittancePayers(readRemittance(fixture('payer-types.835')));
		expect(payerTypesFor(payers)).toEqual({ [SUMMIT]: '', [LAKESIDE]: 'medicare-ab' });
		expect(payerTypesFor(payers, { [SUMMIT]: 'erisa', [LAKESIDE]: '' })).toEqual({ [SUMMIT]: 'erisa', [LAKESIDE]: '' });
		expect(payerTypesFor(payers, { [SUMMIT]: 'medicare', [LAKESIDE]: 7 })).toEqual({
			[SUMMIT]: '',
			[LAKESIDE]: 'medicare-ab',
		});
	});
});

describe('the next step follows the payer type', () => {
	it('CO-11 is a corrected claim for any payer and a reopening for Medicare (the code’s byPayer route)', () => {
		expect(facts.pages['carc:11']?.byPayer?.['medicare-ab']?.[0]).toBe('reopening');
		const any = rowsOf(remit('12', 'CO*11'))[0]!;
		const medicare = rowsOf(remit('MB', 'CO*11'))[0]!;
		expect([any.payerType, any.route, any.stepNote]).toEqual(['', 'corrected-claim', undefined]);
		expect([medicare.payerType, medicare.route]).toEqual(['medicare-ab', 'reopening']);
		expect(medicare.stepNote).toBe(
			'The code’s own route for Medicare Parts A and B (fee-for-service); its page says why.',
		);
		// The same file, with the Medicare payer set to "any payer" by the user: back to the default route.
		expect(rowsOf(remit('MB', 'CO*11'), { 'P1|SOME PAYER': '' })[0]!.route).toBe('corrected-claim');
	});
	it('PR-247 goes to the patient for any payer and to another payer under Medicare', () => {
		expect(rowsOf(remit('12', 'PR*247'))[0]!.route).toBe('bill-patient');
		expect(rowsOf(remit('12', 'PR*247'), { 'P1|SOME PAYER': 'medicare-ab' })[0]!.route).toBe('bill-other-payer');
	});
	it('PR-1 with the QMB remark N781 on the line goes to the next payer, never to the patient, for every payer type', () => {
		const withRemark = (filing: string) =>
			readRemittance(
				`ST*835*1~BPR*I*0*C*NON************20260112~N1*PR*SOME PAYER*XV*P1~CLP*A1*1*100*0**${filing}*PCN1~SVC*HC:99213*100*0**1~CAS*PR*1*100~LQ*HE*N781~SE*8*1~`,
			);
		expect(rowsOf(remit('12', 'PR*1'))[0]!.route).toBe('bill-patient');
		for (const type of ['', ...PAYER_TYPES.map((t) => t.id)]) {
			const row = rowsOf(withRemark('12'), { 'P1|SOME PAYER': type })[0]!;
			expect(row.route, type || 'any payer').not.toBe('bill-patient');
		}
		const row = rowsOf(withRemark('MB'))[0]!;
		expect([row.payerType, row.route]).toEqual(['medicare-ab', 'bill-other-payer']);
		expect(rowsOf(withRemark('12'))[0]!.stepNote).toMatch(/Remark N781 says the patient may not be billed/);
	});
	it('re-judges only the payer whose type changed: the other payer’s rows stay the same', () => {
		const r = readRemittance(fixture('payer-types.835'));
		const before = rowsOf(r);
		const after = rowsOf(r, { [SUMMIT]: 'medicare-ab' });
		expect(by(before, 'SBP100', 'CO-11').route).toBe('corrected-claim');
		expect(by(after, 'SBP100', 'CO-11').route).toBe('reopening');
		expect(by(before, 'SBP100', 'CO-50').deadline).toBe('Check the payer’s limit');
		expect(by(after, 'SBP100', 'CO-50').deadline).toMatch(/^2026-05-17 \(Redetermination/);
		expect(after.filter((x) => x.account.startsWith('LMA'))).toEqual(before.filter((x) => x.account.startsWith('LMA')));
		// Totals do not depend on the payer type; the count of rows that need action does not either here.
		const index = worklistIndex(r, facts, { payerTypes: { [SUMMIT]: 'medicare-ab' } });
		expect(indexTotals(r, index)).toEqual(indexTotals(r, worklistIndex(r, facts)));
		expect(index.actions).toHaveLength(4);
	});
	it('puts the payer type in the CSV', () => {
		const r = readRemittance(fixture('payer-types.835'));
		const csv = parseCsvRecords(worklistCsv(rowsOf(r, { [SUMMIT]: 'erisa' }).filter((x) => x.action)));
		expect(csv.map((x) => [x.Claim, x['Group-reason'], x['Payer type'], x['Next step']])).toEqual([
			['SBP100', 'CO-11', 'Employer group health plan (ERISA)', 'Corrected claim'],
			['SBP100', 'CO-50', 'Employer group health plan (ERISA)', 'Appeal'],
			[
				'LMA200',
				'CO-11',
				'Medicare Parts A and B (fee-for-service)',
				'Reopening (The code’s own route for Medicare Parts A and B (fee-for-service); its page says why.)',
			],
			['LMA200', 'CO-50', 'Medicare Parts A and B (fee-for-service)', 'Appeal'],
		]);
	});
});

describe('the deadline per payer type, counted from the remittance date', () => {
	const date = '2026-01-12';
	it('counts the first appeal level where the payer type has one rule', () => {
		expect(deadlineText('appeal', 'medicare-ab', date)).toBe(
			'2026-05-17 (Redetermination (Medicare Administrative Contractor), 42 CFR 405.942, counted from the remittance date 2026-01-12)',
		);
		expect(deadlineText('appeal', 'medicare-advantage', date)).toBe(
			'2026-03-18 (Reconsideration by the plan, 42 CFR 422.582, counted from the remittance date 2026-01-12)',
		);
		expect(deadlineText('appeal', 'erisa', date)).toBe(
			'2026-07-11 (Internal appeal to the plan, 29 CFR 2560.503-1(h)(3)(i), counted from the remittance date 2026-01-12)',
		);
	});
	it('says where to check for a payer type whose limits the state or the contract set', () => {
		for (const id of ['medicaid', 'commercial', 'workers-comp', 'auto-liability']) {
			const where = PAYER_TYPES.find((t) => t.id === id)!.whereToCheck!.text;
			expect(deadlineText('appeal', id, date)).toBe(where);
		}
		expect(deadlineText('appeal', '', date)).toBe('Check the payer’s limit');
	});
	it('gives a Medicare reopening 1 year from the initial determination (42 CFR 405.980), not the redetermination limit', () => {
		expect(deadlineText('reopening', 'medicare-ab', date)).toBe(
			'2027-01-12 (reopening, 1 year from the initial determination, 42 CFR 405.980, counted from the remittance date 2026-01-12; 4 years for good cause)',
		);
		expect(deadlineText('reopening', 'medicare-ab', undefined)).toMatch(/^Within 1 year/);
		expect(isoDate(addYears(new Date(Date.UTC(2028, 1, 29)), 1))).toBe('2029-02-28');
	});
	it('leaves routes without a payer-type rule to the payer’s limit, and write-offs and patient bills without one', () => {
		expect(deadlineText('corrected-claim', 'medicare-ab', date)).toBe('Check the payer’s limit');
		expect(deadlineText('write-off', 'erisa', date)).toBe('');
		expect(deadlineText('bill-patient', 'medicaid', date)).toBe('');
	});
});
