/**
 * docs/fields.md, generated from the entry schema's own descriptions (zod
 * `.describe()` in src/lib/schema/*.ts) through the same JSON schema Astro
 * writes for editors (.astro/collections/codes.schema.json).
 */
import { z } from 'astro/zod';
import { CODE_SETS } from '../../src/lib/catalogue/code-sets.ts';
import { createCodeEntrySchema } from '../../src/lib/schema/code-entry.ts';

interface JsonSchema {
	type?: string;
	const?: unknown;
	enum?: unknown[];
	description?: string;
	default?: unknown;
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	pattern?: string;
	anyOf?: JsonSchema[];
}

/** The JSON schema of an entry's frontmatter, as Astro generates it: one object schema per set. */
export function entryJsonSchema(): { oneOf: JsonSchema[] } {
	return z.toJSONSchema(createCodeEntrySchema(), { io: 'input', unrepresentable: 'any' }) as { oneOf: JsonSchema[] };
}

function typeOf(s: JsonSchema): string {
	if (s.const !== undefined) return `\`${String(s.const)}\``;
	if (s.enum)
		return s.enum.length > 6 ? `one of ${s.enum.length} ids` : s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
	if (s.type === 'array')
		return `list of ${s.items ? typeOf(s.items) : 'values'}${s.minItems ? `, at least ${s.minItems}` : ''}`;
	if (s.type === 'string') {
		const range =
			s.minLength !== undefined && s.maxLength !== undefined ? `, ${s.minLength}–${s.maxLength} characters` : '';
		return `text${range}`;
	}
	if (s.type === 'object') return 'object';
	return s.type ?? 'never written (derived)';
}

interface Row {
	path: string;
	type: string;
	required: string;
	description: string;
}

function rows(schema: JsonSchema, prefix = ''): Row[] {
	const out: Row[] = [];
	for (const [key, field] of Object.entries(schema.properties ?? {})) {
		// Fields a set refuses carry no description: they are listed under the set that has them.
		if (!field.description && !field.type && !field.enum && field.const === undefined) continue;
		const path = `${prefix}${key}`;
		const required = schema.required?.includes(key)
			? 'yes'
			: field.default !== undefined
				? `no (default ${JSON.stringify(field.default)})`
				: 'no';
		out.push({ path, type: typeOf(field), required, description: (field.description ?? '').replaceAll('|', '\\|') });
		const inner = field.type === 'array' ? field.items : field;
		if (inner?.type === 'object') out.push(...rows(inner, field.type === 'array' ? `${path}[].` : `${path}.`));
	}
	return out;
}

const table = (list: Row[]) =>
	[
		'| field | type | required | what to write |',
		'| --- | --- | --- | --- |',
		...list.map((r) => `| \`${r.path}\` | ${r.type} | ${r.required} | ${r.description} |`),
	].join('\n');

export function renderFieldsDoc(): string {
	const perSet = entryJsonSchema().oneOf.map((s) => ({ set: String(s.properties?.set?.const), rows: rows(s) }));
	const key = (r: Row) => `${r.path}\u0000${r.type}\u0000${r.required}\u0000${r.description}`;
	const common = perSet[0]!.rows.filter(
		(r) => r.path !== 'set' && perSet.every((p) => p.rows.some((o) => key(o) === key(r))),
	);
	const commonKeys = new Set(common.map(key));
	const sections = perSet.map(({ set, rows: list }) => {
		const label = CODE_SETS.find((s) => s.id === set)?.name ?? set;
		return `## Only in ${label} (\`set: ${set}\`)\n\n${table(list.filter((r) => !commonKeys.has(key(r))))}`;
	});
	return `# Entry fields

<!-- Generated from the entry schema (src/lib/schema/*.ts) by \`npm run docs:fields\`. Do not edit by hand. -->

The frontmatter of a code entry (\`src/content/codes/<set>-<code>.mdx\`), field by field. Each description is the
schema's own (\`.describe()\` in \`src/lib/schema/\`), so your editor shows the same text when you hover a field (see
CONTRIBUTING.md for the editor set-up). How to *write* each field is in [style-guide.md](style-guide.md); the
letter tokens are in [placeholders.md](placeholders.md). \`npm run validate\` checks every rule, with the file, the
field and what is allowed.

## Every entry

${table(common)}

${sections.join('\n\n')}
`;
}
