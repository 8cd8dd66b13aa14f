/**
 * Hand-added aliases may not take a spelling or URL that belongs to another
 * code: its code, a derived alias (CO-17, CO17, CO 17), its page slug or one
 * of its redirect slugs. Otherwise /codes/<alias>/ and "Go to code" would
 * land on the wrong page.
 */
import { aliasKey, deriveAliases, redirectSlugs, slugFor } from '../catalogue/codes.ts';
import type { Problem } from './problem.ts';

export interface AliasOwner {
	file: string;
	set: string;
	code: string;
	groupCodes?: readonly string[] | undefined;
	aliases?: readonly string[] | undefined;
}

const urlSlug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export function checkAliasCollisions(owners: readonly AliasOwner[]): Problem[] {
	const name = (o: AliasOwner) => `${o.set}:${o.code} (${o.file})`;
	// Spellings and URL segments that belong to each code without hand-added aliases.
	const spellings = new Map<string, { owner: AliasOwner; what: string }>();
	const slugs = new Map<string, { owner: AliasOwner; what: string }>();
	for (const owner of owners) {
		const own = { ...owner, aliases: [] };
		spellings.set(aliasKey(owner.code), { owner, what: 'code' });
		for (const alias of deriveAliases(own))
			if (!spellings.has(aliasKey(alias))) spellings.set(aliasKey(alias), { owner, what: `derived alias "${alias}"` });
		slugs.set(slugFor(owner.set, owner.code), { owner, what: 'page' });
		for (const slug of redirectSlugs(own))
			if (!slugs.has(slug)) slugs.set(slug, { owner, what: `redirect /codes/${slug}/` });
	}
	const problems: Problem[] = [];
	const handAdded = new Map<string, AliasOwner>();
	for (const owner of owners) {
		(owner.aliases ?? []).forEach((alias, i) => {
			if (typeof alias !== 'string') return;
			const field = `aliases[${i}]`;
			const bySpelling = spellings.get(aliasKey(alias));
			const bySlug = slugs.get(urlSlug(alias));
			const clash =
				bySpelling && bySpelling.owner !== owner ? bySpelling : bySlug && bySlug.owner !== owner ? bySlug : undefined;
			if (clash) {
				problems.push({
					file: owner.file,
					field,
					message: `"${alias}" belongs to ${name(clash.owner)} as its ${clash.what}: readers typing it would land on the wrong page; remove the alias`,
				});
				return;
			}
			const twin = handAdded.get(urlSlug(alias)) ?? handAdded.get(aliasKey(alias));
			if (twin && twin !== owner) {
				problems.push({
					file: owner.file,
					field,
					message: `"${alias}" is also an alias of ${name(twin)}: an alias must lead to one code; remove it from one entry`,
				});
				return;
			}
			handAdded.set(urlSlug(alias), owner);
			handAdded.set(aliasKey(alias), owner);
		});
	}
	return problems;
}
