/**
 * The payers of a remittance (N1*PR name and ID) and a first guess at each
 * one's payer type, from the claim filing indicator its claims carry (CLP06).
 * The guess is only made where the indicator names one payer type of the
 * registry (src/lib/guidance/payer-types.ts); where it does not (a PPO or an
 * HMO may be an employer plan or another commercial plan; TRICARE has no
 * type here), the payer stays "any payer" and the reason says so. Pure.
 *
 * CLP06 values and their meanings checked against the 835 5010 guide's value
 * list as two open-source X12 readers carry it (stupidedi's X221A1 835 guide
 * and its element 1032 code list; OpenEMR's 835 code tables); the short
 * meanings here are ours. CI and BL are claim filing indicators of the 837, not
 * of the 835's CLP06.
 */
import { PAYER_TYPE_IDS, type PayerTypeId } from '../guidance/payer-letters.ts';
import { entryOf } from './x12/code-tables.ts';
import type { Payment, Remittance } from './x12/remittance.ts';

export interface FilingIndicator {
	/** What the value says, in our words. */
	meaning: string;
	/** The payer type it names, when it names exactly one of the registry. */
	payerType?: PayerTypeId;
	/** Why it names none: a private plan whose kind the 835 does not say, or a program the registry has no type for. */
	none?: 'private-plan' | 'no-type' | 'not-said';
}

/** CLP06 values of the 835 (5010, X221A1). */
export const FILING_INDICATORS: Readonly<Record<string, FilingIndicator>> = {
	'12': { meaning: 'preferred provider organization', none: 'private-plan' },
	'13': { meaning: 'point-of-service plan', none: 'private-plan' },
	'14': { meaning: 'exclusive provider organization', none: 'private-plan' },
	'15': { meaning: 'indemnity insurance', none: 'private-plan' },
	'16': { meaning: 'HMO with a Medicare risk contract: Medicare Advantage', payerType: 'medicare-advantage' },
	'17': { meaning: 'dental maintenance organization', none: 'private-plan' },
	AM: { meaning: 'automobile medical', payerType: 'auto-liability' },
	CH: { meaning: 'CHAMPUS, now TRICARE', none: 'no-type' },
	DS: { meaning: 'disability', none: 'no-type' },
	HM: { meaning: 'health maintenance organization', none: 'private-plan' },
	LM: { meaning: 'liability medical', payerType: 'auto-liability' },
	MA: { meaning: 'Medicare Part A', payerType: 'medicare-ab' },
	MB: { meaning: 'Medicare Part B', payerType: 'medicare-ab' },
	MC: { meaning: 'Medicaid', payerType: 'medicaid' },
	OF: { meaning: 'other federal program', none: 'no-type' },
	TV: { meaning: 'Title V', none: 'no-type' },
	VA: { meaning: 'Veterans Affairs plan', none: 'no-type' },
	WC: { meaning: 'workers’ compensation', payerType: 'workers-comp' },
	ZZ: { meaning: 'mutually defined', none: 'not-said' },
};

/** One payer of a remittance, with its claims' filing indicators and the guess they allow. */
export interface RemittancePayer {
	/** Identifies the payer across transactions and files: its ID and name. */
	key: string;
	name: string;
	/** N1*PR04, the payer identifier, when sent. */
	id: string;
	claims: number;
	/** Distinct CLP06 values on its claims, most claims first ('' for a claim without one). */
	filings: { code: string; claims: number }[];
	/** The payer type the filing indicators name, or '' (any payer). */
	guess: PayerTypeId | '';
	/** Why, in one or two sentences. */
	why: string;
}

/** The key of a payment's payer: the same payer ID and name in another transaction or file is the same payer. */
export const payerKey = (p: Pick<Payment, 'payer' | 'payerId'>): string => `${p.payerId}|${p.payer}`;

const named = (code: string) => {
	const f = entryOf(FILING_INDICATORS, code);
	return code === ''
		? 'no filing indicator'
		: f
			? `${code} (${f.meaning})`
			: `“${code}” (not a value of the 835’s list)`;
};

const list = (items: string[]) =>
	items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The guess from a payer's filing indicators (distinct CLP06 values, most claims first). */
export function guessPayerType(codes: readonly string[]): { guess: PayerTypeId | ''; why: string } {
	const distinct = [...new Set(codes)];
	const said = `Its claims carry claim filing indicator (CLP06) ${list(distinct.map(named))}`;
	if (distinct.length === 0) return { guess: '', why: 'It has no claims on this remittance.' };
	const types = new Set(distinct.map((c) => entryOf(FILING_INDICATORS, c)?.payerType));
	const [only] = types;
	if (types.size === 1 && only) return { guess: only, why: `${said}.` };
	if (types.size > 1)
		return { guess: '', why: `${said}: they do not all point to one payer type, so no guess is made.` };
	if (distinct.length === 1 && distinct[0] === '')
		return { guess: '', why: 'Its claims carry no claim filing indicator (CLP06), so no guess is made.' };
	const reasons = new Set(distinct.map((c) => entryOf(FILING_INDICATORS, c)?.none));
	if (reasons.size === 1 && reasons.has('private-plan'))
		return {
			guess: '',
			why: `${said}: the 835 does not say whether that is an employer plan (ERISA) or another commercial plan, so no guess is made. Choose one if you know it.`,
		};
	if (reasons.size === 1 && reasons.has('no-type'))
		return { guess: '', why: `${said}: Denial Atlas has no payer type with rules for that program.` };
	return { guess: '', why: `${said}: that does not name a payer type, so no guess is made.` };
}

/** Every payer of a remittance that has claims, in the order first seen, with its guess. */
export function remittancePayers(r: Remittance): RemittancePayer[] {
	const payers = new Map<string, { name: string; id: string; claims: number; filings: Map<string, number> }>();
	for (const p of r.payments) {
		if (!p.claims.length) continue;
		const key = payerKey(p);
		let entry = payers.get(key);
		if (!entry) payers.set(key, (entry = { name: p.payer, id: p.payerId, claims: 0, filings: new Map() }));
		for (const c of p.claims) {
			entry.claims++;
			entry.filings.set(c.filing, (entry.filings.get(c.filing) ?? 0) + 1);
		}
	}
	return [...payers].map(([key, e]) => {
		const filings = [...e.filings]
			.map(([code, claims]) => ({ code, claims }))
			.sort((a, b) => b.claims - a.claims || (a.code < b.code ? -1 : 1));
		return { key, name: e.name, id: e.id, claims: e.claims, filings, ...guessPayerType(filings.map((f) => f.code)) };
	});
}

const known = (id: unknown): id is PayerTypeId | '' => id === '' || (PAYER_TYPE_IDS as readonly unknown[]).includes(id);

/**
 * The payer type that applies to each payer, by key: the one chosen ('' for any payer), else the guess. A chosen
 * value that is not a payer type id is ignored.
 */
export function payerTypesFor(
	payers: readonly RemittancePayer[],
	chosen: Readonly<Record<string, unknown>> = {},
): Record<string, PayerTypeId | ''> {
	return Object.fromEntries(
		payers.map((p) => {
			const c = chosen[p.key];
			return [p.key, known(c) ? c : p.guess];
		}),
	);
}
