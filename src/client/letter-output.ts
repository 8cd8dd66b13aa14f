/**
 * The letter filler's rarer actions: Copy for Word, Download .docx and .txt, and Print. They load on
 * first use (src/client/letter-filler.ts fetches this module as soon as the pointer or keyboard focus
 * reaches the action buttons), so a code page does not carry their code up front. Only values that pass
 * their field check reach the letter (the filler hands over `output`), and every value is escaped or
 * inserted as text.
 */
import { renderHtml } from '../lib/letter/letter-html.ts';
import { renderText, type Block, type LetterDocument } from '../lib/letter/letter.ts';
import type { PaperSize } from '../lib/letter/docx.ts';
import type { Values } from '../lib/letter/letter-values.ts';

export interface OutputContext {
	letter: LetterDocument;
	fileStem: string;
	paper: () => PaperSize;
	/** The values that go into the letter: those that pass their field check. */
	output: () => { values: Values };
	/** Announce the result, naming values left out and placeholders still unfilled. */
	warnUnfilled: (done: string) => void;
	say: (message: string) => void;
	renderBlocks: (blocks: Block[], values: Values) => Node[];
}

export const OUTPUT_ACTIONS = ['copy-rich', 'download-txt', 'download-docx', 'print'] as const;
export type OutputAction = (typeof OUTPUT_ACTIONS)[number];

function download(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function runOutput(action: OutputAction, ctx: OutputContext): Promise<void> {
	const { letter, fileStem, say, warnUnfilled } = ctx;
	const used = ctx.output().values;
	if (action === 'copy-rich') {
		const html = `<div style="font-family: 'Times New Roman', serif">${renderHtml(letter, used)}</div>`;
		try {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/html': new Blob([html], { type: 'text/html' }),
					'text/plain': new Blob([renderText(letter, used)], { type: 'text/plain' }),
				}),
			]);
			warnUnfilled('Copied the letter with its formatting, ready to paste into Word or Google Docs.');
		} catch {
			say('Copying was blocked by the browser. Select the letter and copy it by hand.');
		}
	} else if (action === 'download-txt') {
		download(
			`${fileStem}.txt`,
			new Blob([renderText(letter, used).replace(/\n/g, '\r\n')], { type: 'text/plain;charset=utf-8' }),
		);
		warnUnfilled(`Downloaded ${fileStem}.txt.`);
	} else if (action === 'download-docx') {
		say('Preparing the .docx file…');
		try {
			const [docx, { buildDocxDocument }] = await Promise.all([import('docx'), import('../lib/letter/docx.ts')]);
			download(`${fileStem}.docx`, await docx.Packer.toBlob(buildDocxDocument(docx, letter, used, ctx.paper())));
			warnUnfilled(`Downloaded ${fileStem}.docx.`);
		} catch {
			say('The .docx file could not be made. Try Download .txt or Copy for Word instead.');
		}
	} else {
		const printRoot = document.createElement('div');
		printRoot.id = 'print-root';
		printRoot.className = `paper-${ctx.paper()}`;
		printRoot.append(...ctx.renderBlocks(letter.blocks, used));
		document.body.append(printRoot);
		document.documentElement.classList.add('print-letter');
		const cleanUp = () => {
			document.documentElement.classList.remove('print-letter');
			printRoot.remove();
		};
		window.addEventListener('afterprint', cleanUp, { once: true });
		window.print();
	}
}
