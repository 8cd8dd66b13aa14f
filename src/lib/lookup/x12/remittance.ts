/**
 * Read an 835 (health care claim payment/advice) into payments, claims,
 * service lines, adjustments and provider-level adjustments, and check that
 * the money balances. Pure and total: it never throws; every segment is either
 * used, skipped as known but not shown (counted by segment id), or reported
 * as a problem with its segment number. Money is integer cents.
 */
import { GROUP_CODE_IDS } from '../../guidance/group-codes.ts';
import { claimStatusText, FORWARDED_STATUSES, paymentMethodText, plbReasonText } from './code-tables.ts';
import { centsOf, formatCents, parseCents, parseQuantity, x12Date } from './numbers.ts';
import { forEachSegment, sniffBinary, TRANSACTION_NAMES, type Segment } from './segments.ts';

export interface Problem {
	/** Segment number in the input (1-based), 0 for the file as a whole. */
	segment: number;
	/** Segment id, or '' for the file. */
	id: string;
	message: string;
}

export interface Adjustment {
	segment: number;
	group: string;
	reason: string;
	amount: number;
	quantity?: number;
}

export interface Remark {
	segment: number;
	code: string;
	/** Where it was read: MOA, MIA (claim level) or LQ (line level). */
	from: 'MOA' | 'MIA' | 'LQ';
}

export interface ServiceLine {
	segment: number;
	/** Procedure qualifier (HC, NU, …), code and modifiers from SVC01. */
	qualifier: string;
	procedure: string;
	modifiers: string[];
	charge: number;
	paid: number;
	units?: number;
	/** DTM*472 (or 150/151) service dates, YYYY-MM-DD. */
	dates: string[];
	adjustments: Adjustment[];
	remarks: Remark[];
}

export interface Claim {
	segment: number;
	/** CLP01, the provider's claim number (patient control number). */
	account: string;
	status: string;
	statusText: string;
	charge: number;
	paid: number;
	patientShare?: number;
	/** CLP06 claim filing indicator (MA, MB, MC, 12 …). */
	filing: string;
	/** CLP07, the payer's claim number. */
	payerClaimNumber: string;
	patient: string;
	memberId: string;
	/** NM1*TT: the payer the claim was forwarded to (crossover), when named. */
	forwardedTo?: string;
	reversal: boolean;
	forwarded: boolean;
	/** DTM*232/233 claim statement dates. */
	dates: string[];
	adjustments: Adjustment[];
	remarks: Remark[];
	lines: ServiceLine[];
}

export interface ProviderAdjustment {
	segment: number;
	provider: string;
	/** PLB02, fiscal period date. */
	date?: string;
	reason: string;
	reasonText: string;
	reference: string;
	/** Positive: money the payer takes back; negative: money it adds (interest, for example). */
	amount: number;
}

/** A balance check that fails (a passing check is only counted, in `Payment.checked`). */
export interface BalanceCheck {
	level: 'line' | 'claim' | 'payment';
	segment: number;
	/** What is checked ("Claim SUN1001 line 99213"). */
	label: string;
	expected: number;
	actual: number;
	/** The arithmetic, in words. */
	detail: string;
}

export interface Payment {
	/** Segment number of ST (0 for an excerpt without envelope). */
	segment: number;
	control: string;
	amount?: number;
	creditDebit: string;
	method: string;
	methodText: string;
	trace: string;
	/** BPR16 payment date, DTM*405 production date; `date` is the one used as the remittance date. */
	paymentDate?: string;
	productionDate?: string;
	date?: string;
	payer: string;
	payerId: string;
	payee: string;
	payeeId: string;
	claims: Claim[];
	providerAdjustments: ProviderAdjustment[];
	/** The balance checks that fail, in file order (run when the transaction ends). */
	checks: BalanceCheck[];
	/** How many balance checks were run on this payment: one per line, per named claim, and one for BPR02. */
	checked: number;
}

export interface Remittance {
	/** What the input is, when it is not (only) 835 remittance data. */
	notRemittance?: string;
	payments: Payment[];
	problems: Problem[];
	/** Problems beyond the reporting cap, counted. */
	moreProblems: number;
	segments: number;
	/** Segments read (possibly with a problem reported against them). */
	used: number;
	/** Segments not read, each reported as a problem (unknown segment id in an enveloped file). */
	unread: number;
	/** Known segments the workbench does not show, counted by id. */
	skipped: Record<string, number>;
	/** Text that is not a segment (in an excerpt without an ISA), with its segment number, for the free-text reader. */
	text: { segment: number; text: string }[];
	/** Whether an ISA envelope was seen. */
	enveloped: boolean;
}

/** Segments of an 835 the workbench reads or knowingly skips. */
const KNOWN = new Set([
	'ISA',
	'IEA',
	'GS',
	'GE',
	'ST',
	'SE',
	'BPR',
	'TRN',
	'CUR',
	'REF',
	'DTM',
	'N1',
	'N2',
	'N3',
	'N4',
	'PER',
	'RDM',
	'LX',
	'TS3',
	'TS2',
	'CLP',
	'CAS',
	'NM1',
	'MIA',
	'MOA',
	'AMT',
	'QTY',
	'SVC',
	'LQ',
	'PLB',
	'TA1',
]);

/** The group codes a CAS may carry (upper case; the reader upper-cases CAS01 first). */
const GROUPS: ReadonlySet<string> = new Set(GROUP_CODE_IDS);

/** Where remark codes sit: MOA03–MOA07; MIA05 and MIA20–MIA24 (0-based element positions). */
const MOA_REMARKS = [2, 3, 4, 5, 6] as const;
const MIA_REMARKS = [4, 19, 20, 21, 22, 23] as const;

/**
 * The empty list every claim and service line starts with. Most of a large file's lists stay empty or hold one
 * item, so they share this one (frozen: a stray push fails loudly) and `add` makes a list of exactly one item on
 * the first push: reading a 10 MB file allocates and keeps far less, which is most of its reading time.
 */
const NONE: readonly never[] = Object.freeze([]);
const none = <T>(): T[] => NONE as unknown as T[];

/** `list` with `item` added: a new one-item list in place of the shared empty one. */
function add<T>(list: T[], item: T): T[] {
	if (list === (NONE as unknown)) return [item];
	list.push(item);
	return list;
}

/** SVC01-3 to SVC01-6, the procedure modifiers that are present. */
function modifiersOf(composite: readonly string[], intern: (s: string) => string): string[] {
	let modifiers = none<string>();
	for (let i = 2; i < 6 && i < composite.length; i++)
		if (composite[i]) modifiers = add(modifiers, intern(composite[i]!));
	return modifiers;
}

/** Segments that carry what the workbench shows; other known segments are skipped and counted. */
export const SEGMENT_IDS = KNOWN;

const MAX_PROBLEMS = 2_000;

export interface ReadOptions {
	onProgress?: (done: number, total: number) => void;
	/**
	 * Called once, when the reader has passed `partialAt` characters (default
	 * 1 MiB, checked at each progress step), with what is read so far: the
	 * claims finished so far (not the one being read), balances not yet checked.
	 * Lets a large file show a first result without being read twice.
	 */
	onPartial?: (partial: Remittance) => void;
	partialAt?: number;
}

/** A remittance with nothing read yet: what the reader fills, and what several files are merged into. */
export function emptyRemittance(): Remittance {
	return {
		payments: [],
		problems: [],
		moreProblems: 0,
		segments: 0,
		used: 0,
		unread: 0,
		skipped: {},
		text: [],
		enveloped: false,
	};
}

/** Read an 835 file or excerpt. Never throws. */
export function readRemittance(input: string, options: ReadOptions = {}): Remittance {
	const text = String(input ?? '');
	const out = emptyRemittance();
	const binary = sniffBinary(text.slice(0, 64));
	if (binary) {
		out.notRemittance = `This is ${binary}, not an 835 remittance.`;
		out.problems.push({ segment: 0, id: '', message: out.notRemittance });
		return out;
	}
	/**
	 * One copy of each short code the file repeats (group, reason and remark codes, procedures, modifiers, statuses):
	 * the claims keep the shared copy instead of one string per segment.
	 */
	const strings = new Map<string, string>();
	const intern = (value: string): string => {
		const known = strings.get(value);
		if (known !== undefined) return known;
		if (strings.size < 20_000) strings.set(value, value);
		return value;
	};
	const problem = (segment: number, id: string, message: string) => {
		if (out.problems.length < MAX_PROBLEMS) out.problems.push({ segment, id, message });
		else out.moreProblems++;
	};
	let payment: Payment | undefined;
	let claim: Claim | undefined;
	let line: ServiceLine | undefined;
	/** Inside an ST that is not an 835: its segments are skipped, under the transaction's name. */
	let foreign: string | undefined;
	const others = new Map<string, number>();

	const newPayment = (segment: number, control: string): Payment => {
		const p: Payment = {
			segment,
			control,
			creditDebit: '',
			method: '',
			methodText: '',
			trace: '',
			payer: '',
			payerId: '',
			payee: '',
			payeeId: '',
			claims: [],
			providerAdjustments: [],
			checks: [],
			checked: 0,
		};
		out.payments.push(p);
		return p;
	};
	const currentPayment = (_segment: number) => payment ?? (payment = newPayment(0, ''));
	const currentClaim = (s: Segment): Claim => {
		if (claim) return claim;
		// An excerpt may start with CAS or LQ: an unnamed claim holds them.
		claim = emptyClaim(s.n);
		currentPayment(s.n).claims.push(claim);
		return claim;
	};
	const finishPayment = () => {
		if (claim) settleClaim(claim);
		if (payment) Object.assign(payment, balance(payment));
		payment = undefined;
		claim = undefined;
		line = undefined;
	};
	const amountOf = (s: Segment, index: number, name: string, required: boolean): number | undefined => {
		const raw = s.e[index] ?? '';
		if (raw === '') {
			if (required) problem(s.n, s.id, `${s.id}${String(index + 1).padStart(2, '0')} (${name}) is missing.`);
			return undefined;
		}
		const cents = centsOf(raw);
		if (Number.isNaN(cents)) {
			const parsed = parseCents(raw);
			problem(s.n, s.id, `${s.id}${String(index + 1).padStart(2, '0')} (${name}): ${parsed.ok ? '' : parsed.message}.`);
			return undefined;
		}
		return cents;
	};

	let skippedThis = false;
	const onSegment = (s: Segment) => {
		out.segments++;
		if (s.enveloped) out.enveloped = true;
		// In a pasted excerpt, a segment id with no element after it ("N1", "N4" alone) is a remark code, not a segment.
		const bare = !s.enveloped && !s.raw.includes(s.sep.element);
		if (!KNOWN.has(s.id) || bare) {
			if (!s.enveloped) out.text.push({ segment: s.n, text: s.raw });
			else {
				out.unread++;
				problem(
					s.n,
					s.id.slice(0, 10),
					`Segment “${s.raw.slice(0, 40)}” is not an 835 segment the workbench reads; it was not read.`,
				);
			}
			return;
		}
		if (
			foreign &&
			s.id !== 'SE' &&
			s.id !== 'GE' &&
			s.id !== 'IEA' &&
			s.id !== 'ISA' &&
			s.id !== 'GS' &&
			s.id !== 'ST'
		) {
			skip(`${foreign} segment`);
			return;
		}
		skippedThis = false;
		handle(s);
		if (!skippedThis) out.used++;
	};
	const handle = (s: Segment) => {
		switch (s.id) {
			case 'ISA':
			case 'IEA':
			case 'GS':
			case 'GE':
			case 'TA1':
				if (s.id === 'TA1') foreignTransaction('TA1');
				return;
			case 'ST': {
				finishPayment();
				const type = s.e[0] ?? '';
				if (type === '835') {
					foreign = undefined;
					payment = newPayment(s.n, s.e[1] ?? '');
				} else {
					foreign = type || 'unknown';
					foreignTransaction(foreign);
					problem(
						s.n,
						'ST',
						`Transaction ${s.e[1] ?? ''} is ${TRANSACTION_NAMES[type] ?? `an X12 ${type || '(no type)'} transaction`}, not an 835 remittance; its segments are skipped.`,
					);
				}
				return;
			}
			case 'SE':
				if (foreign) foreign = undefined;
				else finishPayment();
				return;
			case 'BPR': {
				const p = currentPayment(s.n);
				const amount = amountOf(s, 1, 'payment amount', true);
				if (amount !== undefined) p.amount = amount;
				p.creditDebit = s.e[2] ?? '';
				p.method = s.e[3] ?? '';
				p.methodText = paymentMethodText(p.method);
				const date = s.e[15];
				if (date) {
					const paymentDate = x12Date(date);
					if (paymentDate) p.paymentDate = paymentDate;
					else problem(s.n, s.id, `BPR16 (payment date) “${date.slice(0, 20)}” is not a date written CCYYMMDD.`);
				}
				const remitted = p.paymentDate ?? p.productionDate;
				if (remitted) p.date = remitted;
				return;
			}
			case 'TRN':
				currentPayment(s.n).trace = s.e[1] ?? '';
				return;
			case 'DTM': {
				const qualifier = s.e[0] ?? '';
				const date = x12Date(s.e[1]);
				if (s.e[1] && !date) problem(s.n, s.id, `DTM02 “${s.e[1].slice(0, 20)}” is not a date written CCYYMMDD.`);
				if (!date) return;
				if (qualifier === '405') {
					const p = currentPayment(s.n);
					p.productionDate = date;
					p.date = p.paymentDate ?? date;
				} else if (line && (qualifier === '472' || qualifier === '150' || qualifier === '151'))
					line.dates = add(line.dates, date);
				else if (claim && !line && (qualifier === '232' || qualifier === '233')) claim.dates = add(claim.dates, date);
				else skip(s.id);
				return;
			}
			case 'N1': {
				const p = currentPayment(s.n);
				if (s.e[0] === 'PR') {
					p.payer = s.e[1] ?? '';
					p.payerId = s.e[3] ?? '';
				} else if (s.e[0] === 'PE') {
					p.payee = s.e[1] ?? '';
					p.payeeId = s.e[3] ?? '';
				} else skip(s.id);
				return;
			}
			case 'CLP': {
				const p = currentPayment(s.n);
				line = undefined;
				if (claim) settleClaim(claim);
				claim = emptyClaim(s.n);
				claim.account = s.e[0] ?? '';
				claim.status = intern(s.e[1] ?? '');
				claim.statusText = claimStatusText(claim.status);
				claim.charge = amountOf(s, 2, 'total claim charge', true) ?? 0;
				claim.paid = amountOf(s, 3, 'claim payment amount', true) ?? 0;
				const share = amountOf(s, 4, 'patient responsibility', false);
				if (share !== undefined) claim.patientShare = share;
				claim.filing = intern(s.e[5] ?? '');
				claim.payerClaimNumber = s.e[6] ?? '';
				claim.reversal = claim.status === '22';
				claim.forwarded = FORWARDED_STATUSES.has(claim.status);
				if (!claim.account) problem(s.n, s.id, 'CLP01 (your claim number) is missing.');
				p.claims.push(claim);
				return;
			}
			case 'NM1': {
				if (!claim) return skip(s.id);
				const first = s.e[3] ?? '';
				const middle = s.e[4] ?? '';
				const name = first && middle ? `${first} ${middle}` : first || middle;
				const full = name ? `${s.e[2] ?? ''}, ${name}` : (s.e[2] ?? '');
				if (s.e[0] === 'QC') {
					claim.patient = full;
					claim.memberId = s.e[8] ?? '';
				} else if (s.e[0] === 'TT') claim.forwardedTo = s.e[2] ?? '';
				else skip(s.id);
				return;
			}
			case 'MOA':
			case 'MIA': {
				const c = currentClaim(s);
				for (const i of s.id === 'MOA' ? MOA_REMARKS : MIA_REMARKS) {
					const code = s.e[i];
					if (code) c.remarks = add(c.remarks, { segment: s.n, code: intern(code.toUpperCase()), from: s.id });
				}
				return;
			}
			case 'SVC': {
				const c = currentClaim(s);
				const composite = (s.e[0] ?? '').split(s.enveloped ? s.sep.component : /[:>]/);
				line = {
					segment: s.n,
					qualifier: intern(composite[0] ?? ''),
					procedure: intern(composite[1] ?? ''),
					modifiers: modifiersOf(composite, intern),
					charge: amountOf(s, 1, 'line charge', true) ?? 0,
					paid: amountOf(s, 2, 'line payment', true) ?? 0,
					dates: none(),
					adjustments: none(),
					remarks: none(),
				};
				if (s.e[4]) {
					const units = parseQuantity(s.e[4]);
					if (units.ok) line.units = units.value;
					else problem(s.n, s.id, `SVC05 (units): ${units.message}.`);
				}
				if (!line.procedure) problem(s.n, s.id, 'SVC01 has no procedure code.');
				c.lines = add(c.lines, line);
				return;
			}
			case 'CAS': {
				const target = line ?? currentClaim(s);
				const group = intern((s.e[0] ?? '').toUpperCase());
				if (!GROUPS.has(group)) {
					problem(s.n, s.id, `CAS01 “${(s.e[0] ?? '').slice(0, 10)}” is not a group code (CO, PR, OA, PI).`);
					return;
				}
				let triplets = 0;
				const before = out.problems.length + out.moreProblems;
				for (let i = 1; i < 19; i += 3) {
					const reason = intern((s.e[i] ?? '').toUpperCase());
					const amountText = s.e[i + 1] ?? '';
					const quantityText = s.e[i + 2] ?? '';
					if (!reason && !amountText && !quantityText) continue;
					if (!reason) {
						const name = `CAS${String(i + 1).padStart(2, '0')}`;
						problem(s.n, s.id, `${name} (reason code) is missing before the amount “${amountText.slice(0, 20)}”.`);
						continue;
					}
					if (!amountText) {
						problem(s.n, s.id, `Reason code ${reason} has no amount.`);
						continue;
					}
					const cents = centsOf(amountText);
					if (Number.isNaN(cents)) {
						const amount = parseCents(amountText);
						problem(s.n, s.id, `Reason code ${reason}: ${amount.ok ? '' : amount.message}.`);
						continue;
					}
					const adjustment: Adjustment = { segment: s.n, group, reason, amount: cents };
					if (quantityText) {
						const q = parseQuantity(quantityText);
						if (q.ok) adjustment.quantity = q.value;
						else problem(s.n, s.id, `Reason code ${reason} quantity: ${q.message}.`);
					}
					target.adjustments = add(target.adjustments, adjustment);
					triplets++;
				}
				if (s.e.length > 19)
					problem(
						s.n,
						s.id,
						`CAS has ${s.e.length} elements; only six reason/amount/quantity sets (19 elements) are allowed, the rest were not read.`,
					);
				if (triplets === 0 && s.e.length <= 19 && out.problems.length + out.moreProblems === before)
					problem(s.n, s.id, 'CAS has a group code but no reason code with an amount.');
				return;
			}
			case 'LQ': {
				const qualifier = (s.e[0] ?? '').toUpperCase();
				const code = intern((s.e[1] ?? '').toUpperCase());
				if (qualifier !== 'HE') {
					problem(
						s.n,
						s.id,
						qualifier === 'RX'
							? 'LQ*RX carries an NCPDP reject code, which Denial Atlas does not cover.'
							: `LQ01 “${qualifier.slice(0, 10)}” is not HE (remark code).`,
					);
					return;
				}
				if (!code) {
					problem(s.n, s.id, 'LQ*HE has no remark code.');
					return;
				}
				const remark: Remark = { segment: s.n, code, from: 'LQ' };
				if (line) line.remarks = add(line.remarks, remark);
				else {
					const c = currentClaim(s);
					c.remarks = add(c.remarks, remark);
				}
				return;
			}
			case 'PLB': {
				const p = currentPayment(s.n);
				line = undefined;
				if (claim) settleClaim(claim);
				claim = undefined;
				const provider = s.e[0] ?? '';
				const date = x12Date(s.e[1]);
				let pairs = 0;
				for (let i = 2; i < 14; i += 2) {
					const composite = s.e[i] ?? '';
					const amountText = s.e[i + 1] ?? '';
					if (!composite && !amountText) continue;
					const [reason = '', ...reference] = composite.split(s.enveloped ? s.sep.component : /[:>]/);
					const amount = parseCents(amountText);
					if (!reason || !amount.ok) {
						problem(
							s.n,
							s.id,
							`PLB${String(i + 1).padStart(2, '0')}/${String(i + 2).padStart(2, '0')}: ${!reason ? 'the adjustment reason is missing' : !amount.ok ? amount.message : ''}.`,
						);
						continue;
					}
					p.providerAdjustments.push({
						segment: s.n,
						provider,
						...(date ? { date } : {}),
						reason: reason.toUpperCase(),
						reasonText: plbReasonText(reason.toUpperCase()),
						reference: reference.join(':'),
						amount: amount.value,
					});
					pairs++;
				}
				if (pairs === 0) problem(s.n, s.id, 'PLB has no adjustment with a reason and an amount.');
				return;
			}
			default:
				skip(s.id);
		}
	};
	function skip(id: string) {
		out.skipped[id] = (out.skipped[id] ?? 0) + 1;
		skippedThis = true;
	}
	function foreignTransaction(type: string) {
		others.set(type, (others.get(type) ?? 0) + 1);
	}

	/** What is read so far, sharing the finished claims (they are not changed any more). */
	const partial = (): Remittance => ({
		...out,
		problems: out.problems.slice(),
		skipped: { ...out.skipped },
		text: out.text.slice(),
		payments: out.payments.map((p) => ({
			...p,
			claims: p.claims.filter((c) => c !== claim),
			providerAdjustments: p.providerAdjustments.slice(),
			checks: [],
			checked: 0,
		})),
	});
	let partialDone = !options.onPartial;
	const partialAt = options.partialAt ?? 1 << 20;
	const onProgress =
		options.onProgress || options.onPartial
			? (done: number) => {
					options.onProgress?.(done, text.length);
					if (!partialDone && done >= partialAt) {
						partialDone = true;
						options.onPartial!(partial());
					}
				}
			: undefined;
	try {
		forEachSegment(text, onSegment, onProgress, KNOWN);
	} catch (error) {
		problem(0, '', `The file could not be read to the end (${(error as Error).message}).`);
	}
	finishPayment();
	if (others.size && !out.payments.some((p) => p.claims.length || p.amount !== undefined)) {
		const names = [...others.keys()].map((t) => TRANSACTION_NAMES[t] ?? `an X12 ${t} transaction`);
		out.notRemittance = `This file holds ${names.join(' and ')}, not an 835 remittance.`;
	}
	return out;
}

/**
 * Lists of a finished claim that grew past one item, copied to their exact
 * length: a list's second push reserves room for 17 items, so a large file's
 * claims would otherwise hold several times the memory they use (and the
 * garbage collector would copy it all). One-item lists are already exact.
 */
function settleClaim(c: Claim): void {
	if (c.dates.length > 1) c.dates = c.dates.slice();
	if (c.adjustments.length > 1) c.adjustments = c.adjustments.slice();
	if (c.remarks.length > 1) c.remarks = c.remarks.slice();
	if (c.lines.length > 1) c.lines = c.lines.slice();
	for (const l of c.lines) {
		if (l.dates.length > 1) l.dates = l.dates.slice();
		if (l.adjustments.length > 1) l.adjustments = l.adjustments.slice();
		if (l.remarks.length > 1) l.remarks = l.remarks.slice();
		if (l.modifiers.length > 1) l.modifiers = l.modifiers.slice();
	}
}

function emptyClaim(segment: number): Claim {
	return {
		segment,
		account: '',
		status: '',
		statusText: '',
		charge: 0,
		paid: 0,
		filing: '',
		payerClaimNumber: '',
		patient: '',
		memberId: '',
		reversal: false,
		forwarded: false,
		dates: none(),
		adjustments: none(),
		remarks: none(),
		lines: none(),
	};
}

const sum = (list: readonly { amount: number }[]) => {
	let total = 0;
	for (let i = 0; i < list.length; i++) total += list[i]!.amount;
	return total;
};

/** The 835 balancing rules, in exact cents: the checks that fail, and how many were run. */
export function balance(p: Payment): { checks: BalanceCheck[]; checked: number } {
	const checks: BalanceCheck[] = [];
	let checked = 0;
	for (const c of p.claims) {
		let lineAdjustments = 0;
		for (const l of c.lines) {
			const adj = sum(l.adjustments);
			lineAdjustments += adj;
			const expected = l.charge - adj;
			checked++;
			if (expected !== l.paid)
				checks.push({
					level: 'line',
					segment: l.segment,
					label: `Claim ${c.account} line ${l.procedure}`,
					expected,
					actual: l.paid,
					detail: `charge ${formatCents(l.charge)} − adjustments ${formatCents(adj)} = ${formatCents(expected)}; paid ${formatCents(l.paid)}`,
				});
		}
		if (c.segment && c.account) {
			const adj = sum(c.adjustments) + lineAdjustments;
			const expected = c.charge - adj;
			checked++;
			if (expected !== c.paid)
				checks.push({
					level: 'claim',
					segment: c.segment,
					label: `Claim ${c.account}`,
					expected,
					actual: c.paid,
					detail: `charge ${formatCents(c.charge)} − claim and line adjustments ${formatCents(adj)} = ${formatCents(expected)}; paid ${formatCents(c.paid)}`,
				});
		}
	}
	if (p.amount !== undefined) {
		let paid = 0;
		for (const c of p.claims) paid += c.paid;
		const plb = sum(p.providerAdjustments);
		const expected = paid - plb;
		checked++;
		if (expected !== p.amount)
			checks.push({
				level: 'payment',
				segment: p.segment,
				label: `Payment ${p.trace || p.control}`,
				expected,
				actual: p.amount,
				detail: `claim payments ${formatCents(paid)} − provider adjustments ${formatCents(plb)} = ${formatCents(expected)}; BPR02 ${formatCents(p.amount)}`,
			});
	}
	return { checks, checked };
}
