// Benchmarks for the self-scan, against the built app (`npm run build` first): answer writes
// (concurrent, as many people filling in scans at once) and action-plan exports.
// Prints figures; asserts nothing. Usage: `npm run bench` (SQLite) or
// `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

const WRITES = Number(process.env.BENCH_WRITES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 10);
const FACTORS = ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie', 'infrastructuur', 'modellen', 'onderwijsruimtes', 'onderwijslogistiek', 'aansturing', 'evaluatie', 'technische-ondersteuning', 'didactische-ondersteuning', 'professionalisering', 'stimuleringsstructuur'];

const port = await new Promise((resolve) => {
	const s = createServer().listen(0, '127.0.0.1', () => {
		const p = s.address().port;
		s.close(() => resolve(p));
	});
});
const origin = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'bw-bench-'));
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
const pgUrl = process.env.BENCH_DATABASE_URL;
const schema = `bench_${Date.now()}`;
if (pgUrl) {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	await client.query(`create schema ${schema}`);
	await client.end();
	Object.assign(env, { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema });
}
const app = spawn(process.execPath, ['server.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => app.stdout.on('data', (d) => d.toString().includes('listening') && resolve()));

let cookie = '';
/** A form post; `enhanced` sends it as the page's JavaScript does (JSON answer, no page render). */
async function post(path, fields, enhanced = false) {
	const response = await fetch(origin + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			cookie,
			accept: enhanced ? 'application/json' : 'text/html',
			...(enhanced ? { 'x-sveltekit-action': 'true' } : {}),
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields)
	});
	const set = response.headers.get('set-cookie');
	if (set) cookie = set.split(';')[0];
	await response.arrayBuffer();
	return response;
}

await post('/setup', { institution: 'Bench', name: 'Bench', email: 'bench@example.nl', password: 'a long bench password', passwordRepeat: 'a long bench password' });
const setupDone = cookie;
const created = await post('/scans/new', { title: 'Bench scan', level: 'institution', unit: '' });
if (!created.headers.get('location')) throw new Error(`could not create a scan: ${created.status} (session: ${setupDone ? 'yes' : 'no'})`);
const scanPath = created.headers.get('location');

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// Answer writes as the scan page sends them with JavaScript: each commits before it answers.
const latencies = [];
let next = 0;
let failures = 0;
const started = performance.now();
await Promise.all(
	Array.from({ length: CONCURRENCY }, async () => {
		while (next < WRITES) {
			const i = next++;
			const t = performance.now();
			const r = await post(`${scanPath}?/answer`, { factor: FACTORS[i % FACTORS.length], current: String((i % 3) + 1), desired: '3', needed: `Benchmark ${i}` }, true);
			if (r.status !== 200) failures++;
			latencies.push(performance.now() - t);
		}
	})
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
console.log(`database: ${pgUrl ? 'PostgreSQL' : 'SQLite'}`);
console.log(`answer writes: ${WRITES} with ${CONCURRENCY} concurrent clients in ${seconds.toFixed(2)} s = ${(WRITES / seconds).toFixed(0)} writes/s; p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; non-200: ${failures}`);

// Result page and exports.
for (const [label, path] of [['result page', `${scanPath}/result`], ...['pdf', 'docx', 'xlsx', 'csv'].map((f) => [`export ${f}`, `${scanPath}/export/${f}`])]) {
	const times = [];
	let bytes = 0;
	for (let i = 0; i < EXPORTS; i++) {
		const t = performance.now();
		const r = await fetch(origin + path, { headers: { cookie } });
		bytes = (await r.arrayBuffer()).byteLength;
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	console.log(`${label}: median ${percentile(times, 50).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms, ${bytes} bytes`);
}

// An institution's own content and self-scan version: the cost of applying changes over the defaults.
async function medianGet(path) {
	const times = [];
	for (let i = 0; i < EXPORTS; i++) {
		const t = performance.now();
		const r = await fetch(origin + path, { headers: { cookie } });
		await r.arrayBuffer();
		if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return percentile(times, 50).toFixed(1);
}
const catalogueBefore = await medianGet('/toolkit');
const scanBefore = await medianGet(scanPath);
await post('/admin/content?/hide', { key: 'gedeelde-taal' });
await post('/admin/instruments?/start', {});
await post('/admin/instruments?/publish', {});
const ownScan = (await post('/scans/new', { title: 'Bench own version', level: 'institution', unit: '' })).headers.get('location');
console.log(`toolkit catalogue (signed in): median ${catalogueBefore} ms with the defaults, ${await medianGet('/toolkit')} ms with a hidden product`);
console.log(`scan page: median ${scanBefore} ms on the shipped version, ${await medianGet(ownScan)} ms on an own published version`);

app.kill('SIGTERM');
await new Promise((resolve) => app.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
if (pgUrl) {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	await client.query(`drop schema ${schema} cascade`);
	await client.end();
}
