/**
 * Cross-checks of one entry: rules that need more than one field, or the
 * official code-list facts. Each is a small named function the schema runs in
 * turn (code-entry.ts); each reports with `report(path, message)`.
 */
import { CODE_SET_IDS, getCodeSet, setFor, type CodeSet } from '../catalogue/code-sets.ts';
import { entryKind } from '../catalogue/entry-kind.ts';
import { getFacts, type FactsBySet } from '../facts/facts.ts';
import { routesIncludeAppeal } from '../guidance/routes.ts';
import { getGroupCode } from '../guidance/group-codes.ts';
import { allRoutes, type Resolution } from '../guidance/route-choice.ts';
import { findHedges, requestSentences } from '../letter/letter-rules.ts';
import { describePlaceholderProblem, findUnknownPlaceholders } from '../letter/template.ts';
import { oneOf, parseRef, summaryAddsTooLittle } from './fields.ts';
import { describeBadRef, suggestRef } from '../validation/messages.ts';

/** The parsed entry, whatever its set: the fields every check may read. */
export interface CheckedEntry {
	set: string;
	code: string;
	status: string;
	title: string;
	summary: string;
	causes: readonly string[];
	prevention: readonly string[];
	checks?: readonly string[] | undefined;
	reasonCodes?: readonly { code: string }[] | undefined;
	groupCodes?: readonly string[] | undefined;
	resolution: Resolution;
	related: readonly { ref: string }[];
	sources: readonly { url: string }[];
	appeal?: CheckedLetter | undefined;
}

interface LetterText {
	argument: readonly string[];
	attachments: readonly string[];
}

interface CheckedLetter extends LetterText {
	name?: string | undefined;
	variants?: readonly (LetterText & { name: string })[] | undefined;
}

export type Report = (path: PropertyKey[], message: string) => void;

export interface CheckContext {
	entry: CheckedEntry;
	set: CodeSet;
	lists: FactsBySet;
	report: Report;
}

/** The code is well formed for its set. Other checks only make sense when it is. */
export function checkCodeFormat({ entry, set, report }: CheckContext): boolean {
	if (set.codePattern.test(entry.code)) return true;
	report(['code'], `"${entry.code}" is not a valid ${set.label} code: use ${set.codePatternHelp}`);
	return false;
}

/** An official code exists in its list, with the status and group codes the list allows. */
export function checkOfficialFacts({ entry, set, lists, report }: CheckContext): void {
	if (!set.official) return;
	const facts = getFacts(lists, entry.set, entry.code);
	const listDate = lists[entry.set]?.listDate ?? 'unknown';
	if (!facts) {
		report(
			['code'],
			`${set.label} ${entry.code} is not in the official code list (src/data/code-lists/${entry.set}.json, list of ${listDate}). Check the code, or refresh the list with npm run sync-code-lists.`,
		);
		return;
	}
	if (facts.status !== entry.status) {
		report(
			['status'],
			`must be "${facts.status}": the official list of ${listDate} marks ${set.label} ${entry.code} as ${facts.status}`,
		);
	}
	if (facts.onlyGroups && entry.groupCodes) {
		const bad = entry.groupCodes.filter((g) => !facts.onlyGroups!.includes(g));
		if (bad.length)
			report(
				['groupCodes'],
				`${bad.join(', ')} not allowed: the official text allows ${set.label} ${entry.code} only with ${facts.onlyGroups.join(' or ')}`,
			);
	}
}

const ALERT_EMPTY =
	'must be left out: an Alert remark code only passes on information; say in the explanation what it tells you and whether to act';

/** The sections an entry must fill depend on its kind: what went wrong and how to prevent it, or what to check. */
export function checkKindShape({ entry, lists, report }: CheckContext): void {
	switch (entryKind(entry, lists)) {
		case 'alert-remark':
			for (const field of ['causes', 'prevention', 'checks', 'reasonCodes'] as const)
				if (entry[field]?.length) report([field], ALERT_EMPTY);
			return;
		case 'remark':
			if (!entry.checks?.length)
				report(['checks'], 'checks must list at least one thing to check or fix for this remark code');
			if (!entry.reasonCodes?.length)
				report(
					['reasonCodes'],
					'reasonCodes must list at least one reason code (CARC) this remark usually comes with, such as "16"',
				);
			return;
		default:
			if (entry.causes.length === 0) report(['causes'], 'causes must list at least one cause');
			if (entry.prevention.length === 0) report(['prevention'], 'prevention must list at least one step');
	}
}

/** The reason codes a remark explains exist in the CARC list. */
export function checkReasonCodes({ entry, lists, report }: CheckContext): void {
	const reasonSet = setFor('reason').id;
	entry.reasonCodes?.forEach(({ code }, i) => {
		if (!getFacts(lists, reasonSet, code))
			report(['reasonCodes', i], `CARC ${code} is not in the official reason code list`);
	});
}

/** A payer's own code cites the payer's document or the page it came from: nothing else vouches for it. */
export function checkSources({ entry, set, report }: CheckContext): void {
	if (!set.officialListUrl && entry.sources.length === 0)
		report(['sources'], 'sources must list at least one source: the payer document or page the code comes from');
}

export function checkSummary({ entry, report }: CheckContext): void {
	if (summaryAddsTooLittle(entry.title, entry.summary))
		report(['summary'], 'only repeats the title: say what the code means and what to do next');
}

/** A letter exactly when a route, in any situation, uses one. */
export function checkAppealMatchesRoutes({ entry, report }: CheckContext): void {
	const appealRoute = routesIncludeAppeal(allRoutes(entry.resolution));
	if (appealRoute && !entry.appeal)
		report(
			['appeal'],
			'is required because a route in resolution is "appeal": write appeal.argument (paragraphs) and appeal.attachments',
		);
	if (!appealRoute && entry.appeal)
		report(
			['appeal'],
			'must be left out because no route in resolution is "appeal"; add "appeal" to the routes or remove the letter',
		);
}

const sameRoutes = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

/**
 * Routes and group codes never disagree: a group that rules out a route (CO and PI rule out billing the patient)
 * needs its own routes and why in resolution.byGroup wherever the default or a payer type would use that route;
 * byGroup is for reason codes and their listed groups only; an override differs from the default.
 */
export function checkRoutesAgreeWithGroups({ entry, report }: CheckContext): void {
	const { resolution } = entry;
	const groups = entry.groupCodes ?? [];
	if (resolution.byGroup && entry.set !== 'carc') {
		report(['resolution', 'byGroup'], 'only reason codes (CARC) have group codes; remove resolution.byGroup');
		return;
	}
	for (const [group, choice] of Object.entries(resolution.byGroup ?? {})) {
		if (!choice) continue;
		if (!groups.includes(group))
			report(
				['resolution', 'byGroup', group],
				`the entry does not list group ${group} in groupCodes (${groups.join(', ')}); add it there or remove this override`,
			);
		for (const route of getGroupCode(group)?.ruledOut ?? [])
			if (choice.routes.includes(route))
				report(
					['resolution', 'byGroup', group, 'routes'],
					`"${route}" is ruled out by group ${group}: ${getGroupCode(group)!.whoPays}`,
				);
		if (sameRoutes(choice.routes, resolution.routes) && choice.why === resolution.why)
			report(['resolution', 'byGroup', group], 'is the same as the default routes and why; remove it');
	}
	for (const group of groups) {
		if (resolution.byGroup?.[group]) continue;
		const ruled = getGroupCode(group)?.ruledOut ?? [];
		const bad = resolution.routes.filter((r) => ruled.includes(r));
		if (bad.length)
			report(
				['resolution', 'routes'],
				`includes "${bad.join('", "')}", which group ${group} rules out (${getGroupCode(group)!.whoPays}) and this entry is used with ${group}: add resolution.byGroup.${group} with the routes and why for a ${group} adjustment`,
			);
		for (const [payer, choice] of Object.entries(resolution.byPayer ?? {})) {
			const badPayer = choice?.routes.filter((r) => ruled.includes(r)) ?? [];
			if (badPayer.length)
				report(
					['resolution', 'byPayer', payer, 'routes'],
					`includes "${badPayer.join('", "')}", which group ${group} rules out, and this entry is used with ${group}: add resolution.byGroup.${group} for a ${group} adjustment`,
				);
		}
	}
	for (const [payer, choice] of Object.entries(resolution.byPayer ?? {}))
		if (choice && sameRoutes(choice.routes, resolution.routes) && choice.why === resolution.why)
			report(['resolution', 'byPayer', payer], 'is the same as the default routes and why; remove it');
}

/**
 * A remark that bars billing the patient (resolution.barsPatientBilling) is a remark code, and none of its routes,
 * for any payer type, bills the patient.
 */
export function checkPatientBar({ entry, report }: CheckContext): void {
	const { resolution } = entry;
	if (!resolution.barsPatientBilling) return;
	if (entry.set !== 'rarc') {
		report(
			['resolution', 'barsPatientBilling'],
			'only remark codes (RARC) can bar billing the patient; a reason code says it through its group codes and byGroup',
		);
		return;
	}
	if (resolution.routes.includes('bill-patient'))
		report(
			['resolution', 'routes'],
			'includes "bill-patient", but resolution.barsPatientBilling says the patient may not be billed: remove one of them',
		);
	for (const [payer, choice] of Object.entries(resolution.byPayer ?? {}))
		if (choice?.routes.includes('bill-patient'))
			report(
				['resolution', 'byPayer', payer, 'routes'],
				'includes "bill-patient", but resolution.barsPatientBilling says the patient may not be billed',
			);
}

/** The main letter and each variant, with the path a problem in it is reported under. */
function lettersOf(appeal: CheckedLetter): { path: PropertyKey[]; letter: LetterText }[] {
	return [
		{ path: ['appeal'], letter: appeal },
		...(appeal.variants ?? []).map((letter, i) => ({ path: ['appeal', 'variants', i], letter })),
	];
}

/** Each letter argues one situation, with one request; variants are named, and the main letter too when there are variants. */
export function checkLetters({ entry, report }: CheckContext): void {
	const appeal = entry.appeal;
	if (!appeal) return;
	const letters = lettersOf(appeal);
	for (const { path, letter } of letters) {
		letter.argument.forEach((paragraph, i) => {
			for (const hedge of findHedges(paragraph))
				report(
					[...path, 'argument', i],
					`hedges between situations (${hedge}): argue one situation, and write a named variant (appeal.variants) for the other`,
				);
		});
		letter.attachments.forEach((item, i) => {
			for (const hedge of findHedges(item))
				report(
					[...path, 'attachments', i],
					`hedges (${hedge}): list what this letter's situation encloses, and put other situations' enclosures in their variant`,
				);
		});
		const requests = requestSentences(letter.argument);
		if (requests.length === 0)
			report(
				[...path, 'argument'],
				'has no request: end the argument with one sentence that says what you ask the payer to do ("Please reprocess the claim and pay it as billed.")',
			);
		if (requests.length > 1)
			report(
				[...path, 'argument'],
				`asks ${requests.length} times ("${requests.map((r) => r.slice(0, 40)).join('", "')}"): keep one request sentence`,
			);
	}
	if (appeal.variants?.length && !appeal.name)
		report(['appeal', 'name'], 'is required when there are variants: name the situation the main letter argues');
	const names = [appeal.name, ...(appeal.variants ?? []).map((v) => v.name)]
		.filter(Boolean)
		.map((n) => n!.toLowerCase());
	names.forEach((name, i) => {
		if (names.indexOf(name) !== i)
			report(['appeal', 'variants'], `two letters are named "${name}": name each situation differently`);
	});
}

/** Every [Placeholder] in the letter and its variants is in the registry. */
export function checkPlaceholders({ entry, report }: CheckContext): void {
	const appeal = entry.appeal;
	if (!appeal) return;
	const letters = lettersOf(appeal);
	for (const { path, letter } of letters)
		for (const field of ['argument', 'attachments'] as const)
			letter[field].forEach((text, i) => {
				for (const problem of findUnknownPlaceholders(text))
					report([...path, field, i], describePlaceholderProblem(problem));
			});
}

/** Related codes name a known set, not the entry itself, and an official code that exists. */
export function checkRelated({ entry, lists, report }: CheckContext): void {
	const selfRef = `${entry.set}:${entry.code}`;
	const reasonRefs = new Set(entry.reasonCodes?.map(({ code }) => `${setFor('reason').id}:${code}`));
	entry.related.forEach((item, i) => {
		if (reasonRefs.has(item.ref))
			report(
				['related', i, 'ref'],
				`${item.ref} is already in reasonCodes, which the page lists first among related codes; move its note there ({ code, note }) and remove it here`,
			);
		const { set: refSet, code } = parseRef(item.ref);
		const target = getCodeSet(refSet);
		if (!target)
			report(
				['related', i, 'ref'],
				suggestRef(item.ref)
					? describeBadRef(item.ref)
					: `unknown code set "${refSet}": use one of ${oneOf(CODE_SET_IDS)}`,
			);
		else if (item.ref === selfRef) report(['related', i, 'ref'], 'an entry cannot list itself as related');
		else if (target.official && !getFacts(lists, refSet, code)) {
			const fix = suggestRef(item.ref);
			const hint =
				fix && getFacts(lists, parseRef(fix.ref).set, parseRef(fix.ref).code) ? `: write ${fix.ref} (${fix.why})` : '';
			report(['related', i, 'ref'], `${target.label} ${code} does not exist in the official code list${hint}`);
		}
	});
}

/** Every check, in the order they run after the code's format is confirmed. */
export const ENTRY_CHECKS = [
	checkOfficialFacts,
	checkKindShape,
	checkReasonCodes,
	checkSources,
	checkSummary,
	checkAppealMatchesRoutes,
	checkRoutesAgreeWithGroups,
	checkPatientBar,
	checkLetters,
	checkPlaceholders,
	checkRelated,
] as const;
