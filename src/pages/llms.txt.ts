/** /llms.txt: what the site is and a list of its code pages, for language-model tools. */
import type { APIRoute } from 'astro';
import { getPublishedCodes } from '../lib/catalogue/collection.ts';
import { CODE_SETS } from '../lib/catalogue/code-sets.ts';
import { codePath, displayCode } from '../lib/catalogue/codes.ts';

export const GET: APIRoute = async ({ site }) => {
	const origin = site?.href ?? 'http://localhost/';
	const entries = await getPublishedCodes();
	const sections = CODE_SETS.map((set) => {
		const lines = entries
			.filter((e) => e.data.set === set.id)
			.map(
				(e) =>
					`- [${displayCode(e.data.set, e.data.code)}: ${e.data.title}](${new URL(codePath(e.data.set, e.data.code), origin).href}): ${e.data.summary}`,
			);
		return lines.length ? `## ${set.name}\n\n${lines.join('\n')}` : '';
	}).filter(Boolean);
	const text = `# Denial Atlas

> Plain-English explanations of medical-claim denial codes (CARC, RARC and payer-specific): what each code means, why it happens, how to prevent it, and which route fixes it (appeal, corrected claim, reopening, new claim or bill the patient). Facts are checked against the official X12 lists; the wording is our own.

Machine-readable data: ${new URL('/api/codes.json', origin).href} (every code) and /api/codes/<slug>.json (one code, with its appeal letter). Each code carries its history from the official lists: start, lastModified and stop dates (YYYY-MM-DD, null where not published; a stop date is read as the first day the code is no longer valid), successors (the codes the official notes name as its replacements) and replaces (the deactivated codes it replaced), as set:code refs.

Code list changes by date: ${new URL('/changes/', origin).href} (one page per date on which the official lists say codes were added, changed or deactivated; a date is a code's start, last-modified or stop date, not necessarily a publication day) and the feed ${new URL('/changes/feed.xml', origin).href}.

${sections.join('\n\n')}
`;
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
