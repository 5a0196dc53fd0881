// Benchmarks for the self-scan, against the built app (`npm run build` first): answer writes
// (concurrent, as many people filling in scans at once) and action-plan exports.
// Prints figures; asserts nothing. Usage: `npm run bench` (SQLite) or
// `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench`.
import { percentile, startBenchApp } from './app.js';

const WRITES = Number(process.env.BENCH_WRITES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 10);
const FACTORS = ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie', 'infrastructuur', 'modellen', 'onderwijsruimtes', 'onderwijslogistiek', 'aansturing', 'evaluatie', 'technische-ondersteuning', 'didactische-ondersteuning', 'professionalisering', 'stimuleringsstructuur'];

const bench = await startBenchApp();
const { origin, pgUrl } = bench;

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

await post('/setup', { institution: 'Bench', name: 'Bench', email: 'bench@example.nl', password: 'een lange zin voor de meting', passwordRepeat: 'een lange zin voor de meting' });
const setupDone = cookie;
const created = await post('/scans/new', { title: 'Bench scan', level: 'institution', unit: '' });
if (!created.headers.get('location')) throw new Error(`could not create a scan: ${created.status} (session: ${setupDone ? 'yes' : 'no'})`);
const scanPath = created.headers.get('location');


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

await bench.stop();
