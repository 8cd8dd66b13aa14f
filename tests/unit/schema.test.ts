import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/validation/problem.ts';
import { validateEntries } from '../../src/lib/validation/validate.ts';
import { parseEntryFile } from '../../src/lib/validation/content-files.ts';
import { FACTS, minimalEntry, payerEntry, remarkEntry, source } from '../fixtures/entries.ts';

type Entry = Record<string, unknown>;
const validate = (...entries: ReturnType<typeof source>[]) => validateEntries(entries, { lists: FACTS });
const withOverride = (override: (e: Entry) => void): Entry => {
	const entry = minimalEntry();
	override(entry);
	return entry;
};

describe('a minimal valid entry', () => {
	it('passes, and fills defaults', () => {
		const { problems, entries } = validate(source(minimalEntry()));
		expect(problems).toEqual([]);
		expect(entries[0]!.entry).toMatchObject({ aliases: [], usageNotes: [], remarkCodeRequired: false, draft: false });
	});

	it('fills in what the code list holds: the remark-code requirement and the official list as first source', () => {
		const { problems, entries } = validate(
			source(
				withOverride(
					(e) => ((e.code = '16'), (e.sources = [{ title: 'A CMS manual', url: 'https://www.cms.gov/manual' }])),
				),
				'src/content/codes/carc-16.mdx',
			),
		);
		expect(problems.filter((p) => p.field !== 'causes' && p.field !== '')).toEqual([]);
		expect(entries[0]!.entry.remarkCodeRequired).toBe(true);
		expect(entries[0]!.entry.sources.map((s) => s.url)).toEqual([
			'https://x12.org/codes/claim-adjustment-reason-codes',
			'https://www.cms.gov/manual',
		]);
	});

	it('accepts a date that YAML turned into a Date object', () => {
		const { problems, entries } = validate(
			source(withOverride((e) => (e.lastReviewed = new Date('2026-11-28T00:00:00Z')))),
		);
		expect(problems).toEqual([]);
		expect(entries[0]!.entry.lastReviewed).toBe('2026-11-28');
	});

	it('accepts an informational Alert remark code with no causes, prevention or letter', () => {
		const alert = {
			code: 'N1',
			set: 'rarc',
			status: 'current',
			title: 'You may appeal this decision',
			summary:
				'An informational remark telling you the decision can be appealed; no change to the claim is needed unless you disagree.',
			category: 'informational',
			resolution: {
				routes: ['informational'],
				why: 'The alert passes on appeal rights; act only if you disagree with the decision.',
			},
			related: [{ ref: 'carc:29', note: 'a reason code it may accompany' }],
			sources: [{ title: 'X12 RARC list', url: 'https://x12.org/codes/remittance-advice-remark-codes' }],
			lastReviewed: '2026-11-28',
		};
		expect(validate(source(alert)).problems).toEqual([]);
		const notAlert = { ...alert, code: 'N130' };
		expect(validate(source(notAlert)).problems.map((p) => p.field)).toEqual(
			expect.arrayContaining(['checks', 'reasonCodes']),
		);
	});

	it('accepts a remark code with checks, reason codes and claim fields instead of causes and prevention', () => {
		const { problems, entries } = validate(source(remarkEntry(), 'src/content/codes/rarc-ma130.mdx'));
		expect(problems).toEqual([]);
		expect(entries[0]!.entry).toMatchObject({
			causes: [],
			prevention: [],
			reasonCodes: [{ code: '16', note: 'the reason code it explains' }],
			claimFields: ['rendering-npi'],
		});
	});

	it('accepts a payer-specific entry with no appeal and no group codes', () => {
		expect(validate(source(payerEntry())).problems).toEqual([]);
	});
});

interface BadCase {
	name: string;
	entries: () => ReturnType<typeof source>[];
	file?: string;
	field: string;
	message: RegExp;
}

const remark = (change: (e: Record<string, unknown>) => void, file = 'src/content/codes/rarc-ma130.mdx') => {
	const entry = remarkEntry();
	change(entry);
	return source(entry, file);
};

const BAD: BadCase[] = [
	{
		name: 'missing causes',
		entries: () => [source(withOverride((e) => delete e.causes))],
		field: 'causes',
		message: /causes must list at least one cause/,
	},
	{
		name: 'causes that are not a list',
		entries: () => [source(withOverride((e) => (e.causes = 'the claim was late')))],
		field: 'causes',
		message: /causes must be a list/,
	},
	{
		name: 'empty causes',
		entries: () => [source(withOverride((e) => (e.causes = [])))],
		field: 'causes',
		message: /at least one cause/,
	},
	{
		name: 'an unknown placeholder, with a suggestion',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.appeal as { argument: string[] }).argument = [
							'We sent claim [Claim Numbr] on [Original Submission Date], well inside the limit.',
						]),
				),
			),
		],
		field: 'appeal.argument[0]',
		message: /unknown placeholder \[Claim Numbr\].*Did you mean \[Claim Number\]\?/,
	},
	{
		name: 'an unknown placeholder in an attachment',
		entries: () => [
			source(withOverride((e) => ((e.appeal as { attachments: string[] }).attachments = ['The [Fax Cover] sheet']))),
		],
		field: 'appeal.attachments[0]',
		message: /unknown placeholder \[Fax Cover\]/,
	},
	{
		name: 'a duplicate code',
		entries: () => [source(minimalEntry()), source(minimalEntry(), 'src/content/codes/carc-29.mdx')],
		field: 'code',
		message: /duplicate code: carc:29 is already defined in src\/content\/codes\/carc-29\.mdx/,
	},
	{
		name: 'an unknown related code',
		entries: () => [source(withOverride((e) => (e.related = [{ ref: 'rarc:N99999' }])))],
		field: 'related[0].ref',
		message: /RARC N99999 does not exist/,
	},
	{
		name: 'a related code with an unknown set',
		entries: () => [source(withOverride((e) => (e.related = [{ ref: 'hipaa:16' }])))],
		field: 'related[0].ref',
		message: /unknown code set "hipaa"/,
	},
	{
		name: 'a related payer code with no entry',
		entries: () => [source(withOverride((e) => (e.related = [{ ref: 'payer:XYZ1' }])))],
		field: 'related[0].ref',
		message: /XYZ1 has no entry/,
	},
	{
		name: 'a CARC that is not in the code list',
		entries: () => [source(withOverride((e) => (e.code = '999')))],
		field: 'code',
		message: /CARC 999 is not in the official code list/,
	},
	{
		name: 'a malformed code',
		entries: () => [source(withOverride((e) => (e.code = 'CO-29')))],
		field: 'code',
		message: /not a valid CARC code.*write "16", not "CO-16"/,
	},
	{
		name: 'a wrong status',
		entries: () => [source(withOverride((e) => (e.status = 'deactivated')))],
		field: 'status',
		message: /must be "current": the official list of 2026-08-17 marks CARC 29 as current/,
	},
	{
		name: 'a status that is not allowed',
		entries: () => [source(withOverride((e) => (e.status = 'retired')))],
		field: 'status',
		message: /must be "current" or "deactivated"/,
	},
	{
		name: 'a bad group code',
		entries: () => [source(withOverride((e) => (e.groupCodes = ['XX'])))],
		field: 'groupCodes[0]',
		message: /must be one of: "CO", "PR", "OA", "PI"/,
	},
	{
		name: 'the legacy CR group code',
		entries: () => [source(withOverride((e) => (e.groupCodes = ['CR'])))],
		field: 'groupCodes[0]',
		message: /must be one of/,
	},
	{
		name: 'a group code the official text rules out',
		entries: () => [source(withOverride((e) => ((e.code = '18'), (e.groupCodes = ['CO', 'OA']))))],
		file: 'src/content/codes/carc-18.mdx',
		field: 'groupCodes',
		message: /CO not allowed: the official text allows CARC 18 only with OA/,
	},
	{
		name: 'a CARC without group codes',
		entries: () => [source(withOverride((e) => delete e.groupCodes))],
		field: 'groupCodes',
		message: /is required for a CARC/,
	},
	{
		name: 'group codes on a payer code',
		entries: () => [source({ ...payerEntry(), groupCodes: ['CO'] })],
		field: 'groupCodes',
		message: /only reason codes \(CARC\) have group codes/,
	},
	{
		name: 'a remark-code requirement written in the entry (the code list holds it)',
		entries: () => [source(withOverride((e) => (e.remarkCodeRequired = true)))],
		field: 'remarkCodeRequired',
		message: /remove it: whether a remark code is required comes from the official code list/,
	},
	{
		name: 'a payer code with no source',
		entries: () => [source({ ...payerEntry(), sources: [] }, 'src/content/codes/payer-ccm31.mdx')],
		field: 'sources',
		message: /at least one source: the payer document/,
	},
	{
		name: 'an unknown set',
		entries: () => [source(withOverride((e) => (e.set = 'hipaa')))],
		field: 'set',
		message: /set must be one of: "carc", "rarc", "payer"/,
	},
	{
		name: 'an empty argument for an appeal route',
		entries: () => [source(withOverride((e) => ((e.appeal as { argument: string[] }).argument = [])))],
		field: 'appeal.argument',
		message: /at least one paragraph/,
	},
	{
		name: 'an appeal route with no letter',
		entries: () => [source(withOverride((e) => delete e.appeal))],
		field: 'appeal',
		message: /is required because a route in resolution is "appeal"/,
	},
	{
		name: 'a letter without an appeal route',
		entries: () => [
			source(
				withOverride(
					(e) => (e.resolution = { routes: ['write-off'], why: 'The contract sets the amount, so write it off.' }),
				),
			),
		],
		field: 'appeal',
		message: /must be left out because no route in resolution is "appeal"/,
	},
	{
		name: 'an unknown payer type in resolution.byPayer',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.resolution as Entry).byPayer = {
							tricare: { routes: ['appeal'], why: 'A made-up payer type that the registry does not hold.' },
						}),
				),
			),
		],
		field: 'resolution.byPayer',
		message: /unknown payer type "tricare": use one of "medicare-ab", "medicare-advantage", "medicaid", "erisa"/,
	},
	{
		name: 'a route the group code rules out (bill the patient under CO) without a CO override',
		entries: () => [
			source(
				withOverride(
					(e) =>
						(e.resolution = {
							routes: ['bill-patient', 'appeal'],
							why: 'The patient owes the amount, so bill the patient for it.',
						}),
				),
			),
		],
		field: 'resolution.routes',
		message: /includes "bill-patient", which group CO rules out .* add resolution.byGroup.CO/,
	},
	{
		name: 'a CO override that bills the patient',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.resolution as Entry).byGroup = {
							CO: { routes: ['bill-patient'], why: 'Bill the patient for the whole amount of the claim.' },
						}),
				),
			),
		],
		field: 'resolution.byGroup.CO.routes',
		message: /"bill-patient" is ruled out by group CO/,
	},
	{
		name: 'a group override for a group the entry does not list',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.resolution as Entry).byGroup = {
							PR: { routes: ['bill-patient'], why: 'Under PR the patient owes the amount; bill the patient.' },
						}),
				),
			),
		],
		field: 'resolution.byGroup.PR',
		message: /does not list group PR in groupCodes/,
	},
	{
		name: 'a letter that hedges between two situations',
		entries: () => [
			source(
				withOverride((e) =>
					(e.appeal as { argument: string[] }).argument.push(
						'If the payer lost the claim, the enclosed call log shows it was received. Thank you.',
					),
				),
			),
		],
		field: 'appeal.argument[1]',
		message: /hedges between situations \(a paragraph that starts with "If"\).*appeal.variants/,
	},
	{
		name: 'a hedging attachment',
		entries: () => [
			source(
				withOverride((e) => (e.appeal as { attachments: string[] }).attachments.push('The payer’s letter, if any.')),
			),
		],
		field: 'appeal.attachments[1]',
		message: /hedges \("if any"\)/,
	},
	{
		name: 'a letter that asks twice',
		entries: () => [
			source(
				withOverride((e) =>
					(e.appeal as { argument: string[] }).argument.push(
						'The enclosed report is complete. Please reprocess the claim and send a new remittance.',
					),
				),
			),
		],
		field: 'appeal.argument',
		message: /asks 2 times .* keep one request sentence/,
	},
	{
		name: 'a letter that never asks',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.appeal as { argument: string[] }).argument = [
							'We first submitted this claim on [Original Submission Date], inside the filing limit for the service.',
						]),
				),
			),
		],
		field: 'appeal.argument',
		message: /has no request/,
	},
	{
		name: 'a letter variant without a name',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.appeal as Entry).variants = [
							{ argument: ['The payer acknowledged receipt by phone on that day. Please pay the claim.'] },
						]),
				),
			),
		],
		field: 'appeal.variants[0].name',
		message: /appeal.variants name is required/,
	},
	{
		name: 'variants without a name for the main letter',
		entries: () => [
			source(
				withOverride(
					(e) =>
						((e.appeal as Entry).variants = [
							{
								name: 'Payer lost the claim',
								argument: ['The payer acknowledged receipt by phone on that day. Please pay the claim.'],
							},
						]),
				),
			),
		],
		field: 'appeal.name',
		message: /is required when there are variants/,
	},
	{
		name: 'an unknown letter action',
		entries: () => [source(withOverride((e) => ((e.appeal as Entry).action = 'rejection')))],
		field: 'appeal.action',
		message: /must be one of: "denial", "reduction", "dismissal", "recoupment"/,
	},
	{
		name: 'an unknown route',
		entries: () => [
			source(
				withOverride((e) => (e.resolution = { routes: ['escalate'], why: 'Escalate it to a manager right away.' })),
			),
		],
		field: 'resolution.routes[0]',
		message: /must be one of: "appeal"/,
	},
	{
		name: 'a slug collision',
		entries: () => [source(payerEntry('CCM-31')), source(payerEntry('CCM--31'))],
		field: 'code',
		message: /slug collision: payer:CCM--31 and payer:CCM-31 .* \/codes\/payer-ccm-31\//,
	},
	{
		name: 'a file named for another code',
		entries: () => [source(minimalEntry(), 'src/content/codes/carc-30.mdx')],
		file: 'src/content/codes/carc-30.mdx',
		field: 'code',
		message: /must be named carc-29\.mdx/,
	},
	{
		name: 'a malformed date',
		entries: () => [source(withOverride((e) => (e.lastReviewed = '28/11/2026')))],
		field: 'lastReviewed',
		message: /must be a date written YYYY-MM-DD/,
	},
	{
		name: 'an impossible date',
		entries: () => [source(withOverride((e) => (e.lastReviewed = '2026-02-30')))],
		field: 'lastReviewed',
		message: /is not a real calendar date/,
	},
	{
		name: 'a summary that repeats the title',
		entries: () => [
			source(withOverride((e) => (e.summary = 'The timely filing limit has passed; the filing limit has passed.'))),
		],
		field: 'summary',
		message: /only repeats the title/,
	},
	{
		name: 'a summary that is not a sentence',
		entries: () => [
			source(
				withOverride(
					(e) => (e.summary = 'The payer got the claim after its filing deadline so appeal with proof or write it off'),
				),
			),
		],
		field: 'summary',
		message: /ending with a full stop/,
	},
	{
		name: 'a missing category',
		entries: () => [source(withOverride((e) => delete e.category))],
		field: 'category',
		message: /category is required, one of: "patient-responsibility"/,
	},
	{
		name: 'a missing title',
		entries: () => [source(withOverride((e) => delete e.title))],
		field: 'title',
		message: /title is required/,
	},
	{
		name: 'an unknown field',
		entries: () => [source(withOverride((e) => (e.cause = ['typo'])))],
		field: '',
		message: /Unrecognized key.*"cause"/,
	},
	{
		name: 'a source that is not https',
		entries: () => [
			source(
				withOverride(
					(e) => (e.sources = [{ title: 'X12 list', url: 'http://x12.org/codes/claim-adjustment-reason-codes' }]),
				),
			),
		],
		field: 'sources[0].url',
		message: /must be an https URL/,
	},
	{
		name: 'fewer than three causes on a current code',
		entries: () => [source(withOverride((e) => (e.causes = (e.causes as string[]).slice(0, 2))))],
		field: 'causes',
		message: /has 2; a current code needs at least 3/,
	},
	{
		name: 'a remark code with no checks',
		entries: () => [remark((e) => delete e.checks)],
		field: 'checks',
		message: /at least one thing to check or fix/,
	},
	{
		name: 'a remark code with one check',
		entries: () => [remark((e) => (e.checks = (e.checks as string[]).slice(0, 1)))],
		field: 'checks',
		message: /has 1; a current remark code needs at least 2/,
	},
	{
		name: 'a remark code with no reason codes',
		entries: () => [remark((e) => (e.reasonCodes = []))],
		field: 'reasonCodes',
		message: /at least one reason code \(CARC\)/,
	},
	{
		name: 'a reason code that does not exist',
		entries: () => [remark((e) => (e.reasonCodes = ['16', '999']))],
		field: 'reasonCodes[1]',
		message: /CARC 999 is not in the official reason code list/,
	},
	{
		name: 'a reason code listed again in related',
		entries: () => [remark((e) => (e.related = [{ ref: 'carc:16', note: 'the reason code it explains' }]))],
		field: 'related[0].ref',
		message: /carc:16 is already in reasonCodes/,
	},
	{
		name: 'a reason code item with an unknown key',
		entries: () => [remark((e) => (e.reasonCodes = [{ code: '16', notes: 'typo' }]))],
		field: 'reasonCodes[0]',
		message: /Unrecognized key: "notes"; remove it or check its spelling/,
	},
	{
		name: 'a reason code item that is neither text nor code and note',
		entries: () => [remark((e) => (e.reasonCodes = [['16']]))],
		field: 'reasonCodes[0]',
		message: /must be a reason code such as "16", or code and note/,
	},
	{
		name: 'a reason code written with its group',
		entries: () => [remark((e) => (e.reasonCodes = ['CO-16']))],
		field: 'reasonCodes[0]',
		message: /without a group code/,
	},
	{
		name: 'an unknown claim field',
		entries: () => [remark((e) => (e.claimFields = ['box-24j']))],
		field: 'claimFields[0]',
		message: /claim field id from src\/lib\/catalogue\/claim-fields.ts/,
	},
	{
		name: 'checks on a reason code',
		entries: () => [
			source(withOverride((e) => (e.checks = ['Compare the date of service with the filing limit before sending.']))),
		],
		field: 'checks',
		message: /only remark codes \(RARC\) have checks/,
	},
	{
		name: 'reason codes on a reason code',
		entries: () => [source(withOverride((e) => (e.reasonCodes = ['16'])))],
		field: 'reasonCodes',
		message: /only remark codes \(RARC\) list the reason codes/,
	},
	{
		name: 'checks on an Alert remark code',
		entries: () => [
			remark(
				(e) => (
					(e.code = 'N1'),
					(e.resolution = {
						routes: ['informational'],
						why: 'The alert passes on information; nothing on the claim needs to change.',
					})
				),
				'src/content/codes/rarc-n1.mdx',
			),
		],
		field: 'checks',
		message: /must be left out: an Alert remark code only passes on information/,
	},
	{
		name: 'a remark that bars billing the patient but routes to billing the patient',
		entries: () => [
			remark((e) => {
				const r = e.resolution as Record<string, unknown>;
				r.barsPatientBilling = true;
				r.routes = ['bill-patient'];
			}),
		],
		field: 'resolution.routes',
		message: /includes "bill-patient", but resolution.barsPatientBilling says the patient may not be billed/,
	},
	{
		name: 'a payer type of a patient-barring remark that bills the patient',
		entries: () => [
			remark((e) => {
				const r = e.resolution as Record<string, unknown>;
				r.barsPatientBilling = true;
				r.byPayer = {
					medicaid: { routes: ['bill-patient'], why: 'Medicaid cost sharing the state plan allows may be billed.' },
				};
			}),
		],
		field: 'resolution.byPayer.medicaid.routes',
		message: /includes "bill-patient", but resolution.barsPatientBilling/,
	},
	{
		name: 'a reason code that says it bars billing the patient',
		entries: () => [source(withOverride((e) => ((e.resolution as Record<string, unknown>).barsPatientBilling = true)))],
		field: 'resolution.barsPatientBilling',
		message: /only remark codes \(RARC\) can bar billing the patient/,
	},
	{
		name: 'barsPatientBilling that is not true',
		entries: () => [remark((e) => ((e.resolution as Record<string, unknown>).barsPatientBilling = false))],
		field: 'resolution.barsPatientBilling',
		message: /must be true or left out/,
	},
	{
		name: 'a TODO left in a published entry',
		entries: () => [source(withOverride((e) => (e.title = 'TODO name it')))],
		field: 'title',
		message: /still says TODO/,
	},
];

describe('bad entries fail with the file, the field and what is allowed', () => {
	it.each(BAD)('$name', ({ entries, file, field, message }) => {
		const { problems } = validate(...entries());
		const expectedFile = file ?? entries().at(-1)!.file;
		const match = problems.find((p: Problem) => p.field === field && message.test(p.message));
		expect(
			match,
			`expected a problem on ${field} matching ${message}, got:\n${problems.map(formatProblem).join('\n')}`,
		).toBeDefined();
		expect(match!.file).toBe(expectedFile);
		expect(formatProblem(match!)).toContain(expectedFile);
	});
});

describe('frontmatter parsing', () => {
	it('reports invalid YAML with the file', () => {
		const parsed = parseEntryFile('src/content/codes/carc-29.mdx', '---\ncode: "29\nset: carc\n---\nBody');
		expect(parsed.yamlError).toMatch(/not valid YAML/);
		expect(parsed.file).toBe('src/content/codes/carc-29.mdx');
	});
	it('reports a file without frontmatter', () => {
		expect(parseEntryFile('x.mdx', 'Just text').yamlError).toMatch(/no frontmatter/);
	});
	it('parses frontmatter and body', () => {
		const parsed = parseEntryFile('x.mdx', '---\ncode: "29"\nlastReviewed: 2026-11-28\n---\n\nBody text');
		expect(parsed.data).toMatchObject({ code: '29' });
		expect(parsed.body.trim()).toBe('Body text');
	});
});
