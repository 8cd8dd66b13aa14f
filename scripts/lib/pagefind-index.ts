/**
 * Read the search index Pagefind wrote into dist/pagefind/ (tooling only): which index chunks exist,
 * which ones a word is fetched from, and each page's fragment (the text Pagefind indexed for it).
 * Pagefind's files are gzip, then a "pagefind_dcd" signature, then CBOR (metadata, index chunks) or
 * JSON (fragments). Used by tests/build/search-index.test.ts to keep the first query's cost down.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

function unpack(file: string): Buffer {
	const body = gunzipSync(readFileSync(file));
	if (body.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
		throw new Error(`${file}: not a Pagefind file (no ${SIGNATURE} signature after gunzip)`);
	return body.subarray(SIGNATURE.length);
}

/** A minimal CBOR reader: the types Pagefind's metadata uses (integers, strings, arrays, maps). */
function readCbor(buf: Buffer, file: string): unknown {
	let p = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		if (info === 24) return buf[p++]!;
		if (info === 25) return ((p += 2), buf.readUInt16BE(p - 2));
		if (info === 26) return ((p += 4), buf.readUInt32BE(p - 4));
		if (info === 27) return ((p += 8), Number(buf.readBigUInt64BE(p - 8)));
		throw new Error(`${file}: unsupported CBOR length ${info} at byte ${p}`);
	};
	const item = (): unknown => {
		const head = buf[p++]!;
		const major = head >> 5;
		const info = head & 31;
		if (major === 4 && info === 31) {
			const out: unknown[] = [];
			while (buf[p] !== 0xff) out.push(item());
			p++;
			return out;
		}
		const n = length(info);
		switch (major) {
			case 0:
				return n;
			case 1:
				return -1 - n;
			case 2:
				return ((p += n), buf.subarray(p - n, p));
			case 3:
				return ((p += n), buf.subarray(p - n, p).toString('utf8'));
			case 4:
				return Array.from({ length: n }, item);
			case 5:
				return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
			default:
				throw new Error(`${file}: unsupported CBOR major type ${major} at byte ${p - 1}`);
		}
	};
	return item();
}

export interface IndexChunk {
	/** First and last word of the chunk, as Pagefind's metadata gives them. */
	from: string;
	to: string;
	hash: string;
	/** Size of the file on disk, already gzip (what the server sends). */
	bytes: number;
}

export interface PagefindIndex {
	pages: number;
	metaBytes: number;
	chunks: IndexChunk[];
}

/** The English index of a built site: page count, metadata size and every index chunk. */
export function readIndex(dist: string): PagefindIndex {
	const dir = join(dist, 'pagefind');
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string; page_count: number }>;
	};
	const language = entry.languages.en;
	if (!language) throw new Error(`${dir}/pagefind-entry.json: no English index`);
	const metaFile = join(dir, `pagefind.${language.hash}.pf_meta`);
	const meta = readCbor(unpack(metaFile), metaFile);
	const rows = Array.isArray(meta) ? meta[2] : undefined;
	if (!Array.isArray(rows)) throw new Error(`${metaFile}: no index chunk list where Pagefind 1.x keeps it`);
	return {
		pages: language.page_count,
		metaBytes: statSync(metaFile).size,
		chunks: (rows as [string, string, string][]).map(([from, to, hash]) => ({
			from,
			to,
			hash,
			bytes: statSync(join(dir, 'index', `${hash}.pf_index`)).size,
		})),
	};
}

/** The chunks Pagefind fetches for one indexed word (its strict rule: the chunks whose range holds the word). */
export function chunksFor(index: PagefindIndex, word: string): IndexChunk[] {
	return index.chunks.filter((c) => word >= c.from && word <= c.to);
}

export interface Fragment {
	url: string;
	content: string;
	word_count: number;
	meta: Record<string, string>;
	/** Size of the file on disk, already gzip. */
	bytes: number;
}

/** Every page's fragment, by URL. */
export function readFragments(dist: string): Map<string, Fragment> {
	const dir = join(dist, 'pagefind', 'fragment');
	const out = new Map<string, Fragment>();
	for (const name of readdirSync(dir)) {
		const file = join(dir, name);
		const fragment = JSON.parse(unpack(file).toString('utf8')) as Omit<Fragment, 'bytes'>;
		out.set(fragment.url, { ...fragment, bytes: statSync(file).size });
	}
	return out;
}
