/**
 * Checks that stop a finished-looking entry from going out unfinished: a
 * TODO anywhere in the frontmatter of a published entry (YAML comments
 * included, which the parser drops), a placeholder host in its sources, and
 * the vague or filler phrases docs/style-guide.md bans. Run by the validator
 * (so `npm run validate`, the build and CI refuse them) and reported by
 * `npm run prepublish-check`. Drafts are exempt: they are expected to hold TODOs.
 */
import type { Problem } from './problem.ts';
import type { CodeEntry } from '../schema/code-entry.ts';

/**
 * Phrases docs/style-guide.md forbids, in the fields they are forbidden in.
 * The style guide's "Banned phrases" list documents exactly these; a unit test keeps the two in step.
 */
export const BANNED_PHRASES = [
	{
		phrase: 'incorrect information',
		fields: ['causes', 'checks'],
		why: 'name the claim field, document or rule that is wrong instead',
	},
	{
		phrase: 'wrong information',
		fields: ['causes', 'checks'],
		why: 'name the claim field, document or rule that is wrong instead',
	},
	{ phrase: 'it is important to note', fields: ['*'], why: 'filler: say the thing itself' },
	{ phrase: 'may possibly', fields: ['*'], why: 'a hedging stack: write "may" or say when it happens' },
] as const;

/** Hosts that stand in for a real address: never a source a reader can check. */
const PLACEHOLDER_HOST =
	/^(?:(?:[\w-]+\.)*example\.(?:com|org|net)|(?:[\w-]+\.)*(?:example|test|invalid|localhost)|localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1\])$/i;

export function isPlaceholderHost(url: string): boolean {
	try {
		return PLACEHOLDER_HOST.test(new URL(url).hostname);
	} catch {
		return false;
	}
}

/** The 1-based file line of every TODO in the frontmatter text (which starts on line 2 of the file). */
export function frontmatterTodoLines(frontmatter: string): { line: number; text: string }[] {
	return frontmatter
		.split(/\r?\n/)
		.map((text, i) => ({ line: i + 2, text: text.trim() }))
		.filter(({ text }) => /\bTODO\b/.test(text));
}

/** The comment part of a YAML line ("# …"), outside quotes, or undefined. */
export function yamlComment(line: string): string | undefined {
	let quote: string | undefined;
	for (let i = 0; i < line.length; i++) {
		const c = line[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(i);
	}
	return undefined;
}

/** Every prose string of an entry, with its field path. */
function proseFields(entry: CodeEntry): { field: string; top: string; text: string }[] {
	const out: { field: string; top: string; text: string }[] = [];
	const add = (top: string, field: string, text: string) => out.push({ top, field, text });
	add('title', 'title', entry.title);
	add('summary', 'summary', entry.summary);
	for (const key of ['causes', 'prevention', 'checks', 'usageNotes'] as const)
		entry[key].forEach((t, i) => add(key, `${key}[${i}]`, t));
	add('resolution', 'resolution.why', entry.resolution.why);
	entry.related.forEach((r, i) => r.note && add('related', `related[${i}].note`, r.note));
	entry.appeal?.argument.forEach((t, i) => add('appeal', `appeal.argument[${i}]`, t));
	entry.appeal?.attachments.forEach((t, i) => add('appeal', `appeal.attachments[${i}]`, t));
	return out;
}

export interface ReadinessInput {
	file: string;
	entry: CodeEntry;
	body: string;
	/** The raw frontmatter text, comments included, when read from a file. */
	frontmatter?: string | undefined;
}

export function checkPublishReadiness(items: readonly ReadinessInput[]): Problem[] {
	const problems: Problem[] = [];
	for (const { file, entry, body, frontmatter } of items) {
		if (entry.draft) continue;
		// TODOs in values are reported by the validator with their field; here the ones only the raw text shows.
		for (const { line, text } of frontmatterTodoLines(frontmatter ?? '')) {
			const comment = yamlComment(text);
			if (comment && /\bTODO\b/.test(comment))
				problems.push({
					file,
					field: `line ${line}`,
					message: `a YAML comment still says TODO (${comment}): finish the value it marks, then delete the comment`,
				});
		}
		entry.sources.forEach((source, i) => {
			if (isPlaceholderHost(source.url))
				problems.push({
					file,
					field: `sources[${i}].url`,
					message: `${source.url} is a placeholder address, not a source: cite the page the facts come from`,
				});
		});
		for (const { top, field, text } of [...proseFields(entry), { top: '(body)', field: '(body)', text: body }]) {
			const lower = text.toLowerCase();
			for (const rule of BANNED_PHRASES) {
				const fields: readonly string[] = rule.fields;
				if ((fields.includes('*') || fields.includes(top)) && lower.includes(rule.phrase)) {
					problems.push({
						file,
						field,
						message: `says "${rule.phrase}", which the style guide bans: ${rule.why} (docs/style-guide.md)`,
					});
				}
			}
		}
	}
	return problems;
}
