/**
 * `npm run dev` on a small copy of the project (src/ with five real entries
 * plus broken ones): it starts although entries are broken, reports them in
 * the terminal and on their pages (status 500, the validator's problems),
 * marks drafts, and shows a frontmatter edit on the first save even while
 * requests are in flight (the race that used to keep the old title).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldEntry } from '../../scripts/lib/scaffold.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the project, so node_modules resolve from the parent as they do for the real site.
const site = join(root, `devtest-tmp-${process.pid}`);
const ENTRIES = ['carc-16.mdx', 'carc-29.mdx', 'rarc-ma130.mdx', 'rarc-n290.mdx', 'payer-ccm31.mdx'];
const BROKEN_YAML =
	'---\ndraft: true\ncode: "ZZYAML"\nset: payer\ntitle: a title: with a colon\n  indented: wrongly\n---\n\nBody.\n';
const BROKEN_SCHEMA = (summary: string) =>
	readFileSync(join(root, 'src/content/codes/carc-29.mdx'), 'utf8')
		.replace(/^code: .*$/m, 'code: "197"')
		.replace(/^summary: .*$/m, summary);

let server: ChildProcess;
let log = '';
let base = '';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

async function get(path: string): Promise<{ status: number; html: string }> {
	try {
		const response = await fetch(`${base}${path}`);
		return { status: response.status, html: await response.text() };
	} catch {
		return { status: 0, html: '' };
	}
}

/** Poll until `ok` holds; no fixed sleeps, a generous limit for a loaded 2-core machine. */
async function until<T>(
	what: string,
	probe: () => Promise<T>,
	ok: (value: T) => boolean,
	limitMs = 150_000,
): Promise<T> {
	const end = Date.now() + limitMs;
	let last: T = await probe();
	while (!ok(last)) {
		if (Date.now() > end) {
			const messages = log.split('\n').filter((l) => !/\[(200|500|404)\] \//.test(l));
			throw new Error(
				`timed out waiting for ${what}; dev server log without request lines:\n${messages.slice(-60).join('\n')}`,
			);
		}
		await new Promise((r) => setTimeout(r, 250));
		last = await probe();
	}
	return last;
}

/** The environment without what vitest adds (NODE_ENV=test, BASE_URL, MODE, …), which would change how Astro serves. */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env))
		if (/^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(key)) delete env[key];
	return env;
}

/**
 * Save a file the way editors do: write a temporary file and rename it over the old one, so the watcher never reads a
 * half-written file (writing in place fires a change for the truncated, empty file first).
 */
function save(path: string, text: string) {
	writeFileSync(`${path}.tmp`, text);
	renameSync(`${path}.tmp`, path);
}

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

beforeAll(async () => {
	rmSync(site, { recursive: true, force: true });
	mkdirSync(site);
	for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(site, name));
	cpSync(join(root, 'src'), join(site, 'src'), {
		recursive: true,
		filter: (from) => !from.includes('/src/content/codes/'),
	});
	mkdirSync(join(site, 'src/content/codes'), { recursive: true });
	for (const name of ENTRIES) cpSync(join(root, 'src/content/codes', name), join(site, 'src/content/codes', name));
	writeFileSync(join(site, 'src/content/codes/payer-zzyaml.mdx'), BROKEN_YAML);
	writeFileSync(join(site, 'src/content/codes/carc-197.mdx'), BROKEN_SCHEMA('summary: Too short.'));
	writeFileSync(join(site, 'src/content/codes/carc-22.mdx'), scaffoldEntry('carc', '22', { today: '2026-11-28' }).text);
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	server = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: site,
			detached: true,
			env: {
				...cleanEnv(),
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_DISABLE_UPDATE_CHECK: 'true',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
		},
	);
	server.stdout!.on('data', (d) => (log += String(d)));
	server.stderr!.on('data', (d) => (log += String(d)));
	server.on('exit', (code) => (log += `\n[dev server exited with ${code}]\n`));
}, 60_000);

afterAll(() => {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
	}
	rmSync(site, { recursive: true, force: true });
});

describe('npm run dev with broken entries present', () => {
	it('starts and serves a valid entry', async () => {
		const page = await until(
			'the dev server to serve /codes/carc-16/',
			() => get('/codes/carc-16/'),
			(p) => p.status === 200,
		);
		expect(titleOf(page.html)).toContain('CARC 16');
		expect(server.exitCode).toBeNull();
	}, 240_000);

	it('reports each broken entry in the terminal, naming the file and the field', () => {
		expect(log).toContain('src/content/codes/payer-zzyaml.mdx');
		expect(log).toMatch(/carc-197\.mdx: summary: summary must be at least 40 characters/);
	});

	it('serves a broken entry as an error page listing its problems, never as if it were fine', async () => {
		const schema = await get('/codes/carc-197/');
		expect(schema.status).toBe(500);
		expect(schema.html).toContain('This entry is invalid');
		expect(schema.html).toContain('summary: summary must be at least 40 characters');
		const yaml = await get('/codes/payer-zzyaml/');
		expect(yaml.status).toBe(500);
		expect(yaml.html).toMatch(/not valid YAML at line 5, column 15/);
	}, 120_000);

	it('marks a draft as a draft', async () => {
		const draft = await get('/codes/carc-22/');
		expect(draft.status).toBe(200);
		expect(draft.html).toContain('data-dev-draft');
		const published = await get('/codes/carc-16/');
		expect(published.html).not.toContain('data-dev-draft');
	}, 120_000);

	it('shows a frontmatter edit on the first save, with requests in flight', async () => {
		const file = join(site, 'src/content/codes/carc-16.mdx');
		save(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Claim lacks information first edit marker'));
		// Keep requesting while the content layer reloads, as a browser reloading on save does.
		const page = await until(
			'the edited title',
			() => get('/codes/carc-16/'),
			(p) => titleOf(p.html).includes('first edit marker'),
			90_000,
		);
		expect(page.status).toBe(200);
	}, 120_000);

	it('shows a fixed entry as a normal page once saved', async () => {
		save(
			join(site, 'src/content/codes/carc-197.mdx'),
			BROKEN_SCHEMA('summary: A fixed summary that is long enough to pass the schema check, saying what to do next.'),
		);
		const page = await until(
			'the fixed entry',
			() => get('/codes/carc-197/'),
			(p) => p.status === 200,
			90_000,
		);
		expect(page.html).not.toContain('This entry is invalid');
	}, 120_000);
});
