/**
 * The payer type ids, and what each payer type's appeal letter carries beyond
 * the shared skeleton. Kept apart from the rest of the registry
 * (payer-types.ts, which uses these) so the letter filler in the browser loads
 * only what letters need.
 */

/** Payer type ids. Never rename one: pages, the calculator and the API use them. */
export const PAYER_TYPE_IDS = [
	'medicare-ab',
	'medicare-advantage',
	'medicaid',
	'erisa',
	'commercial',
	'workers-comp',
	'auto-liability',
] as const;
export type PayerTypeId = (typeof PAYER_TYPE_IDS)[number];

/** What the payer type's appeal letter carries beyond the shared skeleton. */
export interface PayerLetter {
	/** What the first request is called, for the letter's RE line: "Request for redetermination". */
	request: string;
	/** The label of the patient's ID on this payer type's letters: "Medicare number (MBI)". */
	memberIdLabel: string;
	/** Placeholder keys the letter adds to its RE block for this payer type (src/lib/letter/placeholders.ts). */
	headerFields: readonly string[];
	/** The paragraph that states the writer's authority to appeal, when the payer type needs one. */
	authority?: string;
	/** What to enclose for that authority. */
	authorityAttachment?: string;
}

export const PAYER_LETTERS: Record<PayerTypeId, PayerLetter> = {
	'medicare-ab': {
		request: 'Request for redetermination',
		memberIdLabel: 'Medicare number (MBI)',
		headerFields: ['procedureCode'],
	},
	'medicare-advantage': {
		request: 'Request for reconsideration',
		memberIdLabel: 'Plan member ID',
		headerFields: ['procedureCode'],
		authority:
			'We are not under contract with the plan. We enclose a signed waiver of liability: we will not bill the enrollee for this service, whatever the outcome of this request.',
		authorityAttachment: 'The signed waiver of liability statement.',
	},
	medicaid: {
		request: 'Request for reconsideration',
		memberIdLabel: 'Medicaid ID',
		headerFields: ['state'],
	},
	erisa: {
		request: 'Appeal of an adverse benefit determination',
		memberIdLabel: 'Member ID',
		headerFields: ['groupNumber'],
		authority:
			'I am writing as the patient’s authorized representative for this appeal. The patient’s signed authorization is enclosed.',
		authorityAttachment: 'The patient’s signed authorized representative form.',
	},
	commercial: {
		request: 'Provider appeal',
		memberIdLabel: 'Member ID',
		headerFields: ['groupNumber'],
	},
	'workers-comp': {
		request: 'Request for reconsideration of a medical bill',
		memberIdLabel: 'Employee ID',
		headerFields: ['dateOfInjury', 'employerName', 'carrierClaimNumber', 'state'],
	},
	'auto-liability': {
		request: 'Request for reconsideration',
		memberIdLabel: 'Policy number',
		headerFields: ['dateOfInjury', 'carrierClaimNumber', 'state'],
	},
};

/** A payer type's letter parts, or undefined for an unknown id. */
export function getPayerLetter(id: string): PayerLetter | undefined {
	return (PAYER_TYPE_IDS as readonly string[]).includes(id) ? PAYER_LETTERS[id as PayerTypeId] : undefined;
}
