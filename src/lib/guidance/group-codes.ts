/**
 * Claim adjustment group codes, in our own words. A group code sits in front
 * of every reason code on a remittance (CAS01 in an 835) and says who carries
 * the adjusted amount.
 */
import type { RouteId } from './routes.ts';

export interface GroupCode {
	code: string;
	name: string;
	/** What the group means for who pays, in plain words. */
	whoPays: string;
	/** Legacy codes are recognised but cannot be chosen for new entries. */
	legacy: boolean;
	/** Routes the group rules out whatever the reason code: CO and PI amounts may not be billed to the patient. */
	ruledOut: readonly RouteId[];
}

export const GROUP_CODES = [
	{
		code: 'CO',
		name: 'Contractual Obligations',
		whoPays:
			'The provider carries the amount under its contract or a regulation. The patient may not be billed for it.',
		legacy: false,
		ruledOut: ['bill-patient'],
	},
	{
		code: 'PR',
		name: 'Patient Responsibility',
		whoPays:
			'The patient (or the insured) owes the amount, within the limits of the payer type and your contract, or a secondary payer covers it.',
		legacy: false,
		ruledOut: [],
	},
	{
		code: 'OA',
		name: 'Other Adjustments',
		whoPays:
			'Neither the contract nor the patient explains the amount, so the payer used the catch-all group. The reason and remark codes say who carries it.',
		legacy: false,
		ruledOut: [],
	},
	{
		code: 'PI',
		name: 'Payer Initiated Reductions',
		whoPays:
			'The payer reduced the amount on its own judgement, without a contract term behind it. The payer says the patient does not owe it.',
		legacy: false,
		ruledOut: ['bill-patient'],
	},
	{
		code: 'CR',
		name: 'Corrections and Reversals',
		whoPays:
			'A legacy group from the older 4010 format. Current (5010) remittances reverse a claim by repeating the original group codes with negative amounts instead.',
		legacy: true,
		ruledOut: [],
	},
] as const satisfies readonly GroupCode[];

export type GroupCodeId = (typeof GROUP_CODES)[number]['code'];

/** Group codes an entry may list: every non-legacy group code. */
export const ACTIVE_GROUP_CODES = GROUP_CODES.filter((g) => !g.legacy).map((g) => g.code) as ['CO', 'PR', 'OA', 'PI'];

/** Every group code, legacy CR included: what a remittance may carry. */
export const GROUP_CODE_IDS: readonly GroupCodeId[] = GROUP_CODES.map((g) => g.code);

/** A regular-expression alternation of every group code ("CO|PR|OA|PI|CR"), for parsers that read typed codes. */
export const GROUP_CODE_ALTERNATION = GROUP_CODE_IDS.join('|');

export function getGroupCode(code: string): GroupCode | undefined {
	return GROUP_CODES.find((g) => g.code === code.toUpperCase());
}

/** Whether a string is a group code (any letter case), legacy CR included. */
export function isGroupCode(code: string): code is GroupCodeId {
	return getGroupCode(code) !== undefined;
}

/** Whether a group code allows a route (an unknown or missing group allows every route). */
export function groupAllows(group: string | undefined, route: string): boolean {
	return !(getGroupCode(group ?? '')?.ruledOut ?? []).includes(route as RouteId);
}
