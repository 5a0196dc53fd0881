// Starts the built app for a benchmark: a free port, a fresh SQLite folder, or a fresh PostgreSQL
// schema when BENCH_DATABASE_URL is set. `stop()` ends the app and removes what it made.
// `share`: another started app whose database this one uses too (a second server on the same
// PostgreSQL schema, or a second process on the same SQLite folder); its `stop()` leaves that
// database to its owner.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

export async function startBenchApp(name = 'bw-bench-', { share, args = [] } = {}) {
	const port = await new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const p = s.address().port;
			s.close(() => resolve(p));
		});
	});
	const origin = `http://localhost:${port}`;
	const dataDir = share?.dataDir ?? mkdtempSync(join(tmpdir(), name));
	const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
	const pgUrl = process.env.BENCH_DATABASE_URL;
	const schema = share?.schema ?? `bench_${Date.now()}`;
	if (pgUrl && share) Object.assign(env, { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema });
	else if (pgUrl) {
		const client = new pg.Client({ connectionString: pgUrl });
		await client.connect();
		await client.query(`create schema ${schema}`);
		await client.end();
		Object.assign(env, { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema });
	}
	// BENCH_PROFILE=<folder>: the app writes a CPU profile there when it stops (node --cpu-prof).
	const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
	// BENCH_APP_DIR: another checkout's build to measure (e.g. main's, for figures before a change).
	const app = spawn(process.execPath, [...profile, ...args, 'server.js'], { env, cwd: process.env.BENCH_APP_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise((resolve) => app.stdout.on('data', (d) => d.toString().includes('listening') && resolve()));
	return {
		origin,
		dataDir,
		pgUrl,
		schema,
		pid: app.pid,
		async stop() {
			app.kill('SIGTERM');
			await new Promise((resolve) => app.once('exit', resolve));
			if (share) return;
			rmSync(dataDir, { recursive: true, force: true });
			if (pgUrl) {
				const client = new pg.Client({ connectionString: pgUrl });
				await client.connect();
				await client.query(`drop schema ${schema} cascade`);
				await client.end();
			}
		}
	};
}

export function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * fetch, tried once more when the server had just closed the reused keep-alive connection (Node
 * closes idle connections after 5 s, e.g. while a benchmark seeds its database, and fetch may pick
 * such a connection at that very moment). Only for requests that are safe to send twice.
 */
export async function fetchAgain(url, init) {
	try {
		return await fetch(url, init);
	} catch (error) {
		// The closed connection shows as a socket error, or as EPIPE/ECONNRESET when the request was being written.
		if (!['UND_ERR_SOCKET', 'EPIPE', 'ECONNRESET'].includes(error?.cause?.code)) throw error;
		return fetch(url, init);
	}
}

/** One browser's cookies, talking to `origin` as a page does (forms, JSON, SvelteKit actions). */
export function device(origin) {
	let cookie = '';
	// `at`: another server of the same app (the cookie goes along, as behind one load balancer).
	const request = async (method, path, { form, json, accept = 'text/html', action = false, at = origin } = {}) => {
		const headers = { origin: at, cookie, accept };
		if (action) headers['x-sveltekit-action'] = 'true';
		let body;
		if (form) [headers['content-type'], body] = ['application/x-www-form-urlencoded', new URLSearchParams(form)];
		if (json) [headers['content-type'], body] = ['application/json', JSON.stringify(json)];
		const response = await fetch(at + path, { method, headers, body, redirect: 'manual' });
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const jar = new Map(cookie ? cookie.split('; ').map((c) => c.split(/=(.*)/s).slice(0, 2)) : []);
			const [name, value] = pair.split(/=(.*)/s);
			jar.set(name, value);
			cookie = [...jar].map(([n, v]) => `${n}=${v}`).join('; ');
		}
		return { status: response.status, location: response.headers.get('location'), text: await response.text() };
	};
	return { request, get cookie() { return cookie; } };
}

/**
 * A workshop to measure: an administrator signs up, creates it and opens joining, `count` phones
 * join (100 through each of `joinOrigins` in turn) and are seated, and the workshop starts on step 1. `command` sends a leader's command as
 * the page's JavaScript does.
 */
export async function benchWorkshop(origin, count, { joinOrigins = [origin] } = {}) {
	const leader = device(origin);
	await leader.request('POST', '/setup', { form: { institution: 'Bench', name: 'Bench', email: 'bench@example.nl', password: 'een lange zin voor de meting', passwordRepeat: 'een lange zin voor de meting' } });
	const created = await leader.request('POST', '/workshops/new', { form: { title: 'Bench', level: 'institution', unit: '' } });
	const id = created.location.split('/').pop();
	const command = (type, extra = {}) => leader.request('POST', `/workshops/${id}?/command`, { form: { command: type, ...extra }, accept: 'application/json', action: true });
	await command('open_joining');
	const code = /class="join-code[^"]*"[^>]*>([^<]+)</.exec((await leader.request('GET', `/workshops/${id}`)).text)[1].trim();
	const people = [];
	for (let i = 0; i < count; i++) {
		// Each server allows 120 joins a minute per code (decision 0009): a bigger room joins through several.
		const via = joinOrigins[Math.floor(i / 100) % joinOrigins.length];
		const p = device(via);
		const joined = await p.request('POST', '/join?/join', { form: { code } });
		if (joined.status !== 303) throw new Error(`join ${i}: ${joined.status}`);
		people.push(p);
	}
	await leader.request('POST', `/workshops/${id}?/distribute`, { form: {}, accept: 'application/json', action: true });
	await command('start');
	return { leader, id, command, people };
}
