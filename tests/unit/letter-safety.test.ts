/** Property tests: whatever a user types, the letter stays text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleLetter, fillLine, renderText } from '../../src/lib/letter/letter.ts';
import { escapeHtml, renderHtml } from '../../src/lib/letter/letter-html.ts';
import {
	checkValue,
	cleanValue,
	exampleValues,
	parseRemembered,
	practiceOnly,
} from '../../src/lib/letter/letter-values.ts';
import { PLACEHOLDERS } from '../../src/lib/letter/placeholders.ts';

const letter = assembleLetter({
	set: 'carc',
	code: '197',
	appeal: {
		argument: [
			'Authorization [Authorization Number] covered [Procedure Code] on [Date of Service] for **[Billed Amount]**.',
		],
		attachments: ['The authorization approval letter for [Authorization Number].'],
	},
});
const keys = letter.placeholders;
const RUNS = 1000;

const hostile = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'javascript:alert(document.cookie)',
		'"><svg onload=alert(1)>',
		'\u202Egnp.exe\u202C',
		'\u2066isolated\u2069 \u200F',
		'👩‍⚕️🏥💉 emoji ✅',
		'a'.repeat(10_000),
		'&lt;already escaped&gt; &amp;',
		'line one\r\nline two\rline three',
	),
);
const valuesArb = fc.record(Object.fromEntries(keys.map((k) => [k, hostile])) as Record<string, fc.Arbitrary<string>>, {
	requiredKeys: [],
});

const ALLOWED_TAGS = /<\/?(p|br|strong|ol|li)>/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

describe('renderHtml', () => {
	it('produces only its own tags, whatever the values', () => {
		fc.assert(
			fc.property(valuesArb, (values) => {
				const html = renderHtml(letter, values);
				expect(html.replace(ALLOWED_TAGS, '')).not.toMatch(/[<>]/);
				expect(html).not.toMatch(BIDI);
			}),
			{ numRuns: RUNS },
		);
	});

	it('keeps every value, escaped, so it reads back exactly', () => {
		fc.assert(
			fc.property(hostile, (raw) => {
				const value = cleanValue(raw).trim();
				fc.pre(value !== '' && !value.includes('\n'));
				const html = renderHtml(letter, { claimNumber: raw });
				expect(html).toContain(escapeHtml(value));
			}),
			{ numRuns: RUNS },
		);
	});
});

describe('renderText and fillLine', () => {
	it('never carry bidi or control characters, and keep the skeleton intact', () => {
		fc.assert(
			fc.property(valuesArb, (values) => {
				const text = renderText(letter, values);
				expect(text).not.toMatch(BIDI);
				// eslint-disable-next-line no-control-regex
				expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
				expect(text).toContain('adjusted with CARC 197.');
				expect(text).not.toContain('Prior authorization missing');
				expect(text).toContain('Sincerely,');
			}),
			{ numRuns: RUNS },
		);
	});

	it('mark exactly the unfilled placeholders', () => {
		fc.assert(
			fc.property(valuesArb, (values) => {
				for (const block of letter.blocks) {
					for (const line of block.type === 'paragraph' ? block.lines : block.items) {
						for (const run of fillLine(line, values)) {
							if (run.unfilled) expect(cleanValue(values[run.unfilled.key] ?? '').trim()).toBe('');
						}
					}
				}
			}),
			{ numRuns: RUNS },
		);
	});
});

describe('assembleLetter', () => {
	it('accepts any argument text without brackets, and it appears verbatim', () => {
		fc.assert(
			fc.property(
				fc
					.string({ minLength: 1, maxLength: 300 })
					.filter((s) => !/[[\]]/.test(s) && !s.includes('**') && s.trim() !== ''),
				(argument) => {
					const doc = assembleLetter({
						set: 'carc',
						code: '1',
						appeal: { argument: [argument], attachments: [] },
					});
					expect(renderText(doc)).toContain(argument);
				},
			),
			{ numRuns: RUNS },
		);
	});
});

describe('values', () => {
	it('checks dates and amounts, and explains the problem', () => {
		expect(checkValue('dateOfService', '2026-02-30')).toMatch(/real date/);
		expect(checkValue('dateOfService', '2024-02-29')).toBeUndefined();
		expect(checkValue('billedAmount', '12.345')).toMatch(/dollars and cents/);
		expect(checkValue('billedAmount', '$1,250.00')).toBeUndefined();
		expect(checkValue('claimNumber', 'A\nB')).toMatch(/one line/);
		expect(checkValue('claimNumber', '')).toBeUndefined();
	});
	it('example data comes from the registry and is obviously fictitious', () => {
		const example = exampleValues(PLACEHOLDERS.map((p) => p.key));
		expect(example.patientName).toMatch(/sample|example|test/i);
		expect(example.payerName).toMatch(/sample|example|test/i);
		expect(example.claimNumber).toMatch(/TEST/);
		for (const p of PLACEHOLDERS) expect(checkValue(p.key, example[p.key]!), p.key).toBeUndefined();
	});
	it('only practice details can be remembered, whatever is stored or passed', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom(...PLACEHOLDERS.map((p) => p.key), '__proto__', 'x'), fc.string()),
				(values) => {
					const kept = practiceOnly(values);
					for (const key of Object.keys(kept)) expect(PLACEHOLDERS.find((p) => p.key === key)?.data).toBe('practice');
					expect(Object.keys(parseRemembered(JSON.stringify(values))).every((k) => k in kept)).toBe(true);
				},
			),
			{ numRuns: RUNS },
		);
		expect(parseRemembered('{not json')).toEqual({});
		expect(parseRemembered('["practiceName"]')).toEqual({});
	});
});
