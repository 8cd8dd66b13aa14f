/**
 * Appeal deadlines: the levels and time limits by payer type, each with its
 * regulation, and the arithmetic that turns a notice date into the last day
 * to file. Only figures we could verify are here; anything else is left out
 * and the guide page says so.
 */
import { formatDateLong } from '../site/dates.ts';

export interface AppealLevel {
	id: string;
	name: string;
	/** Days allowed to file this level. */
	days: number;
	/** What the clock counts from. */
	from: string;
	/** Whether receipt of the notice is presumed some days after its date. */
	presumedReceiptDays: number;
	citation: { title: string; url: string };
}

export interface PayerType {
	id: string;
	name: string;
	levels: AppealLevel[];
	/** Plain-language caveats shown with the results. */
	notes: string[];
}

const ECFR = (path: string) => `https://www.ecfr.gov/current/${path}`;

export const PAYER_TYPES: PayerType[] = [
	{
		id: 'medicare-ab',
		name: 'Medicare Parts A and B',
		notes: [
			'Each level’s clock starts when you receive the decision of the level before it. Receipt is presumed to be 5 days after the date on the notice unless there is evidence otherwise.',
			'An ALJ hearing and federal court review also need a minimum amount in controversy, which changes every year; check the current figure before filing.',
			'This calculator does not move a deadline that falls on a weekend or holiday.',
		],
		levels: [
			{
				id: 'redetermination',
				name: 'Redetermination (Medicare Administrative Contractor)',
				days: 120,
				from: 'receipt of the initial determination (the remittance or notice)',
				presumedReceiptDays: 5,
				citation: { title: '42 CFR 405.942', url: ECFR('title-42/section-405.942') },
			},
			{
				id: 'reconsideration',
				name: 'Reconsideration (Qualified Independent Contractor)',
				days: 180,
				from: 'receipt of the redetermination',
				presumedReceiptDays: 5,
				citation: { title: '42 CFR 405.962', url: ECFR('title-42/section-405.962') },
			},
			{
				id: 'alj',
				name: 'Administrative Law Judge hearing',
				days: 60,
				from: 'receipt of the reconsideration',
				presumedReceiptDays: 5,
				citation: { title: '42 CFR 405.1014', url: ECFR('title-42/section-405.1014') },
			},
			{
				id: 'council',
				name: 'Medicare Appeals Council review',
				days: 60,
				from: 'receipt of the ALJ decision',
				presumedReceiptDays: 5,
				citation: { title: '42 CFR 405.1102', url: ECFR('title-42/section-405.1102') },
			},
			{
				id: 'court',
				name: 'Federal district court',
				days: 60,
				from: 'receipt of the Council decision',
				presumedReceiptDays: 5,
				citation: { title: '42 CFR 405.1130', url: ECFR('title-42/section-405.1130') },
			},
		],
	},
	{
		id: 'medicare-advantage',
		name: 'Medicare Advantage (Part C)',
		notes: [
			'Only the first level is calculated here. After an adverse reconsideration the plan must forward the case to an independent review entity itself; later levels follow the Medicare rules from that decision.',
			'Contracted providers usually follow the dispute process in their plan contract instead; check it.',
			'This calculator does not move a deadline that falls on a weekend or holiday.',
		],
		levels: [
			{
				id: 'ma-reconsideration',
				name: 'Reconsideration by the plan',
				days: 65,
				from: 'the date of the organization determination notice',
				presumedReceiptDays: 0,
				citation: { title: '42 CFR 422.582', url: ECFR('title-42/section-422.582') },
			},
		],
	},
	{
		id: 'erisa',
		name: 'Employer group health plan (ERISA)',
		notes: [
			'180 days is the minimum the regulation requires plans to allow; the plan document may allow more. Check the denial letter, which must state the plan’s deadline.',
			'This calculator does not move a deadline that falls on a weekend or holiday.',
		],
		levels: [
			{
				id: 'erisa-internal',
				name: 'Internal appeal to the plan',
				days: 180,
				from: 'receipt of the adverse benefit determination',
				presumedReceiptDays: 0,
				citation: { title: '29 CFR 2560.503-1(h)(3)(i)', url: ECFR('title-29/section-2560.503-1') },
			},
		],
	},
];

export const MEDICAID_NOTE =
	'Medicaid appeal levels and time limits are set by each state, and managed care plans add their own. Denial Atlas does not list them: use the limit printed on the notice or in your state Medicaid provider manual.';

/** Parse YYYY-MM-DD as a calendar date (UTC), or undefined. */
export function parseIsoDate(value: string): Date | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!m) return undefined;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value.trim() ? d : undefined;
}

export function addDays(date: Date, days: number): Date {
	return new Date(date.getTime() + days * 86_400_000);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export interface DeadlineResult {
	level: AppealLevel;
	receipt: string;
	lastDay: string;
	explanation: string;
}

/**
 * The last day to file the given level, counting from a notice date. With a
 * presumed receipt of N days, the clock starts N days after the notice date.
 */
export function deadline(level: AppealLevel, noticeDate: string): DeadlineResult | undefined {
	const notice = parseIsoDate(noticeDate);
	if (!notice) return undefined;
	const receipt = addDays(notice, level.presumedReceiptDays);
	const last = addDays(receipt, level.days);
	// People read the explanation: dates in words (src/lib/site/dates.ts); the fields stay YYYY-MM-DD for machines.
	const words = (d: Date) => formatDateLong(isoDate(d));
	const start = level.presumedReceiptDays
		? `The notice is dated ${words(notice)}; receipt is presumed ${level.presumedReceiptDays} days later, on ${words(receipt)}.`
		: `The clock starts on ${words(notice)}.`;
	return {
		level,
		receipt: isoDate(receipt),
		lastDay: isoDate(last),
		explanation: `${start} ${level.days} days from then is ${words(last)}.`,
	};
}

export function getPayerType(id: string): PayerType | undefined {
	return PAYER_TYPES.find((p) => p.id === id);
}
