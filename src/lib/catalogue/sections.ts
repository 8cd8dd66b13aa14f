import { CODE_LISTS, type FactsBySet } from '../facts/facts.ts';
import { callsForAction, entryKind } from './entry-kind.ts';
import { allRoutes, type WithOverrides } from '../guidance/route-choice.ts';
import type { RouteId } from '../guidance/routes.ts';

/**
 * The sections of a code page. Their ids are a public contract: trainers link
 * to them (/codes/carc-16/#causes). Never rename or remove one.
 */
export const CODE_PAGE_SECTIONS = [
	{ id: 'explanation', label: 'What it means' },
	{ id: 'group-codes', label: 'Group codes and usage' },
	{ id: 'causes', label: 'Common causes' },
	{ id: 'prevention', label: 'How to prevent it' },
	{ id: 'what-to-check', label: 'What to check and fix' },
	{ id: 'resolution', label: 'How to resolve it' },
	{ id: 'appeal-letter', label: 'Appeal letter' },
	{ id: 'related', label: 'Related codes' },
	{ id: 'sources', label: 'Sources' },
] as const;

export type SectionId = (typeof CODE_PAGE_SECTIONS)[number]['id'];

/** Sections every code page that calls for action has. */
export const REQUIRED_SECTION_IDS = [
	'explanation',
	'causes',
	'prevention',
	'resolution',
	'appeal-letter',
	'related',
	'sources',
] as const;

/**
 * The sections an entry's page shows, with no empty ones: group codes only for
 * reason codes; causes, prevention and checks only when the entry has them (an
 * Alert remark code explains nothing that went wrong, so it has none). A remark
 * code that calls for no action (an Alert, a deactivated or informational
 * remark) has no appeal-letter section either: there is nothing to appeal.
 */
export function sectionsFor(
	entry: {
		set: string;
		code: string;
		status: string;
		causes: readonly string[];
		prevention: readonly string[];
		checks?: readonly string[];
		resolution: { routes: readonly RouteId[] } & WithOverrides<{ routes: readonly RouteId[] }>;
	},
	lists: FactsBySet = CODE_LISTS,
) {
	const kind = entryKind(entry, lists);
	const remark = kind === 'remark' || kind === 'alert-remark';
	const hasLetterSection = !remark || callsForAction(entry, lists) || allRoutes(entry.resolution).includes('appeal');
	return CODE_PAGE_SECTIONS.filter(
		(s) =>
			(s.id !== 'group-codes' || kind === 'reason') &&
			(s.id !== 'causes' || entry.causes.length > 0) &&
			(s.id !== 'prevention' || entry.prevention.length > 0) &&
			(s.id !== 'what-to-check' || (entry.checks?.length ?? 0) > 0) &&
			(s.id !== 'appeal-letter' || hasLetterSection),
	);
}

export function sectionLabel(id: SectionId): string {
	return CODE_PAGE_SECTIONS.find((s) => s.id === id)!.label;
}
