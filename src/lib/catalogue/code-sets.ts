/**
 * The code sets Denial Atlas knows. Adding a set means adding one entry here
 * (and, for an official set, a facts file in src/data/code-lists/).
 */

import { DISPLAY_PREFIXES } from './display-code.ts';

export { displayCode } from './display-code.ts';

/** What a set's codes do on a remittance; decides the shape of an entry (see entry-kind.ts). */
export type CodeSetRole = 'reason' | 'remark' | 'payer';

export interface CodeSet {
	/** Identifier used in frontmatter (`set:`), in related-code refs (`carc:16`) and in URLs. */
	id: string;
	/** Reason codes explain an adjustment, remark codes add detail to one, payer codes are a payer's own. */
	role: CodeSetRole;
	/** Short label shown on badges and in the sidebar. */
	label: string;
	/** Full name, shown on the set's index page. */
	name: string;
	/** Prefix shown before the code in headings, e.g. "CARC 16" (set in display-code.ts). Empty for sets whose codes are self-explanatory. */
	displayPrefix: string;
	/** What a valid code in this set looks like, unanchored, for composing parsers (group code + reason code). */
	codeBody: string;
	/** `codeBody`, anchored: what a whole valid code looks like. */
	codePattern: RegExp;
	/** A plain-English description of `codePattern`, used in error messages. */
	codePatternHelp: string;
	/** Whether entries must be checked against an official code list (src/data/code-lists/<id>.json). */
	official: boolean;
	/** The official list page every entry of this set cites (added to its sources), if any. */
	officialListUrl?: string;
	/** How the official list is named in an entry's sources. */
	officialListTitle?: string;
	/** One-sentence description for index pages. */
	description: string;
}

const CARC_BODY = '(?:[1-9]\\d{0,3}|[A-Z][0-9]{1,2})';
const RARC_BODY = '(?:MA|M|N)\\d{1,4}';
const PAYER_BODY = '[A-Z0-9][A-Z0-9-]{0,14}';

export const CODE_SETS = [
	{
		id: 'carc',
		role: 'reason',
		label: 'CARC',
		name: 'Claim Adjustment Reason Codes',
		displayPrefix: DISPLAY_PREFIXES.carc,
		codeBody: CARC_BODY,
		codePattern: new RegExp(`^${CARC_BODY}$`),
		codePatternHelp:
			'a number such as "16" or a letter and number such as "B16" (no group code: write "16", not "CO-16")',
		official: true,
		officialListUrl: 'https://x12.org/codes/claim-adjustment-reason-codes',
		officialListTitle: 'X12 Claim Adjustment Reason Codes (official list)',
		description:
			'Reason codes say why a payer paid a claim or service line differently from how it was billed. They always travel with a group code (CO, PR, OA or PI).',
	},
	{
		id: 'rarc',
		role: 'remark',
		label: 'RARC',
		name: 'Remittance Advice Remark Codes',
		displayPrefix: DISPLAY_PREFIXES.rarc,
		codeBody: RARC_BODY,
		codePattern: new RegExp(`^${RARC_BODY}$`),
		codePatternHelp: 'M, MA or N followed by a number, such as "N130", "MA130" or "MA01"',
		official: true,
		officialListUrl: 'https://x12.org/codes/remittance-advice-remark-codes',
		officialListTitle: 'X12 Remittance Advice Remark Codes (official list)',
		description:
			'Remark codes add detail to a reason code or pass on information. A remark code explains an adjustment; it is not a denial by itself.',
	},
	{
		id: 'payer',
		role: 'payer',
		label: 'Payer-specific',
		name: 'Payer-specific codes',
		displayPrefix: DISPLAY_PREFIXES.payer,
		codeBody: PAYER_BODY,
		codePattern: new RegExp(`^${PAYER_BODY}$`),
		codePatternHelp: 'capital letters, digits and hyphens, up to 15 characters, such as "CCM31"',
		official: false,
		description:
			'Some payers print their own codes on remittances and portals instead of, or next to, the standard ones. Their meaning comes from the payer, not from X12.',
	},
] as const satisfies readonly CodeSet[];

export type CodeSetId = (typeof CODE_SETS)[number]['id'];

/** The sets with an official X12 list (src/data/code-lists/<id>.json). */
export type OfficialSetId = Extract<(typeof CODE_SETS)[number], { official: true }>['id'];

export const CODE_SET_IDS = CODE_SETS.map((s) => s.id) as [CodeSetId, ...CodeSetId[]];

export function getCodeSet(id: string): CodeSet | undefined {
	return (CODE_SETS as readonly CodeSet[]).find((s) => s.id === id);
}

/** The set that plays a role: `setFor('reason')` is the CARC set. */
export function setFor(role: CodeSetRole): (typeof CODE_SETS)[number] {
	return CODE_SETS.find((s) => s.role === role)!;
}

/** Whether a code is well formed for a set (says nothing about whether it exists). */
export function matchesSet(setId: string, code: string): boolean {
	return getCodeSet(setId)?.codePattern.test(code) ?? false;
}
