import { describe, expect, it } from 'vitest';
import { ACTIVE_GROUP_CODES, getGroupCode, groupAllows } from '../../src/lib/guidance/group-codes.ts';
import { PAYER_TYPE_IDS, PAYER_TYPES, payerTypeSources } from '../../src/lib/guidance/payer-types.ts';
import { allRoutes, routesFor, type Resolution } from '../../src/lib/guidance/route-choice.ts';
import { getPlaceholderByKey } from '../../src/lib/letter/placeholders.ts';
import { findHedges, requestSentences } from '../../src/lib/letter/letter-rules.ts';

describe('the payer-type registry', () => {
	it('holds every payer type the issue names, once, in the id list order', () => {
		expect(PAYER_TYPES.map((p) => p.id)).toEqual([...PAYER_TYPE_IDS]);
		expect(PAYER_TYPE_IDS).toEqual(
			expect.arrayContaining([
				'medicare-ab',
				'medicare-advantage',
				'medicaid',
				'erisa',
				'commercial',
				'workers-comp',
				'auto-liability',
			]),
		);
	});

	it.each(PAYER_TYPES.map((p) => [p.id, p] as const))('%s: every rule is sourced, or says where to check', (_, p) => {
		for (const rule of [p.whoMayAppeal, p.corrections, p.patientBilling, p.filingLimit, p.whereToCheck]) {
			if (!rule) continue;
			if (rule.sources.length === 0) expect(rule.text).toMatch(/\bcheck\b/i);
			for (const s of rule.sources) expect(s.url).toMatch(/^https:\/\//);
		}
		for (const level of p.levels) expect(level.citation.url).toMatch(/^https:\/\/www\.ecfr\.gov\//);
		// No single rule: the registry must say where to look instead of leaving the reader with nothing.
		if (p.levels.length === 0) expect(p.whereToCheck?.text).toMatch(/\bcheck\b/i);
		expect(payerTypeSources(p).length).toBe(new Set(payerTypeSources(p).map((s) => s.url + s.title)).size);
	});

	it.each(PAYER_TYPES.map((p) => [p.id, p] as const))(
		'%s: the letter fields are placeholders in the registry',
		(_, p) => {
			for (const key of p.letter.headerFields) expect(getPlaceholderByKey(key), key).toBeDefined();
			expect(findHedges(p.letter.authority ?? '')).toEqual([]);
			expect(requestSentences([p.letter.authority ?? ''])).toEqual([]);
		},
	);

	it('Medicare letters carry what a redetermination request must contain (42 CFR 405.944(b))', () => {
		const medicare = PAYER_TYPES.find((p) => p.id === 'medicare-ab')!;
		expect(medicare.letter.memberIdLabel).toMatch(/Medicare number/);
		expect(medicare.letter.headerFields).toContain('procedureCode');
	});

	it('workers’ compensation letters carry the injury, the employer, the carrier claim number and the state', () => {
		expect(PAYER_TYPES.find((p) => p.id === 'workers-comp')!.letter.headerFields).toEqual([
			'dateOfInjury',
			'employerName',
			'carrierClaimNumber',
			'state',
		]);
	});
});

describe('group codes', () => {
	it('CO and PI rule out billing the patient; PR and OA rule out nothing', () => {
		expect(ACTIVE_GROUP_CODES.filter((g) => !groupAllows(g, 'bill-patient'))).toEqual(['CO', 'PI']);
		expect(groupAllows('pr', 'bill-patient')).toBe(true);
		expect(groupAllows(undefined, 'bill-patient')).toBe(true);
	});

	it('the who-pays text never tells the reader to do something a route could contradict', () => {
		for (const g of ACTIVE_GROUP_CODES)
			expect(getGroupCode(g)!.whoPays).not.toMatch(/write it off|dispute it|you may bill/i);
	});
});

describe('routesFor', () => {
	const resolution: Resolution = {
		routes: ['bill-patient', 'appeal'],
		why: 'Under PR the patient owes the amount.',
		byGroup: { CO: { routes: ['write-off', 'appeal'], why: 'Under CO the contract makes it a write-off.' } },
		byPayer: {
			medicaid: { routes: ['write-off'], why: 'Medicaid payment is payment in full (42 CFR 447.15).' },
			'medicare-ab': { routes: ['bill-patient'], why: 'With a valid ABN the patient may be billed.' },
		},
	};

	it('uses the default with no situation, and lists every route used anywhere', () => {
		expect(routesFor(resolution)).toMatchObject({ routes: ['bill-patient', 'appeal'], basis: 'default' });
		expect(allRoutes(resolution)).toEqual(['bill-patient', 'appeal', 'write-off']);
	});

	it('a group override applies to its group', () => {
		expect(routesFor(resolution, { group: 'co' })).toMatchObject({ routes: ['write-off', 'appeal'], basis: 'group' });
	});

	it('a payer override applies when the group allows it, and gives way to the group override when not', () => {
		expect(routesFor(resolution, { payerType: 'medicaid', group: 'CO' })).toMatchObject({ basis: 'payer' });
		expect(routesFor(resolution, { payerType: 'medicare-ab', group: 'PR' })).toMatchObject({
			routes: ['bill-patient'],
			basis: 'payer',
		});
		expect(routesFor(resolution, { payerType: 'medicare-ab', group: 'CO' })).toMatchObject({
			routes: ['write-off', 'appeal'],
			basis: 'group',
		});
	});

	it('never returns a route the group rules out', () => {
		const plain: Resolution = { routes: ['bill-patient', 'appeal'], why: 'Bill the patient, or appeal.' };
		expect(routesFor(plain, { group: 'PI' }).routes).toEqual(['appeal']);
	});
});

describe('letter rules', () => {
	it.each([
		['Send the payer’s letter, if any.', '"if any"'],
		['If the payer lost it, say so.', 'a paragraph that starts with "If"'],
		['Enclose the report, if it was sent.', '"if it was"'],
		['Attach notes and/or logs.', '"and/or"'],
		// Found by the second reader of the review wave: attachments the letter was not sure it had.
		['An accident report, if one exists.', '"if one exists"'],
		['The plan provision, if you have it.', '"if you have it"'],
		['The request letter, if the payer sent one.', '"if the payer sent one"'],
		['The acknowledgement, if one came back.', '"if one came back"'],
		['Any fee schedule that should have priced it, if one applies.', '"if one applies"'],
		['Proof of delivery, where one was sent.', '"where one was sent"'],
	])('finds the hedge in %j', (text, found) => {
		expect(findHedges(text)).toContain(found);
	});

	it('does not flag plain conditions that are part of the argument', () => {
		expect(findHedges('The plan covers the service even if the patient is out of state.')).toEqual([]);
	});

	it('counts request sentences across paragraphs', () => {
		expect(requestSentences(['We sent it. Please pay.', 'We ask you to reprocess it.'])).toHaveLength(2);
	});
});
