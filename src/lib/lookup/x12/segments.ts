/**
 * X12 segment reading: separators from the ISA segment, any line endings,
 * several ISA envelopes per file, and what a file is when it is not an 835.
 * Linear in the input: one pass with indexOf, no regular expression runs over
 * the whole text.
 */

export interface Separators {
	element: string;
	component: string;
	/** The segment terminator; undefined when segments end at line breaks (an excerpt without ISA). */
	segment: string | undefined;
}

export interface Segment {
	/** 1-based position of the segment in the input. */
	n: number;
	id: string;
	/** Elements after the segment id: e[0] is ELEMENT01. */
	e: string[];
	/** The separators in force for this segment. */
	sep: Separators;
	/** The segment's text as read (trimmed), for messages and free text. */
	raw: string;
	/** Whether an ISA segment declared the separators (false in a pasted excerpt). */
	enveloped: boolean;
}

/** Separators of an excerpt pasted without an ISA segment: `*`, `:` (or `>`), and `~` or a line break. */
export const DEFAULT_SEPARATORS: Separators = { element: '*', component: ':', segment: '~' };

/**
 * Read the separators declared by an ISA segment that starts at `at`: the
 * element separator is the character right after "ISA", the component
 * separator is ISA16 and the segment terminator is the character after it.
 * Returns undefined when the ISA is too short to declare them.
 */
export function isaSeparators(text: string, at: number): { sep: Separators; end: number } | undefined {
	const element = text[at + 3];
	if (!element || /[A-Za-z0-9\s]/.test(element)) return undefined;
	// Walk 16 element separators; ISA16 is the single character after the 16th.
	let p = at + 3;
	for (let i = 0; i < 15; i++) {
		p = text.indexOf(element, p + 1);
		if (p < 0 || p - at > 200) return undefined;
	}
	const component = text[p + 1];
	const terminator = text[p + 2];
	if (component === undefined || terminator === undefined) return undefined;
	const lineBreak = terminator === '\r' || terminator === '\n';
	return { sep: { element, component, segment: lineBreak ? undefined : terminator }, end: p + 2 };
}

/** What a file is, from its first bytes, when it is not X12 text. */
export function sniffBinary(text: string): string | undefined {
	if (text.startsWith('%PDF'))
		return 'a PDF document (remittances printed to PDF cannot be read here; ask the payer or clearinghouse for the 835 file)';
	// eslint-disable-next-line no-control-regex -- a zip file's signature bytes
	if (/^PK[\u0003\u0005\u0007][\u0004\u0006\u0008]/.test(text))
		return 'a zip archive (unzip it first and open the 835 files inside)';
	if (text.startsWith('\u001f\u008b')) return 'a gzip archive (unpack it first)';
	if (text.startsWith('{\\rtf')) return 'a rich-text document';
	// A tag, not any text that starts with "<" (a pasted "< 0" is text).
	if (/^\s*<(?:!doctype\b|\?xml\b|!--|(?:html|head|body)\b)/i.test(text.slice(0, 64))) return 'an HTML or XML document';
	return undefined;
}

/** The X12 transactions a remittance file may be confused with, in words. */
export const TRANSACTION_NAMES: Readonly<Record<string, string>> = {
	'835': 'an 835 health care claim payment/advice (remittance)',
	'837': 'an 837 health care claim (what you send the payer, not what it sends back)',
	'277': 'a 277 claim status response',
	'276': 'a 276 claim status request',
	'999': 'a 999 implementation acknowledgment (it says whether a file was accepted, not how claims were paid)',
	'997': 'a 997 functional acknowledgment',
	'270': 'a 270 eligibility inquiry',
	'271': 'a 271 eligibility response',
	'834': 'an 834 benefit enrollment',
	'820': 'an 820 premium payment',
	TA1: 'a TA1 interchange acknowledgment',
};

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Whether a segment id has a lower-case letter (without making an upper-case copy of every id to compare). */
function hasLowerCase(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122) return true;
	}
	return false;
}

/** Trim spaces and line breaks without a regular expression (linear on any input). */
export function trimText(s: string): string {
	let a = 0;
	let b = s.length;
	while (a < b && isSpace(s.charCodeAt(a))) a++;
	while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
	return a === 0 && b === s.length ? s : s.slice(a, b);
}

/**
 * Reads segments one at a time. The work of each segment sits in `next`, a method called once per segment, rather
 * than in the body of one long loop: a browser optimises a function after a few hundred calls, while a loop that
 * runs once for a whole file may stay in the interpreter (in Chromium's workers it did, and read three times slower).
 */
class SegmentCursor {
	private sep: Separators = DEFAULT_SEPARATORS;
	private lineBreaksEnd = true;
	pos = 0;
	n = 0;
	private readonly text: string;
	private readonly len: number;
	private readonly canonical: ReadonlyMap<string, string>;

	constructor(text: string, ids: Iterable<string>) {
		this.text = text;
		this.len = text.length;
		this.canonical = new Map([...ids].map((id) => [id, id]));
	}

	/** The next non-empty segment, or undefined at the end of the text. */
	next(): Segment | undefined {
		const text = this.text;
		const len = this.len;
		for (;;) {
			let pos = this.pos;
			// Skip line breaks and spaces between segments.
			while (pos < len && isSpace(text.charCodeAt(pos))) pos++;
			if (pos >= len) {
				this.pos = len;
				return undefined;
			}
			if (text.charCodeAt(pos) === 73 && text.startsWith('ISA', pos)) {
				const declared = isaSeparators(text, pos);
				if (declared) {
					this.sep = declared.sep;
					this.lineBreaksEnd = declared.sep.segment === undefined;
				}
			}
			const sep = this.sep;
			let end: number;
			if (this.lineBreaksEnd) {
				// One scan for the terminator or a line break, whichever comes first (never past it: linear).
				const t = sep.segment === undefined ? -1 : sep.segment.charCodeAt(0);
				let p = pos;
				while (p < len) {
					const c = text.charCodeAt(p);
					if (c === 10 || c === 13 || c === t) break;
					p++;
				}
				end = p;
			} else {
				const t = text.indexOf(sep.segment!, pos);
				end = t < 0 ? len : t;
			}
			this.pos = end + 1;
			const raw = trimText(text.slice(pos, end));
			if (!raw) continue;
			const parts = raw.split(sep.element);
			// Trim only the elements that need it (most need not): no new array per segment.
			for (let i = 0; i < parts.length; i++) {
				const part = parts[i]!;
				if (part.length && (isSpace(part.charCodeAt(0)) || isSpace(part.charCodeAt(part.length - 1))))
					parts[i] = trimText(part);
			}
			const first = parts.shift()!;
			// The caller's own copy of a known id, so its checks of the id (a switch, a Set) compare one string, not letters.
			let id = this.canonical.get(first);
			if (id === undefined) {
				const upper = hasLowerCase(first) ? first.toUpperCase() : first;
				id = this.canonical.get(upper) ?? upper;
			}
			this.n++;
			const segment: Segment = { n: this.n, id, e: parts, sep, raw, enveloped: sep !== DEFAULT_SEPARATORS };
			if (id === 'IEA') {
				// The next interchange may declare other separators.
				this.sep = DEFAULT_SEPARATORS;
				this.lineBreaksEnd = true;
			}
			return segment;
		}
	}
}

/**
 * Split X12 text into segments. Separators come from each ISA segment (a new
 * ISA may declare new ones); before any ISA the default separators apply and
 * line breaks also end a segment. Calls `onSegment` for every non-empty
 * segment, in order, so callers can stream without holding an array.
 */
export function forEachSegment(
	text: string,
	onSegment: (segment: Segment) => void,
	onProgress?: (done: number) => void,
	/** Segment ids the caller knows: a segment's `id` is then the caller's own copy of the string. */
	ids: Iterable<string> = [],
): number {
	const cursor = new SegmentCursor(text, ids);
	let nextProgress = 1 << 20;
	for (let segment = cursor.next(); segment; segment = cursor.next()) {
		onSegment(segment);
		if (onProgress && cursor.pos >= nextProgress) {
			onProgress(cursor.pos);
			nextProgress = cursor.pos + (1 << 20);
		}
	}
	return cursor.n;
}
