/** Builds and runs the deadline calculator inside a [data-deadline] element. Loaded on demand. */
import { deadline } from '../lib/guidance/deadlines.ts';
import { getPayerType, PAYER_TYPES } from '../lib/guidance/payer-types.ts';
import { formatDateLong } from '../lib/site/dates.ts';

function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), props);
}

export function mount(root: HTMLElement): void {
	const id = root.dataset.id ?? 'deadline';
	const field = (label: string, control: HTMLElement) => {
		control.id = `${id}-${label.split(' ')[0]!.toLowerCase()}`;
		const wrap = make('div');
		wrap.append(make('label', { htmlFor: control.id, textContent: label }), control);
		return wrap;
	};
	const payer = make('select');
	for (const p of PAYER_TYPES) payer.append(make('option', { value: p.id, textContent: p.name }));
	const level = make('select');
	for (const p of PAYER_TYPES)
		for (const l of p.levels) level.append(make('option', { value: l.id, textContent: l.name }));
	for (const option of level.options)
		option.dataset.payer = PAYER_TYPES.find((p) => p.levels.some((l) => l.id === option.value))!.id;
	const date = make('input', { type: 'date' });
	const row = make('div', { className: 'deadline-row' });
	row.append(
		field('Payer type', payer),
		field('Appeal level', level),
		field('Date on the notice you are appealing', date),
	);
	const result = make('p', { className: 'deadline-result' });
	result.setAttribute('role', 'status');
	result.setAttribute('aria-live', 'polite');
	const notes = make('ul', { className: 'deadline-notes' });
	const source = make('p', { className: 'deadline-source' });
	const heading = root.querySelector('h3');
	if (heading) heading.after(row, result, notes, source);
	else root.prepend(row, result, notes, source);
	payer.dataset.deadlinePayer = '';
	level.dataset.deadlineLevel = '';
	date.dataset.deadlineDate = '';
	result.dataset.deadlineResult = '';
	notes.dataset.deadlineNotes = '';
	source.dataset.deadlineSource = '';

	const syncLevels = () => {
		let firstVisible: HTMLOptionElement | undefined;
		for (const option of level.options) {
			option.hidden = option.disabled = option.dataset.payer !== payer.value;
			if (!option.hidden) firstVisible ??= option;
		}
		if (level.selectedOptions[0]?.hidden && firstVisible) level.value = firstVisible.value;
	};
	const update = () => {
		const type = getPayerType(payer.value);
		const chosen = type?.levels.find((l) => l.id === level.value);
		notes.replaceChildren(...(type?.notes ?? []).map((n) => make('li', { textContent: n })));
		source.replaceChildren();
		level.disabled = !type?.levels.length;
		if (type && type.levels.length === 0) {
			// The state or the contract sets the limits: say where to check rather than count.
			result.textContent = type.whereToCheck?.text ?? 'Use the deadline printed on the denial.';
			return;
		}
		if (!chosen) return;
		source.append(
			`${chosen.name}: ${chosen.days} days from ${chosen.from}. Source: `,
			make('a', { href: chosen.citation.url, textContent: chosen.citation.title }),
			'.',
		);
		if (!date.value) {
			result.textContent = 'Enter the date printed on the notice to see the last day to file.';
			return;
		}
		const computed = deadline(chosen, date.value);
		// In words, with the weekday (the count does not skip weekends); the explanation restates the notice date the same way.
		result.textContent = computed
			? `Last day to file: ${formatDateLong(computed.lastDay, { weekday: true })}. ${computed.explanation}`
			: 'Enter a real date, such as March 9, 2026.';
	};
	payer.addEventListener('change', () => {
		syncLevels();
		update();
	});
	// On a code page the payer-type choice (payer-choice.ts) sets the payer type here too.
	const follow = (id: string | undefined) => {
		if (!id || !getPayerType(id)) return;
		payer.value = id;
		syncLevels();
		update();
	};
	follow(document.documentElement.dataset.payerType);
	document.addEventListener('payer-type', (event) => follow((event as CustomEvent<string>).detail));
	level.addEventListener('change', update);
	date.addEventListener('input', update);
	syncLevels();
	update();
	root.removeAttribute('data-pending');
}
