/**
 * Payer types: the one registry of what changes with the kind of payer on the
 * remittance. Each type carries its appeal levels and time limits (or where to
 * check when no single rule exists), who may appeal and what that needs, how
 * it takes corrections, what limits billing the patient, and what its appeal
 * letter must carry. Every rule has a source; where we could not source one,
 * the text says where to check instead of stating a figure.
 *
 * Used by the deadline calculator and guide, by code pages (route, deadline
 * box and letter switch with the payer type), by the letter and by the API.
 */
import { UB_04_SOURCE } from '../catalogue/claim-fields.ts';
import { PAYER_LETTERS, PAYER_TYPE_IDS, type PayerLetter, type PayerTypeId } from './payer-letters.ts';

export { PAYER_TYPE_IDS, type PayerLetter, type PayerTypeId };

export interface Source {
	title: string;
	url: string;
}

/** A rule in plain words with the sources that state it; `sources` is empty only for "check X" pointers. */
export interface Rule {
	text: string;
	sources: Source[];
}

export interface AppealLevel {
	id: string;
	name: string;
	/** Days allowed to file this level. */
	days: number;
	/** What the clock counts from. */
	from: string;
	/** Whether receipt of the notice is presumed some days after its date. */
	presumedReceiptDays: number;
	citation: Source;
}

export interface PayerType {
	id: PayerTypeId;
	name: string;
	/** A short name for choices and tables: "Medicare", "Employer plan". */
	shortName: string;
	/** The appeal levels with a single time limit we could source. Empty when the state or contract sets them. */
	levels: AppealLevel[];
	/** Where to find the limits this registry does not list (state rules, contracts), with a source where one exists. */
	whereToCheck?: Rule;
	/** Who may appeal and what that requires. */
	whoMayAppeal: Rule;
	/** How the payer type takes corrections (reopening, replacement claim, new claim). */
	corrections: Rule;
	/** What limits billing the patient. */
	patientBilling: Rule;
	/** The limit for filing the claim itself, when one rule sets it. */
	filingLimit?: Rule;
	letter: PayerLetter;
	/** Plain-language caveats shown with deadline results. */
	notes: string[];
}

const ECFR = (path: string) => `https://www.ecfr.gov/current/${path}`;
const cfr = (title: string, path: string): Source => ({ title, url: ECFR(path) });
/** How private plans take corrections, unless their manual says otherwise. */
const REPLACEMENT_CLAIM: Rule = {
	text: 'Send a replacement claim (frequency code 7, with the payer’s original claim number), unless the plan’s manual says otherwise.',
	sources: [UB_04_SOURCE],
};
/** What limits billing a member of a private plan. */
const NETWORK_AND_SURPRISE_BILLING: Rule = {
	text: 'Your network contract limits what you may bill a plan member. Out of network, the No Surprises Act bars balance billing for emergency care and for some care at in-network facilities.',
	sources: [{ title: '45 CFR part 149 (surprise billing protections)', url: ECFR('title-45/part-149') }],
};
const NO_WEEKEND_SHIFT = 'This calculator does not move a deadline that falls on a weekend or holiday.';

export const PAYER_TYPES: PayerType[] = [
	{
		id: 'medicare-ab',
		name: 'Medicare Parts A and B (fee-for-service)',
		shortName: 'Medicare',
		notes: [
			'Each level’s clock starts when you receive the decision of the level before it. Receipt is presumed to be 5 days after the date on the notice unless there is evidence otherwise.',
			'A late redetermination request can still be heard if you show good cause for the delay (42 CFR 405.942(b)).',
			'An ALJ hearing and federal court review also need a minimum amount in controversy, which changes every year; check the current figure before filing.',
			NO_WEEKEND_SHIFT,
		],
		levels: [
			{
				id: 'redetermination',
				name: 'Redetermination (Medicare Administrative Contractor)',
				days: 120,
				from: 'receipt of the initial determination (the remittance or notice)',
				presumedReceiptDays: 5,
				citation: cfr('42 CFR 405.942', 'title-42/section-405.942'),
			},
			{
				id: 'reconsideration',
				name: 'Reconsideration (Qualified Independent Contractor)',
				days: 180,
				from: 'receipt of the redetermination',
				presumedReceiptDays: 5,
				citation: cfr('42 CFR 405.962', 'title-42/section-405.962'),
			},
			{
				id: 'alj',
				name: 'Administrative Law Judge hearing',
				days: 60,
				from: 'receipt of the reconsideration',
				presumedReceiptDays: 5,
				citation: cfr('42 CFR 405.1014', 'title-42/section-405.1014'),
			},
			{
				id: 'council',
				name: 'Medicare Appeals Council review',
				days: 60,
				from: 'receipt of the ALJ decision',
				presumedReceiptDays: 5,
				citation: cfr('42 CFR 405.1102', 'title-42/section-405.1102'),
			},
			{
				id: 'court',
				name: 'Federal district court',
				days: 60,
				from: 'receipt of the Council decision',
				presumedReceiptDays: 5,
				citation: cfr('42 CFR 405.1130', 'title-42/section-405.1130'),
			},
		],
		whoMayAppeal: {
			text: 'Providers, and suppliers who accepted assignment, are parties to the initial determination and may request a redetermination themselves.',
			sources: [cfr('42 CFR 405.906', 'title-42/section-405.906')],
		},
		corrections: {
			text: 'Fix a clerical error or a minor omission with a reopening, not an appeal: within 1 year of the initial determination for any reason, within 4 years for good cause. Do not send the same claim again as a new one.',
			sources: [cfr('42 CFR 405.980', 'title-42/section-405.980')],
		},
		patientBilling: {
			text: 'You may bill a patient for a service denied as not reasonable and necessary only if you gave a valid advance written notice (ABN) before the service. Patients in the Qualified Medicare Beneficiary program may not be billed Medicare deductibles, coinsurance or copayments.',
			sources: [
				cfr('42 CFR 411.404', 'title-42/section-411.404'),
				{
					title: 'Social Security Act §1902(n)(3)(B) (QMB billing)',
					url: 'https://www.ssa.gov/OP_Home/ssact/title19/1902.htm',
				},
			],
		},
		filingLimit: {
			text: 'Claims must be filed within 12 months after the date of service.',
			sources: [cfr('42 CFR 424.44', 'title-42/section-424.44')],
		},
		letter: PAYER_LETTERS['medicare-ab'],
	},
	{
		id: 'medicare-advantage',
		name: 'Medicare Advantage (Part C)',
		shortName: 'Medicare Advantage',
		notes: [
			'Only the first level is calculated here. After an adverse reconsideration the plan must forward the case to an independent review entity itself; later levels follow the Medicare rules from that decision.',
			'A late request can still be heard if you show good cause for the delay (42 CFR 422.582(c)).',
			'Contracted providers usually follow the dispute process in their plan contract instead; check it.',
			NO_WEEKEND_SHIFT,
		],
		levels: [
			{
				id: 'ma-reconsideration',
				name: 'Reconsideration by the plan',
				days: 65,
				from: 'the date of the organization determination notice',
				presumedReceiptDays: 0,
				citation: cfr('42 CFR 422.582', 'title-42/section-422.582'),
			},
		],
		whoMayAppeal: {
			text: 'A provider without a contract with the plan may request a reconsideration of a payment denial after it signs a waiver of liability, which bars it from billing the enrollee whatever the outcome. A contracted provider uses the dispute process in its contract with the plan instead.',
			sources: [cfr('42 CFR 422.578', 'title-42/section-422.578')],
		},
		corrections: {
			text: 'Each plan sets how it takes corrected claims; check the plan’s provider manual before you send one.',
			sources: [],
		},
		patientBilling: {
			text: 'A contracted provider may not hold the enrollee liable for amounts the plan owes, beyond the plan’s cost sharing.',
			sources: [cfr('42 CFR 422.504', 'title-42/section-422.504')],
		},
		letter: PAYER_LETTERS['medicare-advantage'],
	},
	{
		id: 'medicaid',
		name: 'Medicaid (state programs and managed care plans)',
		shortName: 'Medicaid',
		notes: [
			'Only the managed care appeal filed for the enrollee is calculated here. Provider appeals and payment disputes with the state or the plan follow state rules and the plan contract; use the limit printed on the notice.',
			NO_WEEKEND_SHIFT,
		],
		levels: [
			{
				id: 'medicaid-mco-appeal',
				name: 'Appeal to the managed care plan, filed for the enrollee with written consent',
				days: 60,
				from: 'the date on the adverse benefit determination notice',
				presumedReceiptDays: 0,
				citation: cfr('42 CFR 438.402', 'title-42/section-438.402'),
			},
		],
		whereToCheck: {
			text: 'Medicaid appeal levels and time limits for providers are set by each state, and managed care plans add their own. Check the limit printed on the notice, your state Medicaid provider manual and the plan contract.',
			sources: [],
		},
		whoMayAppeal: {
			text: 'With the enrollee’s written consent, and where state law allows, a provider may appeal a managed care plan’s decision on the enrollee’s behalf. Appeals in your own name follow the state’s provider rules and your plan contract.',
			sources: [cfr('42 CFR 438.402', 'title-42/section-438.402')],
		},
		corrections: {
			text: 'Each state, and each managed care plan, sets how it takes corrected claims; check the state Medicaid provider manual or the plan’s manual.',
			sources: [],
		},
		patientBilling: {
			text: 'You must accept the Medicaid payment as payment in full, apart from the cost sharing the state allows. Do not bill the patient the rest.',
			sources: [cfr('42 CFR 447.15', 'title-42/section-447.15')],
		},
		filingLimit: {
			text: 'The state must require claims within 12 months of the date of service; many states set a shorter limit.',
			sources: [cfr('42 CFR 447.45', 'title-42/section-447.45')],
		},
		letter: PAYER_LETTERS['medicaid'],
	},
	{
		id: 'erisa',
		name: 'Employer group health plan (ERISA)',
		shortName: 'Employer plan',
		notes: [
			'180 days is the minimum the regulation requires plans to allow; the plan document may allow more. Check the denial letter, which must state the plan’s deadline.',
			NO_WEEKEND_SHIFT,
		],
		levels: [
			{
				id: 'erisa-internal',
				name: 'Internal appeal to the plan',
				days: 180,
				from: 'receipt of the adverse benefit determination',
				presumedReceiptDays: 0,
				citation: cfr('29 CFR 2560.503-1(h)(3)(i)', 'title-29/section-2560.503-1'),
			},
		],
		whoMayAppeal: {
			text: 'The plan’s claims procedure lets a claimant act through an authorized representative. A provider appealing a benefit decision does so as the patient’s authorized representative, in the way the plan requires. Your network contract may also give you a provider dispute process.',
			sources: [cfr('29 CFR 2560.503-1(b)(4)', 'title-29/section-2560.503-1')],
		},
		corrections: REPLACEMENT_CLAIM,
		patientBilling: NETWORK_AND_SURPRISE_BILLING,
		letter: PAYER_LETTERS['erisa'],
	},
	{
		id: 'commercial',
		name: 'Other commercial plan (state-regulated)',
		shortName: 'Commercial plan',
		notes: [NO_WEEKEND_SHIFT],
		levels: [],
		whereToCheck: {
			text: 'State insurance law and your contract with the plan set the provider appeal levels and time limits. Check the limit printed on the denial, the plan’s provider manual or your state insurance department.',
			sources: [],
		},
		whoMayAppeal: {
			text: 'Your contract with the plan sets how you appeal or dispute a payment as a provider. To appeal a benefit decision for the patient, you act as the patient’s authorized representative; check the plan’s form.',
			sources: [],
		},
		corrections: REPLACEMENT_CLAIM,
		patientBilling: NETWORK_AND_SURPRISE_BILLING,
		letter: PAYER_LETTERS['commercial'],
	},
	{
		id: 'workers-comp',
		name: 'Workers’ compensation',
		shortName: 'Workers’ comp',
		notes: [NO_WEEKEND_SHIFT],
		levels: [],
		whereToCheck: {
			text: 'Each state’s workers’ compensation law sets how a provider disputes a bill and by when. Check the carrier’s explanation of review and the state workers’ compensation agency’s medical billing rules.',
			sources: [],
		},
		whoMayAppeal: {
			text: 'State rules say whether a provider may dispute a medical bill with the carrier or the state agency directly. Check the state workers’ compensation agency’s rules.',
			sources: [],
		},
		corrections: {
			text: 'State rules and the carrier set how corrected bills are taken; check them before you send one.',
			sources: [],
		},
		patientBilling: {
			text: 'State law decides whether you may bill the injured worker for treatment of a work injury. Check the state workers’ compensation agency’s rules before you bill the patient.',
			sources: [],
		},
		letter: PAYER_LETTERS['workers-comp'],
	},
	{
		id: 'auto-liability',
		name: 'Auto, no-fault and liability insurance',
		shortName: 'Auto or liability',
		notes: [NO_WEEKEND_SHIFT],
		levels: [],
		whereToCheck: {
			text: 'State no-fault (personal injury protection) law sets how an auto insurer’s denial is disputed. A liability claim is settled with the insurer’s adjuster, not appealed. Check the carrier’s denial and the state insurance department.',
			sources: [],
		},
		whoMayAppeal: {
			text: 'State no-fault law says whether a provider may dispute a denial directly, often under an assignment of benefits from the patient. Check the state’s rules and the carrier’s denial.',
			sources: [],
		},
		corrections: {
			text: 'The carrier sets how it takes corrected bills; check its instructions before you send one.',
			sources: [],
		},
		patientBilling: {
			text: 'State law and the patient’s own health plan contract decide what you may bill the patient after an auto or liability denial. Check them before you bill the patient.',
			sources: [],
		},
		letter: PAYER_LETTERS['auto-liability'],
	},
];

export function getPayerType(id: string): PayerType | undefined {
	return PAYER_TYPES.find((p) => p.id === id);
}

export function isPayerTypeId(id: string): id is PayerTypeId {
	return (PAYER_TYPE_IDS as readonly string[]).includes(id);
}

/** The sources a payer type's rules cite, without repeats. */
export function payerTypeSources(type: PayerType): Source[] {
	const all = [
		...type.levels.map((l) => l.citation),
		...[type.whereToCheck, type.whoMayAppeal, type.corrections, type.patientBilling, type.filingLimit].flatMap((r) =>
			r ? r.sources : [],
		),
	];
	return all.filter((s, i) => all.findIndex((t) => t.url === s.url && t.title === s.title) === i);
}
