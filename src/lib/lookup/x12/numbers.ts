/**
 * Strict X12 numbers. An amount is the R type: an optional minus, digits and
 * an optional decimal point — nothing else (no `0x10`, `1e3`, `Infinity`,
 * spaces or plus sign). Money is kept as integer cents so balances are exact.
 */

const R_TYPE = /^-?(?:\d+\.?\d*|\.\d+)$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Whether a string is an X12 R-type number. */
export function isDecimal(text: string): boolean {
	return text.length <= 40 && R_TYPE.test(text);
}

/**
 * An amount in integer cents, or NaN when `text` is not one (then parseCents says why). The reader's fast path:
 * one pass over the characters and no allocation, for the hundreds of thousands of amounts in a large file.
 */
export function centsOf(text: string): number {
	const len = text.length;
	if (len === 0 || len > 40) return Number.NaN;
	let i = 0;
	let negative = false;
	if (text.charCodeAt(0) === 45) {
		negative = true;
		i = 1;
	}
	let whole = 0;
	let digits = 0;
	let frac = 0;
	let fracDigits = 0;
	let dot = false;
	for (; i < len; i++) {
		const c = text.charCodeAt(i);
		if (c === 46) {
			if (dot) return Number.NaN;
			dot = true;
		} else if (c >= 48 && c <= 57) {
			if (!dot) {
				whole = whole * 10 + (c - 48);
				digits++;
			} else {
				if (fracDigits < 2) frac = frac * 10 + (c - 48);
				else if (c !== 48) return Number.NaN;
				fracDigits++;
			}
		} else return Number.NaN;
	}
	// "-", ".", "-." are not numbers; "5." and ".5" are.
	if (digits === 0 && fracDigits === 0) return Number.NaN;
	if (fracDigits === 1) frac *= 10;
	const cents = whole * 100 + frac;
	if (!Number.isSafeInteger(cents)) return Number.NaN;
	return negative ? -cents : cents;
}

/** An amount in integer cents; more than two decimal places (other than zeros) is refused, not rounded. */
export function parseCents(text: string): Parsed<number> {
	const fast = centsOf(text);
	if (!Number.isNaN(fast)) return { ok: true, value: fast };
	if (!isDecimal(text))
		return {
			ok: false,
			message: `“${text.slice(0, 40)}” is not an amount: an amount is digits with an optional minus and decimal point, such as 125.50 or -40`,
		};
	const negative = text.startsWith('-');
	const body = negative ? text.slice(1) : text;
	const dot = body.indexOf('.');
	const whole = dot < 0 ? body : body.slice(0, dot);
	const frac = dot < 0 ? '' : body.slice(dot + 1);
	if (/[1-9]/.test(frac.slice(2)))
		return {
			ok: false,
			message: `“${text}” has more than two decimal places, which an amount in dollars and cents cannot have`,
		};
	const cents = Number(whole || '0') * 100 + Number((frac + '00').slice(0, 2));
	if (!Number.isSafeInteger(cents))
		return { ok: false, message: `“${text.slice(0, 40)}” is too large to be an amount` };
	return { ok: true, value: negative ? -cents : cents };
}

/** A quantity (units, days): an R-type number. */
export function parseQuantity(text: string): Parsed<number> {
	if (!isDecimal(text))
		return {
			ok: false,
			message: `“${text.slice(0, 40)}” is not a quantity: write digits with an optional decimal point`,
		};
	return { ok: true, value: Number(text) };
}

/** Cents as dollars: 12345 → "$123.45", -500 → "-$5.00". */
export function formatCents(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
	return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** An X12 date CCYYMMDD as YYYY-MM-DD, or undefined when it is not a real date. */
const DATES = new Map<string, string | undefined>();

export function x12Date(text: string | undefined): string | undefined {
	if (!text || text.length !== 8) return undefined;
	if (DATES.has(text)) return DATES.get(text);
	const value = readDate(text);
	if (DATES.size < 50_000) DATES.set(text, value);
	return value;
}

function readDate(text: string): string | undefined {
	if (!/^\d{8}$/.test(text)) return undefined;
	const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
	const d = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}
