/**
 * The remittance decoder: turn what a biller pastes from a remittance — free
 * text ("CO-16 N290 MA130", "PR 1", "co45, n130") or raw 835 segments
 * (CAS*CO*16*100*1~, LQ*HE*N290~) — into codes per service line, with the
 * usage warnings the official text implies. Pure and total: it never throws
 * on any input; everything it cannot read becomes an error naming the token.
 */
import { compareCodes } from '../catalogue/codes.ts';
import { getGroupCode } from '../guidance/group-codes.ts';

export interface CodeInfo {
	status: 'current' | 'deactivated';
	onlyGroups?: readonly string[] | undefined;
	remarkRequired?: boolean | undefined;
	alert?: boolean | undefined;
}

/** What the decoder knows: facts for every official code, by set. */
export interface DecoderFacts {
	carc: Readonly<Record<string, CodeInfo>>;
	rarc: Readonly<Record<string, CodeInfo>>;
}

export interface DecodedCode {
	set: 'carc' | 'rarc';
	code: string;
	/** CARC only: the group code in front of it, if any. */
	group?: string;
	/** 835 CAS only: the adjustment amount and quantity. */
	amount?: number;
	quantity?: number;
	/** The text it was read from, as typed. */
	token: string;
	warnings: string[];
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

const GROUPS = ['CO', 'PR', 'OA', 'PI', 'CR'];
const CARC_RE = /^(?:[1-9]\d{0,3}|[A-Z]\d{1,2})$/;
const RARC_RE = /^(?:MA|M|N)\d{1,4}$/;
const MAX_INPUT = 200_000;

function normaliseRarc(code: string, facts: DecoderFacts): string {
	if (facts.rarc[code]) return code;
	const short = /^MA(\d)$/.exec(code);
	return short && facts.rarc[`MA0${short[1]}`] ? `MA0${short[1]}` : code;
}

function classify(raw: string, group: string | undefined, facts: DecoderFacts): DecodedCode | DecodeProblem {
	const code = raw.toUpperCase();
	if (group) {
		if (!CARC_RE.test(code)) return { token: `${group}-${raw}`, message: `“${raw}” after group code ${group} is not a reason code: a reason code is a number such as 16 or a letter and number such as B16.` };
		if (!facts.carc[code]) return { token: `${group}-${raw}`, message: `${code} is not in the official list of reason codes (CARC).` };
		return { set: 'carc', code, group, token: `${group}-${raw}`, warnings: [] };
	}
	if (RARC_RE.test(code)) {
		const rarc = normaliseRarc(code, facts);
		if (!facts.rarc[rarc]) return { token: raw, message: `${code} looks like a remark code but is not in the official list of remark codes (RARC).` };
		return { set: 'rarc', code: rarc, token: raw, warnings: [] };
	}
	if (CARC_RE.test(code)) {
		if (!facts.carc[code]) return { token: raw, message: `${code} is not in the official list of reason codes (CARC).` };
		return { set: 'carc', code, token: raw, warnings: [] };
	}
	return { token: raw, message: `“${raw}” is not a code Denial Atlas recognises. Write reason codes as CO-16 or 16 and remark codes as N130 or MA130.` };
}

/** Usage warnings for one line, from the official usage rules and statuses. */
function warn(line: DecodedLine, facts: DecoderFacts): void {
	const hasRemark = line.codes.some((c) => c.set === 'rarc' && !facts.rarc[c.code]?.alert);
	for (const c of line.codes) {
		const info = c.set === 'carc' ? facts.carc[c.code] : facts.rarc[c.code];
		if (info?.status === 'deactivated') c.warnings.push(`${c.code} is deactivated: it should not appear on new claims, but can still show up on secondary claims and reversals.`);
		if (c.set === 'carc' && c.group && info?.onlyGroups && !info.onlyGroups.includes(c.group)) {
			c.warnings.push(`The official text allows reason code ${c.code} only with group ${info.onlyGroups.join(' or ')}, not ${c.group}.`);
		}
		if (c.set === 'carc' && c.group === 'CR') c.warnings.push('Group CR is a legacy group code from the 4010 format; current remittances use the original group codes with negative amounts instead.');
		if (c.set === 'carc' && info?.remarkRequired && !hasRemark) c.warnings.push(`Reason code ${c.code} must come with a remark code (RARC) that is not an Alert; none was found on this line. Look for it on the claim level of the remittance.`);
	}
}

/** Free text: one line per service line; tokens split on spaces, commas and semicolons. */
function decodeText(input: string, facts: DecoderFacts): DecodedLine[] {
	const out: DecodedLine[] = [];
	input.split(/\r?\n/).forEach((text, index) => {
		const tokens = text.split(/[\s,;]+/).filter(Boolean);
		if (tokens.length === 0) return;
		const line: DecodedLine = { line: index + 1, label: `Line ${index + 1}`, codes: [], problems: [], warnings: [] };
		for (let i = 0; i < tokens.length; i++) {
			let token = tokens[i]!.replace(/^[("'[]+|[)"'\].:]+$/g, '');
			if (!token) continue;
			let group: string | undefined;
			const joined = /^(CO|PR|OA|PI|CR)[-_]?(.+)$/i.exec(token);
			if (GROUPS.includes(token.toUpperCase())) {
				group = token.toUpperCase();
				const next = tokens[i + 1];
				if (!next) {
					line.problems.push({ token, message: `Group code ${group} is not followed by a reason code.` });
					continue;
				}
				token = next;
				i++;
			} else if (joined && /^[A-Z]?\d/i.test(joined[2]!)) {
				group = joined[1]!.toUpperCase();
				token = joined[2]!;
			} else if (/^(MA|M|N)$/i.test(token) && /^\d{1,4}$/.test(tokens[i + 1] ?? '')) {
				token = `${token}${tokens[i + 1]}`;
				i++;
			}
			const result = classify(token, group, facts);
			if ('set' in result) line.codes.push(result);
			else line.problems.push(result);
		}
		warn(line, facts);
		// A line of punctuation only (":", "--") holds nothing to explain: no empty entry for it.
		if (line.codes.length || line.problems.length) out.push(line);
	});
	return out;
}

/** Raw 835: segments split on "~" or line breaks; CAS and LQ*HE read, CLP and SVC start new groups. */
function decode835(input: string, facts: DecoderFacts): DecodedLine[] {
	const out: DecodedLine[] = [];
	let current: DecodedLine | undefined;
	let serviceLines = 0;
	const start = (label: string) => {
		current = { line: out.length + 1, label, codes: [], problems: [], warnings: [] };
		out.push(current);
		return current;
	};
	for (const raw of input.split(/~|\r?\n/)) {
		const segment = raw.trim();
		if (!segment) continue;
		const elements = segment.split('*').map((e) => e.trim());
		const id = elements[0]!.toUpperCase();
		if (id === 'CLP') start(`Claim ${elements[1] ? elements[1].slice(0, 30) : ''}`.trim());
		else if (id === 'SVC') start(`Service line ${++serviceLines}${elements[1] ? ` (${elements[1].replace(/^HC[:>]/i, '').slice(0, 30)})` : ''}`);
		else if (id === 'CAS') {
			const line = current ?? start('Claim');
			const group = (elements[1] ?? '').toUpperCase();
			if (!getGroupCode(group)) {
				line.problems.push({ token: segment, message: `CAS segment has “${elements[1] ?? ''}” where the group code (CO, PR, OA, PI) belongs.` });
				continue;
			}
			for (let i = 2; i < elements.length; i += 3) {
				const reason = elements[i];
				if (!reason) continue;
				const result = classify(reason, group, facts);
				if (!('set' in result)) {
					line.problems.push({ ...result, token: `CAS*${group}*${reason}` });
					continue;
				}
				const amount = Number(elements[i + 1]);
				const quantity = Number(elements[i + 2]);
				if (elements[i + 1] && Number.isFinite(amount)) result.amount = amount;
				else if (elements[i + 1]) line.problems.push({ token: elements[i + 1]!, message: `“${elements[i + 1]}” after reason code ${reason} is not an amount.` });
				if (elements[i + 2] && Number.isFinite(quantity)) result.quantity = quantity;
				line.codes.push(result);
			}
		} else if (id === 'LQ') {
			const line = current ?? start('Claim');
			const qualifier = (elements[1] ?? '').toUpperCase();
			if (qualifier !== 'HE') {
				line.problems.push({ token: segment, message: qualifier === 'RX' ? 'LQ*RX carries an NCPDP reject code, which Denial Atlas does not cover.' : `LQ segment qualifier “${elements[1] ?? ''}” is not HE (remark code).` });
				continue;
			}
			const result = classify(elements[2] ?? '', undefined, facts);
			if ('set' in result && result.set === 'rarc') line.codes.push(result);
			else line.problems.push({ token: segment, message: `LQ*HE should carry a remark code such as N130; found “${elements[2] ?? ''}”.` });
		}
		// Other segments (BPR, TRN, NM1, DTM, AMT …) carry no codes to explain.
	}
	for (const line of out) warn(line, facts);
	return out.filter((l) => l.codes.length || l.problems.length);
}

/** Decode pasted remittance text. Never throws. */
export function decodeRemittance(input: string, facts: DecoderFacts): DecodedLine[] {
	try {
		const text = String(input ?? '').slice(0, MAX_INPUT);
		return /(^|[~\s])(CAS|LQ|CLP|SVC)\*/i.test(text) ? decode835(text, facts) : decodeText(text, facts);
	} catch (error) {
		return [{ line: 1, label: 'Input', codes: [], problems: [{ token: '', message: `The decoder could not read this input (${(error as Error).message}).` }], warnings: [] }];
	}
}

/** Routes from most to least decisive: the first one found on a line is the next step. */
export const ROUTE_PRIORITY = ['new-claim', 'corrected-claim', 'bill-other-payer', 'appeal', 'reopening', 'contact-payer', 'bill-patient', 'write-off', 'informational'] as const;

/** The most decisive route among a line's codes, given each code's first route. */
export function nextStep(routes: readonly (string | undefined)[]): string | undefined {
	for (const route of ROUTE_PRIORITY) if (routes.includes(route)) return route;
	return undefined;
}

export function sortCodes(codes: DecodedCode[]): DecodedCode[] {
	return [...codes].sort((a, b) => (a.set === b.set ? compareCodes(a.code, b.code) : a.set === 'carc' ? -1 : 1));
}
