/** What a code is about, for search filters and index grouping. One per entry. */
export const CATEGORIES = [
	{ id: 'patient-responsibility', label: 'Patient responsibility' },
	{ id: 'eligibility', label: 'Eligibility and coverage' },
	{ id: 'coordination-of-benefits', label: 'Coordination of benefits' },
	{ id: 'authorization', label: 'Authorization and referrals' },
	{ id: 'coding', label: 'Coding and modifiers' },
	{ id: 'medical-necessity', label: 'Medical necessity' },
	{ id: 'missing-information', label: 'Missing or invalid information' },
	{ id: 'documentation', label: 'Documentation and attachments' },
	{ id: 'duplicate', label: 'Duplicates' },
	{ id: 'timely-filing', label: 'Timely filing' },
	{ id: 'provider', label: 'Provider eligibility and credentialing' },
	{ id: 'pricing', label: 'Pricing, fee schedules and contracts' },
	{ id: 'bundling', label: 'Bundling and code pairs' },
	{ id: 'benefit-limits', label: 'Benefit limits and frequency' },
	{ id: 'non-covered', label: 'Non-covered services' },
	{ id: 'regulatory', label: 'Workers’ compensation, liability and regulation' },
	{ id: 'pharmacy', label: 'Pharmacy' },
	{ id: 'payment-adjustment', label: 'Payment adjustments and recoveries' },
	{ id: 'informational', label: 'Informational' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryLabel(id: string): string {
	return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
