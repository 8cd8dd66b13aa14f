import * as docx from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocxDocument, PAPER_SIZES } from '../../src/lib/letter/docx.ts';
import { assembleLetter, renderText } from '../../src/lib/letter/letter.ts';
import { cleanValue, usableValues, xmlSafe } from '../../src/lib/letter/letter-values.ts';

const letter = assembleLetter({
	set: 'carc',
	code: '29',
	appeal: { argument: ['We sent claim [Claim Number] on time.'], attachments: [] },
});

/** Characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets). */
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex -- the control characters XML forbids are the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function documentXml(values: Record<string, string>, paper?: 'letter' | 'a4'): Promise<string> {
	const buffer = await docx.Packer.toBuffer(buildDocxDocument(docx, letter, values, paper));
	return strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
}

describe('characters XML forbids never reach the .docx', () => {
	const nasty = 'Ann\uFFFF Lee\u0000 \uD800x\uDC00y \uFFFE😀';
	it('cleanValue and xmlSafe strip U+FFFF, U+FFFE, U+0000 and lone surrogates, keeping real pairs', () => {
		expect(cleanValue(nasty)).toBe('Ann Lee xy 😀');
		expect(xmlSafe(nasty)).toBe('Ann Lee xy 😀');
		expect(FORBIDDEN.test(xmlSafe(nasty))).toBe(false);
	});
	it('a .docx built from them is well-formed XML with the text kept', async () => {
		const xml = await documentXml({ patientName: nasty, claimNumber: 'CLM\uFFFF-1\uDFFF' });
		expect(FORBIDDEN.test(xml)).toBe(false);
		expect(xml).toContain('Ann Lee xy 😀');
		expect(xml).toContain('CLM-1');
	});
	it('even text that skipped cleanValue is made safe by the docx builder', async () => {
		const raw = assembleLetter({
			set: 'carc',
			code: '29',
			appeal: { argument: ['Text \u0001 with \uD800 junk.'], attachments: [] },
		});
		const buffer = await docx.Packer.toBuffer(buildDocxDocument(docx, raw, {}));
		const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
		expect(FORBIDDEN.test(xml)).toBe(false);
		expect(xml).toContain('Text  with  junk.');
	});
});

describe('page size follows the reader', () => {
	it('is US Letter by default and A4 on request', async () => {
		const size = (xml: string) => /<w:pgSz [^>]*w:w="(\d+)"[^>]*w:h="(\d+)"/.exec(xml)?.slice(1).map(Number);
		expect(size(await documentXml({}))).toEqual([PAPER_SIZES.letter.width, PAPER_SIZES.letter.height]);
		expect(size(await documentXml({}, 'a4'))).toEqual([PAPER_SIZES.a4.width, PAPER_SIZES.a4.height]);
		expect(PAPER_SIZES.letter).toMatchObject({ width: 8.5 * 1440, height: 11 * 1440 });
	});
});

describe('values that fail their field check stay out of the letter', () => {
	it('a bad date or amount is left out and named, good values go in', () => {
		const { values, rejected } = usableValues({
			dateOfService: '2026-02-30',
			claimNumber: 'CLM-1',
			patientName: 'Ann Lee',
		});
		expect(rejected).toEqual(['dateOfService']);
		const text = renderText(letter, values);
		expect(text).toContain('Date of service: [Date of Service]');
		expect(text).not.toContain('2026-02-30');
		expect(text).toContain('Patient: Ann Lee');
	});
});
