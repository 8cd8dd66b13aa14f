/**
 * The 835 code values the workbench puts into words. Values checked against two
 * open-source 835 readers' code tables (OpenEMR's claim_status_codes.php and
 * edih_835_code_class.php, and the stupidedi element definitions); the wording
 * here is ours. A value not listed is shown as its code, never guessed.
 */

/**
 * A table's own entry for a code read from a file, or undefined. A plain `table[code]` would answer a code such as
 * "constructor" or "toString" with the object's built-in function: the text became a function, and the worker could
 * not send the result to the page (the whole file failed to show).
 */
export function entryOf<T>(table: Readonly<Record<string, T>>, code: string): T | undefined {
	return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** CLP02, claim status. */
export const CLAIM_STATUS: Readonly<Record<string, string>> = {
	'1': 'processed as primary',
	'2': 'processed as secondary',
	'3': 'processed as tertiary',
	'4': 'denied',
	'19': 'processed as primary and forwarded to another payer',
	'20': 'processed as secondary and forwarded to another payer',
	'21': 'processed as tertiary and forwarded to another payer',
	'22': 'reversal of a previous payment',
	'23': 'not this payer’s claim; forwarded to another payer',
	'25': 'predetermination (pricing only, no payment)',
};

/** Statuses that say the claim went on to another payer (a crossover). */
export const FORWARDED_STATUSES: ReadonlySet<string> = new Set(['19', '20', '21', '23']);

/**
 * The same, in a Map: a key such as "1" is an array index to an object, and looking up a string read from a file
 * converts it to a number every time (a fifth of a large file's reading time went there).
 */
const CLAIM_STATUS_MAP: ReadonlyMap<string, string> = new Map(Object.entries(CLAIM_STATUS));

export function claimStatusText(code: string): string {
	return CLAIM_STATUS_MAP.get(code) ?? `status code ${code || '(missing)'} (not one the workbench knows)`;
}

/** PLB03-1 (and 05-1, 07-1 …), provider-level adjustment reason. */
export const PLB_REASONS: Readonly<Record<string, string>> = {
	'50': 'late charge',
	'51': 'interest penalty charge',
	'72': 'authorized return (refund the provider made)',
	'90': 'early payment allowance',
	AH: 'origination fee',
	AM: 'applied to borrower’s account',
	AP: 'acceleration of benefits',
	B2: 'rebate',
	B3: 'recovery allowance',
	BD: 'bad debt adjustment',
	BN: 'bonus',
	C5: 'temporary allowance',
	CR: 'capitation interest',
	CS: 'adjustment (see the reference for why)',
	CT: 'capitation payment',
	CV: 'capital pass-through',
	CW: 'certified registered nurse anesthetist pass-through',
	DM: 'direct medical education pass-through',
	E3: 'withholding',
	FB: 'forwarding balance (an amount carried to or from another remittance)',
	FC: 'fund allocation',
	GO: 'graduate medical education pass-through',
	HM: 'hemophilia clotting factor supplement',
	IP: 'incentive premium payment',
	IR: 'Internal Revenue Service withholding',
	IS: 'interim settlement',
	J1: 'nonreimbursable',
	L3: 'penalty',
	L6: 'interest owed (interest the payer adds)',
	LE: 'levy',
	LS: 'lump sum',
	OA: 'organ acquisition pass-through',
	OB: 'offset for affiliated providers',
	PI: 'periodic interim payment',
	PL: 'payment final',
	RE: 'return on equity',
	SL: 'student loan repayment',
	TL: 'third-party liability',
	WO: 'overpayment recovery (money taken back for an earlier overpayment)',
	WU: 'unspecified recovery',
};

export function plbReasonText(code: string): string {
	return entryOf(PLB_REASONS, code) ?? `reason code ${code || '(missing)'} (not one the workbench knows)`;
}

/** BPR04, payment method. */
export const PAYMENT_METHODS: Readonly<Record<string, string>> = {
	ACH: 'electronic funds transfer (ACH)',
	BOP: 'financial institution’s option',
	CHK: 'check',
	FWT: 'wire transfer',
	NON: 'no payment',
};

export function paymentMethodText(code: string): string {
	return entryOf(PAYMENT_METHODS, code) ?? (code ? `method ${code}` : 'method not stated');
}
