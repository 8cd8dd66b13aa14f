/**
 * Where a claim field lives on the paper forms, for the many remark codes that
 * say a field is missing, incomplete or invalid. One registry, so every page
 * that names a box says the same thing and cites the same manual.
 *
 * Only locations taken from the CMS manual chapters below are listed. 837 loop
 * and segment positions are deliberately absent: the implementation guides
 * that define them are not public, so we cannot cite them.
 */

export interface FormSource {
	title: string;
	url: string;
}

/** Medicare Claims Processing Manual, chapter 26: the Form CMS-1500 data set, item by item. */
export const CMS_1500_SOURCE: FormSource = {
	title: 'CMS Medicare Claims Processing Manual, Chapter 26: Completing and Processing Form CMS-1500 Data Set',
	url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/downloads/clm104c26pdf.pdf',
};

/** Medicare Claims Processing Manual, chapter 25: the Form CMS-1450 (UB-04) data set, form locator by form locator. */
export const UB_04_SOURCE: FormSource = {
	title: 'CMS Medicare Claims Processing Manual, Chapter 25: Completing and Processing the Form CMS-1450 Data Set',
	url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/downloads/clm104c25.pdf',
};

export interface ClaimField {
	/** What the field holds, in plain words. */
	name: string;
	/** Item number on the CMS-1500 (02/12) professional claim form, e.g. "24J". */
	cms1500?: string;
	/** Form locator on the UB-04 (CMS-1450) institutional claim form, e.g. "56". */
	ub04?: string;
}

/** Claim fields by id. Ids are what entries write in `claimFields`. */
export const CLAIM_FIELDS = {
	'insured-id': { name: "insured's (member) ID number", cms1500: '1a', ub04: '60' },
	'patient-name': { name: "patient's name", cms1500: '2', ub04: '8' },
	'patient-birth-date': { name: "patient's date of birth", cms1500: '3', ub04: '10' },
	'patient-sex': { name: "patient's sex", cms1500: '3', ub04: '11' },
	'insured-name': { name: "insured's name", cms1500: '4' },
	'patient-address': { name: "patient's address", cms1500: '5', ub04: '9' },
	'patient-relationship': { name: "patient's relationship to the insured", cms1500: '6' },
	'insured-address': { name: "insured's address", cms1500: '7' },
	'other-insurance': { name: "other insured's name, policy and plan", cms1500: '9, 9a and 9d' },
	'condition-related-to': {
		name: 'whether the condition is related to employment, an auto accident or another accident',
		cms1500: '10a–10c',
	},
	'insured-group-number': { name: "insured's policy group number", cms1500: '11' },
	'other-health-plan': { name: 'whether there is another health benefit plan', cms1500: '11d' },
	'patient-signature': { name: "patient's or authorized person's signature (release of information)", cms1500: '12' },
	'insured-signature': { name: "insured's signature authorizing payment to the provider", cms1500: '13' },
	'onset-date': { name: 'date of the current illness, injury or pregnancy', cms1500: '14' },
	'referring-provider': { name: 'referring or ordering provider name', cms1500: '17' },
	'referring-npi': { name: 'referring or ordering provider NPI', cms1500: '17b' },
	'hospitalization-dates': { name: 'hospitalization dates related to the current services', cms1500: '18' },
	'additional-claim-info': { name: 'additional claim information', cms1500: '19' },
	'outside-lab': { name: 'outside lab indicator and charges', cms1500: '20' },
	diagnosis: { name: 'diagnosis codes', cms1500: '21', ub04: '67' },
	'admitting-diagnosis': { name: 'admitting diagnosis', ub04: '69' },
	'resubmission-code': {
		name: 'resubmission (frequency) code and original claim reference number',
		cms1500: '22',
		ub04: '4 and 64',
	},
	'prior-authorization': { name: 'prior authorization number', cms1500: '23', ub04: '63' },
	'service-dates': { name: 'dates of service', cms1500: '24A', ub04: '45' },
	'place-of-service': { name: 'place of service code', cms1500: '24B' },
	'procedure-code': { name: 'procedure (CPT/HCPCS) code', cms1500: '24D', ub04: '44' },
	modifier: { name: 'procedure modifier', cms1500: '24D', ub04: '44' },
	'diagnosis-pointer': { name: 'diagnosis pointer for the service line', cms1500: '24E' },
	'line-charges': { name: 'charges for the service line', cms1500: '24F', ub04: '47' },
	units: { name: 'days or units of service', cms1500: '24G', ub04: '46' },
	'rendering-npi': { name: 'rendering provider NPI', cms1500: '24J' },
	'tax-id': { name: 'federal tax ID number (EIN or SSN)', cms1500: '25' },
	'patient-account-number': { name: "patient's account number", cms1500: '26', ub04: '3a' },
	'accept-assignment': { name: 'whether the provider accepts assignment', cms1500: '27' },
	'total-charge': { name: 'total charge', cms1500: '28' },
	'amount-paid': { name: 'amount the patient or another payer paid', cms1500: '29' },
	'provider-signature': { name: 'signature of the physician or supplier', cms1500: '31' },
	'service-facility': { name: 'service facility location and its NPI', cms1500: '32 and 32a' },
	'billing-provider': { name: 'billing provider name, address and NPI', cms1500: '33 and 33a', ub04: '1 and 56' },
	'type-of-bill': { name: 'type of bill', ub04: '4' },
	'statement-period': { name: 'statement covers period (from and through dates)', ub04: '6' },
	'admission-date': { name: 'admission date', ub04: '12' },
	'admission-type': { name: 'priority (type) of admission or visit', ub04: '14' },
	'admission-source': { name: 'point of origin (source) of the admission or visit', ub04: '15' },
	'discharge-status': { name: 'patient discharge status', ub04: '17' },
	'condition-codes': { name: 'condition codes', ub04: '18–28' },
	'occurrence-codes': { name: 'occurrence codes and dates', ub04: '31–34' },
	'occurrence-span': { name: 'occurrence span codes and dates', ub04: '35–36' },
	'value-codes': { name: 'value codes and amounts', ub04: '39–41' },
	'revenue-code': { name: 'revenue code', ub04: '42' },
	'principal-procedure': { name: 'principal procedure code and date (inpatient)', ub04: '74' },
	'attending-provider': { name: 'attending provider name and NPI', ub04: '76' },
	'operating-provider': { name: 'operating physician name and NPI', ub04: '77' },
	'external-cause': { name: 'external cause of injury code', ub04: '72' },
	remarks: { name: 'remarks', ub04: '80' },
} as const satisfies Record<string, ClaimField>;

export type ClaimFieldId = keyof typeof CLAIM_FIELDS;
export const CLAIM_FIELD_IDS = Object.keys(CLAIM_FIELDS) as [ClaimFieldId, ...ClaimFieldId[]];

export function getClaimField(id: string): ClaimField | undefined {
	return (CLAIM_FIELDS as Record<string, ClaimField>)[id];
}

/** "CMS-1500 item 24J" / "UB-04 form locator 56", joined for one field. */
export function describeLocation(field: ClaimField): string[] {
	const out: string[] = [];
	if (field.cms1500) out.push(`CMS-1500 item ${field.cms1500}`);
	if (field.ub04) out.push(`UB-04 form locator ${field.ub04}`);
	return out;
}

/** The manuals a set of claim fields is located by, each once, CMS-1500 first. */
export function claimFieldSources(ids: readonly string[]): FormSource[] {
	const fields = ids.map(getClaimField).filter((f): f is ClaimField => Boolean(f));
	const out: FormSource[] = [];
	if (fields.some((f) => f.cms1500)) out.push(CMS_1500_SOURCE);
	if (fields.some((f) => f.ub04)) out.push(UB_04_SOURCE);
	return out;
}
