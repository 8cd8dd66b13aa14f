/**
 * The text of a new, schema-valid draft entry for `npm run new-code`. The
 * author replaces every TODO and removes `draft: true` to publish it.
 */
import { getCodeSet } from '../../src/lib/catalogue/code-sets.ts';
import { entryKind } from '../../src/lib/catalogue/entry-kind.ts';
import { CODE_LISTS, getFacts, type FactsBySet } from '../../src/lib/facts/facts.ts';
import { normaliseCode, slugFor } from '../../src/lib/catalogue/codes.ts';

export interface ScaffoldResult {
	slug: string;
	text: string;
}

export function scaffoldEntry(
	setId: string,
	rawCode: string,
	options: { today: string; lists?: FactsBySet },
): ScaffoldResult {
	const lists = options.lists ?? CODE_LISTS;
	const set = getCodeSet(setId);
	if (!set) throw new Error(`unknown code set "${setId}": use carc, rarc or payer`);
	// Payer codes may contain hyphens; official codes are read like any typed code (CO-16 → 16, ma1 → MA01).
	const code = set.role === 'payer' ? rawCode.trim().toUpperCase() : normaliseCode(rawCode).code;
	if (!set.codePattern.test(code))
		throw new Error(`"${rawCode}" is not a valid ${set.label} code: use ${set.codePatternHelp}`);
	const facts = set.official ? getFacts(lists, set.id, code) : undefined;
	if (set.official && !facts)
		throw new Error(
			`${set.label} ${code} is not in src/data/code-lists/${set.id}.json; check the code or run npm run sync-code-lists`,
		);
	const lines = [
		'---',
		'draft: true',
		`code: ${JSON.stringify(code)}`,
		`set: ${set.id}`,
		`status: ${facts?.status ?? 'current'}`,
		'title: TODO our own short name',
		'summary: TODO one sentence that says what the code means and what to do next.',
		'category: missing-information # TODO pick from src/lib/catalogue/categories.ts',
	];
	const kind = entryKind({ set: set.id, code }, lists);
	if (kind === 'reason') {
		lines.push(
			facts?.onlyGroups
				? `groupCodes: [${facts.onlyGroups.join(', ')}]`
				: 'groupCodes: [CO] # TODO the group codes this reason code is used with, most common first',
		);
		const notes = [
			facts?.onlyGroups
				? `TODO the official text allows this code only with group ${facts.onlyGroups.join(' or ')}; say so in our words.`
				: undefined,
			facts?.remarkRequired
				? 'TODO the official text requires a remark code with this code; say so in our words.'
				: undefined,
			facts?.policyReference
				? 'TODO the official text points to the policy reference segment of the 835; say so in our words.'
				: undefined,
		].filter(Boolean);
		if (notes.length) lines.push('usageNotes:', ...notes.map((n) => `  - ${n}`));
	}
	if (kind === 'alert-remark') {
		// An Alert passes on information: no causes, prevention, checks or reason codes.
		lines.push(
			'resolution:',
			'  routes: [informational]',
			'  why: TODO whether the alert asks anything of you, and what, in one or two sentences.',
			'related: []',
		);
	} else if (kind === 'remark') {
		lines.push(
			'checks:',
			'  - TODO the first thing to check on the claim or in the record for this remark, and what to change.',
			'  - TODO a second check or fix, as specific as the first.',
			'reasonCodes: ["16"] # TODO the reason codes (CARCs) this remark usually comes with, most common first',
			'claimFields: [] # TODO ids from src/lib/catalogue/claim-fields.ts when the remark names a claim field; else remove',
			'resolution:',
			'  routes: [corrected-claim] # TODO the routes that fix it, most likely first (src/lib/guidance/routes.ts)',
			'  why: TODO why this route fixes it, in one or two sentences.',
			'related: []',
		);
	} else
		lines.push(
			'causes:',
			'  - TODO name the claim field, document or rule that triggers this code.',
			'  - TODO a second cause, as specific as the first.',
			'  - TODO a third cause, as specific as the first.',
			'prevention:',
			'  - TODO a check someone can run before submitting the claim.',
			'  - TODO a second check someone can run before submitting.',
			'  - TODO a third check someone can run before submitting.',
			'resolution:',
			'  routes: [contact-payer] # TODO the routes that fix it, most likely first (src/lib/guidance/routes.ts)',
			'  why: TODO why this route fixes it, in one or two sentences.',
			'related: []',
		);
	// The official list of an official set is cited on every page automatically (src/lib/schema/code-entry.ts).
	if (set.official) lines.push('sources: [] # add any source the page relies on beyond the official list');
	else {
		// A payer's code: who uses it and the document that defines it (docs/style-guide.md, "Payer-specific codes").
		lines.splice(
			lines.indexOf(`status: ${facts?.status ?? 'current'}`) + 1,
			0,
			'payer: TODO the payer that prints this code, as its remittances name it',
		);
		lines.push(
			'sources:',
			'  - title: TODO the payer document that defines this code',
			'    url: https://example.com/TODO # TODO the payer page or PDF the code comes from',
		);
	}
	lines.push(
		`lastReviewed: ${options.today}`,
		'---',
		'',
		'TODO Explain in two short paragraphs, in our own words, what the code means and how a biller should read it. Do not copy the official description. See docs/style-guide.md.',
		'',
	);
	return { slug: slugFor(set.id, code), text: lines.join('\n') };
}

/** The steps from a finished draft to a published entry, printed by `npm run new-code` and listed in README.md. */
export const PUBLISH_STEPS = [
	['Write it', 'replace every TODO (values and # comments), then delete the line "draft: true"'],
	['Validate', 'npm run validate -- FILE'],
	['Pre-publish check', 'npm run prepublish-check (schema, facts, TODOs, sources, phrases, URLs, orphan guides)'],
	[
		'Record the new URLs',
		'npm run prepublish-check -- --update (or npm run build && npm run urls:update), then commit url-manifest.json',
	],
	['Test', 'npm test'],
] as const;

export function publishSteps(file: string): string {
	return [
		'To publish it:',
		...PUBLISH_STEPS.map(([step, how], i) => `  ${i + 1}. ${step}: ${how.replace('FILE', file)}`),
		'Preview while you write with npm run dev; the page lists any problem the validator finds.',
	].join('\n');
}
