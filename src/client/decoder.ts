/**
 * The decoder page and remittance workbench: paste codes or 835 text, or open
 * or drop 835 files; a Web Worker reads them (progress bar), and the page
 * shows payments and balances, totals, a denial worklist with one next step
 * per adjustment, and claim by claim. Rendering uses text nodes only. Nothing
 * is sent anywhere: the facts are fetched once when the page opens, before
 * anything is read, and the worker makes no request.
 */
import type { DecodedLine, DecoderFacts } from '../lib/lookup/decoder.ts';
import { displayCode } from '../lib/catalogue/codes.ts';
import { getGroupCode } from '../lib/guidance/group-codes.ts';
import { getRoute } from '../lib/guidance/routes.ts';
import type { RemittancePayer } from '../lib/lookup/payer-guess.ts';
import type { PageInfo, Total, Totals } from '../lib/lookup/workbench.ts';
import { formatCents } from '../lib/lookup/x12/numbers.ts';
import type { Claim } from '../lib/lookup/x12/remittance.ts';
import {
	CLAIMS_PAGE,
	ROWS_PAGE,
	type RowWithLetter,
	type WorkerJudged,
	type WorkerRequest,
	type WorkerResponse,
	type WorkerSummary,
} from './decoder-protocol.ts';
import { handOver } from './letter-handover.ts';

type Data = DecoderFacts & { pages: Record<string, PageInfo> };

/** Payment cards and free-text lines, worklist rows and claim cards rendered per slice of main-thread work. */
const SLICE = 10;
const ROWS_SLICE = 25;
const CLAIMS_SLICE = 5;
/** Above this many claims a result is rendered in slices. */
const LARGE_CLAIMS = 200;

/** Let the browser paint and handle input between slices of rendering, so no task is long. */
const yieldToMain = (): Promise<void> => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (cls) node.className = cls;
	return node;
};

/** A table in its own horizontally scrolling, keyboard-focusable box, so the page never overflows. */
function scrollTable(
	label: string,
	headers: readonly string[],
	cls?: string,
): { box: HTMLElement; tbody: HTMLTableSectionElement } {
	const box = el('div', undefined, 'table-scroll');
	box.tabIndex = 0;
	box.setAttribute('role', 'region');
	box.setAttribute('aria-label', label);
	const table = el('table', undefined, cls);
	const thead = el('thead');
	const tr = el('tr');
	for (const h of headers) {
		const th = el('th', h);
		th.scope = 'col';
		tr.append(th);
	}
	thead.append(tr);
	const tbody = el('tbody');
	table.append(thead, tbody);
	box.append(table);
	return { box, tbody };
}

const row = (cells: (string | Node)[]) => {
	const tr = el('tr');
	for (const c of cells) {
		const td = el('td');
		td.append(c);
		tr.append(td);
	}
	return tr;
};

const codeName = (c: { set: string; code: string; group?: string }) => `${c.group ? `${c.group}-` : ''}${c.code}`;

function stepText(route: string | undefined): string {
	return route ? (getRoute(route)?.label ?? route) : '';
}

/** Free-text lines: one table per line, one next step per code. */
function renderLine(line: DecodedLine, data: Data): HTMLElement {
	const box = el('section', undefined, 'decoded-line');
	box.append(el('h3', line.label));
	if (line.codes.length) {
		const { box: tableBox, tbody } = scrollTable(`${line.label}: codes`, [
			'Code',
			'Meaning',
			'Who pays',
			'Amount',
			'Next step',
		]);
		for (const c of line.codes) {
			const page = data.pages[`${c.set}:${c.code}`];
			const codeCell = el('span');
			if (page) {
				const a = el('a', codeName(c));
				a.href = `/codes/${page.slug}/`;
				codeCell.append(a);
			} else codeCell.append(codeName(c));
			codeCell.append(` (${c.set === 'payer' ? 'payer' : c.set.toUpperCase()})`);
			const group = c.group ? getGroupCode(c.group) : undefined;
			const step = el('span');
			if (c.step) {
				step.append(el('strong', `Next step: ${stepText(c.step)}`));
				if (c.stepNote) step.append(el('span', ` ${c.stepNote}`));
				if (c.step === 'appeal' && page?.letter) {
					const a = el('a', ' Open the appeal letter');
					a.href = `/codes/${page.slug}/#appeal-letter`;
					step.append(' ', a);
				}
			} else if (c.set === 'rarc') step.append('Explains the reason code on this line');
			tbody.append(
				row([
					codeCell,
					page ? page.title : `${displayCode(c.set, c.code)}: no Denial Atlas page yet; see the official list.`,
					group ? `${group.code}: ${group.whoPays}` : c.set === 'rarc' ? 'Remark: explains the reason code' : '',
					c.amount !== undefined
						? `${formatCents(Math.round(c.amount * 100))}${c.quantity !== undefined ? ` (qty ${c.quantity})` : ''}`
						: '',
					step,
				]),
			);
			for (const [kind, list] of [
				['warning', c.warnings],
				['note', c.notes ?? []],
			] as const) {
				for (const w of list) {
					const tr = el('tr');
					const td = el('td', `${kind === 'warning' ? '⚠ ' : 'ℹ '}${w}`, kind);
					td.colSpan = 5;
					tr.append(td);
					tbody.append(tr);
				}
			}
		}
		box.append(tableBox);
	}
	if (line.problems.length) {
		const ul = el('ul');
		for (const problem of line.problems)
			ul.append(
				el('li', problem.token ? `Could not read “${problem.token}”: ${problem.message}` : problem.message, 'problem'),
			);
		box.append(ul);
	}
	return box;
}

function totalsTable(
	label: string,
	first: string,
	totals: readonly Total[],
	describe?: (key: string) => string,
): HTMLElement {
	const { box, tbody } = scrollTable(label, [first, 'Adjustments', 'Amount']);
	for (const t of totals.slice(0, 50))
		tbody.append(row([describe ? `${t.key} ${describe(t.key)}` : t.key, String(t.count), formatCents(t.amount)]));
	const section = el('section', undefined, 'totals-part');
	section.append(el('h4', label), box);
	if (totals.length > 50) section.append(el('p', `And ${totals.length - 50} more; the CSV has every row.`));
	return section;
}

function claimCard(item: { payer: string; claim: Claim }, data: Data): HTMLElement {
	const c = item.claim;
	const card = el('section', undefined, 'claim-card');
	card.append(el('h4', `Claim ${c.account || '(no number)'}: ${c.statusText || 'codes only'}`));
	const facts = el('p');
	const parts = [
		item.payer && `Payer ${item.payer}`,
		c.payerClaimNumber && `payer claim number ${c.payerClaimNumber}`,
		c.patient && `patient ${c.patient}`,
		c.segment && `billed ${formatCents(c.charge)}, paid ${formatCents(c.paid)}`,
		c.patientShare !== undefined && `patient share ${formatCents(c.patientShare)}`,
		c.forwardedTo && `forwarded to ${c.forwardedTo}`,
	].filter(Boolean);
	facts.textContent = parts.join(' · ');
	card.append(facts);
	const adj = (list: Claim['adjustments']) =>
		list.map((a) => `${a.group}-${a.reason} ${formatCents(a.amount)}`).join('; ');
	if (c.adjustments.length || c.remarks.length)
		card.append(
			el(
				'p',
				`Claim level: ${[adj(c.adjustments), c.remarks.map((m) => `${m.code} (${m.from})`).join(' ')].filter(Boolean).join('; ')}`,
			),
		);
	if (c.lines.length) {
		const { box, tbody } = scrollTable(`Claim ${c.account}: service lines`, [
			'Service',
			'Dates',
			'Billed',
			'Paid',
			'Units',
			'Adjustments',
			'Remarks',
		]);
		for (const l of c.lines)
			tbody.append(
				row([
					[l.procedure, ...l.modifiers].join('-'),
					l.dates.join(' '),
					formatCents(l.charge),
					formatCents(l.paid),
					l.units !== undefined ? String(l.units) : '',
					adj(l.adjustments),
					l.remarks.map((m) => m.code).join(' '),
				]),
			);
		card.append(box);
	}
	void data;
	return card;
}

function init(root: HTMLElement) {
	const input = root.querySelector<HTMLTextAreaElement>('[data-decoder-input]')!;
	const results = root.querySelector<HTMLElement>('[data-decoder-results]')!;
	const examples = root.querySelector<HTMLElement>('[data-decoder-examples]')!;
	const fileInput = root.querySelector<HTMLInputElement>('[data-decoder-file]')!;
	const drop = root.querySelector<HTMLElement>('[data-decoder-drop]')!;
	const progress = root.querySelector<HTMLProgressElement>('[data-decoder-progress]')!;
	const status = root.querySelector<HTMLElement>('[data-decoder-status]')!;
	let data: Data | undefined;
	let job = 0;
	let shown: WorkerSummary | undefined;
	const worker = new Worker(new URL('./decoder-worker.ts', import.meta.url), { type: 'module' });
	const send = (msg: WorkerRequest) => worker.postMessage(msg);
	const waiting = new Map<string, (msg: WorkerResponse) => void>();
	const ask = <T extends WorkerResponse['type']>(msg: WorkerRequest & { job: number }, type: T) =>
		new Promise<Extract<WorkerResponse, { type: T }>>((resolve) => {
			waiting.set(`${type}:${msg.job}`, resolve as (m: WorkerResponse) => void);
			send(msg);
		});

	const say = (text: string) => (status.textContent = text);

	/** Renders of an older summary stop at their next slice when a newer one starts. */
	let renderToken = 0;

	const paymentCard = (p: NonNullable<WorkerSummary['remittance']>['payments'][number], partial: boolean) => {
		const card = el('div', undefined, 'payment-card');
		card.append(el('h3', p.payer || 'Payer not named'));
		card.append(
			el(
				'p',
				[
					p.amount !== undefined ? `Payment ${formatCents(p.amount)} by ${p.methodText}` : 'No payment segment (BPR)',
					p.trace && `trace number ${p.trace}`,
					p.date && `dated ${p.date}`,
					p.payee && `to ${p.payee}${p.payeeId ? ` (${p.payeeId})` : ''}`,
					`${p.claimCount} claim${p.claimCount === 1 ? '' : 's'}`,
				]
					.filter(Boolean)
					.join(' · '),
			),
		);
		if (p.providerAdjustments.length) {
			const { box, tbody } = scrollTable(`${p.payer}: provider-level adjustments (PLB)`, [
				'Reason',
				'Reference',
				'Amount',
				'Segment',
			]);
			for (const a of p.providerAdjustments)
				tbody.append(row([`${a.reason}: ${a.reasonText}`, a.reference, formatCents(a.amount), String(a.segment)]));
			card.append(el('h4', 'Provider-level adjustments (PLB)'), box);
		}
		if (partial) card.append(el('p', 'Balance checks run when the whole file is read.'));
		else
			card.append(
				el(
					'p',
					p.failed
						? `⚠ ${p.failed} of ${p.checkCount} balance checks do not balance:`
						: `All ${p.checkCount} balance checks balance (line, claim and payment).`,
					p.failed ? 'warning' : 'ok',
				),
			);
		if (p.failed && !partial) {
			const ul = el('ul');
			for (const c of p.checks)
				ul.append(
					el(
						'li',
						`Segment ${c.segment}, ${c.label}: ${c.detail ?? ''}. The payer’s data is wrong or the file is damaged.`,
						'warning',
					),
				);
			card.append(ul);
		}
		return card;
	};

	/** The totals of the shown result and its worklist section, replaced when the payer types are judged again. */
	const live: { totals: HTMLElement | undefined; worklist: HTMLElement | undefined } = {
		totals: undefined,
		worklist: undefined,
	};

	const totalsSection = (totals: Totals): HTMLElement => {
		const totalsBox = el('section', undefined, 'wb-totals');
		totalsBox.append(el('h2', 'Totals'));
		const { box, tbody } = scrollTable('Totals by payer', [
			'Payer',
			'Claims',
			'Billed',
			'Paid',
			'Adjusted',
			'Provider adjustments',
		]);
		for (const t of totals.byPayer)
			tbody.append(
				row([
					t.payer,
					String(t.claims),
					formatCents(t.billed),
					formatCents(t.paid),
					formatCents(t.adjusted),
					formatCents(t.providerAdjustments),
				]),
			);
		const payerPart = el('section', undefined, 'totals-part');
		payerPart.append(el('h4', 'Totals by payer'), box);
		totalsBox.append(
			payerPart,
			totalsTable('Totals by group code', 'Group', totals.byGroup, (k) => getGroupCode(k)?.name ?? ''),
			totalsTable(
				'Totals by reason code',
				'Group-reason',
				totals.byReason,
				(k) => data!.pages[`carc:${k.split('-')[1]}`]?.title ?? '',
			),
			totalsTable('Totals by remark code', 'Remark', totals.byRemark, (k) => data!.pages[`rarc:${k}`]?.title ?? ''),
		);
		return totalsBox;
	};

	/** The denial worklist: its frame now, its first rows in slices (returned), more rows from the worker on demand. */
	const worklistSection = (
		s: Pick<WorkerSummary, 'job' | 'partial' | 'rows' | 'rowCount' | 'actionCount'>,
		current: () => boolean,
	): { node: HTMLElement; slices: (() => void)[] } => {
		const work = el('section', undefined, 'wb-worklist');
		work.append(el('h2', 'Denial worklist'));
		work.append(
			el(
				'p',
				`${s.actionCount ?? 0} adjustments need action, out of ${s.rowCount ?? 0}. Write-offs, information and reversals are left out; the totals count every adjustment.`,
			),
		);
		const actions = el('div', undefined, 'wb-actions');
		const csv = el('button', 'Download the worklist (CSV)');
		csv.type = 'button';
		csv.dataset.action = 'csv';
		const print = el('button', 'Print');
		print.type = 'button';
		print.dataset.action = 'print';
		actions.append(csv, print);
		work.append(actions);
		const { box, tbody } = scrollTable(
			'Denial worklist',
			['Claim', 'Patient', 'Service', 'Group-reason', 'Remarks', 'Amount', 'Next step', 'Deadline', 'Code page'],
			'worklist',
		);
		work.append(box);
		const more = el('button', 'Show more rows');
		more.type = 'button';
		more.hidden = true;
		work.append(more);
		// The first page came with the summary; "Show more" asks the worker for the next (not while a file is still read).
		const firstRows = s.rows ?? [];
		let offset = firstRows.length;
		const rowsTotal = s.actionCount ?? 0;
		const slices: (() => void)[] = [];
		for (let i = 0; i < firstRows.length; i += ROWS_SLICE) {
			const part = firstRows.slice(i, i + ROWS_SLICE);
			slices.push(() => tbody.append(...part.map(worklistRow)));
		}
		slices.push(() => {
			more.hidden = Boolean(s.partial) || offset >= rowsTotal;
			// The first result of a large file: its totals and first worklist rows are on the page (the bench reads this mark).
			if (s.partial && current()) performance.mark('decoder:first-result');
		});
		more.addEventListener('click', async () => {
			const res = await ask({ type: 'rows', job: s.job, offset, count: ROWS_PAGE }, 'rows');
			tbody.append(...res.rows.map(worklistRow));
			offset += res.rows.length;
			more.hidden = offset >= res.total;
		});
		return { node: work, slices };
	};

	/** The payer type chosen for each payer of the shown result (by payer key; '' for any payer); never stored. */
	let choices: Record<string, string> = {};
	let judgeVersion = 0;

	/** A labelled payer-type choice per payer, its guess (and why) from the claim filing indicators. */
	const payerTypesSection = (payers: readonly RemittancePayer[], job: number): HTMLElement | undefined => {
		choices = Object.fromEntries(payers.map((p) => [p.key, p.guess]));
		const options = root.querySelector<HTMLTemplateElement>('template[data-payer-type-options]');
		if (!payers.length || !options) return undefined;
		const section = el('section', undefined, 'wb-payer-types');
		section.append(
			el('h2', 'Payer types'),
			el(
				'p',
				'The next step and the deadline of each adjustment follow the type of its payer. Each choice starts from what the claim filing indicator (CLP06) on the payer’s claims says; change it where you know better. Nothing is saved or sent.',
			),
		);
		payers.forEach((p, i) => {
			const id = `wb-payer-type-${i}`;
			const field = el('div', undefined, 'payer-type');
			const label = el('label', `${p.name || 'Payer not named'}${p.id ? ` (payer ID ${p.id})` : ''}`);
			label.htmlFor = id;
			const select = el('select');
			select.id = id;
			select.append(options.content.cloneNode(true));
			select.value = p.guess;
			const hint = el('p', `${p.claims} claim${p.claims === 1 ? '' : 's'}. ${p.why}`, 'hint');
			hint.id = `${id}-hint`;
			select.setAttribute('aria-describedby', hint.id);
			select.addEventListener('change', () => {
				choices[p.key] = select.value;
				root.dataset.state = 'judging';
				say(`Judging ${p.name || 'this payer'}’s adjustments as ${select.selectedOptions[0]?.text ?? 'any payer'}…`);
				send({ type: 'payer-types', job, version: ++judgeVersion, types: { ...choices } });
			});
			field.append(label, select, hint);
			section.append(field);
		});
		return section;
	};

	/** The worklist judged again for new payer types: totals and worklist replaced, the choices left where they are. */
	const showJudged = (msg: WorkerJudged) => {
		if (!shown || msg.version !== judgeVersion) return;
		const next = { ...shown, totals: msg.totals, rows: msg.rows, rowCount: msg.rowCount, actionCount: msg.actionCount };
		shown = next as WorkerSummary;
		if (msg.totals && live.totals) {
			const totals = totalsSection(msg.totals);
			live.totals.replaceWith(totals);
			live.totals = totals;
		}
		if (live.worklist) {
			const { node, slices } = worklistSection(next, () => true);
			for (const slice of slices) slice();
			live.worklist.replaceWith(node);
			live.worklist = node;
		}
		say(`The worklist now follows the payer types chosen: ${msg.actionCount} adjustments need action.`);
		root.dataset.state = 'done';
	};

	/**
	 * Show a summary in slices of main-thread work (the frame first, then the
	 * first worklist rows, the first claims, the remaining payment cards and
	 * free-text lines a slice at a time), yielding between slices so no task
	 * is long however large the file. Resolves when everything is shown, or
	 * false when a newer summary took over.
	 */
	const renderSummary = async (s: WorkerSummary): Promise<boolean> => {
		if (!data) return false;
		const token = ++renderToken;
		const current = () => token === renderToken;
		shown = s;
		live.totals = live.worklist = undefined;
		const nodes: Node[] = [];
		const later: (() => void)[] = [];
		const r = s.remittance;
		if (s.notices.length) for (const n of s.notices) nodes.push(el('p', n, 'problem'));
		if (r?.notRemittance) nodes.push(el('p', r.notRemittance, 'problem'));
		if (r && (r.claims || r.payments.length)) {
			const summary = el('section', undefined, 'wb-summary');
			summary.append(el('h2', 'Payments'));
			for (let i = 0; i < r.payments.length; i += SLICE) {
				const part = r.payments.slice(i, i + SLICE);
				later.push(() => summary.append(...part.map((p) => paymentCard(p, Boolean(s.partial)))));
			}
			nodes.push(summary);
			if (s.totals) nodes.push((live.totals = totalsSection(s.totals)));
			const payerBox = s.partial ? undefined : payerTypesSection(s.payers ?? [], s.job);
			if (payerBox) nodes.push(payerBox);
			const { node: work, slices: rowSlices } = worklistSection(s, current);
			live.worklist = work;
			nodes.push(work);
			// After the first payments, before the rest of them.
			later.splice(Math.min(1, later.length), 0, ...rowSlices);

			const claimsBox = el('section', undefined, 'wb-claims');
			claimsBox.append(el('h2', `Claims (${r.claims})`));
			const list = el('div');
			const moreClaims = el('button', 'Show more claims');
			moreClaims.type = 'button';
			moreClaims.hidden = true;
			claimsBox.append(list, moreClaims);
			nodes.push(claimsBox);
			const firstClaims = s.claimItems ?? [];
			let claimOffset = firstClaims.length;
			const claimSlices: (() => void)[] = [];
			for (let i = 0; i < firstClaims.length; i += CLAIMS_SLICE) {
				const part = firstClaims.slice(i, i + CLAIMS_SLICE);
				claimSlices.push(() => list.append(...part.map((item) => claimCard(item, data!))));
			}
			claimSlices.push(() => (moreClaims.hidden = Boolean(s.partial) || claimOffset >= r.claims));
			later.splice(Math.min(1, later.length) + rowSlices.length, 0, ...claimSlices);
			moreClaims.addEventListener('click', async () => {
				const res = await ask({ type: 'claims', job: s.job, offset: claimOffset, count: CLAIMS_PAGE }, 'claims');
				list.append(...res.claims.map((item) => claimCard(item, data!)));
				claimOffset += res.claims.length;
				moreClaims.hidden = claimOffset >= res.total;
			});
		}
		if (r?.problems.length) {
			const box = el('section', undefined, 'wb-problems');
			box.append(el('h2', 'What could not be read'));
			const ul = el('ul');
			for (const p of r.problems)
				ul.append(el('li', p.segment ? `Segment ${p.segment} (${p.id}): ${p.message}` : p.message, 'problem'));
			box.append(ul);
			if (r.moreProblems) box.append(el('p', `And ${r.moreProblems} more problems.`));
			nodes.push(box);
		}
		if (r && r.segments) {
			const skipped = Object.entries(r.skipped)
				.map(([id, n]) => `${id} ×${n}`)
				.join(', ');
			nodes.push(
				el(
					'p',
					`${r.segments} segments: ${r.used} read${skipped ? `, skipped as not needed here: ${skipped}` : ''}${r.unread ? `, ${r.unread} not read (listed above)` : ''}.`,
					'wb-count',
				),
			);
		}
		if (s.lines.length) {
			if (r?.claims) nodes.push(el('h2', 'Codes in the text'));
			const box = el('div', undefined, 'decoded-lines');
			nodes.push(box);
			for (let i = 0; i < s.lines.length; i += SLICE) {
				const part = s.lines.slice(i, i + SLICE);
				const show = () => box.append(...part.map((line) => renderLine(line, data!)));
				// Pasted text shows its first lines at once; a long paste continues a slice at a time.
				if (i === 0) show();
				else later.push(show);
			}
		}
		if (!nodes.length)
			nodes.push(
				el(
					'p',
					input.value.trim()
						? 'No codes found. Paste reason codes (CO-16), remark codes (N130), 835 segments, or open an 835 file.'
						: 'Paste codes above, or open an 835 file, to see them explained.',
				),
			);
		// A large result (a whole day's file) is shown a slice at a time, its cards off screen left unrendered until
		// scrolled near (content-visibility, see the page's style); a small one at once, as it always was.
		const large = (r?.claims ?? 0) > LARGE_CLAIMS || (r?.payments.length ?? 0) > SLICE || s.lines.length > SLICE;
		results.classList.toggle('large-result', large);
		results.replaceChildren(...nodes);
		for (const show of later) {
			if (large) {
				await yieldToMain();
				if (!current()) return false;
			}
			show();
		}
		return current();
	};

	const worklistRow = (rw: RowWithLetter): HTMLTableRowElement => {
		const code = el('span');
		if (rw.href) {
			const a = el('a', rw.title ?? `${rw.group}-${rw.reason}`);
			a.href = rw.href;
			code.append(a);
		}
		if (rw.letterHref && rw.letter) {
			const b = el('button', 'Write the letter', 'letter-button');
			b.type = 'button';
			const fields = rw.letter;
			const href = rw.letterHref;
			b.addEventListener('click', () => {
				handOver(href.split('#')[0]!, fields, rw.payerType);
				location.assign(href);
			});
			code.append(' ', b);
		}
		const step = el('span');
		step.append(rw.step);
		if (rw.stepNote) step.append(el('span', ` ${rw.stepNote}`, 'note'));
		for (const w of rw.warnings) step.append(el('span', ` ⚠ ${w}`, 'warning'));
		for (const n of rw.notes) step.append(el('span', ` ℹ ${n}`, 'note'));
		return row([
			`${rw.account}${rw.payerClaimNumber ? ` (${rw.payerClaimNumber})` : ''}`,
			rw.patient,
			`${rw.service}${rw.serviceDates.length ? ` ${rw.serviceDates.join(' ')}` : ''}`,
			`${rw.group}-${rw.reason}`,
			rw.remarks.join(' '),
			formatCents(rw.amount),
			step,
			rw.deadline,
			code,
		]);
	};

	worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
		const msg = event.data;
		if (msg.job !== job) return;
		if (msg.type === 'progress') {
			progress.hidden = false;
			progress.value = Math.min(1, msg.fraction);
			say(`${msg.phase}… ${Math.round(msg.fraction * 100)}%`);
			return;
		}
		if (msg.type === 'summary') {
			if (msg.partial) say(`Showing the first ${msg.remittance?.claims ?? 0} claims while the rest is read…`);
			else {
				progress.hidden = true;
				say(msg.remittance?.claims ? `Read ${msg.remittance.claims} claims in ${(msg.ms / 1000).toFixed(1)} s.` : '');
			}
			void renderSummary(msg).then((complete) => {
				if (!complete) return;
				// Marked once everything of the summary is on the page (the bench reads this mark).
				if (!msg.partial) {
					performance.mark('decoder:summary');
					root.dataset.state = 'done';
				}
			});
			return;
		}
		if (msg.type === 'judged') {
			showJudged(msg);
			return;
		}
		if (msg.type === 'error') {
			progress.hidden = true;
			say(`The input could not be read: ${msg.message}`);
			return;
		}
		const resolve = waiting.get(`${msg.type}:${msg.job}`);
		if (resolve) {
			waiting.delete(`${msg.type}:${msg.job}`);
			resolve(msg);
		}
	};

	const readText = () => {
		job++;
		root.dataset.state = 'reading';
		send({ type: 'text', job, text: input.value });
	};
	const readFiles = (files: File[]) => {
		if (!files.length) return;
		performance.clearMarks();
		performance.mark('decoder:start');
		job++;
		root.dataset.state = 'reading';
		progress.hidden = false;
		progress.value = 0;
		say(`Reading ${files.length} file${files.length === 1 ? '' : 's'}…`);
		send({ type: 'files', job, files });
	};

	root.addEventListener('click', async (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!button || !shown) return;
		if (button.dataset.action === 'print') window.print();
		if (button.dataset.action === 'csv') {
			const res = await ask({ type: 'csv', job: shown.job, origin: location.origin }, 'csv');
			const a = el('a');
			a.href = URL.createObjectURL(res.blob);
			a.download = 'denial-worklist.csv';
			document.body.append(a);
			a.click();
			a.remove();
			setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
			say('Downloaded denial-worklist.csv.');
		}
	});

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(readText, 150);
	});
	examples.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-example]');
		if (!button) return;
		input.value = button.dataset.example ?? '';
		readText();
	});
	fileInput.addEventListener('change', () => readFiles([...(fileInput.files ?? [])]));
	for (const type of ['dragenter', 'dragover'] as const)
		root.addEventListener(type, (event) => {
			event.preventDefault();
			drop.classList.add('dragging');
		});
	root.addEventListener('dragleave', () => drop.classList.remove('dragging'));
	root.addEventListener('drop', (event) => {
		event.preventDefault();
		drop.classList.remove('dragging');
		readFiles([...(event.dataTransfer?.files ?? [])]);
	});

	void (async () => {
		try {
			data = (await (await fetch('/api/decoder.json')).json()) as Data;
		} catch {
			results.textContent = 'The code list could not be loaded. Reload the page to try again.';
			return;
		}
		send({ type: 'facts', facts: data });
		examples.hidden = false;
		root.dataset.ready = '';
		readText();
	})();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-decoder]')) init(root);
