/**
 * The letter filler: form → preview → copy, download, print. Values are only
 * ever inserted as text nodes. A value that fails its field check stays out of
 * every copied, downloaded or printed letter (its placeholder stays, and the
 * reason shows next to the field). Nothing is sent anywhere; only practice
 * details are stored, and only when the user opts in.
 */
import {
	assembleLetter,
	fillLine,
	letterTexts,
	payerLetter,
	renderText,
	unfilledPlaceholders,
	type Block,
	type LetterChoice,
	type LetterSource,
	type PayerLetterLookup,
} from '../lib/letter/letter.ts';
import {
	checkValue,
	exampleValues,
	parseRemembered,
	practiceOnly,
	todayIso,
	usableValues,
	type Values,
} from '../lib/letter/letter-values.ts';
import type { PaperSize } from '../lib/letter/docx.ts';
import { getPlaceholderByKey } from '../lib/letter/placeholders.ts';
import { takeHandover } from './letter-handover.ts';
import type { OutputAction } from './letter-output.ts';

const STORAGE_KEY = 'denial-atlas:practice-details';

type Field = HTMLInputElement | HTMLTextAreaElement;

const storage = {
	read(): string | null {
		try {
			return localStorage.getItem(STORAGE_KEY);
		} catch {
			return null;
		}
	},
	write(values: Values): void {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify(practiceOnly(values)));
		} catch {
			/* storage unavailable (private mode, quota): remembering silently does nothing */
		}
	},
	forget(): void {
		try {
			localStorage.removeItem(STORAGE_KEY);
		} catch {
			/* nothing stored */
		}
	},
};

function renderBlocks(blocks: Block[], values: Values): Node[] {
	const lineNodes = (line: Parameters<typeof fillLine>[0]): Node[] =>
		fillLine(line, values).flatMap((run, index) => {
			const parts = run.text
				.split('\n')
				.flatMap((text, i) =>
					i === 0 ? [document.createTextNode(text)] : [document.createElement('br'), document.createTextNode(text)],
				);
			const inline = line[index];
			let node: Node;
			if (run.unfilled) {
				const mark = document.createElement('mark');
				mark.className = 'placeholder';
				mark.dataset.key = run.unfilled.key;
				mark.append(...parts);
				node = mark;
			} else if (inline?.type === 'placeholder') {
				// A filled value keeps its key, so the field being typed can be highlighted in the preview.
				const span = document.createElement('span');
				span.dataset.key = inline.key;
				span.append(...parts);
				node = span;
			} else if (parts.length === 1) node = parts[0]!;
			else {
				const span = document.createElement('span');
				span.append(...parts);
				node = span;
			}
			if (!run.bold) return [node];
			const strong = document.createElement('strong');
			strong.append(node);
			return [strong];
		});
	return blocks.map((block) => {
		if (block.type === 'paragraph') {
			const p = document.createElement('p');
			block.lines.forEach((line, i) => {
				if (i > 0) p.append(document.createElement('br'));
				p.append(...lineNodes(line));
			});
			return p;
		}
		const ol = document.createElement('ol');
		for (const item of block.items) {
			const li = document.createElement('li');
			li.append(...lineNodes(item));
			ol.append(li);
		}
		return ol;
	});
}

/** One labelled field per placeholder, in letter order, with the right input for its kind. */
function buildFields(container: HTMLElement, keys: readonly string[]): void {
	for (const key of keys) {
		const p = getPlaceholderByKey(key);
		if (!p) continue;
		const wrap = document.createElement('div');
		wrap.className = 'field';
		const label = document.createElement('label');
		label.htmlFor = `f-${key}`;
		label.textContent = p.label;
		if (p.data === 'practice') {
			const tag = document.createElement('span');
			tag.className = 'tag';
			tag.textContent = 'practice';
			label.append(' ', tag);
		}
		const input = p.kind === 'multiline' ? document.createElement('textarea') : document.createElement('input');
		if (input instanceof HTMLTextAreaElement) input.rows = 3;
		else {
			input.type = p.kind === 'date' ? 'date' : 'text';
			if (p.kind === 'money') input.inputMode = 'decimal';
		}
		input.id = `f-${key}`;
		input.name = key;
		input.autocomplete = 'off';
		input.spellcheck = false;
		const described = [`e-${key}`];
		wrap.append(label, input);
		if (p.hint) {
			const hint = document.createElement('p');
			hint.className = 'hint';
			hint.id = `h-${key}`;
			hint.textContent = p.hint;
			wrap.append(hint);
			described.push(hint.id);
		}
		const error = document.createElement('p');
		error.className = 'error';
		error.id = `e-${key}`;
		error.dataset.error = '';
		error.hidden = true;
		wrap.append(error);
		input.setAttribute('aria-describedby', described.join(' '));
		container.append(wrap);
	}
}

/**
 * Each payer type's letter parts (src/lib/guidance/payer-letters.ts) load when a payer type is first chosen, or at
 * once when the page opens with one (remembered on this device): most readers never choose one.
 */
let payerLetters: PayerLetterLookup | undefined;
let payerLettersLoading: Promise<void> | undefined;
const loadPayerLetters = () =>
	(payerLettersLoading ??= import('../lib/guidance/payer-letters.ts').then((m) => {
		payerLetters = m.getPayerLetter;
	}));

function init(root: HTMLElement): void {
	const json = root.querySelector('script[data-letter-json]')?.textContent;
	const form = root.querySelector<HTMLElement>('[data-filler-form]');
	const actions = root.querySelector<HTMLElement>('[data-filler-actions]');
	const preview = root.querySelector<HTMLElement>('[data-preview] [data-letter]');
	const remaining = root.querySelector<HTMLElement>('[data-remaining]');
	const actionStatus = root.querySelector<HTMLElement>('[data-action-status]');
	const remember = root.querySelector<HTMLInputElement>('[data-remember]');
	const paperSelect = root.querySelector<HTMLSelectElement>('[data-paper]');
	// US Letter unless the reader picks A4 (the .docx builder loads with the docx library, only when asked).
	const paper = (): PaperSize => (paperSelect?.value === 'a4' ? 'a4' : 'letter');
	if (!json || !form || !actions || !preview || !remaining || !actionStatus) return;
	// The page carries the entry's letter parts; the browser assembles the same letter as the build did, for the
	// payer type chosen on the page (payer-choice.ts) and the situation chosen here.
	const source = JSON.parse(json) as LetterSource;
	const choice: LetterChoice = { payerType: document.documentElement.dataset.payerType, variant: 0 };
	let letter = assembleLetter(source, choice, payerLetters);
	const fieldBox = root.querySelector<HTMLElement>('[data-fields]');
	if (!fieldBox) return;
	const rememberRow = root.querySelector<HTMLElement>('[data-remember-row]');
	const fileStem = root.dataset.fileStem ?? 'appeal-letter';
	const fields = new Map<string, Field>();
	/** The fields of the current letter, in letter order; values typed so far are kept across rebuilds. */
	const buildForm = () => {
		fieldBox.replaceChildren();
		buildFields(fieldBox, letter.placeholders);
		const idLabel = fieldBox.querySelector('label[for="f-memberId"]');
		if (idLabel?.firstChild) idLabel.firstChild.textContent = payerLetter(choice.payerType, payerLetters).memberIdLabel;
		fields.clear();
		for (const el of form.querySelectorAll<Field>('input[name], textarea[name]')) fields.set(el.name, el);
		if (rememberRow)
			rememberRow.hidden = !letter.placeholders.some((key) => getPlaceholderByKey(key)?.data === 'practice');
	};
	buildForm();
	// Several situations: a choice of letter above the fields (the page lists every variant for readers without JavaScript).
	const texts = letterTexts(source.appeal);
	const situation = root.querySelector<HTMLSelectElement>('[data-situation]');
	if (situation && texts.length > 1) {
		situation.append(...texts.map((t, i) => new Option(t.name ?? `Letter ${i + 1}`, String(i))));
		situation.closest<HTMLElement>('[data-situation-row]')!.hidden = false;
		for (const copy of root.querySelectorAll<HTMLElement>('[data-static-variant]')) copy.hidden = true;
	}
	const rebuild = () => {
		letter = assembleLetter(source, choice, payerLetters);
		buildForm();
		for (const [key, field] of fields) {
			field.value = values[key] ?? '';
			showError(key);
		}
		update();
	};
	let pendingPayerType = choice.payerType;
	situation?.addEventListener('change', () => {
		choice.variant = Number(situation.value);
		rebuild();
		say(`The letter now argues: ${texts[choice.variant]?.name ?? 'the main situation'}.`);
	});
	document.addEventListener('payer-type', (event) => {
		const payerType = (event as CustomEvent<string>).detail || undefined;
		pendingPayerType = payerType;
		if (!payerType || payerLetters) {
			choice.payerType = payerType;
			return rebuild();
		}
		// The letter keeps its current payer type until the parts arrive; a later choice made meanwhile wins.
		void loadPayerLetters().then(() => {
			if (pendingPayerType !== payerType) return;
			choice.payerType = payerType;
			rebuild();
		});
	});

	const values: Values = {};
	const remembered = parseRemembered(storage.read());
	if (remember) remember.checked = Object.keys(remembered).length > 0;
	const setAll = (next: Values) => {
		for (const [key, field] of fields) {
			values[key] = next[key] ?? '';
			field.value = values[key]!;
			showError(key);
		}
		update();
	};
	const defaults = (): Values => ({ letterDate: todayIso(), ...remembered });

	const showError = (key: string) => {
		const field = fields.get(key);
		const box = field?.closest('.field')?.querySelector<HTMLElement>('[data-error]');
		if (!field || !box) return;
		const error = checkValue(key, field.value);
		box.textContent = error ?? '';
		box.hidden = !error;
		if (error) field.setAttribute('aria-invalid', 'true');
		else field.removeAttribute('aria-invalid');
	};

	const unfilledTokens = () =>
		unfilledPlaceholders(letter, usableValues(values).values).map(
			(key) => `[${getPlaceholderByKey(key)?.token ?? key}]`,
		);

	// The field being typed, highlighted in the preview. Wide screens: the preview is sticky beside the form and
	// scrolls in its own box to the value. Narrow screens: the letter line being filled shows under the field.
	const region = preview.closest<HTMLElement>('[data-preview]')!;
	const peek = document.createElement('div');
	peek.className = 'peek';
	peek.setAttribute('aria-hidden', 'true');
	let active: string | undefined;
	const highlight = () => {
		const spans = active ? [...preview.querySelectorAll<HTMLElement>(`[data-key="${CSS.escape(active)}"]`)] : [];
		for (const span of spans) span.classList.add('active');
		const first = spans[0];
		const field = active ? fields.get(active)?.closest('.field') : undefined;
		if (!first || !field) return peek.remove();
		const box = region.getBoundingClientRect();
		const at = first.getBoundingClientRect();
		if (at.top < box.top || at.bottom > box.bottom) region.scrollTop += at.top - box.top - region.clientHeight / 3;
		// The line of the letter that holds the value: the block's nodes between the line breaks around it.
		let top: Node = first;
		while (top.parentNode && !(top.parentNode as Element).matches('p, li')) top = top.parentNode;
		const line: Node[] = [top];
		for (let n = top.previousSibling; n && n.nodeName !== 'BR'; n = n.previousSibling) line.unshift(n);
		for (let n = top.nextSibling; n && n.nodeName !== 'BR'; n = n.nextSibling) line.push(n);
		peek.replaceChildren(...line.map((n) => n.cloneNode(true)));
		field.append(peek);
		peek.scrollIntoView({ block: 'nearest' }); // no box (wide screens): nothing happens
	};
	form.addEventListener('focusin', (event) => {
		const field = event.target as Field;
		if (!fields.has(field.name) || field.name === active) return;
		for (const span of preview.querySelectorAll('.active')) span.classList.remove('active');
		// The letter line moves to this field: keep the field where it was when the line above it goes.
		const top = field.getBoundingClientRect().top;
		peek.remove();
		scrollBy(0, field.getBoundingClientRect().top - top);
		active = field.name;
		highlight();
	});
	form.addEventListener('focusout', (event) => {
		if (form.contains(event.relatedTarget as Node | null)) return;
		for (const span of preview.querySelectorAll('.active')) span.classList.remove('active');
		active = undefined;
		peek.remove();
	});

	// The preview is not a live region (a screen reader would read out every keystroke); the polite
	// status below announces once when the last placeholder is filled, and after each action.
	let wasComplete: boolean | undefined;
	const update = () => {
		// The preview shows the letter exactly as it will be copied: a value with an error stays a placeholder.
		preview.replaceChildren(...renderBlocks(letter.blocks, usableValues(values).values));
		highlight();
		const left = unfilledTokens();
		remaining.textContent =
			left.length === 0
				? 'All placeholders are filled.'
				: `${left.length} of ${letter.placeholders.length} placeholders still to fill.`;
		const complete = left.length === 0;
		if (complete && wasComplete === false)
			say('All placeholders are filled. The letter is ready to copy, download or print.');
		wasComplete = complete;
	};

	const say = (message: string) => {
		actionStatus.textContent = '';
		// A fresh node each time, so screen readers announce a repeated message again.
		requestAnimationFrame(() => (actionStatus.textContent = message));
	};
	/** The values that go into a copied, downloaded or printed letter: those that pass their field check. */
	const output = () => usableValues(values);
	const warnUnfilled = (done: string) => {
		const { values: used, rejected } = output();
		const labels = rejected.map((key) => getPlaceholderByKey(key)?.label ?? key);
		const left = unfilledPlaceholders(letter, used)
			.filter((key) => !rejected.includes(key))
			.map((key) => `[${getPlaceholderByKey(key)?.token ?? key}]`);
		const parts = [done];
		if (labels.length)
			parts.push(
				`Left out, because ${labels.length === 1 ? 'its value needs' : 'their values need'} fixing (see the message next to the field): ${labels.join(', ')}.`,
			);
		if (left.length)
			parts.push(
				`Warning: ${left.length} placeholder${left.length === 1 ? ' is' : 's are'} still unfilled: ${left.join(', ')}.`,
			);
		say(parts.join(' '));
	};

	form.addEventListener('input', (event) => {
		const field = event.target as Field;
		if (!fields.has(field.name)) return;
		values[field.name] = field.value;
		showError(field.name);
		if (remember?.checked && getPlaceholderByKey(field.name)?.data === 'practice') storage.write(values);
		update();
	});
	remember?.addEventListener('change', () => {
		if (remember.checked) {
			storage.write(values);
			say('Your practice details will be remembered on this device. Patient details are never saved.');
		} else {
			storage.forget();
			say('Your practice details are no longer remembered on this device.');
		}
	});

	let outputModule: Promise<typeof import('./letter-output.ts')> | undefined;
	const loadOutput = () => (outputModule ??= import('./letter-output.ts'));
	for (const event of ['pointerover', 'focusin'])
		actions.addEventListener(event, () => void loadOutput(), { once: true });
	const handlers: Record<string, () => void | Promise<void>> = {
		example: () => {
			setAll({ ...exampleValues(letter.placeholders), letterDate: todayIso() });
			say('Filled with fictitious example data. Replace it with the claim’s details before you send the letter.');
		},
		clear: () => {
			// Clearing also forgets remembered practice details, or they would come back on the next visit.
			const hadRemembered = storage.read() !== null;
			storage.forget();
			for (const key of Object.keys(remembered)) delete remembered[key];
			if (remember) remember.checked = false;
			setAll({ letterDate: todayIso() });
			say(
				hadRemembered
					? 'Cleared every field and forgot the practice details saved on this device.'
					: 'Cleared every field.',
			);
		},
		forget: () => {
			storage.forget();
			for (const key of Object.keys(remembered)) delete remembered[key];
			if (remember) remember.checked = false;
			say('Forgot the practice details saved on this device.');
		},
		'copy-text': async () => {
			try {
				await navigator.clipboard.writeText(renderText(letter, output().values));
				warnUnfilled('Copied the letter as plain text.');
			} catch {
				say('Copying was blocked by the browser. Select the letter and copy it by hand.');
			}
		},
		// Copy for Word, the downloads and Print load on first use (src/client/letter-output.ts), fetched as soon as
		// the pointer or keyboard focus reaches the buttons.
		...Object.fromEntries(
			(['copy-rich', 'download-txt', 'download-docx', 'print'] satisfies OutputAction[]).map((action) => [
				action,
				async () =>
					(await loadOutput()).runOutput(action, {
						letter,
						fileStem,
						paper,
						output,
						warnUnfilled,
						say,
						renderBlocks,
					}),
			]),
		),
	};
	root.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		const handler = button && handlers[button.dataset.action ?? ''];
		if (handler) void handler();
	});

	form.hidden = false;
	actions.hidden = false;
	// Claim details handed over by the remittance workbench (read once, deleted at once, never stored).
	const handed = takeHandover(location.pathname, letter.placeholders);
	setAll({ ...defaults(), ...handed });
	if (Object.keys(handed).length)
		say(`Filled ${Object.keys(handed).length} fields from the remittance. Check them before you send the letter.`);
}

// Fetched as soon as the pointer or keyboard reaches the payer-type choice, so the letter follows a choice at once.
for (const event of ['pointerover', 'focusin'])
	document.querySelector('[data-payer-select]')?.addEventListener(event, () => void loadPayerLetters(), { once: true });

for (const root of document.querySelectorAll<HTMLElement>('[data-filler]')) {
	// A payer type chosen before the letter starts (remembered on this device): its letter, fields and handed-over
	// claim details from the start.
	if (document.documentElement.dataset.payerType) void loadPayerLetters().then(() => init(root));
	else init(root);
}
