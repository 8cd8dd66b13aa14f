/**
 * Resolution routes: what a biller does about a code. An entry lists one or
 * more, most likely first.
 */

export interface ResolutionRoute {
	id: string;
	label: string;
	/** One sentence that explains the route to a biller. */
	description: string;
	/** Whether this route uses the appeal letter. */
	usesAppealLetter: boolean;
	/**
	 * How decisive the route is when several codes on one line point different ways, 1 being the most: a claim
	 * that must be sent again (new or corrected claim) comes before an appeal, and an appeal before billing the
	 * patient. The decoder's next step is the most decisive route among a line's codes.
	 */
	rank: number;
}

export const ROUTES = [
	{
		id: 'appeal',
		label: 'Appeal',
		description:
			'Ask the payer to review its decision because the claim was right as billed. Send a letter with the evidence.',
		usesAppealLetter: true,
		rank: 4,
	},
	{
		id: 'corrected-claim',
		label: 'Corrected claim',
		description:
			'Fix the claim and send it again as a replacement of the original, the way the payer asks for corrected claims.',
		usesAppealLetter: false,
		rank: 2,
	},
	{
		id: 'reopening',
		label: 'Reopening',
		description: 'Ask the payer to reopen a processed claim to fix a clerical error, without a formal appeal.',
		usesAppealLetter: false,
		rank: 5,
	},
	{
		id: 'new-claim',
		label: 'New claim',
		description:
			'The claim was never accepted for processing. Send a new, complete claim; an appeal will not be heard.',
		usesAppealLetter: false,
		rank: 1,
	},
	{
		id: 'bill-patient',
		label: 'Bill the patient',
		description: 'The amount is the patient’s share. Bill the patient, or the patient’s secondary coverage, for it.',
		usesAppealLetter: false,
		rank: 7,
	},
	{
		id: 'bill-other-payer',
		label: 'Bill another payer',
		description:
			'Another payer is responsible. Send the claim to that payer, with this remittance if it is a secondary claim.',
		usesAppealLetter: false,
		rank: 3,
	},
	{
		id: 'write-off',
		label: 'Write off',
		description:
			'The adjustment follows the contract or a rule. Post it as a contractual adjustment; there is nothing to recover.',
		usesAppealLetter: false,
		rank: 8,
	},
	{
		id: 'contact-payer',
		label: 'Contact the payer',
		description: 'The remittance alone does not say enough. Call the payer or check its portal before you act.',
		usesAppealLetter: false,
		rank: 6,
	},
	{
		id: 'informational',
		label: 'Informational',
		description: 'The code passes on information. No action is needed unless the rest of the remittance asks for one.',
		usesAppealLetter: false,
		rank: 9,
	},
] as const satisfies readonly ResolutionRoute[];

export type RouteId = (typeof ROUTES)[number]['id'];

export const ROUTE_IDS = ROUTES.map((r) => r.id) as [RouteId, ...RouteId[]];

export function getRoute(id: string): ResolutionRoute | undefined {
	return (ROUTES as readonly ResolutionRoute[]).find((r) => r.id === id);
}

/** Whether a list of routes calls for the appeal letter. */
export function routesIncludeAppeal(routes: readonly string[]): boolean {
	return routes.some((id) => getRoute(id)?.usesAppealLetter === true);
}

/** Route ids from most to least decisive (see `rank`). */
export const ROUTE_PRIORITY: readonly RouteId[] = [...ROUTES].sort((a, b) => a.rank - b.rank).map((r) => r.id);

/** The most decisive route among a line's codes, given each code's route; undefined when none is known. */
export function nextStep(routes: readonly (string | undefined)[]): RouteId | undefined {
	return ROUTE_PRIORITY.find((route) => routes.includes(route));
}

/** The first (most likely) route of a non-empty route list. */
export function primaryRoute(routes: readonly string[]): ResolutionRoute {
	const route = getRoute(routes[0] ?? '');
	if (!route) throw new Error(`unknown route "${routes[0]}"`);
	return route;
}
