/**
 * The letter as a Word document (.docx), on the paper the reader chose: US
 * Letter by default, A4 on request, with one-inch margins. Every piece of
 * text passes xmlSafe, so no typed character can make the file invalid.
 * The docx library is passed in, so the browser can load it only when a
 * download is asked for.
 */
import type * as Docx from 'docx';
import { fillLine, type LetterDocument, type LetterValues } from './letter.ts';
import { xmlSafe } from './letter-values.ts';

/** Paper sizes in twentieths of a point (twips), portrait. */
export const PAPER_SIZES = {
	letter: { label: 'US Letter', width: 12240, height: 15840 },
	a4: { label: 'A4', width: 11906, height: 16838 },
} as const;

export type PaperSize = keyof typeof PAPER_SIZES;
export const DEFAULT_PAPER: PaperSize = 'letter';

export function isPaperSize(value: unknown): value is PaperSize {
	return typeof value === 'string' && Object.hasOwn(PAPER_SIZES, value);
}

const INCH = 1440;

export function buildDocxDocument(
	docx: typeof Docx,
	letter: LetterDocument,
	values: LetterValues,
	paper: PaperSize = DEFAULT_PAPER,
): Docx.Document {
	const { Document, Paragraph, TextRun } = docx;
	const runs = (line: Parameters<typeof fillLine>[0], prefix = '') => {
		const out: Docx.TextRun[] = prefix ? [new TextRun(prefix)] : [];
		for (const run of fillLine(line, values)) {
			xmlSafe(run.text)
				.split('\n')
				.forEach((text, i) =>
					out.push(
						new TextRun({
							text,
							bold: run.bold,
							break: i > 0 ? 1 : 0,
							...(run.unfilled ? { highlight: 'yellow' } : {}),
						}),
					),
				);
		}
		return out;
	};
	const paragraphs = letter.blocks.flatMap((block) =>
		block.type === 'paragraph'
			? [
					new Paragraph({
						spacing: { after: 240 },
						children: block.lines.flatMap((line, i) =>
							i === 0 ? runs(line) : [new TextRun({ text: '', break: 1 }), ...runs(line)],
						),
					}),
				]
			: block.items.map(
					(item, i) =>
						new Paragraph({ spacing: { after: 80 }, indent: { left: 360 }, children: runs(item, `${i + 1}. `) }),
				),
	);
	const size = PAPER_SIZES[paper];
	return new Document({
		creator: 'Denial Atlas',
		styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
		sections: [
			{
				properties: {
					page: {
						size: { width: size.width, height: size.height },
						margin: { top: INCH, right: INCH, bottom: INCH, left: INCH },
					},
				},
				children: paragraphs,
			},
		],
	});
}
