/// <reference lib="webworker" />
/**
 * The decoder's Web Worker: reads pasted text or 835 files off the main
 * thread, with progress, and keeps the full result here. The page asks for
 * what it shows (a page of worklist rows, a page of claims, the CSV, the
 * letter fields of one row), so no message is ever large enough to block the
 * page. Nothing leaves the browser: the worker makes no request.
 */
import { decodeInput, type DecodeResult, type DecoderFacts } from '../lib/lookup/decoder.ts';
import { letterFields, totals, worklist, worklistCsv, type WorklistRow } from '../lib/lookup/workbench.ts';
import { emptyRemittance, type Remittance } from '../lib/lookup/x12/remittance.ts';
import type { WorkerRequest, WorkerSummary } from './decoder-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let facts: DecoderFacts | undefined;
let last: { remittance?: Remittance; rows: WorklistRow[]; actionRows: WorklistRow[] } = { rows: [], actionRows: [] };

/** Files longer than this show a first result from their first part while the rest is read. */
const FIRST_RESULT_AT = 1 << 20;

/** The text up to the last segment end (a "~" or line break) before `at`. */
function cutAtSegmentEnd(text: string, at: number): string {
	const end = Math.max(text.lastIndexOf('~', at), text.lastIndexOf('\n', at));
	return end > 0 ? text.slice(0, end + 1) : text.slice(0, at);
}

const post = (message: unknown, transfer: Transferable[] = []) => self.postMessage(message, transfer);

/** Read a file as text in chunks, reporting progress (a 50 MB file is read without a second copy in flight). */
async function readFile(file: File, job: number, index: number, count: number): Promise<string> {
	const reader = file.stream().getReader();
	const decoder = new TextDecoder('utf-8', { fatal: false });
	const parts: string[] = [];
	let done = 0;
	let lastReport = 0;
	for (;;) {
		const chunk = await reader.read();
		if (chunk.done) break;
		done += chunk.value.byteLength;
		parts.push(decoder.decode(chunk.value, { stream: true }));
		if (done - lastReport > 1 << 20) {
			lastReport = done;
			post({
				type: 'progress',
				job,
				phase: `Reading ${file.name}`,
				fraction: (index + (done / Math.max(file.size, 1)) * 0.5) / count,
			});
		}
	}
	parts.push(decoder.decode());
	return parts.join('');
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
	known?: Pick<DecodeResult, 'rows' | 'totals'>,
): WorkerSummary {
	const rows =
		known?.rows ??
		(remittance && facts ? worklist(remittance, { carc: facts.carc, rarc: facts.rarc, pages: facts.pages ?? {} }) : []);
	const actionRows = rows.filter((r) => r.action);
	last = { ...(remittance ? { remittance } : {}), rows, actionRows };
	const claims = remittance?.payments.reduce((a, p) => a + p.claims.length, 0) ?? 0;
	return {
		type: 'summary',
		job,
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
							checks: p.checks.filter((c) => !c.ok).slice(0, 100),
							checkCount: p.checks.length,
							failed: p.checks.filter((c) => !c.ok).length,
						})),
					},
					totals: known?.totals ?? totals(remittance, rows),
					rowCount: rows.length,
					actionCount: actionRows.length,
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
			const result = decodeInput(msg.text, facts);
			post(summarise(msg.job, result.remittance, result.lines, result.notices, started, result));
			return;
		}
		if (msg.type === 'files') {
			const started = performance.now();
			const results: { name: string; result: DecodeResult }[] = [];
			let first = true;
			for (let i = 0; i < msg.files.length; i++) {
				const file = msg.files[i]!;
				const text = await readFile(file, msg.job, i, msg.files.length);
				if (first && text.length > FIRST_RESULT_AT) {
					// A first result from the start of the file, cut at a segment end, while the whole file is read.
					const prefix = cutAtSegmentEnd(text, FIRST_RESULT_AT);
					const early = decodeInput(prefix, facts);
					post({ ...summarise(msg.job, early.remittance, early.lines, early.notices, started, early), partial: true });
				}
				const result = decodeInput(text, facts, {
					onProgress: (done, total) =>
						post({
							type: 'progress',
							job: msg.job,
							phase: `Reading ${file.name}`,
							fraction: (i + 0.5 + (done / Math.max(total, 1)) * 0.5) / msg.files.length,
						}),
				});
				results.push({ name: file.name, result });
				if (first && msg.files.length > 1 && text.length <= FIRST_RESULT_AT) {
					// The first file's result shows while the others are read.
					post({
						...summarise(msg.job, result.remittance, result.lines, result.notices, started, result),
						partial: true,
					});
					first = false;
				}
			}
			const lines = results.flatMap((r) => r.result.lines);
			const notices = results.flatMap((r) => r.result.notices);
			if (results.length === 1)
				post(summarise(msg.job, results[0]!.result.remittance, lines, notices, started, results[0]!.result));
			else post(summarise(msg.job, merge(results), lines, notices, started));
			return;
		}
		if (msg.type === 'rows') {
			const list = msg.all ? last.rows : last.actionRows;
			const rows = list.slice(msg.offset, msg.offset + msg.count).map((row) => {
				const p = last.remittance?.payments[row.payment];
				const c = p?.claims[row.claim];
				const line = c?.lines.find((l) => l.adjustments.some((a) => a.segment === row.segment));
				return row.letterHref && p && c ? { ...row, letter: letterFields(p, c, line, row) } : row;
			});
			post({ type: 'rows', job: msg.job, offset: msg.offset, rows, total: list.length });
			return;
		}
		if (msg.type === 'claims') {
			const all =
				last.remittance?.payments.flatMap((p, pi) =>
					p.claims.map((c) => ({ payer: p.payer, payment: pi, claim: c })),
				) ?? [];
			post({
				type: 'claims',
				job: msg.job,
				offset: msg.offset,
				claims: all.slice(msg.offset, msg.offset + msg.count),
				total: all.length,
			});
			return;
		}
		if (msg.type === 'csv') {
			const csv = worklistCsv(msg.all ? last.rows : last.actionRows, msg.origin);
			post({ type: 'csv', job: msg.job, blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) });
			return;
		}
	} catch (error) {
		post({ type: 'error', job: 'job' in msg ? msg.job : 0, message: (error as Error).message });
	}
};
