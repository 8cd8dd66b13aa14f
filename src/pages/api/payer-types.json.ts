/** /api/payer-types.json: the payer-type registry (appeal levels, rules with sources, letter fields), as code pages use it. */
import type { APIRoute } from 'astro';
import { PAYER_TYPES } from '../../lib/guidance/payer-types.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify({ count: PAYER_TYPES.length, payerTypes: PAYER_TYPES }, null, 1), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
