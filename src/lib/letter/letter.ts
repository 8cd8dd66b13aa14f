/**
 * The appeal letter: one shared skeleton for every code, with the entry's
 * code-specific argument and attachments slotted in. Pure functions, used by
 * the page at build time and by the letter filler in the browser.
 */
import { formatDateLongOrKeep } from '../site/dates.ts';
import { displayCode } from '../catalogue/display-code.ts';
import { getPlaceholderByKey } from './placeholders.ts';
import { cleanValue } from './letter-values.ts';
import { parseInline, type Inline } from './template.ts';
import { ACTION_PHRASES, type LetterAction } from './actions.ts';
import type { PayerLetter } from '../guidance/payer-letters.ts';

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

export interface LetterDocument {
	blocks: Block[];
	/** Placeholder keys in the order they first appear in the letter. */
	placeholders: string[];
}

/** One letter of an entry: its situation, what it answers and its argument. */
export interface LetterText {
	name?: string | undefined;
	action?: LetterAction | undefined;
	argument: readonly string[];
	attachments: readonly string[];
}

/** What the letter needs from an entry. */
export interface LetterSource {
	set: string;
	code: string;
	appeal: LetterText & { variants?: readonly LetterText[] | undefined };
}

/** Which letter, for which payer type. */
export interface LetterChoice {
	/** A payer type id (src/lib/guidance/payer-types.ts); none means any payer. */
	payerType?: string | undefined;
	/** 0 is the main letter, 1 the first variant, and so on. */
	variant?: number | undefined;
}

/** What the letter says when no payer type is chosen. */
const ANY_PAYER: PayerLetter & { opening: string } = {
	request: 'Appeal',
	memberIdLabel: 'Member ID',
	headerFields: [],
	opening: 'This letter appeals',
};

/**
 * The shared skeleton. Blank lines separate paragraphs; {{...}} slots are
 * filled from the entry and the payer type; [Tokens] are placeholders from the
 * registry. The skeleton makes no request of its own: the argument ends with
 * the letter's one request.
 */
export const LETTER_SKELETON = `[Practice Header]

[Letter Date]

[Payer Name]
[Appeals Address]

**RE: {{request}}, claim [Claim Number]**
Patient: [Patient Name]
Date of birth: [Patient Date of Birth]
{{memberIdLabel}}: [Member ID]
{{headerFields}}
Date of service: [Date of Service]
Remittance date: [Remittance Date]
Codes on the remittance: [Remittance Codes]
Amount in dispute: [Amount in Dispute]
Billing NPI: [Billing NPI] · Tax ID: [Tax ID]

To the appeals reviewer:

{{opening}} {{action}}, adjusted with {{code}}.

{{authority}}

{{argument}}

Enclosed:

{{attachments}}

If you need anything more to decide this, contact me at the address above.

Sincerely,

[Your Name]
[Your Title]
[Practice Name]`;

/** The attachment every appeal carries, listed before the entry's own. */
export const STANDARD_ATTACHMENT = 'A copy of the remittance advice (ERA or EOB) that shows the adjustment.';

/** The letters of an entry, main first: what the "Situation" choice lists. */
export function letterTexts(appeal: LetterSource['appeal']): LetterText[] {
	return [appeal, ...(appeal.variants ?? [])];
}

/**
 * A payer type's letter parts by id: `getPayerLetter` from src/lib/guidance/payer-letters.ts. Passed in rather than
 * imported, so the browser loads them only when a reader chooses a payer type (src/client/letter-filler.ts).
 */
export type PayerLetterLookup = (id: string) => PayerLetter | undefined;

/** The payer type's letter parts, or the any-payer ones (no payer type, or an unknown one). */
export function payerLetter(
	payerType: string | undefined,
	letters?: PayerLetterLookup,
): PayerLetter & { opening: string } {
	if (!payerType) return ANY_PAYER;
	if (!letters)
		throw new Error(
			`a letter for payer type "${payerType}" needs the payer types' letter parts: pass getPayerLetter from src/lib/guidance/payer-letters.ts`,
		);
	const letter = letters(payerType);
	if (!letter) return ANY_PAYER;
	const request = letter.request;
	return { ...letter, opening: `This letter is a ${request.charAt(0).toLowerCase()}${request.slice(1)} about` };
}

/**
 * Build a letter for an entry, for a payer type (whose parts `letters` looks up) and situation. Throws on an unknown
 * placeholder, and on a payer type without `letters`.
 */
export function assembleLetter(
	source: LetterSource,
	choice: LetterChoice = {},
	letters?: PayerLetterLookup,
): LetterDocument {
	const code = displayCode(source.set, source.code);
	const texts = letterTexts(source.appeal);
	const text = texts[choice.variant ?? 0] ?? texts[0]!;
	const payer = payerLetter(choice.payerType, letters);
	const action = ACTION_PHRASES[text.action ?? source.appeal.action ?? 'denial'];
	const blocks: Block[] = [];
	const paragraph = (line: string) => blocks.push({ type: 'paragraph', lines: [parseInline(line)] });
	for (const chunk of LETTER_SKELETON.split(/\n{2,}/)) {
		if (chunk === '{{argument}}') {
			text.argument.forEach(paragraph);
			continue;
		}
		if (chunk === '{{authority}}') {
			if (payer.authority) paragraph(payer.authority);
			continue;
		}
		if (chunk === '{{attachments}}') {
			const items = [
				STANDARD_ATTACHMENT,
				...(payer.authorityAttachment ? [payer.authorityAttachment] : []),
				...text.attachments,
			];
			blocks.push({ type: 'list', items: items.map((item) => parseInline(item)) });
			continue;
		}
		const lines = chunk
			.split('\n')
			.flatMap((line) => (line === '{{headerFields}}' ? headerLines(payer.headerFields) : [line]))
			.map((line) =>
				parseInline(
					fillSlots(line, {
						code,
						request: payer.request,
						memberIdLabel: payer.memberIdLabel,
						opening: payer.opening,
						action,
					}),
				),
			);
		blocks.push({ type: 'paragraph', lines });
	}
	return { blocks, placeholders: placeholdersIn(blocks) };
}

/** "Label: [Token]" lines for a payer type's extra header fields. */
function headerLines(keys: readonly string[]): string[] {
	return keys.map((key) => {
		const placeholder = getPlaceholderByKey(key);
		if (!placeholder) throw new Error(`payer type letter field "${key}" is not in the placeholder registry`);
		return `${placeholder.label}: [${placeholder.token}]`;
	});
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

function fillSlots(line: string, slots: Record<string, string>): string {
	// Slot values are plain text from the registry and the entry, never markup: brackets in them are not placeholders.
	return line.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => slots[name]?.replace(/[[\]]/g, '') ?? whole);
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

/** One piece of a line as text: its words, its value, or [Token] while unfilled. */
export function inlineText(inline: Inline, values: LetterValues): string {
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
