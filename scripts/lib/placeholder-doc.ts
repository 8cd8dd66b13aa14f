/** The Markdown list of placeholders, generated from the registry. */
import { LETTER_SKELETON } from '../../src/lib/letter/letter.ts';
import { PLACEHOLDERS } from '../../src/lib/letter/placeholders.ts';

export function renderPlaceholderDoc(): string {
	const rows = PLACEHOLDERS.map(
		(p) =>
			`| \`[${p.token}]\` | ${p.label} | ${p.kind} | ${p.data === 'practice' ? 'practice (may be remembered on opt-in)' : 'patient/claim (never stored)'} | ${p.example.replaceAll('\n', ' / ')} |`,
	);
	return `# Placeholders

<!-- Generated from src/lib/letter/placeholders.ts by \`npm run docs:placeholders\`. Do not edit by hand. -->

Appeal letters use these tokens, and only these. Write them exactly, brackets included. An unknown or misspelled
token fails validation, with a suggestion of the nearest one. To add one, add it to \`src/lib/letter/placeholders.ts\` and
run \`npm run docs:placeholders\`.

| token | label | input | data | example (fictitious) |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

## The shared letter skeleton

Every letter uses this skeleton. \`{{code}}\` and \`{{title}}\` come from the entry; \`{{argument}}\` and
\`{{attachments}}\` are the entry's \`appeal.argument\` paragraphs and \`appeal.attachments\` list.

\`\`\`text
${LETTER_SKELETON}
\`\`\`
`;
}
