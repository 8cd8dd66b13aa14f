/**
 * Schema pieces for what a biller does: a route choice (routes and why), the
 * overrides by payer type and by group code, and the appeal letter with its
 * named variants. Spread into the base entry fields (base.ts).
 */
import { z } from 'astro/zod';
import { ACTIVE_GROUP_CODES } from '../guidance/group-codes.ts';
import { PAYER_TYPE_IDS } from '../guidance/payer-types.ts';
import { ROUTE_IDS } from '../guidance/routes.ts';
import { LETTER_ACTIONS } from '../letter/actions.ts';
import { oneOf, prose } from './fields.ts';

const routeList = (path: string) =>
	z
		.array(z.enum(ROUTE_IDS, { error: `must be one of: ${oneOf(ROUTE_IDS)}` }))
		.min(1, { error: `${path} must list at least one route` })
		.describe('Route ids from src/lib/guidance/routes.ts, most likely first.');

/** Routes and why, for one situation. */
export const routeChoice = (path: string) =>
	z
		.object(
			{
				routes: routeList(`${path}.routes`),
				why: prose(`${path}.why`, 20, 600).describe(
					'Why these routes in this situation, written for this code: one or two sentences.',
				),
			},
			{ error: `${path} must have routes (a list) and why (a sentence)` },
		)
		.strict();

/** An object whose keys must come from a fixed list, each holding a route choice. */
const overrides = (what: string, keys: readonly string[], path: string) =>
	z
		.strictObject(Object.fromEntries(keys.map((k) => [k, routeChoice(`${path}.${k}`).optional()])), {
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `unknown ${what} ${issue.keys.map((k) => `"${k}"`).join(', ')}: use one of ${oneOf(keys)}`
					: `${path} must map ${what} to { routes, why }`,
		})
		.optional();

export const resolutionSchema = z
	.object(
		{
			routes: routeList('resolution.routes'),
			why: prose('resolution.why', 20, 600).describe('Why this route, in one or two sentences.'),
			byPayer: overrides('payer type', PAYER_TYPE_IDS, 'resolution.byPayer').describe(
				`Where the route differs for a payer type: { payerType: { routes, why } }, with payer types from src/lib/guidance/payer-types.ts (${oneOf(PAYER_TYPE_IDS)}). The why says what is different for that payer, with a source on the page for any rule it states.`,
			),
			byGroup: overrides('group code', ACTIVE_GROUP_CODES, 'resolution.byGroup').describe(
				'Reason codes only: where the route differs by group code, { CO: { routes, why } }. Required for a group that rules out one of the default routes (CO and PI rule out billing the patient).',
			),
			barsPatientBilling: z
				.literal(true, { error: 'resolution.barsPatientBilling must be true or left out' })
				.optional()
				.describe(
					'Remark codes only: true when the remark itself says the patient may not be billed for what it explains (N781: a Qualified Medicare Beneficiary; N842: the patient cannot be billed). The remittance decoder and workbench then never suggest billing the patient for an adjustment this remark comes with, whatever its group and reason code. No route of the entry may be "bill-patient".',
				),
		},
		{ error: 'resolution is required: routes (a list) and why (a sentence)' },
	)
	.strict()
	.describe(
		'What fixes it: one or more routes, most likely first, and a short why; optionally different routes by payer type or group code.',
	);

const action = z
	.enum(LETTER_ACTIONS, { error: `must be one of: ${oneOf(LETTER_ACTIONS)}` })
	.describe(
		'What the payer did that the letter answers: a denial, a reduction (paid less), a dismissal (of an earlier request) or a recoupment (took money back). The letter names it.',
	);

const argument = z
	.array(prose('appeal argument paragraph', 40, 1500))
	.min(1, { error: 'appeal.argument must have at least one paragraph' })
	.describe(
		'The argument for one situation, ending with one request sentence ("Please …"). No hedges ("if any", "if it was"): write a variant for another situation. [Placeholders] must come from the registry.',
	);

const attachments = z
	.array(prose('attachment', 5, 300))
	.default([])
	.describe('What to enclose, beyond the remittance the skeleton always lists.');

export const letterVariant = z
	.object({
		name: prose('appeal.variants name', 3, 60).describe(
			'The situation this letter argues, in a few words: "No third party involved".',
		),
		action: action.optional(),
		argument,
		attachments,
	})
	.strict();

export const appealSchema = z
	.object({
		name: prose('appeal.name', 3, 60)
			.optional()
			.describe('The situation the main letter argues, in a few words. Required when there are variants.'),
		action: action.default('denial'),
		argument,
		attachments,
		variants: z
			.array(letterVariant)
			.default([])
			.describe('Letters for other situations, each complete, named and arguing one situation.'),
	})
	.strict()
	.optional()
	.describe('The appeal letter\'s code-specific part. Required when a route is "appeal", absent otherwise.');
