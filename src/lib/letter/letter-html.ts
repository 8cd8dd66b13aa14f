/**
 * The letter as simple HTML, for "Copy for Word". Kept apart from letter.ts so the letter filler loads it with the
 * other output actions (src/client/letter-output.ts), on first use, not with the page.
 */
import { inlineText, type LetterDocument, type LetterValues } from './letter.ts';
import type { Inline } from './template.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML: the only way a value reaches markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One line as HTML: adjacent runs of the same weight merged, so a bold line is one <strong>. */
function lineHtml(line: Inline[], values: LetterValues): string {
	const groups: { bold: boolean; text: string }[] = [];
	for (const inline of line) {
		const bold = inline.bold === true;
		const text = inlineText(inline, values);
		const last = groups.at(-1);
		if (last && last.bold === bold) last.text += text;
		else groups.push({ bold, text });
	}
	return groups
		.map(({ bold, text }) => {
			const html = escapeHtml(text).replaceAll('\n', '<br>');
			return bold ? `<strong>${html}</strong>` : html;
		})
		.join('');
}

/**
 * The letter as simple HTML for rich-text copy into Word or Google Docs:
 * paragraphs, line breaks, bold and a numbered list. Every value is escaped.
 */
export function renderHtml(letter: LetterDocument, values: LetterValues = {}): string {
	const line = (l: Inline[]) => lineHtml(l, values);
	return letter.blocks
		.map((block) =>
			block.type === 'paragraph'
				? `<p>${block.lines.map(line).join('<br>')}</p>`
				: `<ol>${block.items.map((item) => `<li>${line(item)}</li>`).join('')}</ol>`,
		)
		.join('\n');
}
