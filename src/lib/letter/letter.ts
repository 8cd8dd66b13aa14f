/**
 * The appeal letter: one shared skeleton for every code, with the entry's
 * code-specific argument and attachments slotted in. Pure functions, used by
 * the page at build time and by the letter filler in the browser.
 */
import { formatDateLongOrKeep } from '../site/dates.ts';
import { displayCode } from '../catalogue/code-sets.ts';
import { getPlaceholderByKey } from './placeholders.ts';
import { cleanValue } from './letter-values.ts';
import { parseInline, type Inline } from './template.ts';

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

export interface LetterDocument {
	blocks: Block[];
	/** Placeholder keys in the order they first appear in the letter. */
	placeholders: string[];
}

/** What the letter needs from an entry. */
export interface LetterSource {
	set: string;
	code: string;
	title: string;
	appeal: { argument: readonly string[]; attachments: readonly string[] };
}

/**
 * The shared skeleton. Blank lines separate paragraphs; {{...}} slots are
 * filled from the entry; [Tokens] are placeholders from the registry.
 */
export const LETTER_SKELETON = `[Practice Header]

[Letter Date]

[Payer Name]
[Appeals Address]

**RE: Appeal of claim [Claim Number]**
Patient: [Patient Name]
Member ID: [Member ID]
Date of service: [Date of Service]
Denial code: {{code}} – {{title}}

To the appeals reviewer:

I am writing to appeal the denial of the claim above, which was denied with {{code}} ({{title}}). Please review it again for the reasons below.

{{argument}}

Enclosed:

{{attachments}}

Please reprocess this claim and send us a new remittance. If you need anything more to decide this appeal, contact me at the address above.

Sincerely,

[Your Name]
[Your Title]
[Practice Name]`;

/** The attachment every appeal carries, listed before the entry's own. */
export const STANDARD_ATTACHMENT = 'A copy of the remittance advice (ERA or EOB) that shows the denial.';

/** Build the letter for an entry. Throws on an unknown placeholder. */
export function assembleLetter(source: LetterSource): LetterDocument {
	const code = displayCode(source.set, source.code);
	const blocks: Block[] = [];
	for (const chunk of LETTER_SKELETON.split(/\n{2,}/)) {
		if (chunk === '{{argument}}') {
			for (const paragraph of source.appeal.argument)
				blocks.push({ type: 'paragraph', lines: [parseInline(paragraph)] });
			continue;
		}
		if (chunk === '{{attachments}}') {
			blocks.push({
				type: 'list',
				items: [STANDARD_ATTACHMENT, ...source.appeal.attachments].map((item) => parseInline(item)),
			});
			continue;
		}
		const lines = chunk.split('\n').map((line) => parseInline(fillSlots(line, code, source.title)));
		blocks.push({ type: 'paragraph', lines });
	}
	return { blocks, placeholders: placeholdersIn(blocks) };
}

function placeholdersIn(blocks: Block[]): string[] {
	const keys = new Set<string>();
	for (const block of blocks) {
		for (const line of block.type === 'paragraph' ? block.lines : block.items) {
			for (const inline of line) if (inline.type === 'placeholder') keys.add(inline.key);
		}
	}
	return [...keys];
}

function fillSlots(line: string, code: string, title: string): string {
	// Entry text never reaches here as markup: code and title are plain values,
	// so brackets in them must not be read as placeholders.
	return line.replaceAll('{{code}}', code).replaceAll('{{title}}', title.replace(/[[\]]/g, ''));
}

/** Values typed by the user, by placeholder key. Empty or missing means unfilled. */
export type LetterValues = Readonly<Record<string, string | undefined>>;

/** "2026-03-09" → "March 9, 2026" (the site's one date format, src/lib/site/dates.ts); anything else is returned unchanged. */
export function formatDate(value: string): string {
	return formatDateLongOrKeep(value);
}

/** "1234.5" → "$1,234.50"; anything that is not a plain amount is returned unchanged. */
export function formatMoney(value: string): string {
	const clean = value.trim().replace(/^\$/, '').replaceAll(',', '');
	if (!/^\d+(\.\d{1,2})?$/.test(clean)) return value;
	const [whole = '0', cents = ''] = clean.split('.');
	return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0')}`;
}

/** The display form of a value for a placeholder, or undefined if unfilled. */
export function formatValue(key: string, raw: string | undefined): string | undefined {
	if (raw === undefined) return undefined;
	const value = cleanValue(raw);
	if (value.trim() === '') return undefined;
	const kind = getPlaceholderByKey(key)?.kind;
	if (kind === 'date') return formatDate(value);
	if (kind === 'money') return formatMoney(value);
	return kind === 'multiline' ? value.replace(/^\n+|\n+$/g, '') : value.trim();
}

function inlineText(inline: Inline, values: LetterValues): string {
	if (inline.type === 'text') return inline.text;
	return formatValue(inline.key, values[inline.key]) ?? `[${inline.token}]`;
}

function lineText(line: Inline[], values: LetterValues): string {
	return line.map((inline) => inlineText(inline, values)).join('');
}

/** The letter as plain text, for payer portals. Unfilled placeholders stay as [Token]. */
export function renderText(letter: LetterDocument, values: LetterValues = {}): string {
	return letter.blocks
		.map((block) =>
			block.type === 'paragraph'
				? block.lines.map((line) => lineText(line, values)).join('\n')
				: block.items.map((item, i) => `${i + 1}. ${lineText(item, values)}`).join('\n'),
		)
		.join('\n\n');
}

/** Placeholder keys that are still unfilled. */
export function unfilledPlaceholders(letter: LetterDocument, values: LetterValues): string[] {
	return letter.placeholders.filter((key) => formatValue(key, values[key]) === undefined);
}

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

/** A run of letter text after filling: what DOM, docx and HTML renderers draw. */
export interface FilledRun {
	text: string;
	bold: boolean;
	/** Set when the run is a placeholder still waiting for a value. */
	unfilled?: { key: string; token: string };
}

/** The runs of one line, filled with values. Values may contain line breaks (multiline fields). */
export function fillLine(line: Inline[], values: LetterValues): FilledRun[] {
	return line.map((inline) => {
		const bold = inline.bold === true;
		if (inline.type === 'text') return { text: inline.text, bold };
		const value = formatValue(inline.key, values[inline.key]);
		return value === undefined
			? { text: `[${inline.token}]`, bold, unfilled: { key: inline.key, token: inline.token } }
			: { text: value, bold };
	});
}
