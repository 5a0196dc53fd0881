// Benchmarks of writes and exports, against the built app (`npm run build` first): scan answer
// autosaves and survey submissions (concurrent, as many people answering at once), each next to
// its floor measured in the same run (a bare Node HTTP server on better-sqlite3 storing the same
// rows durably: bench/floor-server.js), then action-plan exports.
// Prints figures; asserts nothing. Usage: `npm run bench` (SQLite) or
// `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench`.
import { randomBytes, randomUUID } from 'node:crypto';
import { percentile, startBenchApp } from './app.js';
import { compare, compareLine, drive, startFloor } from './floor.js';

const WRITES = Number(process.env.BENCH_WRITES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 10);
const FACTORS = ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie', 'infrastructuur', 'modellen', 'onderwijsruimtes', 'onderwijslogistiek', 'aansturing', 'evaluatie', 'technische-ondersteuning', 'didactische-ondersteuning', 'professionalisering', 'stimuleringsstructuur'];

// BENCH_QUERIES=1 also prints the statements per request (the app counts them, which slows it a little).
if (process.env.BENCH_QUERIES === '1') process.env.DEBUG_QUERY_COUNT = '1';
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

// Answer writes as the scan page sends them with JavaScript: each commits before it answers. The
// floor (bench/floor-server.js) gets the very same requests.
let seq = 0;
const statusOf = (request) => request.then(async (r) => (await r.arrayBuffer(), r.status));
const answerWrite = (target, i) =>
	fetch(target, {
		method: 'POST',
		headers: { origin, cookie, accept: 'application/json', 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ factor: FACTORS[i % FACTORS.length], current: String((i % 3) + 1), desired: '3', needed: `Benchmark ${i}`, seq: String(++seq) })
	});

// Survey submissions as a respondent's browser sends them: all 15 factors, the page's submission
// id, the respondent cookie the page set. Each is a new respondent.
const admin = cookie;
const UNITS = 8;
const ROLES = ['bestuurder', 'medewerker', 'student'];
for (let u = 0; u < UNITS; u++) await post('/admin?/addUnit', { name: `Unit ${u}`, kind: 'sector' });
const today = new Date().toISOString().slice(0, 10);
const later = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
const surveyCreated = await post('/surveys/new', [['title', 'Bench survey'], ['level', 'institution'], ['unit', ''], ['opensAt', today], ['closesAt', later], ['askUnit', 'on'], ['minGroupSize', '5'], ['message', ''], ...ROLES.map((r) => ['roles', r])]);
const surveyPage = await (await fetch(origin + surveyCreated.headers.get('location'), { headers: { cookie: admin } })).text();
const code = /\/r\/([A-Za-z0-9_-]{22})/.exec(surveyPage)?.[1];
if (!code) throw new Error('could not create a survey');
const respondentPage = await (await fetch(`${origin}/r/${code}`)).text();
const unitIds = [...respondentPage.matchAll(/<option value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
if (unitIds.length !== UNITS) throw new Error(`expected ${UNITS} units on the respondent page, found ${unitIds.length}`);
const surveySubmission = (target, i, enhanced = false) => {
	const fields = { role: ROLES[i % 3], unit: unitIds[i % UNITS], submission: randomUUID() };
	FACTORS.forEach((factor, f) => {
		const h = (i * 31 + f * 17) % 23;
		fields[`current.${factor}`] = h === 0 ? 'unknown' : String((h % 3) + 1);
		fields[`desired.${factor}`] = String(Math.min(3, (h % 3) + 1 + ((i + f) % 2)));
		fields[`needed.${factor}`] = '';
	});
	return fetch(target, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			cookie: `bw_respondent=${randomBytes(32).toString('base64url')}`,
			accept: enhanced ? 'application/json' : 'text/html',
			...(enhanced ? { 'x-sveltekit-action': 'true' } : {}),
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields)
	});
};

// How many statements each kind of request runs: with BENCH_QUERIES=1 the app counts them
// (DEBUG_QUERY_COUNT, see src/lib/server/db/query-count.ts) and says so in a header.
if (process.env.BENCH_QUERIES === '1') {
	for (const [label, send] of [
		['answer autosave', () => answerWrite(`${origin}${scanPath}?/answer`, 0)],
		['survey submission, no JavaScript', () => surveySubmission(`${origin}/r/${code}?/submit`, 0)],
		['survey submission, with JavaScript', () => surveySubmission(`${origin}/r/${code}?/submit`, 1, true)]
	]) {
		const response = await send();
		await response.arrayBuffer();
		console.log(`statements per request, ${label}: ${response.headers.get('x-query-count')} (HTTP ${response.status})`);
	}
}

const floor = await startFloor();
// Both servers warm up first (JIT, caches) with what they are measured on.
for (const target of [`${origin}${scanPath}?/answer`, `${floor.origin}/answer`]) await drive(200, CONCURRENCY, (i) => statusOf(answerWrite(target, i)));
for (const target of [`${origin}/r/${code}?/submit`, `${floor.origin}/survey`]) await drive(100, CONCURRENCY, (i) => statusOf(surveySubmission(target, i)));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const results = [];
if (WRITES > 0) {
	const { app, floor: bare } = await compare(WRITES, CONCURRENCY, ROUNDS, (i) => statusOf(answerWrite(`${origin}${scanPath}?/answer`, i)), (i) => statusOf(answerWrite(`${floor.origin}/answer`, i)));
	results.push(compareLine(`answer autosave (${WRITES})`, app, bare));
}
if (SUBMISSIONS > 0) {
	for (const enhanced of [false, true]) {
		const { app, floor: bare } = await compare(SUBMISSIONS, CONCURRENCY, ROUNDS, (i) => statusOf(surveySubmission(`${origin}/r/${code}?/submit`, i, enhanced)), (i) => statusOf(surveySubmission(`${floor.origin}/survey`, i)));
		results.push(compareLine(`survey submission, ${enhanced ? 'with' : 'no'} JavaScript (${SUBMISSIONS})`, app, bare));
	}
}
await floor.stop();
console.log(`database: ${pgUrl ? 'PostgreSQL' : 'SQLite'}; floor: bare Node HTTP + better-sqlite3 (WAL, synchronous=FULL); ${CONCURRENCY} concurrent clients`);
for (const line of results) console.log(line);

// Result page and exports (BENCH_EXPORTS=0 leaves them out, e.g. for a profile of the writes).
if (EXPORTS > 0) {
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
}

await bench.stop();
