import { describe, expect, it } from 'vitest';
import {
	assembleLetter,
	formatDate,
	formatMoney,
	LETTER_SKELETON,
	renderText,
	STANDARD_ATTACHMENT,
	unfilledPlaceholders,
} from '../../src/lib/letter/letter.ts';
import { getPayerLetter } from '../../src/lib/guidance/payer-letters.ts';
import { PLACEHOLDERS, getPlaceholderByToken, suggestToken } from '../../src/lib/letter/placeholders.ts';
import { findUnknownPlaceholders, parseInline } from '../../src/lib/letter/template.ts';

const source = {
	set: 'carc',
	code: '29',
	appeal: {
		argument: [
			'We first sent this claim on [Original Submission Date], for a service on [Date of Service].',
			'The **acceptance report** shows [Payer Name] received it.',
		],
		attachments: ['The clearinghouse acceptance report.'],
	},
};

describe('placeholder registry', () => {
	it('has unique keys and tokens, and an obviously fictitious example for each', () => {
		expect(new Set(PLACEHOLDERS.map((p) => p.key)).size).toBe(PLACEHOLDERS.length);
		expect(new Set(PLACEHOLDERS.map((p) => p.token)).size).toBe(PLACEHOLDERS.length);
		for (const p of PLACEHOLDERS) expect(p.example, p.token).not.toBe('');
	});
	it('splits the seed’s ambiguous [Date] into the letter date and the date of service', () => {
		expect(getPlaceholderByToken('Date')).toBeUndefined();
		expect(getPlaceholderByToken('Letter Date')?.kind).toBe('date');
		expect(getPlaceholderByToken('Date of Service')?.kind).toBe('date');
	});
	it('marks patient and claim fields as PHI, and only practice fields as practice data', () => {
		for (const token of ['Patient Name', 'Member ID', 'Claim Number', 'Date of Service'])
			expect(getPlaceholderByToken(token)?.data).toBe('phi');
		for (const token of ['Practice Header', 'Your Name', 'Your Title', 'Practice Name'])
			expect(getPlaceholderByToken(token)?.data).toBe('practice');
	});
	it('suggests the nearest token for a typo, and nothing for nonsense', () => {
		expect(suggestToken('Claim Numbr')).toBe('Claim Number');
		expect(suggestToken('date of servce')).toBe('Date of Service');
		expect(suggestToken('Zebra Crossing Lights')).toBeUndefined();
	});
	it('uses only registered tokens in the shared skeleton', () => {
		expect(findUnknownPlaceholders(LETTER_SKELETON)).toEqual([]);
	});
});

describe('letter markup', () => {
	it('parses text, placeholders and bold runs', () => {
		expect(parseInline('Hello **[Patient Name]** on [Date of Service].')).toEqual([
			{ type: 'text', text: 'Hello ' },
			{ type: 'placeholder', key: 'patientName', token: 'Patient Name', bold: true },
			{ type: 'text', text: ' on ' },
			{ type: 'placeholder', key: 'dateOfService', token: 'Date of Service' },
			{ type: 'text', text: '.' },
		]);
	});
	it('throws on an unknown placeholder', () => {
		expect(() => parseInline('See [Nope].')).toThrow(/unknown placeholder \[Nope\]/);
	});
});

describe('assembleLetter', () => {
	const letter = assembleLetter(source);
	const text = renderText(letter);

	it('wraps the entry’s argument in the shared skeleton, naming the code but never quoting the page title', () => {
		expect(text.startsWith('[Practice Header]\n\n[Letter Date]\n\n[Payer Name]\n[Appeals Address]')).toBe(true);
		expect(text).toContain('RE: Appeal, claim [Claim Number]');
		expect(text).toContain('This letter appeals the denial of the claim above, adjusted with CARC 29.');
		expect(text).not.toContain('Timely filing limit has passed');
		expect(text).toContain('We first sent this claim on [Original Submission Date]');
		expect(text).toContain(`1. ${STANDARD_ATTACHMENT}\n2. The clearinghouse acceptance report.`);
		expect(text.trimEnd().endsWith('[Your Name]\n[Your Title]\n[Practice Name]')).toBe(true);
	});

	it('makes no request of its own: the argument’s one request is the only one', () => {
		expect(LETTER_SKELETON).not.toMatch(/\bplease\b/i);
		expect(text).not.toMatch(/reprocess/i);
	});

	it('carries the fields billers always include', () => {
		for (const line of [
			'Date of birth: [Patient Date of Birth]',
			'Member ID: [Member ID]',
			'Remittance date: [Remittance Date]',
			'Codes on the remittance: [Remittance Codes]',
			'Amount in dispute: [Amount in Dispute]',
			'Billing NPI: [Billing NPI] · Tax ID: [Tax ID]',
		])
			expect(text).toContain(line);
	});

	it('lists each placeholder once, in letter order', () => {
		expect(letter.placeholders).toEqual([
			'practiceHeader',
			'letterDate',
			'payerName',
			'appealsAddress',
			'claimNumber',
			'patientName',
			'patientDob',
			'memberId',
			'dateOfService',
			'remittanceDate',
			'remittanceCodes',
			'amountInDispute',
			'providerNpi',
			'providerTin',
			'originalSubmissionDate',
			'signerName',
			'signerTitle',
			'practiceName',
		]);
	});

	it('fills values, formats dates, and leaves unfilled placeholders visible', () => {
		const filled = renderText(letter, { payerName: 'Sample Plan', dateOfService: '2026-03-09', claimNumber: '  ' });
		expect(filled).toContain('Sample Plan\n[Appeals Address]');
		expect(filled).toContain('The acceptance report shows Sample Plan received it.');
		expect(filled).toContain('Date of service: March 9, 2026');
		expect(filled).toContain('[Claim Number]');
		expect(unfilledPlaceholders(letter, { payerName: 'Sample Plan', dateOfService: '2026-03-09' })).not.toContain(
			'payerName',
		);
	});

	it('keeps bold in the document model for rich output', () => {
		const re = letter.blocks.find(
			(b) => b.type === 'paragraph' && b.lines[0]!.some((i) => i.type === 'text' && i.text.startsWith('RE:')),
		);
		expect(re?.type === 'paragraph' && re.lines[0]!.every((i) => i.bold)).toBe(true);
	});
});

describe('value formatting', () => {
	it.each([
		['2026-01-31', 'January 31, 2026'],
		['2024-02-29', 'February 29, 2024'],
		['2026-13-01', '2026-13-01'],
		['yesterday', 'yesterday'],
	])('formatDate(%s) = %s', (input, output) => expect(formatDate(input)).toBe(output));
	it.each([
		['1234.5', '$1,234.50'],
		['$1,000', '$1,000.00'],
		['0.01', '$0.01'],
		['12 dollars', '12 dollars'],
	])('formatMoney(%s) = %s', (input, output) => expect(formatMoney(input)).toBe(output));
});

describe('assembleLetter by payer type, situation and action', () => {
	const withVariants = {
		...source,
		appeal: {
			...source.appeal,
			name: 'Sent on time',
			variants: [
				{
					name: 'Payer lost the claim',
					action: 'reduction' as const,
					argument: ['The payer acknowledged receipt by phone. Please pay the claim.'],
					attachments: ['The call log.'],
				},
			],
		},
	};

	it('Medicare: a request for redetermination with the Medicare number and the service (42 CFR 405.944(b))', () => {
		const text = renderText(assembleLetter(source, { payerType: 'medicare-ab' }, getPayerLetter));
		expect(text).toContain('RE: Request for redetermination, claim [Claim Number]');
		expect(text).toContain('Medicare number (MBI): [Member ID]');
		expect(text).toContain('Procedure code (CPT/HCPCS): [Procedure Code]');
		expect(text).toContain('This letter is a request for redetermination about the denial of the claim above');
	});

	it('workers’ compensation: date of injury, employer, carrier claim number and state', () => {
		const letter = assembleLetter(source, { payerType: 'workers-comp' }, getPayerLetter);
		expect(letter.placeholders).toEqual(
			expect.arrayContaining(['dateOfInjury', 'employerName', 'carrierClaimNumber', 'state']),
		);
		expect(renderText(letter)).toContain('Employee ID: [Member ID]');
	});

	it('employer plan and Medicare Advantage: the authority to appeal, and what to enclose for it', () => {
		const erisa = renderText(assembleLetter(source, { payerType: 'erisa' }, getPayerLetter));
		expect(erisa).toContain('authorized representative');
		expect(erisa).toMatch(/2\. The patient’s signed authorized representative form\./);
		const ma = renderText(assembleLetter(source, { payerType: 'medicare-advantage' }, getPayerLetter));
		expect(ma).toContain('waiver of liability');
	});

	it('a variant replaces the argument, attachments and action; an unknown variant falls back to the main letter', () => {
		const variant = renderText(assembleLetter(withVariants, { variant: 1 }));
		expect(variant).toContain('the reduced payment of the claim above');
		expect(variant).toContain('The payer acknowledged receipt by phone.');
		expect(variant).not.toContain('We first sent this claim');
		expect(variant).toContain('2. The call log.');
		expect(renderText(assembleLetter(withVariants, { variant: 9 }))).toContain('We first sent this claim');
	});

	it('an unknown payer type gives the any-payer letter', () => {
		expect(renderText(assembleLetter(source, { payerType: 'nope' }, getPayerLetter))).toBe(text);
	});

	it('a payer type without the payer letter parts (loaded on demand in the browser) is refused, not ignored', () => {
		expect(() => assembleLetter(source, { payerType: 'medicare-ab' })).toThrow(/getPayerLetter/);
	});

	const text = renderText(assembleLetter(source));
});
