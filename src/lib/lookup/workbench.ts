/**
 * The remittance workbench: from a read 835 to a worklist (one row per
 * adjustment, each with its own next step), totals, warnings from the official
 * usage rules and dates, deadlines where the project has a sourced rule, and a
 * CSV export. Pure: shared by the Web Worker, the page and the unit tests.
 */
import { isGroupCode } from '../guidance/group-codes.ts';
import { addYears, deadline, isoDate, parseIsoDate } from '../guidance/deadlines.ts';
import { getPayerType } from '../guidance/payer-types.ts';
import { routesFor, type AppliedChoice, type Situation } from '../guidance/route-choice.ts';
import { getRoute, type RouteId } from '../guidance/routes.ts';
import { matchesSet } from '../catalogue/code-sets.ts';
import { padRemark } from '../catalogue/codes.ts';
import type { CodeFacts } from '../facts/code-list-facts.ts';
import { STOP_DATE_RULE, validityOn } from '../facts/validity.ts';
import { adjustmentStep, patientBarOf } from './adjustment-step.ts';
import { payerKey, payerTypesFor, remittancePayers } from './payer-guess.ts';
import { formatCents } from './x12/numbers.ts';
import type { Adjustment, Claim, Payment, Remittance, ServiceLine } from './x12/remittance.ts';

export interface PageInfo {
	title: string;
	/** First route (kept for older callers). */
	route: string;
	/** Every route of the entry, most likely first. */
	routes?: string[];
	slug: string;
	letter: boolean;
	/** Usage notes of the entry (our words), sent for codes whose official text limits the group codes. */
	usage?: string[];
	/** Routes where the entry's route differs by group code, by group. */
	byGroup?: Record<string, string[]>;
	/** Routes where the entry's route differs by payer type, by payer type id. */
	byPayer?: Record<string, string[]>;
	/** A remark code that says the patient may not be billed for what it explains (resolution.barsPatientBilling). */
	barsPatient?: true;
}

/** A page's routes in a situation and where they came from, by the one rule of src/lib/guidance/route-choice.ts. */
export function pageChoice(page: PageInfo, situation: Situation = {}): Pick<AppliedChoice, 'routes' | 'basis'> {
	const wrap = (o: Record<string, string[]> | undefined) =>
		o && Object.fromEntries(Object.entries(o).map(([k, routes]) => [k, { routes }]));
	const { routes, basis } = routesFor(
		{ routes: page.routes ?? [page.route], byGroup: wrap(page.byGroup), byPayer: wrap(page.byPayer) },
		situation,
	);
	return { routes: routes as AppliedChoice['routes'], basis };
}

/** A page's routes in a situation, by the one rule of src/lib/guidance/route-choice.ts. */
export function pageRoutes(page: PageInfo, situation: Situation = {}): string[] {
	return [...pageChoice(page, situation).routes];
}

export interface WorkbenchFacts {
	carc: Readonly<Record<string, CodeFacts>>;
	rarc: Readonly<Record<string, CodeFacts>>;
	pages: Readonly<Record<string, PageInfo>>;
}

export interface WorklistRow {
	payer: string;
	/** The payer type the step and deadline were judged for (a payer type id), '' for any payer. */
	payerType: string;
	/** Index of the payment (transaction) and claim in the remittance, for the claim view and the letter. */
	payment: number;
	claim: number;
	account: string;
	payerClaimNumber: string;
	patient: string;
	claimStatus: string;
	/** "Claim" or the procedure with modifiers. */
	service: string;
	serviceDates: string[];
	billed: number;
	group: string;
	reason: string;
	remarks: string[];
	amount: number;
	route?: RouteId;
	step: string;
	stepNote?: string;
	deadline: string;
	/** /codes/… page of the reason code, when it has one. */
	href?: string;
	letterHref?: string;
	title?: string;
	warnings: string[];
	notes: string[];
	segment: number;
	/** Whether a biller needs to act (not a write-off, information or a reversal). */
	action: boolean;
}

export interface Total {
	key: string;
	count: number;
	amount: number;
}

export interface PayerTotal {
	payer: string;
	claims: number;
	billed: number;
	paid: number;
	adjusted: number;
	providerAdjustments: number;
}

export interface Totals {
	byGroup: Total[];
	byReason: Total[];
	byRemark: Total[];
	byPayer: PayerTotal[];
}

/**
 * The deadline column, by the payer type's rule (payer-types.ts, counted by deadlines.ts) from the remittance date:
 * - an appeal: the first appeal level of a payer type with one single rule (Medicare Parts A and B, Medicare
 *   Advantage, employer plans); a type whose limits the state or the contract sets says where to check instead;
 * - a Medicare reopening: 1 year from the initial determination (42 CFR 405.980(b)(1));
 * - any other route, or any payer: the payer's own limit.
 */
export function deadlineText(
	route: RouteId | undefined,
	payerType: string | undefined,
	remittanceDate: string | undefined,
): string {
	if (!route || route === 'write-off' || route === 'informational' || route === 'bill-patient') return '';
	const type = payerType ? getPayerType(payerType) : undefined;
	const date = remittanceDate ? parseIsoDate(remittanceDate) : undefined;
	if (type && route === 'reopening' && type.id === 'medicare-ab') {
		if (!date) return `Within 1 year of the initial determination (${REOPENING_RULE})`;
		return `${isoDate(addYears(date, 1))} (reopening, 1 year from the initial determination, ${REOPENING_RULE}, counted from the remittance date ${remittanceDate}; 4 years for good cause)`;
	}
	if (type && route === 'appeal') {
		if (type.whereToCheck) return type.whereToCheck.text;
		const level = type.levels[0];
		const d = level && date ? deadline(level, remittanceDate!) : undefined;
		if (level && d)
			return `${d.lastDay} (${level.name}, ${level.citation.title}, counted from the remittance date ${remittanceDate})`;
	}
	return 'Check the payer’s limit';
}

/** The reopening rule's citation, from the registry's Medicare corrections rule. */
const REOPENING_RULE = getPayerType('medicare-ab')!.corrections.sources[0]!.title;

const serviceName = (l: ServiceLine) => [l.procedure, ...l.modifiers].filter(Boolean).join('-') || '(no procedure)';

function remarkKey(code: string, facts: WorkbenchFacts): string {
	return facts.rarc[code] ? code : padRemark(code);
}

/** Warnings and notes for one adjustment, from the official facts and the remittance date. */
export function adjustmentWarnings(
	a: Pick<Adjustment, 'group' | 'reason'>,
	remarks: readonly string[],
	date: string | undefined,
	facts: WorkbenchFacts,
): { warnings: string[]; notes: string[] } {
	const warnings: string[] = [];
	const notes: string[] = [];
	const info = facts.carc[a.reason];
	if (!matchesSet('carc', a.reason))
		warnings.push(
			`“${a.reason}” is not a reason code (CARC): a reason code is a number such as 16 or a letter and number such as B16.`,
		);
	else if (!info) warnings.push(`${a.reason} is not in the official list of reason codes (CARC).`);
	if (info) {
		if (date) {
			try {
				const v = validityOn(info, date);
				if (v.state === 'no-longer-valid')
					warnings.push(
						`Reason code ${a.reason} was used after its stop date (${v.stop}); the remittance is dated ${date}. ${STOP_DATE_RULE}`,
					);
				else if (v.state === 'not-yet-valid')
					warnings.push(`Reason code ${a.reason} starts on ${v.start}, after the remittance date ${date}.`);
			} catch {
				/* the date was checked when read */
			}
		} else if (info.status === 'deactivated')
			warnings.push(
				`${a.reason} is deactivated: it should not appear on new claims, but can still show up on secondary claims and reversals.`,
			);
		if (info.onlyGroups) {
			if (!info.onlyGroups.includes(a.group))
				warnings.push(
					`The official text allows reason code ${a.reason} only with group ${info.onlyGroups.join(' or ')}, not ${a.group}.`,
				);
			const usage = facts.pages[`carc:${a.reason}`]?.usage ?? [];
			if (usage.length && info.onlyGroups.length > 1 && a.group !== info.onlyGroups[0]) notes.push(...usage);
			else if (info.onlyGroups.length > 1 && a.group !== info.onlyGroups[0] && info.onlyGroups.includes(a.group))
				notes.push(
					`The official text names group ${info.onlyGroups.join(' or ')} for reason code ${a.reason}; check its page for when ${a.group} applies.`,
				);
		}
		if (info.remarkRequired && !remarks.some((r) => facts.rarc[r] && !facts.rarc[r]!.alert)) {
			warnings.push(
				`Reason code ${a.reason} must come with a remark code (RARC) that is not an Alert; none was found on this line or its claim.`,
			);
		}
	}
	if (a.group === 'CR')
		warnings.push(
			'Group CR is a legacy group code from the 4010 format; current remittances use the original group codes with negative amounts instead.',
		);
	for (const r of remarks) {
		const rf = facts.rarc[r];
		if (!matchesSet('rarc', r)) warnings.push(`“${r}” is not a remark code (RARC).`);
		else if (!rf) warnings.push(`${r} is not in the official list of remark codes (RARC).`);
		else if (date && rf.stop && date >= rf.stop)
			warnings.push(
				`Remark code ${r} was used after its stop date (${rf.stop}); the remittance is dated ${date}. ${STOP_DATE_RULE}`,
			);
	}
	return { warnings, notes };
}

/** The next step, warnings and notes of one combination of group, reason, remarks and remittance date. */
export interface Judgement {
	group: string;
	reason: string;
	remarks: string[];
	step: ReturnType<typeof adjustmentStep>;
	/** The payer type it was judged for ('' for any payer) and the deadline text that follows from it. */
	payerType: string;
	deadline: string;
	warnings: string[];
	notes: string[];
	page: PageInfo | undefined;
	/** Rows with this judgement, and the sum of their amounts (cents): the totals are folded from these. */
	count: number;
	amount: number;
}

/**
 * The worklist of a remittance without its rows built: one entry per
 * adjustment (in the order of worklist()), as positions into the remittance
 * held in typed arrays, plus the judgement (step, warnings) each shares with
 * every adjustment of the same codes and date. A large file has one entry per
 * adjustment (88,000 for 10 MB); rows are built only for what is shown or
 * exported (worklistRow), so reading a file does not build and hold a second
 * copy of every claim's data.
 */
export interface WorklistIndex {
	size: number;
	payment: Int32Array;
	claim: Int32Array;
	/** Service line of the adjustment, -1 for a claim-level adjustment. */
	line: Int32Array;
	adjustment: Int32Array;
	judgement: Int32Array;
	judgements: Judgement[];
	/** Positions of the entries that need action, in order. */
	actions: Int32Array;
}

export interface IndexOptions {
	/**
	 * The payer type of each payer, by payerKey() ('' for any payer). A payer not listed gets the guess from its
	 * claims' filing indicators (payer-guess.ts).
	 */
	payerTypes?: Readonly<Record<string, string>>;
}

/** Build the worklist index of a remittance: every adjustment, judged once per combination of codes, date and payer type. */
export function worklistIndex(r: Remittance, facts: WorkbenchFacts, options: IndexOptions = {}): WorklistIndex {
	const types = payerTypesFor(remittancePayers(r), options.payerTypes);
	let size = 0;
	for (const p of r.payments) for (const c of p.claims) size += adjustmentCount(c);
	const index: WorklistIndex = {
		size,
		payment: new Int32Array(size),
		claim: new Int32Array(size),
		line: new Int32Array(size),
		adjustment: new Int32Array(size),
		judgement: new Int32Array(size),
		judgements: [],
		actions: new Int32Array(0),
	};
	const actions = new Int32Array(size);
	let actionCount = 0;
	const memo = new Map<string, number>();
	let n = 0;
	r.payments.forEach((p, pi) => {
		const date = p.date ?? '';
		const payerType = types[payerKey(p)] ?? '';
		const type = payerType ? getPayerType(payerType) : undefined;
		p.claims.forEach((c, ci) => {
			const claimRemarks = c.remarks.length ? [...new Set(c.remarks.map((m) => remarkKey(m.code, facts)))] : [];
			const claimRemarkKey = claimRemarks.join(',');
			const addAll = (list: readonly Adjustment[], li: number, remarks: string[], remarkKeyText: string) => {
				for (let ai = 0; ai < list.length; ai++) {
					const a = list[ai]!;
					// The step and warnings depend only on the codes and the date: worked out once per combination.
					const key = `${a.group}|${a.reason}|${remarkKeyText}|${date}|${payerType}`;
					let j = memo.get(key);
					if (j === undefined) {
						const page = facts.pages[`carc:${a.reason}`];
						const choice = page ? pageChoice(page, { group: a.group, payerType }) : undefined;
						const remarkRoutes = remarks.map((m) => {
							const rp = facts.pages[`rarc:${m}`];
							return rp ? pageRoutes(rp, { payerType }) : undefined;
						});
						const step = adjustmentStep({
							group: a.group,
							routes: choice?.routes,
							remarkRoutes,
							patientBar: patientBarOf(remarks, remarkRoutes, (m) => Boolean(facts.pages[`rarc:${m}`]?.barsPatient)),
						});
						// Say when the payer type changed the route, unless the step already says why it is what it is.
						if (step && !step.note && choice?.basis === 'payer' && type)
							step.note = `The code’s own route for ${type.name}; its page says why.`;
						j = index.judgements.length;
						index.judgements.push({
							group: a.group,
							reason: a.reason,
							remarks,
							step,
							payerType,
							deadline: deadlineText(step?.route, payerType, p.date),
							...adjustmentWarnings(a, remarks, p.date, facts),
							page,
							count: 0,
							amount: 0,
						});
						memo.set(key, j);
					}
					const judged = index.judgements[j]!;
					judged.count++;
					judged.amount += a.amount;
					const route = judged.step?.route;
					if (!c.reversal && route !== 'write-off' && route !== 'informational' && a.amount !== 0)
						actions[actionCount++] = n;
					index.payment[n] = pi;
					index.claim[n] = ci;
					index.line[n] = li;
					index.adjustment[n] = ai;
					index.judgement[n] = j;
					n++;
				}
			};
			addAll(c.adjustments, -1, claimRemarks, claimRemarkKey);
			c.lines.forEach((l, li) => {
				if (!l.adjustments.length) return;
				const remarks =
					l.remarks.length === 0
						? claimRemarks
						: [...new Set([...l.remarks.map((m) => remarkKey(m.code, facts)), ...claimRemarks])];
				addAll(l.adjustments, li, remarks, remarks === claimRemarks ? claimRemarkKey : remarks.join(','));
			});
		});
	});
	index.actions = actions.slice(0, actionCount);
	return index;
}

/** The worklist row of entry `i` of the index. */
export function worklistRow(r: Remittance, index: WorklistIndex, i: number): WorklistRow {
	const pi = index.payment[i]!;
	const ci = index.claim[i]!;
	const li = index.line[i]!;
	const p = r.payments[pi]!;
	const c = p.claims[ci]!;
	const line = li < 0 ? undefined : c.lines[li]!;
	const a = (line ?? c).adjustments[index.adjustment[i]!]!;
	const judged = index.judgements[index.judgement[i]!]!;
	const { step, page } = judged;
	const route = step?.route;
	const action = !c.reversal && route !== 'write-off' && route !== 'informational' && a.amount !== 0;
	const row: WorklistRow = {
		payer: p.payer,
		payerType: judged.payerType,
		payment: pi,
		claim: ci,
		account: c.account,
		payerClaimNumber: c.payerClaimNumber,
		patient: c.patient,
		claimStatus: c.statusText,
		service: line ? serviceName(line) : 'Claim',
		serviceDates: line?.dates.length ? line.dates : c.dates,
		billed: line ? line.charge : c.charge,
		group: a.group,
		reason: a.reason,
		remarks: [...judged.remarks],
		amount: a.amount,
		step: c.reversal
			? 'Reversal: no action unless the corrected claim below is wrong'
			: route
				? (getRoute(route)?.label ?? route)
				: 'No Denial Atlas page yet: see the official list',
		deadline: c.reversal ? '' : judged.deadline,
		warnings: [...judged.warnings],
		notes: [...judged.notes],
		segment: a.segment,
		action,
	};
	if (route) row.route = route;
	if (step?.note) row.stepNote = step.note;
	if (page) {
		row.href = `/codes/${page.slug}/`;
		row.title = page.title;
		if (route === 'appeal' && page.letter) row.letterHref = `/codes/${page.slug}/#appeal-letter`;
	}
	return row;
}

/** The rows of an index from `offset`, `count` of them: every row, or (actions) only those that need action. */
export function* worklistRows(
	r: Remittance,
	index: WorklistIndex,
	options: { actions?: boolean; offset?: number; count?: number } = {},
): Generator<WorklistRow> {
	const total = options.actions ? index.actions.length : index.size;
	const from = Math.max(0, options.offset ?? 0);
	const to = Math.min(total, from + (options.count ?? total));
	for (let k = from; k < to; k++) yield worklistRow(r, index, options.actions ? index.actions[k]! : k);
}

/** Every adjustment of a remittance as a worklist row, with its own next step. */
export function worklist(r: Remittance, facts: WorkbenchFacts): WorklistRow[] {
	return [...worklistRows(r, worklistIndex(r, facts))];
}

function tally(map: Map<string, Total>, key: string, amount: number) {
	const t = map.get(key) ?? { key, count: 0, amount: 0 };
	t.count++;
	t.amount += amount;
	map.set(key, t);
}

const sorted = (map: Map<string, Total>) =>
	[...map.values()].sort(
		(a, b) => Math.abs(b.amount) - Math.abs(a.amount) || b.count - a.count || (a.key < b.key ? -1 : 1),
	);

/** Totals by group code, reason code (with its group), remark code and payer. */
export function totals(r: Remittance, rows: readonly WorklistRow[]): Totals {
	const byGroup = new Map<string, Total>();
	const byReason = new Map<string, Total>();
	const byRemark = new Map<string, Total>();
	for (const row of rows) {
		tally(byGroup, row.group, row.amount);
		tally(byReason, `${row.group}-${row.reason}`, row.amount);
		for (const m of row.remarks) tally(byRemark, m, row.amount);
	}
	return { byGroup: sorted(byGroup), byReason: sorted(byReason), byRemark: sorted(byRemark), byPayer: payerTotals(r) };
}

/** The same totals as totals(), folded from the index's judgements instead of one row at a time. */
export function indexTotals(r: Remittance, index: WorklistIndex): Totals {
	const byGroup = new Map<string, Total>();
	const byReason = new Map<string, Total>();
	const byRemark = new Map<string, Total>();
	const add = (map: Map<string, Total>, key: string, count: number, amount: number) => {
		const t = map.get(key) ?? { key, count: 0, amount: 0 };
		t.count += count;
		t.amount += amount;
		map.set(key, t);
	};
	for (const j of index.judgements) {
		if (!j.count) continue;
		add(byGroup, j.group, j.count, j.amount);
		add(byReason, `${j.group}-${j.reason}`, j.count, j.amount);
		for (const m of j.remarks) add(byRemark, m, j.count, j.amount);
	}
	return { byGroup: sorted(byGroup), byReason: sorted(byReason), byRemark: sorted(byRemark), byPayer: payerTotals(r) };
}

/** Adjustments of a claim, claim level and line level (a function called per claim, so a browser optimises it). */
function adjustmentCount(c: Claim): number {
	let n = c.adjustments.length;
	for (const l of c.lines) n += l.adjustments.length;
	return n;
}

/** A claim's adjustments added up, claim level and line level. */
function adjustedAmount(c: Claim): number {
	let adjusted = 0;
	for (const a of c.adjustments) adjusted += a.amount;
	for (const l of c.lines) for (const a of l.adjustments) adjusted += a.amount;
	return adjusted;
}

function payerTotals(r: Remittance): PayerTotal[] {
	const payers = new Map<string, PayerTotal>();
	for (const p of r.payments) {
		const key = p.payer || '(payer not named)';
		const t = payers.get(key) ?? { payer: key, claims: 0, billed: 0, paid: 0, adjusted: 0, providerAdjustments: 0 };
		for (const c of p.claims) {
			t.claims++;
			t.billed += c.charge;
			t.paid += c.paid;
			t.adjusted += adjustedAmount(c);
		}
		for (const a of p.providerAdjustments) t.providerAdjustments += a.amount;
		payers.set(key, t);
	}
	return [...payers.values()];
}

/** One CSV cell (RFC 4180), safe against formula injection: a cell starting with = + - @ (or tab/CR) gets a leading quote. */
export function csvCell(value: string): string {
	let v = value;
	if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const CSV_COLUMNS = [
	'Payer',
	'Payer type',
	'Claim',
	'Payer claim number',
	'Patient',
	'Claim status',
	'Service',
	'Dates of service',
	'Billed',
	'Group-reason',
	'Remarks',
	'Amount',
	'Next step',
	'Deadline',
	'Code page',
	'Warnings',
] as const;

/** The worklist as CSV text (CRLF line ends, header row first). Amounts are plain decimals so spreadsheets can add them. */
/** Cents as a plain decimal: 12345 → "123.45", -500 → "-5.00". */
export const plainMoney = (c: number) => (c < 0 ? '-' : '') + formatCents(Math.abs(c)).replace(/[$,]/g, '');

export function worklistCsv(rows: Iterable<WorklistRow>, origin = ''): string {
	const money = plainMoney;
	const lines = [CSV_COLUMNS.map(csvCell).join(',')];
	for (const r of rows) {
		lines.push(
			[
				r.payer,
				r.payerType ? (getPayerType(r.payerType)?.name ?? r.payerType) : 'Any payer',
				r.account,
				r.payerClaimNumber,
				r.patient,
				r.claimStatus,
				r.service,
				r.serviceDates.join(' '),
				money(r.billed),
				`${r.group}-${r.reason}`,
				r.remarks.join(' '),
				money(r.amount),
				r.stepNote ? `${r.step} (${r.stepNote})` : r.step,
				r.deadline,
				r.href ? `${origin}${r.href}` : '',
				r.warnings.join(' '),
			]
				.map(csvCell)
				.join(','),
		);
	}
	return `${lines.join('\r\n')}\r\n`;
}

/**
 * The letter fields a claim fills, keyed by the placeholder keys of the letter filler; with the worklist row, also the
 * remittance date, the codes on the remittance and the amount in dispute.
 */
export function letterFields(
	p: Payment,
	c: Claim,
	line: ServiceLine | undefined,
	row?: Pick<WorklistRow, 'group' | 'reason' | 'remarks' | 'amount'>,
): Record<string, string> {
	const dates = line?.dates.length ? line.dates : c.dates.length ? c.dates : c.lines.flatMap((l) => l.dates);
	const fields: Record<string, string> = {
		claimNumber: c.payerClaimNumber || c.account,
		patientName: c.patient.includes(', ') ? c.patient.split(', ').reverse().join(' ') : c.patient,
		memberId: c.memberId,
		payerName: p.payer,
		dateOfService: dates[0] ?? '',
		procedureCode: line ? line.procedure : (c.lines[0]?.procedure ?? ''),
		billedAmount: plainMoney(line ? line.charge : c.charge),
		remittanceDate: p.date ?? '',
		remittanceCodes: row ? [`${row.group}-${row.reason}`, ...row.remarks].join(' ') : '',
		amountInDispute: row ? plainMoney(row.amount) : '',
	};
	return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
}

/** Whether a group code string names one we know (re-exported for the page). */
export { isGroupCode };
