/**
 * How each set's codes are named for people ("CARC 16", "RARC N130", "CCM31"). Kept apart from the rest of
 * code-sets.ts, which takes its `displayPrefix` values from here, so the letter filler's bundle carries these few
 * bytes instead of every set's patterns and descriptions (about 0.8 KB gzip on a code page with a letter).
 */
export const DISPLAY_PREFIXES = { carc: 'CARC', rarc: 'RARC', payer: '' } as const;

/** How a code is named in headings and letters: "CARC 16", "RARC N130", "CCM31". */
export function displayCode(set: string, code: string): string {
	const prefix = Object.hasOwn(DISPLAY_PREFIXES, set) ? DISPLAY_PREFIXES[set as keyof typeof DISPLAY_PREFIXES] : '';
	return prefix ? `${prefix} ${code}` : code;
}
