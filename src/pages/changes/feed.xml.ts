/** /changes/feed.xml: one RSS item per date on which the official lists say codes started, changed or stopped. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { releases, releasePath } from '../../lib/facts/history.ts';
import { CODE_LISTS } from '../../lib/facts/facts.ts';
import { CODE_SETS } from '../../lib/catalogue/code-sets.ts';
import { displayCode } from '../../lib/catalogue/codes.ts';
import { RELEASE_DATE_MEANING, releaseSummary } from '../../lib/facts/changes-text.ts';
import { formatDateLong } from '../../lib/site/dates.ts';

export function GET(context: APIContext) {
	const site = context.site?.href ?? 'http://localhost/';
	return rss({
		title: 'Denial Atlas: code list changes',
		description: `Reason codes (CARC) and remark codes (RARC) added, changed or deactivated, by date, from the official X12 lists. ${RELEASE_DATE_MEANING[0]}`,
		site,
		items: releases(CODE_LISTS).map((release) => ({
			title: `${formatDateLong(release.date)}: ${releaseSummary(release.sets)}`,
			link: releasePath(release.date),
			pubDate: new Date(`${release.date}T00:00:00Z`),
			description: CODE_SETS.filter((s) => release.sets[s.id])
				.flatMap((set) =>
					(['added', 'changed', 'deactivated'] as const)
						.filter((kind) => release.sets[set.id]![kind].length)
						.map(
							(kind) =>
								`${set.label} ${kind}: ${release.sets[set.id]![kind].map((c) => displayCode(set.id, c).replace(`${set.displayPrefix} `, '')).join(', ')}.`,
						),
				)
				.join(' '),
		})),
		customData: '<language>en-us</language>',
	});
}
