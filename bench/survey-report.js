// Benchmark of an institution-wide scan's report, against the built app (`npm run build` first):
// 10,000 respondents in 3 roles and 8 units (150,000 answers), then the report page, the JSON API
// report, the Excel export and the raw JSON stream, each timed over HTTP. A few hundred
// submissions go through the respondent form as well, to time the write path. Prints figures;
// asserts nothing. Usage: `node bench/survey-report.js` (SQLite) or
// `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/survey-report.js`.
//
// The 10,000 responses are written straight into the database (in batches, as the app writes
// them: one survey_response row and 15 survey_answer rows each), because posting 10,000 forms
// would benchmark the HTTP server, not the report.
import { join } from 'node:path';
import { randomUUID, randomBytes, createHash } from 'node:crypto';
import pg from 'pg';
import { fetchAgain, percentile, startBenchApp } from './app.js';
import Database from 'better-sqlite3';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 10_000);
const FORM_SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 10);
const FACTORS = ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie', 'infrastructuur', 'modellen', 'onderwijsruimtes', 'onderwijslogistiek', 'aansturing', 'evaluatie', 'technische-ondersteuning', 'didactische-ondersteuning', 'professionalisering', 'stimuleringsstructuur'];
const ROLES = ['bestuurder', 'medewerker', 'student'];
const UNITS = 8;

const bench = await startBenchApp();
const { origin, dataDir, pgUrl, schema } = bench;

let cookie = '';
async function post(path, fields, jar = { cookie }) {
	const response = await fetch(origin + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, cookie: jar.cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});
	const set = response.headers.get('set-cookie');
	if (set) jar.cookie = set.split(';')[0];
	const text = await response.text();
	return { response, text };
}

const admin = { cookie: '' };
await post('/setup', { institution: 'Bench', name: 'Bench', email: 'bench@example.nl', password: 'een lange zin voor de meting', passwordRepeat: 'een lange zin voor de meting' }, admin);
cookie = admin.cookie;
for (let u = 0; u < UNITS; u++) await post('/admin?/addUnit', { name: `Unit ${u}`, kind: 'sector' }, admin);
const today = new Date().toISOString().slice(0, 10);
const later = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
const created = await post(
	'/surveys/new',
	new URLSearchParams([
		['title', 'Bench survey'],
		['level', 'institution'],
		['unit', ''],
		['opensAt', today],
		['closesAt', later],
		['askUnit', 'on'],
		['minGroupSize', '5'],
		['message', ''],
		...ROLES.map((r) => ['roles', r])
	]),
	admin
);
const surveyPath = created.response.headers.get('location');
if (!surveyPath) throw new Error(`could not create a survey: ${created.response.status}`);
const surveyId = surveyPath.split('/').pop();

// The ids the app gave the units and the survey's code, read from the database.
async function query(sqlText, params = []) {
	if (pgUrl) {
		const client = new pg.Client({ connectionString: pgUrl });
		await client.connect();
		await client.query(`set search_path to ${schema}`);
		const r = await client.query(sqlText, params);
		await client.end();
		return r.rows;
	}
	const db = new Database(join(dataDir, 'blendwijzer.db'));
	const rows = db.prepare(sqlText.replace(/\$\d+/g, '?')).all(...params);
	db.close();
	return rows;
}
const unitIds = (await query('select id from unit order by name')).map((r) => r.id);
const code = (await query('select code from survey where id = $1', [surveyId]))[0].code;

// Deterministic, varied answers: phase by respondent, factor and role, with some "weet ik niet".
function answerOf(i, f) {
	const h = (i * 31 + f * 17) % 23;
	const current = h === 0 ? null : (h % 3) + 1;
	const desired = Math.min(3, (current ?? 2) + ((i + f) % 2));
	return { current, currentUnknown: current === null ? 1 : 0, desired, desiredUnknown: 0 };
}

const seedStart = performance.now();
const BATCH = 500;
if (pgUrl) {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	await client.query(`set search_path to ${schema}`);
	for (let start = 0; start < RESPONDENTS; start += BATCH) {
		const responses = [];
		const answers = [];
		for (let i = start; i < Math.min(RESPONDENTS, start + BATCH); i++) {
			const id = randomUUID();
			responses.push([id, surveyId, createHash('sha256').update(randomBytes(32)).digest('hex'), ROLES[i % 3], unitIds[i % UNITS], new Date().toISOString()]);
			FACTORS.forEach((factor, f) => {
				const a = answerOf(i, f);
				answers.push([surveyId, id, factor, ROLES[i % 3], unitIds[i % UNITS], a.current, a.currentUnknown, a.desired, a.desiredUnknown, '']);
			});
		}
		const values = (rows, width) => rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(',')})`).join(',');
		await client.query('begin');
		await client.query(`insert into survey_response (id, survey_id, respondent_hash, role, unit_id, submitted_at) values ${values(responses, 6)}`, responses.flat());
		for (let a = 0; a < answers.length; a += 1000) {
			const chunk = answers.slice(a, a + 1000);
			await client.query(
				`insert into survey_answer (survey_id, response_id, factor_key, role, unit_id, current_phase, current_unknown, desired_phase, desired_unknown, needed) values ${values(chunk, 10)}`,
				chunk.flat()
			);
		}
		await client.query('commit');
	}
	await client.query('analyze');
	await client.end();
} else {
	const db = new Database(join(dataDir, 'blendwijzer.db'));
	db.pragma('busy_timeout = 5000');
	const insertResponse = db.prepare('insert into survey_response (id, survey_id, respondent_hash, role, unit_id, submitted_at) values (?, ?, ?, ?, ?, ?)');
	const insertAnswer = db.prepare(
		'insert into survey_answer (survey_id, response_id, factor_key, role, unit_id, current_phase, current_unknown, desired_phase, desired_unknown, needed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const batch = db.transaction((from, to) => {
		for (let i = from; i < to; i++) {
			const id = randomUUID();
			insertResponse.run(id, surveyId, createHash('sha256').update(randomBytes(32)).digest('hex'), ROLES[i % 3], unitIds[i % UNITS], new Date().toISOString());
			FACTORS.forEach((factor, f) => {
				const a = answerOf(i, f);
				insertAnswer.run(surveyId, id, factor, ROLES[i % 3], unitIds[i % UNITS], a.current, a.currentUnknown, a.desired, a.desiredUnknown, '');
			});
		}
	});
	for (let start = 0; start < RESPONDENTS; start += BATCH) batch(start, Math.min(RESPONDENTS, start + BATCH));
	db.exec('analyze');
	db.close();
}
const seedSeconds = (performance.now() - seedStart) / 1000;


// Submissions through the respondent form (no JavaScript): open the link, post all 15 factors.
const latencies = [];
let next = 0;
let failures = 0;
const formStart = performance.now();
await Promise.all(
	Array.from({ length: CONCURRENCY }, async () => {
		while (next < FORM_SUBMISSIONS) {
			const i = next++;
			const jar = { cookie: '' };
			const page = await fetchAgain(`${origin}/r/${code}`);
			const set = page.headers.get('set-cookie');
			if (set) jar.cookie = set.split(';')[0];
			const html = await page.text();
			const submission = html.match(/name="submission" value="([0-9a-f-]{36})"/)?.[1];
			const fields = { role: ROLES[i % 3], unit: unitIds[i % UNITS], submission };
			FACTORS.forEach((factor, f) => {
				const a = answerOf(i, f);
				fields[`current.${factor}`] = a.current === null ? 'unknown' : String(a.current);
				fields[`desired.${factor}`] = String(a.desired);
				fields[`needed.${factor}`] = '';
			});
			const t = performance.now();
			const r = await post(`/r/${code}?/submit`, fields, jar);
			latencies.push(performance.now() - t);
			if (r.response.status !== 200) failures++;
		}
	})
);
const formSeconds = (performance.now() - formStart) / 1000;
latencies.sort((a, b) => a - b);

console.log(`database: ${pgUrl ? 'PostgreSQL' : 'SQLite'}`);
console.log(`seeded ${RESPONDENTS} respondents (${RESPONDENTS * FACTORS.length} answers) directly in ${seedSeconds.toFixed(1)} s`);
console.log(
	`form submissions: ${FORM_SUBMISSIONS} with ${CONCURRENCY} concurrent respondents in ${formSeconds.toFixed(2)} s; submit p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; non-200: ${failures}`
);

for (const [label, path] of [
	['report page (HTML)', `/surveys/${surveyId}/report`],
	['API report (JSON)', `/api/v1/surveys/${surveyId}/report`],
	['report export xlsx', `/surveys/${surveyId}/export/xlsx`],
	['report export pdf', `/surveys/${surveyId}/export/pdf`],
	['raw answers (JSON stream)', `/surveys/${surveyId}/export/json`]
]) {
	const times = [];
	let bytes = 0;
	let status = 0;
	for (let i = 0; i < REPEAT; i++) {
		const t = performance.now();
		const r = await fetchAgain(origin + path, { headers: { cookie } });
		status = r.status;
		bytes = (await r.arrayBuffer()).byteLength;
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	console.log(`${label}: median ${percentile(times, 50).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms, ${bytes} bytes, HTTP ${status}`);
}

await bench.stop();
