/** The decoder's facts as /api/decoder.json serves them, built from the real entry files and code lists. */
import { CODE_LISTS } from '../../src/lib/facts/facts.ts';
import { decoderPages, type PageSource } from '../../src/lib/lookup/decoder-data.ts';
import type { WorkbenchFacts } from '../../src/lib/lookup/workbench.ts';
import { readEntryFiles } from '../../src/lib/validation/content-files.ts';

let cached: WorkbenchFacts | undefined;

export function decoderFacts(): WorkbenchFacts {
	if (cached) return cached;
	const entries = readEntryFiles(process.cwd())
		.map((e) => e.data as (PageSource & { draft?: boolean }) | undefined)
		.filter((d): d is PageSource & { draft?: boolean } => Boolean(d && !d.draft && d.resolution));
	cached = {
		carc: CODE_LISTS.carc!.codes,
		rarc: CODE_LISTS.rarc!.codes,
		pages: decoderPages(entries, CODE_LISTS.carc!.codes),
	};
	return cached;
}
