/**
 * Content may carry words, never markup or code. Frontmatter text is shown as
 * plain text (and some of it reaches the page head through Starlight), so it
 * may not contain < or >. The MDX body of an entry is Markdown only: no raw
 * HTML, no JSX, no {expressions}, no import or export, and links go to web
 * pages only. A component may be used only when ALLOWED_COMPONENTS lists it.
 */
import { formatPath, type Problem } from './problem.ts';

/**
 * Components an entry body may use, by name, with the only module each may be
 * imported from. Empty: entries are plain Markdown. Adding one here is a
 * review decision, since a component runs code on every page that uses it.
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, string>> = {};

/** Link destinations a body may use: web pages, mail, same-site paths and anchors (no javascript: or data: URLs, no //host). */
export function isSafeLink(url: string): boolean {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
	if (scheme) return /^(https?|mailto)$/i.test(scheme[1]!);
	return !/^[\\/]{2}/.test(url);
}

/** Every frontmatter string that holds < or >, by field. */
export function checkFrontmatterText(file: string, data: unknown): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			const found = /[<>]/.exec(value);
			if (found) {
				problems.push({
					file,
					field: formatPath(path),
					message: `contains "${found[0]}": frontmatter text is plain text, and < and > are not allowed in it (they could inject markup into the page); write "less than", "more than" or reword`,
				});
			}
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
		else if (value && typeof value === 'object' && !(value instanceof Date))
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
	};
	walk(data, []);
	return problems;
}

/** Blank out inline code spans, so `<b>` inside backticks is text, not markup. */
function withoutCodeSpans(line: string): string {
	return line.replace(/(`+)([\s\S]*?)\1/g, (span) => ' '.repeat(span.length));
}

/**
 * Problems in an MDX body, each with the line of the file it is on.
 * `firstLine` is the file line the body starts on (after the frontmatter).
 */
export function checkBody(file: string, body: string, firstLine = 1): Problem[] {
	const problems: Problem[] = [];
	const report = (index: number, message: string) =>
		problems.push({ file, field: '(body)', line: firstLine + index, message });
	let fence: string | undefined;
	body.split(/\r?\n/).forEach((raw, i) => {
		const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
		if (fence) {
			if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
			return;
		}
		if (fenceMatch) {
			fence = fenceMatch[1]!;
			return;
		}
		const line = withoutCodeSpans(raw);
		const esm = /^\s*(import|export)\b/.exec(line);
		if (esm) {
			const allowed = /^\s*import\s+(\w+)\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(line);
			if (!allowed || ALLOWED_COMPONENTS[allowed[1]!] !== allowed[2]) {
				report(
					i,
					`"${esm[1]}" is not allowed: an entry body is Markdown only; components must be listed in ALLOWED_COMPONENTS (src/lib/validation/safety.ts)`,
				);
			}
			return;
		}
		for (const tag of line.matchAll(/<\s*(\/?)\s*([A-Za-z!?][\w.:-]*)?/g)) {
			const name = tag[2] ?? '';
			if (name && Object.hasOwn(ALLOWED_COMPONENTS, name)) continue;
			const what = /^script$/i.test(name)
				? '<script>'
				: name.startsWith('!')
					? 'an HTML comment or declaration'
					: name
						? `<${tag[1]}${name}>`
						: '"<"';
			report(
				i,
				`${what} is not allowed: an entry body is Markdown only (no HTML, JSX or script); write "less than" instead of "<", or use Markdown for formatting`,
			);
			break; // one report per line is enough to find it
		}
		for (const brace of line.matchAll(/(?<!\\)[{}]/g)) {
			report(i, `"${brace[0]}" is not allowed: in MDX a curly brace runs code; reword, or escape it as \\${brace[0]}`);
			break;
		}
		const definition = /^\s{0,3}\[[^\]]+\]:\s*(\S+)/.exec(line);
		for (const link of [...line.matchAll(/\]\(\s*([^)\s]*)/g), ...(definition ? [definition] : [])]) {
			const url = link[1] ?? '';
			if (url && !isSafeLink(url))
				report(
					i,
					`link to "${url}" is not allowed: link to an https:// page, a site path such as /codes/carc-16/, or a #section`,
				);
		}
	});
	return problems;
}
