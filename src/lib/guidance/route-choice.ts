/**
 * Which routes apply to an entry in a situation: the payer type chosen on the
 * page (or in the workbench) and the group code on the remittance. One rule,
 * used by code pages, the workbench, the API and the validator:
 *
 * 1. A payer-type override applies when the group code allows all its routes.
 * 2. Otherwise a group-code override applies, when the entry has one.
 * 3. Otherwise the default routes.
 * Routes the group code rules out (billing the patient under CO or PI) are
 * then dropped; the validator makes sure an entry never relies on that drop
 * (a group that rules out a default route needs its own override and why).
 */
import { groupAllows } from './group-codes.ts';
import type { RouteId } from './routes.ts';

export interface RouteChoice {
	routes: readonly RouteId[];
	why: string;
}

/** The overrides of a default choice; `C` is a route choice, or just its routes where the why is not needed. */
export interface WithOverrides<C> {
	byPayer?: Partial<Record<string, C | undefined>> | undefined;
	byGroup?: Partial<Record<string, C | undefined>> | undefined;
}

export type Resolution = RouteChoice &
	WithOverrides<RouteChoice> & {
		/** Remark codes only: the remark says the patient may not be billed for what it explains. */
		barsPatientBilling?: true | undefined;
	};

export interface Situation {
	payerType?: string | undefined;
	group?: string | undefined;
}

type Applied<C> = C & {
	/** Where the choice came from. */
	basis: 'payer' | 'group' | 'default';
};

export type AppliedChoice = Applied<RouteChoice>;

const allowedBy = (group: string | undefined, choice: { routes: readonly string[] }) =>
	choice.routes.every((r) => groupAllows(group, r));

/** The routes (and why) that apply in a situation (see the rule above). */
export function routesFor<C extends { routes: readonly string[] }>(
	resolution: C & WithOverrides<C>,
	{ payerType, group }: Situation = {},
): Applied<C> {
	const payer = payerType ? resolution.byPayer?.[payerType] : undefined;
	if (payer && allowedBy(group, payer)) return { ...payer, basis: 'payer' };
	const byGroup = group ? resolution.byGroup?.[group.toUpperCase()] : undefined;
	const chosen: C = byGroup ?? resolution;
	return {
		...chosen,
		routes: chosen.routes.filter((r) => groupAllows(group, r)),
		basis: byGroup ? 'group' : 'default',
	};
}

/** Every route an entry uses in any situation, default first: for filters and the decision whether to show a letter. */
export function allRoutes(
	resolution: { routes: readonly RouteId[] } & WithOverrides<{ routes: readonly RouteId[] }>,
): RouteId[] {
	const all = [
		...resolution.routes,
		...Object.values(resolution.byPayer ?? {}).flatMap((c) => c?.routes ?? []),
		...Object.values(resolution.byGroup ?? {}).flatMap((c) => c?.routes ?? []),
	];
	return [...new Set(all)];
}
