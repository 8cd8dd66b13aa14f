/**
 * The next step for one adjustment (a group code and a reason code), with the
 * remark codes that explain it. The one rule, in one place:
 *
 * 1. The group code limits what may be done. CO (the provider absorbs the
 *    amount) and PI (the payer reduced it and says the patient does not owe
 *    it) never allow billing the patient. PR allows every route. OA and the
 *    legacy CR say nothing about who pays, so the reason code decides.
 * 2. A remark code on the same line or its claim narrows the reason: a
 *    remark whose own first (most likely) route the reason code also lists and
 *    the group allows picks that route, and the most decisive pick wins (ROUTE_PRIORITY: 16 with
 *    MA130 → new claim; 16 with N290 → corrected claim; with both → new claim).
 * 3. Otherwise the reason code's first route that the group allows.
 * 4. When the group rules out every route of the code (a patient-share code
 *    sent under CO or PI), the step is to contact the payer: the remittance
 *    contradicts itself, and the patient may not be billed.
 *
 * A remark that says the patient may not be billed (resolution.barsPatientBilling:
 * N781, a Qualified Medicare Beneficiary's deductible) rules out billing the
 * patient as CO does, whatever the group: the reason code's next route applies,
 * or, when billing the patient was its only route, the remark's own first route
 * (N781: bill the next payer), or else contacting the payer.
 */
import type { RouteId } from '../guidance/routes.ts';
import { getRoute, nextStep } from '../guidance/routes.ts';
import { groupAllows } from '../guidance/group-codes.ts';

export interface StepInput {
	/** The adjustment's group code (CO, PR, OA, PI, CR), or undefined for a bare reason code. */
	group: string | undefined;
	/** The reason code's routes, most likely first; undefined when the code has no page. */
	routes: readonly string[] | undefined;
	/** The routes of each remark code that applies (line and claim level), most likely first. */
	remarkRoutes?: readonly (readonly string[] | undefined)[];
	/** The first remark code that applies and says the patient may not be billed, with its routes. */
	patientBar?: { code: string; routes: readonly string[] } | undefined;
}

export interface Step {
	route: RouteId;
	/** Why this route, in one sentence, when the rule changed the code's own first route. */
	note?: string;
}

/**
 * The first of `remarks` that bars billing the patient (`bars`), with its routes from `remarkRoutes` (the same
 * order), as adjustmentStep's patientBar; the decoder and the workbench both find it this way.
 */
export function patientBarOf(
	remarks: readonly string[],
	remarkRoutes: readonly (readonly string[] | undefined)[],
	bars: (code: string) => boolean,
): StepInput['patientBar'] {
	const i = remarks.findIndex(bars);
	return i < 0 ? undefined : { code: remarks[i]!, routes: remarkRoutes[i] ?? [] };
}

/** The next step for one adjustment; undefined when the reason code has no page (no routes known). */
export function adjustmentStep({ group, routes, remarkRoutes = [], patientBar }: StepInput): Step | undefined {
	if (!routes || routes.length === 0) return undefined;
	const g = (group ?? '').toUpperCase();
	const byGroup = routes.filter((r) => getRoute(r) && groupAllows(g, r)) as RouteId[];
	const allowed = patientBar ? byGroup.filter((r) => r !== 'bill-patient') : byGroup;
	const barNote = patientBar && `Remark ${patientBar.code} says the patient may not be billed for this amount`;
	if (allowed.length === 0 && barNote) {
		const own = patientBar?.routes.find((r) => getRoute(r) && r !== 'bill-patient' && r !== 'informational') as
			RouteId | undefined;
		return own
			? { route: own, note: `${barNote}: its page says what to do instead.` }
			: { route: 'contact-payer', note: `${barNote}: ask the payer why the amount is the patient's.` };
	}
	if (allowed.length === 0) {
		return {
			route: 'contact-payer',
			note: `Group ${g} says the patient does not owe this amount, while this reason code’s only route is billing the patient: ask the payer which is right before you act.`,
		};
	}
	// A remark picks its own first route when the reason code allows it; the most decisive of those wins (ROUTE_PRIORITY).
	const picks = remarkRoutes.map((list) => (list?.[0] && allowed.includes(list[0] as RouteId) ? list[0] : undefined));
	const narrowed = nextStep(picks);
	if (narrowed && narrowed !== allowed[0])
		return { route: narrowed, note: 'A remark code on the line or claim narrows the reason code to this route.' };
	if (allowed[0] !== byGroup[0]) return { route: allowed[0]!, note: `${barNote}.` };
	if (narrowed) return { route: narrowed };
	if (allowed[0] !== routes[0])
		return { route: allowed[0]!, note: `Group ${g} rules out billing the patient for this amount.` };
	return { route: allowed[0]! };
}
