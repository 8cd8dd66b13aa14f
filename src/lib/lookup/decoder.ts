/**
 * The remittance decoder: turn what a biller pastes or opens — free text
 * ("CO-16 N290 MA130", "PR 1", "co45, n130", "CAS CO 45 20"), raw 835 segments
 * or a whole 835 file — into codes, each with its own next step, and, for 835
 * data, claims, balances and a worklist (workbench.ts). Pure and total: it never
 * throws on any input and runs in linear time (no regular expression is run
 * over unbounded text); everything it cannot read becomes a problem naming the
 * token or segment, and nothing is cut silently.
 */
import { matchesSet } from '../catalogue/code-sets.ts';
import { aliasKey, padRemark } from '../catalogue/codes.ts';
import type { CodeFacts } from '../facts/code-list-facts.ts';
import { GROUP_CODE_ALTERNATION, isGroupCode } from '../guidance/group-codes.ts';
import type { RouteId } from '../guidance/routes.ts';
import { adjustmentStep, patientBarOf } from './adjustment-step.ts';
import { isDecimal, parseCents, parseQuantity } from './x12/numbers.ts';
import { readRemittance, type ReadOptions, type Remittance } from './x12/remittance.ts';
import { trimText } from './x12/segments.ts';
import {
	indexTotals,
	pageRoutes,
	worklistIndex,
	worklistRows,
	type PageInfo,
	type Totals,
	type WorklistIndex,
	type WorklistRow,
} from './workbench.ts';

/** What the decoder knows: facts for every official code, by set, and (optionally) the pages Denial Atlas has. */
export interface DecoderFacts {
	carc: Readonly<Record<string, CodeFacts>>;
	rarc: Readonly<Record<string, CodeFacts>>;
	pages?: Readonly<Record<string, PageInfo>>;
}

export interface DecodedCode {
	set: 'carc' | 'rarc' | 'payer';
	code: string;
	/** CARC only: the group code in front of it, if any. */
	group?: string;
	/** CAS only: the adjustment amount (dollars) and quantity. */
	amount?: number;
	quantity?: number;
	/** The text it was read from, as typed. */
	token: string;
	warnings: string[];
	/** Usage notes of the code's page (what the official rule allows), shown as information. */
	notes?: string[];
	/** The next step for this code (reason codes and payer codes: per adjustment; remark-only lines: per remark). */
	step?: RouteId;
	stepNote?: string;
}

export interface DecodeProblem {
	token: string;
	message: string;
}

export interface DecodedLine {
	/** 1-based line (free text) or service line (835) number. */
	line: number;
	label: string;
	codes: DecodedCode[];
	problems: DecodeProblem[];
	warnings: string[];
}

/** Free text is read up to this many tokens at once; the rest is reported, never cut mid-token. */
export const MAX_TOKENS = 20_000;

const GROUP_JOINED = new RegExp(`^(${GROUP_CODE_ALTERNATION})[-_]?([A-Z]?\\d.*)$`, 'i');
const SEGMENT_WORDS = new Set(['CAS', 'LQ']);

function normaliseRarc(code: string, facts: DecoderFacts): string {
	return facts.rarc[code] ? code : padRemark(code);
}

const TRIM_START = new Set(['(', '"', "'", '[', '{']);
const TRIM_END = new Set([')', '"', "'", ']', '}', '.', ':', '!', '?']);

/** Strip quotes, brackets and trailing punctuation from a token, by index (linear on any input). */
function stripToken(token: string): string {
	let a = 0;
	let b = token.length;
	while (a < b && TRIM_START.has(token[a]!)) a++;
	while (b > a && TRIM_END.has(token[b - 1]!)) b--;
	return token.slice(a, b);
}

/** Split a line into tokens on spaces, tabs, commas and semicolons, without a regular expression. */
function tokenize(text: string): string[] {
	const out: string[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 32;
		const sep = c === 32 || c === 9 || c === 44 || c === 59 || c === 10 || c === 13;
		if (sep) {
			if (start >= 0) out.push(text.slice(start, i));
			start = -1;
		} else if (start < 0) start = i;
	}
	return out;
}

function classify(raw: string, group: string | undefined, facts: DecoderFacts): DecodedCode | DecodeProblem {
	const code = raw.toUpperCase();
	if (group) {
		if (!matchesSet('carc', code))
			return {
				token: `${group}-${raw}`,
				message: `“${raw}” after group code ${group} is not a reason code: a reason code is a number such as 16 or a letter and number such as B16.`,
			};
		if (!facts.carc[code])
			return { token: `${group}-${raw}`, message: `${code} is not in the official list of reason codes (CARC).` };
		return { set: 'carc', code, group, token: `${group}-${raw}`, warnings: [] };
	}
	if (matchesSet('rarc', code)) {
		const rarc = normaliseRarc(code, facts);
		if (!facts.rarc[rarc])
			return {
				token: raw,
				message: `${code} looks like a remark code but is not in the official list of remark codes (RARC).`,
			};
		return { set: 'rarc', code: rarc, token: raw, warnings: [] };
	}
	if (matchesSet('carc', code)) {
		if (!facts.carc[code])
			return { token: raw, message: `${code} is not in the official list of reason codes (CARC).` };
		return { set: 'carc', code, token: raw, warnings: [] };
	}
	const payer = aliasKey(raw);
	if (facts.pages?.[`payer:${payer}`]) return { set: 'payer', code: payer, token: raw, warnings: [] };
	return {
		token: raw,
		message: `“${raw.slice(0, 40)}” is not a code Denial Atlas recognises. Write reason codes as CO-16 or 16 and remark codes as N130 or MA130.`,
	};
}

const routesOf = (facts: DecoderFacts, key: string, group?: string): string[] | undefined => {
	const page = facts.pages?.[key];
	return page ? pageRoutes(page, { group }) : undefined;
};

/** Usage warnings and next steps for one line, from the official usage rules, statuses and routes. */
function warn(line: DecodedLine, facts: DecoderFacts, claimRemarks: readonly string[] = []): void {
	const remarks = [...line.codes.filter((c) => c.set === 'rarc').map((c) => c.code), ...claimRemarks];
	const hasRemark = remarks.some((code) => facts.rarc[code] && !facts.rarc[code]!.alert);
	const remarkRoutes = remarks.map((code) => routesOf(facts, `rarc:${code}`));
	const patientBar = patientBarOf(remarks, remarkRoutes, (code) => Boolean(facts.pages?.[`rarc:${code}`]?.barsPatient));
	const hasAdjustment = line.codes.some((c) => c.set !== 'rarc');
	for (const c of line.codes) {
		const info = c.set === 'carc' ? facts.carc[c.code] : c.set === 'rarc' ? facts.rarc[c.code] : undefined;
		if (info?.status === 'deactivated')
			c.warnings.push(
				`${c.code} is deactivated: it should not appear on new claims, but can still show up on secondary claims and reversals.`,
			);
		if (c.set === 'carc' && c.group && info?.onlyGroups) {
			if (!info.onlyGroups.includes(c.group))
				c.warnings.push(
					`The official text allows reason code ${c.code} only with group ${info.onlyGroups.join(' or ')}, not ${c.group}.`,
				);
			else if (info.onlyGroups.length > 1 && c.group !== info.onlyGroups[0]) {
				const usage = facts.pages?.[`carc:${c.code}`]?.usage;
				c.notes = usage?.length
					? [...usage]
					: [
							`The official text names group ${info.onlyGroups.join(' or ')} for reason code ${c.code}; check its page for when ${c.group} applies.`,
						];
			}
		}
		if (c.set === 'carc' && c.group === 'CR')
			c.warnings.push(
				'Group CR is a legacy group code from the 4010 format; current remittances use the original group codes with negative amounts instead.',
			);
		if (c.set === 'carc' && info?.remarkRequired && !hasRemark)
			c.warnings.push(
				`Reason code ${c.code} must come with a remark code (RARC) that is not an Alert; none was found on this line. Look for it on the claim level of the remittance.`,
			);
		const key = `${c.set}:${c.code}`;
		const step =
			c.set === 'rarc'
				? hasAdjustment
					? undefined
					: adjustmentStep({ group: undefined, routes: routesOf(facts, key) })
				: adjustmentStep({ group: c.group, routes: routesOf(facts, key, c.group), remarkRoutes, patientBar });
		if (step) {
			c.step = step.route;
			if (step.note) c.stepNote = step.note;
		}
	}
}

/** Read the elements of a CAS or LQ written in free text (`CAS CO 45 20`, `LQ*HE*N130`) onto a line. */
function readTextSegment(id: string, elements: string[], line: DecodedLine, facts: DecoderFacts): void {
	const shown = [id, ...elements].join(' ');
	if (id === 'LQ') {
		const [qualifier = '', code = ''] = elements;
		if (qualifier.toUpperCase() !== 'HE') {
			line.problems.push({
				token: shown,
				message:
					qualifier.toUpperCase() === 'RX'
						? 'LQ RX carries an NCPDP reject code, which Denial Atlas does not cover.'
						: `LQ qualifier “${qualifier.slice(0, 10)}” is not HE (remark code).`,
			});
			return;
		}
		const result = classify(code, undefined, facts);
		if ('set' in result && result.set === 'rarc') line.codes.push(result);
		else
			line.problems.push({
				token: shown,
				message: `LQ HE should carry a remark code such as N130; found “${code.slice(0, 20)}”.`,
			});
		return;
	}
	const group = (elements[0] ?? '').toUpperCase();
	if (!isGroupCode(group)) {
		line.problems.push({
			token: shown,
			message: `CAS has “${(elements[0] ?? '').slice(0, 10)}” where the group code (CO, PR, OA, PI) belongs.`,
		});
		return;
	}
	let read = 0;
	for (let i = 1; i < elements.length; i += 3) {
		const reason = elements[i] ?? '';
		const amountText = elements[i + 1] ?? '';
		const quantityText = elements[i + 2] ?? '';
		if (!reason && !amountText && !quantityText) continue;
		if (!reason) {
			line.problems.push({
				token: shown,
				message: `The reason code is missing before the amount “${amountText.slice(0, 20)}”.`,
			});
			continue;
		}
		const result = classify(reason, group, facts);
		if (!('set' in result)) {
			line.problems.push({ ...result, token: `CAS ${group} ${reason}` });
			continue;
		}
		if (amountText) {
			const cents = parseCents(amountText);
			if (cents.ok) result.amount = cents.value / 100;
			else
				line.problems.push({
					token: amountText.slice(0, 40),
					message: `${cents.message} (after reason code ${reason}).`,
				});
		}
		if (quantityText) {
			const q = parseQuantity(quantityText);
			if (q.ok) result.quantity = q.value;
			else line.problems.push({ token: quantityText.slice(0, 40), message: q.message });
		}
		line.codes.push(result);
		read++;
	}
	if (read === 0 && !line.problems.length)
		line.problems.push({ token: shown, message: 'CAS has a group code but no reason code.' });
}

/** Free text: one line per line of text; tokens split on spaces, commas and semicolons. */
function decodeTextLine(
	text: string,
	number: number,
	facts: DecoderFacts,
	budget: { left: number; over: number },
): DecodedLine | undefined {
	const tokens = tokenize(text);
	if (tokens.length === 0) return undefined;
	if (budget.left <= 0) {
		budget.over += tokens.length;
		return undefined;
	}
	if (tokens.length > budget.left) {
		budget.over += tokens.length - budget.left;
		tokens.length = budget.left;
	}
	budget.left -= tokens.length;
	const line: DecodedLine = { line: number, label: `Line ${number}`, codes: [], problems: [], warnings: [] };
	for (let i = 0; i < tokens.length; i++) {
		const rawToken = tokens[i]!;
		// A segment written inline with its separators: LQ*HE*MA130, CAS*CO*45*20.
		if (rawToken.includes('*')) {
			const parts = rawToken.split('*');
			const id = stripToken(parts[0]!).toUpperCase();
			if (SEGMENT_WORDS.has(id)) {
				readTextSegment(
					id,
					parts.slice(1).map((p) => stripToken(trimText(p))),
					line,
					facts,
				);
				continue;
			}
			tokens.splice(i, 1, ...parts.filter(Boolean));
			i--;
			continue;
		}
		let token = stripToken(rawToken);
		if (!token) continue;
		const upper = token.toUpperCase();
		// A segment written with spaces: CAS CO 45 20 1 / LQ HE N130. Its elements run to the next segment word.
		if (SEGMENT_WORDS.has(upper)) {
			const elements: string[] = [];
			while (i + 1 < tokens.length && !SEGMENT_WORDS.has(stripToken(tokens[i + 1]!).toUpperCase()))
				elements.push(stripToken(tokens[++i]!));
			readTextSegment(upper, elements, line, facts);
			continue;
		}
		let group: string | undefined;
		const joined = token.length <= 12 ? GROUP_JOINED.exec(token) : null;
		if (isGroupCode(token)) {
			group = upper;
			const next = tokens[i + 1];
			if (!next) {
				line.problems.push({ token, message: `Group code ${group} is not followed by a reason code.` });
				continue;
			}
			token = stripToken(next);
			i++;
		} else if (joined) {
			group = joined[1]!.toUpperCase();
			token = joined[2]!;
		} else if ((upper === 'MA' || upper === 'M' || upper === 'N') && /^\d{1,4}$/.test(tokens[i + 1] ?? '')) {
			token = `${token}${tokens[i + 1]}`;
			i++;
		} else if (isDecimal(token) && token.includes('.') && line.codes.length) {
			// An amount after a code ("CO-45 20.00"): not a code, but the code's amount, kept with what it was read from.
			const last = line.codes.at(-1)!;
			const cents = parseCents(token);
			if (cents.ok && last.amount === undefined) {
				last.amount = cents.value / 100;
				last.token = `${last.token} ${token}`;
				continue;
			}
		}
		const result = classify(token, group, facts);
		if ('set' in result) line.codes.push(result);
		else line.problems.push(result);
	}
	warn(line, facts);
	return line;
}

export interface DecodeResult {
	/** Free-text lines (and, in the compatibility view, 835 lines). */
	lines: DecodedLine[];
	/** 835 data, when the input held segments that carry claims or adjustments. */
	remittance?: Remittance;
	/** The worklist, one row per adjustment (left out when `rows: false` was asked: the index holds it). */
	rows?: WorklistRow[];
	/** The worklist as positions into the remittance, from which rows are built on demand. */
	index?: WorklistIndex;
	totals?: Totals;
	/** Inputs beyond what is read at once, reported. */
	notices: string[];
}

function hasRemittanceData(r: Remittance): boolean {
	return (
		r.payments.some((p) => p.claims.length > 0 || p.amount !== undefined || p.providerAdjustments.length > 0) ||
		r.enveloped
	);
}

/** Decode pasted text or a whole file. Never throws. */
export function decodeInput(
	input: string,
	facts: DecoderFacts,
	options: ReadOptions & {
		/** Build every worklist row (default); false leaves them to be built from `index` when shown. */
		rows?: boolean;
	} = {},
): DecodeResult {
	try {
		const remittance = readRemittance(String(input ?? ''), options);
		const budget = { left: MAX_TOKENS, over: 0 };
		const lines: DecodedLine[] = [];
		for (const chunk of remittance.text) {
			const line = decodeTextLine(chunk.text, lines.length + 1, facts, budget);
			if (line && (line.codes.length || line.problems.length)) lines.push(line);
		}
		const notices: string[] = [];
		if (budget.over)
			notices.push(
				`The text has ${budget.over.toLocaleString('en-US')} more words than the decoder reads at once (${MAX_TOKENS.toLocaleString('en-US')}); they were not decoded. Paste them in parts, or open the 835 file instead.`,
			);
		if (!hasRemittanceData(remittance))
			return { lines, notices, ...(remittance.problems.length || remittance.notRemittance ? { remittance } : {}) };
		const index = worklistIndex(remittance, { carc: facts.carc, rarc: facts.rarc, pages: facts.pages ?? {} });
		return {
			lines,
			remittance,
			index,
			...(options.rows === false ? {} : { rows: [...worklistRows(remittance, index)] }),
			totals: indexTotals(remittance, index),
			notices,
		};
	} catch (error) {
		return {
			lines: [
				{
					line: 1,
					label: 'Input',
					codes: [],
					problems: [{ token: '', message: `The decoder could not read this input (${(error as Error).message}).` }],
					warnings: [],
				},
			],
			notices: [],
		};
	}
}

/**
 * Decode pasted remittance text into lines of codes (free text lines, then one
 * line per claim with claim-level codes and per service line). Never throws.
 */
export function decodeRemittance(input: string, facts: DecoderFacts): DecodedLine[] {
	const result = decodeInput(input, facts);
	const out = [...result.lines];
	const r = result.remittance;
	if (r) {
		let serviceLines = 0;
		const problems = r.problems.map((p) => ({
			token: p.segment ? `segment ${p.segment} (${p.id})` : '',
			message: p.message,
		}));
		for (const p of r.payments) {
			for (const c of p.claims) {
				const toCodes = (adjustments: typeof c.adjustments, remarks: typeof c.remarks): DecodedCode[] => [
					...adjustments.map((a): DecodedCode => ({
						set: 'carc',
						code: a.reason,
						group: a.group,
						amount: a.amount / 100,
						...(a.quantity !== undefined ? { quantity: a.quantity } : {}),
						token: `CAS*${a.group}*${a.reason}`,
						warnings: [],
					})),
					...remarks.map((m): DecodedCode => ({
						set: 'rarc',
						code: normaliseRarc(m.code, facts),
						token: m.code,
						warnings: [],
					})),
				];
				const claimCodes = toCodes(c.adjustments, c.remarks);
				if (claimCodes.length) {
					const line: DecodedLine = {
						line: out.length + 1,
						label: `Claim ${c.account.slice(0, 30)}`.trim(),
						codes: claimCodes,
						problems: [],
						warnings: [],
					};
					warn(line, facts);
					out.push(line);
				}
				const claimRemarks = c.remarks.map((m) => normaliseRarc(m.code, facts));
				for (const l of c.lines) {
					const line: DecodedLine = {
						line: out.length + 1,
						label: `Service line ${++serviceLines}${l.procedure ? ` (${l.procedure.slice(0, 30)})` : ''}`,
						codes: toCodes(l.adjustments, l.remarks),
						problems: [],
						warnings: [],
					};
					// A remark on the claim (MOA, MIA) applies to its lines.
					warn(line, facts, claimRemarks);
					out.push(line);
				}
			}
		}
		if (problems.length) {
			if (out.length) out[out.length - 1]!.problems.push(...problems);
			else out.push({ line: 1, label: 'Input', codes: [], problems, warnings: [] });
		}
	}
	for (const notice of result.notices)
		out.push({
			line: out.length + 1,
			label: 'Not decoded',
			codes: [],
			problems: [{ token: '', message: notice }],
			warnings: [],
		});
	return out.filter((l) => l.codes.length || l.problems.length);
}
