/// <reference lib="webworker" />
/**
 * The decoder's Web Worker: reads pasted text or 835 files off the main
 * thread, with progress, and keeps the full result here. The page asks for
 * what it shows (a page of worklist rows, a page of claims, the CSV, the
 * letter fields of one row), so no message is ever large enough to block the
 * page. Nothing leaves the browser: the worker makes no request.
 */
import { decodeInput, type DecodeResult, type DecoderFacts } from '../lib/lookup/decoder.ts';
import {
	indexTotals,
	letterFields,
	worklistCsv,
	worklistIndex,
	worklistRows,
	type WorkbenchFacts,
	type WorklistIndex,
} from '../lib/lookup/workbench.ts';
import { remittancePayers } from '../lib/lookup/payer-guess.ts';
import { emptyRemittance, type Remittance } from '../lib/lookup/x12/remittance.ts';
import {
	CLAIMS_PAGE,
	ROWS_PAGE,
	type ClaimItem,
	type RowWithLetter,
	type WorkerRequest,
	type WorkerSummary,
} from './decoder-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let facts: DecoderFacts | undefined;
/** The last full result: the remittance and its worklist index; rows are built from them when asked. */
let last: { remittance?: Remittance; index?: WorklistIndex } = {};

/** Files longer than this show a first result from their first part, taken while the whole file is read once. */
const FIRST_RESULT_AT = 1 << 20;

const workbenchFacts = (f: DecoderFacts): WorkbenchFacts => ({ carc: f.carc, rarc: f.rarc, pages: f.pages ?? {} });

/** A page of worklist rows (all, or only those that need action), each appeal row with its letter fields. */
function rowsPage(
	remittance: Remittance | undefined,
	index: WorklistIndex | undefined,
	offset: number,
	count: number,
	all = false,
): { rows: RowWithLetter[]; total: number } {
	if (!remittance || !index) return { rows: [], total: 0 };
	const rows: RowWithLetter[] = [];
	for (const row of worklistRows(remittance, index, { actions: !all, offset, count })) {
		const p = remittance.payments[row.payment];
		const c = p?.claims[row.claim];
		if (row.letterHref && p && c) {
			const line = c.lines.find((l) => l.adjustments.some((a) => a.segment === row.segment));
			rows.push({ ...row, letter: letterFields(p, c, line, row) });
		} else rows.push(row);
	}
	return { rows, total: all ? index.size : index.actions.length };
}

/** A page of claims, in file order, without building a list of every claim. */
function claimsPage(
	remittance: Remittance | undefined,
	offset: number,
	count: number,
): { claims: ClaimItem[]; total: number } {
	const claims: ClaimItem[] = [];
	let total = 0;
	remittance?.payments.forEach((p, pi) => {
		const from = Math.max(0, offset - total);
		for (let i = from; i < p.claims.length && claims.length < count; i++)
			claims.push({ payer: p.payer, payment: pi, claim: p.claims[i]! });
		total += p.claims.length;
	});
	return { claims, total };
}

const post = (message: unknown, transfer: Transferable[] = []) => self.postMessage(message, transfer);

/**
 * Read a file as text in one native call: for a 10 MB file several times faster than decoding a stream chunk by
 * chunk and joining the parts (which also held two copies at the end). Reading a local file takes a fraction of the
 * parse, so progress is reported from the parse, after an initial "Reading" step.
 */
async function readFile(file: File, job: number, index: number, count: number): Promise<string> {
	post({ type: 'progress', job, phase: `Reading ${file.name}`, fraction: index / count });
	return file.text();
}

/** Merge the results of several files into one remittance, problems named by file. */
function merge(results: { name: string; result: DecodeResult }[]): Remittance {
	const merged = emptyRemittance();
	const notes: string[] = [];
	for (const { name, result } of results) {
		const r = result.remittance;
		if (!r) continue;
		merged.payments.push(...r.payments);
		merged.problems.push(
			...r.problems.map((p) => ({ ...p, message: results.length > 1 ? `${name}: ${p.message}` : p.message })),
		);
		merged.moreProblems += r.moreProblems;
		merged.segments += r.segments;
		merged.used += r.used;
		merged.unread += r.unread;
		for (const [k, v] of Object.entries(r.skipped)) merged.skipped[k] = (merged.skipped[k] ?? 0) + v;
		merged.enveloped ||= r.enveloped;
		if (r.notRemittance) notes.push(results.length > 1 ? `${name}: ${r.notRemittance}` : r.notRemittance);
	}
	if (notes.length) merged.notRemittance = notes.join(' ');
	return merged;
}

function summarise(
	job: number,
	remittance: Remittance | undefined,
	lines: DecodeResult['lines'],
	notices: string[],
	started: number,
	known?: Pick<DecodeResult, 'index' | 'totals'>,
	partial = false,
): WorkerSummary {
	const index = known?.index ?? (remittance && facts ? worklistIndex(remittance, workbenchFacts(facts)) : undefined);
	if (!partial) last = { ...(remittance ? { remittance } : {}), ...(index ? { index } : {}) };
	const claims = remittance?.payments.reduce((a, p) => a + p.claims.length, 0) ?? 0;
	const sums = known?.totals ?? (remittance && index ? indexTotals(remittance, index) : undefined);
	return {
		type: 'summary',
		job,
		...(partial ? { partial: true } : {}),
		ms: Math.round(performance.now() - started),
		lines,
		notices,
		...(remittance
			? {
					remittance: {
						notRemittance: remittance.notRemittance,
						problems: remittance.problems.slice(0, 200),
						moreProblems: remittance.moreProblems + Math.max(0, remittance.problems.length - 200),
						segments: remittance.segments,
						used: remittance.used,
						unread: remittance.unread,
						skipped: remittance.skipped,
						claims,
						payments: remittance.payments.map((p) => ({
							...p,
							claims: [],
							claimCount: p.claims.length,
							checks: p.checks.slice(0, 100),
							checkCount: p.checked,
							failed: p.checks.length,
						})),
					},
					...(sums ? { totals: sums } : {}),
					rowCount: index?.size ?? 0,
					actionCount: index?.actions.length ?? 0,
					rows: rowsPage(remittance, index, 0, ROWS_PAGE).rows,
					claimItems: claimsPage(remittance, 0, CLAIMS_PAGE).claims,
					payers: remittancePayers(remittance),
				}
			: {}),
	};
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const msg = event.data;
	try {
		if (msg.type === 'facts') {
			facts = msg.facts;
			return;
		}
		if (!facts) throw new Error('the code facts are not loaded yet');
		if (msg.type === 'text') {
			const started = performance.now();
			const result = decodeInput(msg.text, facts, { rows: false });
			post(summarise(msg.job, result.remittance, result.lines, result.notices, started, result));
			return;
		}
		if (msg.type === 'files') {
			const started = performance.now();
			const results: { name: string; result: DecodeResult }[] = [];
			for (let i = 0; i < msg.files.length; i++) {
				const file = msg.files[i]!;
				const text = await readFile(file, msg.job, i, msg.files.length);
				const result = decodeInput(text, facts, {
					rows: false,
					onProgress: (done, total) =>
						post({
							type: 'progress',
							job: msg.job,
							phase: `Reading ${file.name}`,
							fraction: (i + done / Math.max(total, 1)) / msg.files.length,
						}),
					// The first file's first megabyte shows while the rest is read, in the same single pass.
					...(i === 0
						? {
								partialAt: FIRST_RESULT_AT,
								onPartial: (partial: Remittance) => post(summarise(msg.job, partial, [], [], started, undefined, true)),
							}
						: {}),
				});
				results.push({ name: file.name, result });
				if (i === 0 && msg.files.length > 1 && text.length <= FIRST_RESULT_AT)
					// The first file's result shows while the others are read.
					post(summarise(msg.job, result.remittance, result.lines, result.notices, started, result, true));
			}
			const lines = results.flatMap((r) => r.result.lines);
			const notices = results.flatMap((r) => r.result.notices);
			if (results.length === 1)
				post(summarise(msg.job, results[0]!.result.remittance, lines, notices, started, results[0]!.result));
			else post(summarise(msg.job, merge(results), lines, notices, started));
			return;
		}
		if (msg.type === 'payer-types') {
			// Only the index is rebuilt: the remittance stays as read, and nothing is fetched.
			const { remittance } = last;
			const index = remittance && worklistIndex(remittance, workbenchFacts(facts), { payerTypes: msg.types });
			if (remittance && index) last = { remittance, index };
			post({
				type: 'judged',
				job: msg.job,
				version: msg.version,
				...(remittance && index ? { totals: indexTotals(remittance, index) } : {}),
				rowCount: index?.size ?? 0,
				actionCount: index?.actions.length ?? 0,
				rows: rowsPage(remittance, index, 0, ROWS_PAGE).rows,
			});
			return;
		}
		if (msg.type === 'rows') {
			const page = rowsPage(last.remittance, last.index, msg.offset, msg.count, msg.all);
			post({ type: 'rows', job: msg.job, offset: msg.offset, ...page });
			return;
		}
		if (msg.type === 'claims') {
			post({ type: 'claims', job: msg.job, offset: msg.offset, ...claimsPage(last.remittance, msg.offset, msg.count) });
			return;
		}
		if (msg.type === 'csv') {
			const csv =
				last.remittance && last.index
					? worklistCsv(worklistRows(last.remittance, last.index, { actions: !msg.all }), msg.origin)
					: worklistCsv([], msg.origin);
			post({ type: 'csv', job: msg.job, blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) });
			return;
		}
	} catch (error) {
		post({ type: 'error', job: 'job' in msg ? msg.job : 0, message: (error as Error).message });
	}
};
