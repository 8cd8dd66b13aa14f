/**
 * The placeholder registry: every [Bracketed Placeholder] an appeal letter may
 * use. The shared letter skeleton and every entry's argument and attachments
 * may only use tokens listed here; anything else fails validation.
 *
 * docs/placeholders.md is generated from this file (`npm run docs:placeholders`).
 */

/** How the letter filler asks for a value. */
export type PlaceholderKind = 'text' | 'date' | 'multiline' | 'money';

/**
 * Whose data a value is. Only `practice` values may ever be remembered on the
 * user's device. Everything else is treated as patient health information.
 */
export type PlaceholderData = 'phi' | 'practice';

export interface Placeholder {
	/** Stable identifier used in code and form field names. Never rename one. */
	key: string;
	/** The text between the brackets, exactly as authors write it: [Claim Number]. */
	token: string;
	/** The form label shown to the user. */
	label: string;
	/** Which input the filler uses. */
	kind: PlaceholderKind;
	/** `phi` (never stored) or `practice` (may be remembered on opt-in). */
	data: PlaceholderData;
	/** A fictitious example value, obviously fake, for "Fill with example" and for authors. */
	example: string;
	/** A short hint shown under the field. */
	hint?: string;
	/** A format the value must have, beyond its kind (src/lib/letter/letter-values.ts checks it). */
	format?: 'npi' | 'tin';
}

export const PLACEHOLDERS = [
	// The letter head: who writes, to whom, when.
	{
		key: 'practiceHeader',
		token: 'Practice Header',
		label: 'Practice letterhead',
		kind: 'multiline',
		data: 'practice',
		example: 'Example Family Clinic\n100 Sample Street\nTestville, ZZ 00000\nPhone 555-0100 · NPI 0000000000',
		hint: 'Name, address, phone and NPI, one per line.',
	},
	{
		key: 'letterDate',
		token: 'Letter Date',
		label: 'Date of this letter',
		kind: 'date',
		data: 'phi',
		example: '2000-01-31',
	},
	{
		key: 'payerName',
		token: 'Payer Name',
		label: 'Payer name',
		kind: 'text',
		data: 'phi',
		example: 'Sample Health Plan (TEST)',
	},
	{
		key: 'appealsAddress',
		token: 'Appeals Address',
		label: 'Payer appeals address',
		kind: 'multiline',
		data: 'phi',
		example: 'Attn: Appeals Unit\nPO Box 0000\nTestville, ZZ 00000',
		hint: 'Use the appeals address from the remittance or the payer’s provider manual, not the claims address.',
	},
	// The RE block: which claim.
	{
		key: 'claimNumber',
		token: 'Claim Number',
		label: 'Claim number',
		kind: 'text',
		data: 'phi',
		example: 'TEST-000000001',
		hint: 'The payer’s claim control number (ICN/DCN) from the remittance.',
	},
	{
		key: 'patientName',
		token: 'Patient Name',
		label: 'Patient name',
		kind: 'text',
		data: 'phi',
		example: 'Jane Example (sample patient)',
	},
	{
		key: 'memberId',
		token: 'Member ID',
		label: 'Member ID',
		kind: 'text',
		data: 'phi',
		example: 'XXX000000000',
		hint: 'The patient’s ID as printed on the insurance card.',
	},
	{
		key: 'patientDob',
		token: 'Patient Date of Birth',
		label: 'Patient date of birth',
		kind: 'date',
		data: 'phi',
		example: '1900-01-01',
	},
	{
		key: 'groupNumber',
		token: 'Group Number',
		label: 'Group or plan number',
		kind: 'text',
		data: 'phi',
		example: 'GRP-TEST-000',
		hint: 'From the insurance card; employer plans use it to find the plan.',
	},
	{
		key: 'dateOfInjury',
		token: 'Date of Injury',
		label: 'Date of injury',
		kind: 'date',
		data: 'phi',
		example: '1999-12-31',
	},
	{
		key: 'employerName',
		token: 'Employer',
		label: 'Employer at the time of injury',
		kind: 'text',
		data: 'phi',
		example: 'Sample Employer Inc. (TEST)',
	},
	{
		key: 'carrierClaimNumber',
		token: 'Carrier Claim Number',
		label: 'Carrier’s claim number for the injury',
		kind: 'text',
		data: 'phi',
		example: 'INJ-TEST-0000',
		hint: 'The number the workers’ compensation or auto carrier gave the injury claim, not your bill number.',
	},
	{
		key: 'state',
		token: 'State',
		label: 'State whose rules apply',
		kind: 'text',
		data: 'phi',
		example: 'ZZ (sample)',
	},
	{
		key: 'dateOfService',
		token: 'Date of Service',
		label: 'Date of service',
		kind: 'date',
		data: 'phi',
		example: '2000-01-03',
	},
	{
		key: 'remittanceDate',
		token: 'Remittance Date',
		label: 'Date of the remittance',
		kind: 'date',
		data: 'phi',
		example: '2000-01-24',
		hint: 'The date on the remittance or notice you are answering: appeal deadlines count from it.',
	},
	{
		key: 'remittanceCodes',
		token: 'Remittance Codes',
		label: 'Codes on the remittance',
		kind: 'text',
		data: 'phi',
		example: 'CO-16 N290 (sample)',
		hint: 'The group and reason code and any remark codes, as printed: CO-16 N290.',
	},
	{
		key: 'amountInDispute',
		token: 'Amount in Dispute',
		label: 'Amount in dispute',
		kind: 'money',
		data: 'phi',
		example: '0.01',
		hint: 'The amount you ask the payer to pay or restore.',
	},
	{
		key: 'providerNpi',
		token: 'Billing NPI',
		label: 'Billing provider NPI',
		kind: 'text',
		data: 'practice',
		example: '1234567893',
		format: 'npi',
		hint: '10 digits.',
	},
	{
		key: 'providerTin',
		token: 'Tax ID',
		label: 'Tax identification number (TIN)',
		kind: 'text',
		data: 'practice',
		example: '00-0000000',
		format: 'tin',
		hint: '9 digits, such as 12-3456789.',
	},
	// Claim details an argument may cite.
	{
		key: 'billedAmount',
		token: 'Billed Amount',
		label: 'Billed amount',
		kind: 'money',
		data: 'phi',
		example: '0.01',
	},
	{
		key: 'procedureCode',
		token: 'Procedure Code',
		label: 'Procedure code (CPT/HCPCS)',
		kind: 'text',
		data: 'phi',
		example: '00000',
	},
	{
		key: 'modifier',
		token: 'Modifier',
		label: 'Modifier',
		kind: 'text',
		data: 'phi',
		example: 'XX',
	},
	{
		key: 'diagnosisCode',
		token: 'Diagnosis Code',
		label: 'Diagnosis code (ICD-10-CM)',
		kind: 'text',
		data: 'phi',
		example: 'Z00.00 (sample)',
	},
	{
		key: 'authorizationNumber',
		token: 'Authorization Number',
		label: 'Authorization or reference number',
		kind: 'text',
		data: 'phi',
		example: 'AUTH-TEST-0000',
	},
	{
		key: 'originalSubmissionDate',
		token: 'Original Submission Date',
		label: 'Date the claim was first submitted',
		kind: 'date',
		data: 'phi',
		example: '2000-01-10',
	},
	{
		key: 'coverageStartDate',
		token: 'Coverage Start Date',
		label: 'Coverage start date',
		kind: 'date',
		data: 'phi',
		example: '1999-01-01',
	},
	{
		key: 'coverageEndDate',
		token: 'Coverage End Date',
		label: 'Coverage end date',
		kind: 'date',
		data: 'phi',
		example: '2000-12-31',
	},
	{
		key: 'otherPayerName',
		token: 'Other Payer Name',
		label: 'Other payer’s name',
		kind: 'text',
		data: 'phi',
		example: 'Other Sample Insurance (TEST)',
	},
	{
		key: 'renderingProvider',
		token: 'Rendering Provider',
		label: 'Rendering provider',
		kind: 'text',
		data: 'practice',
		example: 'Dr. Alex Sample, MD (fictitious)',
	},
	{
		key: 'otherAttachments',
		token: 'Other Attachments',
		label: 'Other enclosures',
		kind: 'multiline',
		data: 'phi',
		example: 'Sample enclosure (for training only)',
	},
	// The signature.
	{
		key: 'signerName',
		token: 'Your Name',
		label: 'Your name',
		kind: 'text',
		data: 'practice',
		example: 'Sam Sample',
	},
	{
		key: 'signerTitle',
		token: 'Your Title',
		label: 'Your title',
		kind: 'text',
		data: 'practice',
		example: 'Billing Manager (example)',
	},
	{
		key: 'practiceName',
		token: 'Practice Name',
		label: 'Practice name',
		kind: 'text',
		data: 'practice',
		example: 'Example Family Clinic',
	},
] as const satisfies readonly Placeholder[];

export type PlaceholderKey = (typeof PLACEHOLDERS)[number]['key'];
export type PlaceholderToken = (typeof PLACEHOLDERS)[number]['token'];

const byToken = new Map<string, Placeholder>(PLACEHOLDERS.map((p) => [p.token, p]));
const byKey = new Map<string, Placeholder>(PLACEHOLDERS.map((p) => [p.key, p]));

export function getPlaceholderByToken(token: string): Placeholder | undefined {
	return byToken.get(token);
}

export function getPlaceholderByKey(key: string): Placeholder | undefined {
	return byKey.get(key);
}

/**
 * Suggest the registered token nearest to an unknown one, so a typo such as
 * [Claim Numbr] gets "did you mean [Claim Number]?".
 */
export function suggestToken(unknown: string): string | undefined {
	const target = unknown.toLowerCase().replace(/[^a-z0-9]/g, '');
	let best: { token: string; distance: number } | undefined;
	for (const p of PLACEHOLDERS) {
		const candidate = p.token.toLowerCase().replace(/[^a-z0-9]/g, '');
		const distance = editDistance(target, candidate);
		if (!best || distance < best.distance) best = { token: p.token, distance };
	}
	if (!best) return undefined;
	return best.distance <= Math.max(2, Math.floor(target.length / 4)) ? best.token : undefined;
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}
