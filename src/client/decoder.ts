/** The decoder page: decode as the user types, render with text nodes only. */
import { decodeRemittance, type DecodedLine, type DecoderFacts } from '../lib/lookup/decoder.ts';
import { nextStep } from '../lib/guidance/routes.ts';
import { displayCode } from '../lib/catalogue/codes.ts';
import { getGroupCode } from '../lib/guidance/group-codes.ts';
import { getRoute } from '../lib/guidance/routes.ts';

interface PageInfo {
	title: string;
	route: string;
	slug: string;
	letter: boolean;
}
type Data = DecoderFacts & { pages: Record<string, PageInfo> };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (cls) node.className = cls;
	return node;
};

function renderLine(line: DecodedLine, data: Data): HTMLElement {
	const box = el('section', undefined, 'decoded-line');
	box.append(el('h3', line.label));
	if (line.codes.length) {
		const table = el('table');
		const head = el('tr');
		for (const h of ['Code', 'Meaning', 'Who pays', 'Amount', 'Route']) {
			const th = el('th', h);
			th.scope = 'col';
			head.append(th);
		}
		const thead = el('thead');
		thead.append(head);
		const tbody = el('tbody');
		for (const c of line.codes) {
			const page = data.pages[`${c.set}:${c.code}`];
			const tr = el('tr');
			const codeCell = el('td');
			const name = `${c.group ? `${c.group}-` : ''}${c.code}`;
			if (page) {
				const a = el('a', name);
				a.href = `/codes/${page.slug}/`;
				codeCell.append(a);
			} else codeCell.append(el('span', name));
			codeCell.append(el('span', ` (${c.set.toUpperCase()})`));
			const meaning = el('td', page ? page.title : `${displayCode(c.set, c.code)}: no Denial Atlas page yet; see the official list.`);
			const group = c.group ? getGroupCode(c.group) : undefined;
			const who = el('td', group ? `${group.code}: ${group.whoPays}` : c.set === 'rarc' ? 'Remark: explains the reason code' : '');
			const amount = el('td', c.amount !== undefined ? `$${c.amount.toFixed(2)}${c.quantity !== undefined ? ` (qty ${c.quantity})` : ''}` : '');
			const route = el('td', page ? (getRoute(page.route)?.label ?? page.route) : '');
			tr.append(codeCell, meaning, who, amount, route);
			tbody.append(tr);
			for (const w of c.warnings) {
				const wr = el('tr');
				const td = el('td', `⚠ ${w}`, 'warning');
				td.colSpan = 5;
				wr.append(td);
				tbody.append(wr);
			}
		}
		table.append(thead, tbody);
		box.append(table);
		const pagesHere = line.codes.map((c) => data.pages[`${c.set}:${c.code}`]);
		const step = nextStep(pagesHere.map((p) => p?.route));
		if (step) {
			const p = el('p');
			p.append(el('strong', 'Next step: '), el('span', getRoute(step)?.label ?? step), el('span', ` — ${getRoute(step)?.description ?? ''}`));
			box.append(p);
			// The letter of the code to appeal, when the next step is an appeal.
			const appeal = step === 'appeal' ? pagesHere.find((pg) => pg?.route === 'appeal' && pg.letter) : undefined;
			if (appeal) {
				const a = el('a', `Open the appeal letter for ${appeal.title}`);
				a.href = `/codes/${appeal.slug}/#appeal-letter`;
				const q = el('p');
				q.append(a);
				box.append(q);
			}
		}
	}
	if (line.problems.length) {
		const ul = el('ul');
		for (const problem of line.problems) ul.append(el('li', problem.token ? `Could not read “${problem.token}”: ${problem.message}` : problem.message, 'problem'));
		box.append(ul);
	}
	return box;
}

async function init(root: HTMLElement) {
	const input = root.querySelector<HTMLTextAreaElement>('[data-decoder-input]')!;
	const results = root.querySelector<HTMLElement>('[data-decoder-results]')!;
	const examples = root.querySelector<HTMLElement>('[data-decoder-examples]')!;
	let data: Data;
	try {
		data = (await (await fetch('/api/decoder.json')).json()) as Data;
	} catch {
		results.textContent = 'The code list could not be loaded. Reload the page to try again.';
		return;
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = () => {
		const lines = decodeRemittance(input.value, data);
		if (!input.value.trim()) results.replaceChildren(el('p', 'Paste codes above to see them explained.'));
		else if (!lines.length) results.replaceChildren(el('p', 'No codes found. Paste reason codes (CO-16), remark codes (N130) or 835 CAS and LQ segments.'));
		else results.replaceChildren(...lines.map((line) => renderLine(line, data)));
	};
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 150);
	});
	examples.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-example]');
		if (!button) return;
		input.value = button.dataset.example ?? '';
		run();
	});
	examples.hidden = false;
	run();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-decoder]')) void init(root);
