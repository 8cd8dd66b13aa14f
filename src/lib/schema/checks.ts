/**
 * Cross-checks of one entry: rules that need more than one field, or the
 * official code-list facts. Each is a small named function the schema runs in
 * turn (code-entry.ts); each reports with `report(path, message)`.
 */
import { CODE_SET_IDS, getCodeSet, setFor, type CodeSet } from '../catalogue/code-sets.ts';
import { entryKind } from '../catalogue/entry-kind.ts';
import { getFacts, type FactsBySet } from '../facts/facts.ts';
import { routesIncludeAppeal } from '../guidance/routes.ts';
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
	resolution: { routes: readonly string[] };
	related: readonly { ref: string }[];
	sources: readonly { url: string }[];
	appeal?: { argument: readonly string[]; attachments: readonly string[] } | undefined;
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

/** A letter exactly when a route uses one. */
export function checkAppealMatchesRoutes({ entry, report }: CheckContext): void {
	const appealRoute = routesIncludeAppeal(entry.resolution.routes);
	if (appealRoute && !entry.appeal)
		report(
			['appeal'],
			'is required because resolution.routes includes "appeal": write appeal.argument (paragraphs) and appeal.attachments',
		);
	if (!appealRoute && entry.appeal)
		report(
			['appeal'],
			'must be left out because resolution.routes has no "appeal"; add "appeal" to the routes or remove the letter',
		);
}

/** Every [Placeholder] in the letter is in the registry. */
export function checkPlaceholders({ entry, report }: CheckContext): void {
	for (const field of ['argument', 'attachments'] as const) {
		entry.appeal?.[field].forEach((text, i) => {
			for (const problem of findUnknownPlaceholders(text))
				report(['appeal', field, i], describePlaceholderProblem(problem));
		});
	}
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
	checkPlaceholders,
	checkRelated,
] as const;
