/**
 * What the user types into a letter: cleaning, checking, example data and the
 * practice-only subset that may be remembered. Pure; shared by the filler in
 * the browser and the tests.
 */
import { PLACEHOLDERS, getPlaceholderByKey, type Placeholder } from './placeholders.ts';

export type Values = Record<string, string>;

/**
 * Bidirectional embedding, override and isolate controls can reorder how the
 * letter reads on screen; other C0/C1 controls can break documents. Remove
 * them, keeping line breaks and tabs.
 */
const UNSAFE_CHARS =
	// eslint-disable-next-line no-control-regex -- these control characters are what is removed
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Characters XML 1.0 does not allow anywhere (so a .docx holding one will not
 * open): U+FFFE, U+FFFF and halves of a surrogate pair without their partner.
 * The C0 controls XML forbids are already in UNSAFE_CHARS.
 */
const XML_FORBIDDEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A typed value as the letter will show it: controls and characters XML forbids removed, CRLF folded to LF. */
export function cleanValue(raw: string): string {
	return raw.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARS, '').replace(XML_FORBIDDEN, '');
}

/** Text with every character XML forbids removed: the last guard before a .docx is written. */
export function xmlSafe(text: string): string {
	return text.replace(UNSAFE_CHARS, '').replace(XML_FORBIDDEN, '');
}

/** Longest value accepted for any field, so a paste accident cannot freeze the page. */
export const MAX_VALUE_LENGTH = 20_000;

/** An error to show next to the field, or undefined when the value is fine (empty is fine: it stays a placeholder). */
export function checkValue(key: string, raw: string): string | undefined {
	const placeholder = getPlaceholderByKey(key);
	const value = raw.trim();
	if (!placeholder || value === '') return undefined;
	if (raw.length > MAX_VALUE_LENGTH) return `Too long: at most ${MAX_VALUE_LENGTH.toLocaleString('en-US')} characters.`;
	if (placeholder.kind === 'date') {
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
		if (!date || date.toISOString().slice(0, 10) !== value) return 'Enter a real date, such as 2026-03-09.';
	}
	if (placeholder.kind === 'money' && !/^\$?\s?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^\$?\s?\d+(\.\d{1,2})?$/.test(value)) {
		return 'Enter an amount in dollars and cents, such as 1250.00.';
	}
	if (placeholder.kind !== 'multiline' && /\n/.test(value)) return 'Use one line for this field.';
	if (placeholder.format === 'npi' && !isNpi(value))
		return /^\d{10}$/.test(value)
			? 'This is not a valid NPI: its check digit does not match. Check the number on NPPES.'
			: 'An NPI is 10 digits, such as 1234567893.';
	if (placeholder.format === 'tin' && !/^\d{2}-?\d{7}$|^\d{3}-?\d{2}-?\d{4}$/.test(value))
		return 'A TIN is 9 digits, such as 12-3456789.';
	return undefined;
}

/**
 * Whether a 10-digit number is a valid NPI: its last digit is the Luhn check digit of the other nine with the
 * prefix 80840, as the NPI standard defines it (CMS, "Requirements for NPI check digit").
 */
export function isNpi(value: string): boolean {
	if (!/^\d{10}$/.test(value)) return false;
	const digits = `80840${value}`.split('').map(Number);
	let sum = 0;
	for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
		let d = digits[i]!;
		if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
		sum += d;
	}
	return sum % 10 === 0;
}

/**
 * The values that may go into a copied, downloaded or printed letter: a value
 * that fails its field check is left out (its placeholder stays), and its key
 * is listed so the user can be told which fields to fix.
 */
export function usableValues(values: Readonly<Record<string, string | undefined>>): {
	values: Values;
	rejected: string[];
} {
	const out: Values = {};
	const rejected: string[] = [];
	for (const [key, value] of Object.entries(values)) {
		if (typeof value !== 'string') continue;
		if (checkValue(key, value)) rejected.push(key);
		else out[key] = value;
	}
	return { values: out, rejected };
}

/** Fictitious values for "Fill with example", from the registry. */
export function exampleValues(keys: readonly string[]): Values {
	return Object.fromEntries(keys.map((key) => [key, getPlaceholderByKey(key)?.example ?? '']));
}

/** The practice details among some values: the only ones that may ever be stored. */
export function practiceOnly(values: Readonly<Record<string, string | undefined>>): Values {
	const out: Values = {};
	for (const p of PLACEHOLDERS as readonly Placeholder[]) {
		const value = values[p.key];
		if (p.data === 'practice' && typeof value === 'string' && value.trim() !== '') out[p.key] = cleanValue(value);
	}
	return out;
}

/** Parse remembered details defensively: anything that is not a known practice field is dropped. */
export function parseRemembered(json: string | null): Values {
	if (!json) return {};
	try {
		const data: unknown = JSON.parse(json);
		if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
		return practiceOnly(data as Record<string, string | undefined>);
	} catch {
		return {};
	}
}

/** Today's date in the user's time zone, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
