/** Fetch the build-time code map once per page (same origin, no user data in the request). */
import type { CodeMap } from '../lib/lookup/goto.ts';

let map: Promise<CodeMap> | undefined;
export function loadCodeMap(): Promise<CodeMap> {
	map ??= fetch('/api/code-map.json').then((r) => (r.ok ? (r.json() as Promise<CodeMap>) : {}));
	return map;
}
