/**
 * Drives the built app over plain HTTP, as a browser without JavaScript would: a small cookie
 * jar, `Origin` on every POST, forms posted as application/x-www-form-urlencoded. Plus direct
 * access to the app's SQLite file (through the project's own data modules) to check what was
 * stored, and to make a second institution, which the UI only creates on first run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { connect, createSchema, dropSchema, type Db } from '$lib/server/db/connect';
import { TEST_POSTGRES_URL } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db/schema';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import { hashPassword } from '$lib/accounts/server/passwords';
import { startApp } from './global-setup';

export type Fields = Record<string, string | readonly string[]> | ReadonlyArray<readonly [string, string]>;

export interface Reply {
	status: number;
	headers: Headers;
	/** The `Location` of a redirect, as sent. */
	location: string | null;
	body: Buffer;
	text: string;
	/** Every Set-Cookie header line of this response. */
	setCookies: string[];
}

export interface SendOptions {
	body?: string | Uint8Array;
	contentType?: string | null;
	/** The Origin header: the app's own origin by default on POST; `null` sends none. */
	origin?: string | null;
	accept?: string;
	headers?: Record<string, string>;
	/** Send no cookies (an anonymous request from this client's point of view). */
	anonymous?: boolean;
}

/** Encodes fields as a browser encodes a form: pairs in order, repeated names allowed. */
export function encodeForm(fields: Fields): string {
	const params = new URLSearchParams();
	const pairs: ReadonlyArray<readonly [string, string]> = Array.isArray(fields)
		? (fields as ReadonlyArray<readonly [string, string]>)
		: Object.entries(fields as Record<string, string | readonly string[]>).flatMap(([name, value]) =>
				typeof value === 'string' ? [[name, value] as const] : value.map((v) => [name, v] as const)
			);
	for (const [name, value] of pairs) params.append(name, value);
	return params.toString();
}

/** One browser: its own cookies, talking to one app. */
export class Client {
	readonly cookies = new Map<string, string>();

	constructor(readonly base: string) {}

	get origin(): string {
		return new URL(this.base).origin;
	}

	cookieHeader(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	async send(method: string, path: string, options: SendOptions = {}): Promise<Reply> {
		const headers: Record<string, string> = { accept: options.accept ?? 'text/html', ...options.headers };
		if (!options.anonymous && this.cookies.size > 0) headers.cookie = this.cookieHeader();
		const origin = options.origin === undefined ? (method === 'GET' || method === 'HEAD' ? null : this.origin) : options.origin;
		if (origin !== null) headers.origin = origin;
		if (options.contentType) headers['content-type'] = options.contentType;
		const response = await fetch(new URL(path, this.base), { method, headers, body: options.body as BodyInit | undefined, redirect: 'manual' });
		const body = Buffer.from(await response.arrayBuffer());
		const setCookies = response.headers.getSetCookie();
		if (!options.anonymous) this.remember(setCookies);
		return { status: response.status, headers: response.headers, location: response.headers.get('location'), body, text: body.toString('utf8'), setCookies };
	}

	get(path: string, options: SendOptions = {}): Promise<Reply> {
		return this.send('GET', path, options);
	}

	/** A plain HTML form post (no JavaScript): the HTTP status is the action's status. */
	post(path: string, fields: Fields, options: SendOptions = {}): Promise<Reply> {
		return this.send('POST', path, { contentType: 'application/x-www-form-urlencoded', body: encodeForm(fields), ...options });
	}

	/**
	 * The request SvelteKit's `use:enhance` makes: JSON back, `{type, status, data}`. A failure
	 * comes back as HTTP 200 with `type: 'failure'`, an error with its own HTTP status.
	 */
	async action(path: string, fields: Fields, options: SendOptions = {}): Promise<ActionReply> {
		const reply = await this.post(path, fields, { accept: 'application/json', ...options, headers: { 'x-sveltekit-action': 'true', ...options.headers } });
		let json: { type?: string; status?: number; data?: string; error?: { message?: string }; location?: string } = {};
		try {
			json = JSON.parse(reply.text);
		} catch {
			// not JSON: leave `type` undefined so a test sees it
		}
		const strings: string[] = [];
		if (typeof json.data === 'string') collectStrings(JSON.parse(json.data), strings);
		if (json.error?.message) strings.push(json.error.message);
		return { ...reply, type: json.type, actionStatus: json.status ?? reply.status, strings, redirect: json.location ?? null };
	}

	private remember(setCookies: string[]): void {
		for (const line of setCookies) {
			const cookie = parseSetCookie(line);
			const expired = cookie.attributes['max-age'] === '0' || (cookie.attributes.expires !== undefined && Date.parse(cookie.attributes.expires) <= Date.now());
			if (expired || cookie.value === '') this.cookies.delete(cookie.name);
			else this.cookies.set(cookie.name, cookie.value);
		}
	}
}

export interface ActionReply extends Reply {
	type: string | undefined;
	/** The status inside the JSON answer (the action's status for a failure). */
	actionStatus: number;
	/** Every string in the action's data (devalue-serialised), e.g. the error messages. */
	strings: string[];
	redirect: string | null;
}

function collectStrings(value: unknown, into: string[]): void {
	if (typeof value === 'string') into.push(value);
	else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into);
}

export interface SetCookie {
	name: string;
	value: string;
	/** Attribute names lower-cased; flags have the value ''. */
	attributes: Record<string, string>;
}

export function parseSetCookie(line: string): SetCookie {
	const [pair = '', ...rest] = line.split(';');
	const eq = pair.indexOf('=');
	const attributes: Record<string, string> = {};
	for (const part of rest) {
		const [key = '', ...value] = part.trim().split('=');
		attributes[key.toLowerCase()] = value.join('=');
	}
	return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attributes };
}

export const SESSION_COOKIE = '__Host-bw_session';

/** The text a person sees: markup and scripts (SvelteKit's serialised data) removed, entities decoded. */
export function visibleText(html: string): string {
	return decodeEntities(
		html
			.replace(/<script[\s\S]*?<\/script>/gi, ' ')
			.replace(/<style[\s\S]*?<\/style>/gi, ' ')
			.replace(/<[^>]*>/g, ' ')
	)
		.replace(/\s+/g, ' ')
		.trim();
}

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
		const lower = e.toLowerCase();
		if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
		if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
		return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[lower] ?? '';
	});
}

// ---------------------------------------------------------------------------------------------
// The app, with a data folder we know, and its database

export interface App {
	url: string;
	dataDir: string;
	/** The app's own database: its SQLite file opened a second time (WAL: readers and the app do not block each other), or its PostgreSQL schema. */
	db: Kysely<Database>;
	/** What the app has printed so far: its log, at the LOG_LEVEL the test gave (warn unless told). */
	output(): string;
	stop(): Promise<void>;
}

/**
 * The built app with a handle on its database, so a test can check what was (not) stored: on
 * SQLite (the embedded default) or on PostgreSQL in a schema of its own, dropped again at stop.
 */
export async function startAppWithDb(env: Record<string, string> = {}, database: 'sqlite' | 'postgres' = 'sqlite'): Promise<App> {
	const dataDir = mkdtempSync(join(tmpdir(), 'bw-e2e-http-'));
	const schema = database === 'postgres' ? `e2e_${randomBytes(6).toString('hex')}` : undefined;
	if (schema) await createSchema(TEST_POSTGRES_URL, schema);
	const app = await startApp({ DATA_DIR: dataDir, ...(schema ? { DATABASE_URL: TEST_POSTGRES_URL, DATABASE_SCHEMA: schema } : {}), ...env });
	// The app migrates the database before it listens, so it is complete here.
	const handle: Db = schema ? connect({ url: TEST_POSTGRES_URL, schema }) : connect({ url: join(dataDir, 'blendwijzer.db') });
	return {
		url: app.url,
		dataDir,
		db: handle.db,
		output: app.output,
		async stop() {
			await handle.close();
			await app.stop();
			if (schema) await dropSchema(TEST_POSTGRES_URL, schema);
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

const TABLES = [
	'institution',
	'unit',
	'app_user',
	'session',
	'invite',
	'scan',
	'scan_answer',
	'action_plan',
	'plan_priority',
	'action_point',
	'action_point_factor',
	'app_setting',
	'instrument_version',
	'instrument_draft',
	'content_override',
	'product_attachment',
	'object_editor',
	'catalogue_keeper'
] as const satisfies ReadonlyArray<keyof Database>;

/** Every row of every table, in a stable order: two equal dumps mean nothing was stored. */
export async function dumpDb(db: Kysely<Database>, except: ReadonlyArray<(typeof TABLES)[number]> = []): Promise<string> {
	const out: Record<string, unknown[]> = {};
	for (const table of TABLES) {
		if (except.includes(table)) continue;
		const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
		out[table] = rows.rows.map((r) => JSON.stringify(r)).sort();
	}
	return JSON.stringify(out, null, 1);
}

/** A second (third, …) institution with one user, written straight into the database. */
export async function createInstitutionDirect(
	db: Kysely<Database>,
	input: { institution: string; name: string; email: string; password: string; role?: users.Role }
): Promise<{ institutionId: string; userId: string }> {
	const institution = await institutions.create(db, input.institution);
	const user = await users.create(db, {
		institutionId: institution.id,
		email: input.email,
		name: input.name,
		passwordHash: await hashPassword(input.password),
		role: input.role ?? 'facilitator'
	});
	return { institutionId: institution.id, userId: user.id };
}

export async function readScanAnswersCount(db: Kysely<Database>, scanId: string): Promise<number> {
	const row = await db.selectFrom('scan_answer').select((eb) => eb.fn.countAll().as('n')).where('scan_id', '=', scanId).executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function readActionPoints(db: Kysely<Database>, scanId: string) {
	return db
		.selectFrom('action_point')
		.innerJoin('scan', 'scan.action_plan_id', 'action_point.action_plan_id')
		.select(['action_point.id', 'action_point.text', 'action_point.owner', 'action_point.category_key', 'action_point.status', 'action_point.due_date'])
		.where('scan.id', '=', scanId)
		.orderBy('action_point.position')
		.execute();
}

// ---------------------------------------------------------------------------------------------
// What a person does in the app, step by step

export interface Account {
	name: string;
	email: string;
	password: string;
}

function expectStatus(reply: Reply, expected: number, what: string): void {
	if (reply.status !== expected) throw new Error(`${what}: expected HTTP ${expected}, got ${reply.status}: ${visibleText(reply.text).slice(0, 300)}`);
}

/** POST /setup on a fresh app: the first institution and its administrator, signed in. */
export async function setupFirstAdmin(url: string, account: Account & { institution: string }): Promise<Client> {
	const client = new Client(url);
	const reply = await client.post('/setup', { ...account, passwordRepeat: account.password });
	expectStatus(reply, 303, 'setup');
	if (reply.location !== '/admin') throw new Error(`setup went to ${reply.location}`);
	return client;
}

export async function signIn(url: string, email: string, password: string, client = new Client(url)): Promise<Client> {
	const reply = await client.post('/login', { email, password });
	expectStatus(reply, 303, `sign-in of ${email}`);
	return client;
}

/** Adds a unit on the admin page and returns its id (read from the new-scan page's choices). */
export async function createUnit(admin: Client, name: string, kind: 'sector' | 'programme'): Promise<string> {
	expectStatus(await admin.post('/admin?/addUnit', { name, kind }), 200, 'add unit');
	const page = await admin.get('/scans/new');
	for (const match of page.text.matchAll(/<option value="([0-9a-f-]{36})"[^>]*>([^<]*)<\/option>/g)) {
		if (decodeEntities(match[2]!).startsWith(`${name} (`)) return match[1]!;
	}
	throw new Error(`unit ${name} not listed`);
}

/** The address in a page's link to pass on (the read-only field of CopyLink.svelte with this test id), or undefined. */
export function linkField(html: string, testid: string): string | undefined {
	const field = html.match(new RegExp(`<input[^>]*data-testid="${testid}"[^>]*>`))?.[0];
	const value = field?.match(/\svalue="([^"]*)"/)?.[1];
	return value === undefined ? undefined : decodeEntities(value);
}

/** Creates a one-time invitation link on the admin page, as the admin sees it once. */
export async function createInvite(admin: Client, role: 'admin' | 'facilitator' = 'facilitator', label = ''): Promise<string> {
	const reply = await admin.post('/admin?/invite', { role, label });
	expectStatus(reply, 200, 'invite');
	const link = linkField(reply.text, 'invite-link');
	if (!link) throw new Error('no invitation link on the page');
	return link;
}

export async function acceptInvite(link: string, account: Account): Promise<{ client: Client; reply: Reply }> {
	const client = new Client(new URL(link).origin);
	const reply = await client.post(new URL(link).pathname, { ...account, passwordRepeat: account.password });
	return { client, reply };
}

/** Starts a scan and returns its id (from the 303 to /scans/<id>). */
export async function createScan(client: Client, input: { title: string; level: 'institution' | 'sector' | 'programme'; unit?: string }): Promise<string> {
	const reply = await client.post('/scans/new', { title: input.title, level: input.level, unit: input.unit ?? '' });
	expectStatus(reply, 303, 'new scan');
	const id = reply.location?.match(/^\/scans\/([0-9a-f-]{36})$/)?.[1];
	if (!id) throw new Error(`new scan went to ${reply.location}`);
	return id;
}

export function answer(client: Client, scanId: string, fields: Fields): Promise<Reply> {
	return client.post(`/scans/${scanId}?/answer`, fields);
}

export function setPriority(client: Client, scanId: string, fields: Fields): Promise<Reply> {
	return client.post(`/scans/${scanId}/result?/priority`, fields);
}

export function addAction(client: Client, scanId: string, fields: Fields): Promise<Reply> {
	return client.post(`/scans/${scanId}/result?/addAction`, fields);
}

export function updateAction(client: Client, scanId: string, fields: Fields): Promise<Reply> {
	return client.post(`/scans/${scanId}/result?/updateAction`, fields);
}

export function deleteAction(client: Client, scanId: string, id: string): Promise<Reply> {
	return client.post(`/scans/${scanId}/result?/deleteAction`, { id });
}

export async function signOut(client: Client): Promise<Reply> {
	return client.send('POST', '/logout', { contentType: 'application/x-www-form-urlencoded', body: '' });
}

/** A form post with one file, as a browser sends a file input (multipart), plus any text fields. */
export async function postFile(client: Client, path: string, field: string, file: { name: string; type: string; bytes: Uint8Array }, fields: Record<string, string> = {}): Promise<Reply> {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	form.set(field, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
	const request = new Request('http://localhost/', { method: 'POST', body: form });
	return client.send('POST', path, { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') });
}

/** A CSV file of tools as support staff write one: `n` tools, `Tool 1` … `Tool n`, each a different mix of facts. */
export function toolsCsvFile(n: number, separator = ';'): string {
	const header = ['name', 'url', 'description', 'learning_types', 'synchrony', 'group_min', 'group_max', 'works_on_phone', 'licence', 'availability', 'privacy', 'accessibility', 'accessibility_url', 'contact_name', 'contact_email', 'notes'];
	const types = ['acquisition', 'inquiry', 'practice', 'discussion', 'collaboration', 'production'];
	const pick = <T>(values: readonly T[], i: number) => values[i % values.length]!;
	const rows = Array.from({ length: n }, (_, k) => {
		const i = k + 1;
		const accessibility = pick(['meets', 'partly', 'none', 'unknown'], i);
		return [
			`Tool ${i}`,
			`https://tool${i}.example/`,
			`Beschrijving van tool ${i}`,
			`${pick(types, i)}|${pick(types, i + 2)}`,
			pick(['sync', 'async', 'both'], i),
			i % 4 === 0 ? '2' : '',
			i % 3 === 0 ? String(10 * i) : '',
			i % 2 === 0 ? 'yes' : 'no',
			pick(['institution', 'free', 'paid-per-user', 'unavailable'], i),
			pick(['all', 'on-request', 'being-assessed', 'not-approved'], i),
			pick(['agreement', 'no-personal-data', 'pending', 'none'], i),
			accessibility,
			accessibility === 'meets' || accessibility === 'partly' ? `https://tool${i}.example/toegankelijkheid` : '',
			`Contact ${i}`,
			`contact${i}@example.nl`,
			i === 1 ? '=1+1 is geen formule' : ''
		].join(separator);
	});
	return [header.join(separator), ...rows].join('\r\n') + '\r\n';
}
