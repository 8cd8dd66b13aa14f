/**
 * Hand claim details from the remittance workbench to a code's letter, in the
 * same tab, without a network request and without leaving patient data
 * stored: the workbench writes one sessionStorage item just before it
 * navigates; the code page reads it once and deletes it at once, whether or
 * not it uses it. sessionStorage is per tab and never sent to a server; a URL
 * fragment would also stay off the server, but it is kept in the browser
 * history (and synced history), so patient details would outlive the letter.
 */
const KEY = 'denial-atlas:letter-handover';
/** A handover older than this is ignored (and still deleted). */
const MAX_AGE_MS = 60_000;

export function handOver(path: string, fields: Record<string, string>, payerType = ''): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify({ path, at: Date.now(), fields, payerType }));
	} catch {
		/* storage unavailable: the letter opens empty */
	}
}

/** A handover for this page that is not too old, or undefined; `raw` is the stored item. */
function fresh(raw: string | null, path: string): { fields?: unknown; payerType?: unknown } | undefined {
	try {
		const data = JSON.parse(raw ?? 'null') as { path?: unknown; at?: unknown; fields?: unknown; payerType?: unknown };
		return data?.path === path && typeof data.at === 'number' && Date.now() - data.at <= MAX_AGE_MS ? data : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The payer type handed to this page with the fields (the workbench's choice for the claim's payer; a payer type is
 * not patient data), or ''. It only looks: the letter filler takes the handover and deletes it. The page's payer
 * choice runs first, so the route, the deadline and the letter open for that payer type.
 */
export function handedPayerType(path: string): string {
	let payerType: unknown;
	try {
		payerType = fresh(sessionStorage.getItem(KEY), path)?.payerType;
	} catch {
		/* storage unavailable */
	}
	return typeof payerType === 'string' ? payerType : '';
}

/** The fields handed to this page, read once and deleted; only string values for the given keys are kept. */
export function takeHandover(path: string, keys: readonly string[]): Record<string, string> {
	let raw: string | null;
	try {
		raw = sessionStorage.getItem(KEY);
		sessionStorage.removeItem(KEY);
	} catch {
		return {};
	}
	const fields = fresh(raw, path)?.fields;
	if (!fields || typeof fields !== 'object') return {};
	const out: Record<string, string> = {};
	for (const key of keys) {
		const value = (fields as Record<string, unknown>)[key];
		if (typeof value === 'string' && value.length <= 200) out[key] = value;
	}
	return out;
}
