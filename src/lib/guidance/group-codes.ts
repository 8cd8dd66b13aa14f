/**
 * Claim adjustment group codes, in our own words. A group code sits in front
 * of every reason code on a remittance (CAS01 in an 835) and says who carries
 * the adjusted amount.
 */

export interface GroupCode {
	code: string;
	name: string;
	/** What the group means for who pays, in plain words. */
	whoPays: string;
	/** Legacy codes are recognised but cannot be chosen for new entries. */
	legacy: boolean;
}

export const GROUP_CODES = [
	{
		code: 'CO',
		name: 'Contractual Obligations',
		whoPays:
			'The provider absorbs the amount under its contract or a regulation. Do not bill the patient for it; write it off or dispute it with the payer.',
		legacy: false,
	},
	{
		code: 'PR',
		name: 'Patient Responsibility',
		whoPays: 'The patient (or the insured) owes the amount. You may bill the patient or a secondary payer for it.',
		legacy: false,
	},
	{
		code: 'OA',
		name: 'Other Adjustments',
		whoPays:
			'Neither the contract nor the patient explains the amount, so the payer used the catch-all group. Read the reason and remark codes to know what to do.',
		legacy: false,
	},
	{
		code: 'PI',
		name: 'Payer Initiated Reductions',
		whoPays:
			'The payer reduced the amount on its own judgement, without a contract term behind it. The payer says the patient does not owe it, so you take it up with the payer.',
		legacy: false,
	},
	{
		code: 'CR',
		name: 'Corrections and Reversals',
		whoPays:
			'A legacy group from the older 4010 format. Current (5010) remittances reverse a claim by repeating the original group codes with negative amounts instead.',
		legacy: true,
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
