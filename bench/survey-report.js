// Benchmark of an institution-wide scan's report, against the built app (`npm run build` first):
// respondents in 3 roles and 8 units, 15 answers each, grown in stages (default 10,000, 100,000
// and 1,000,000: BENCH_RESPONDENTS=10000,100000,1000000), and at each stage the report page, the
// JSON API report and the Excel and PDF exports timed over HTTP, beside references measured in
// the same run on the same rows: a bare `count(*)` of the survey's answers, and the GROUP BY the
// report counted with before the tallies (decision records 0012 and 0049). The raw JSON stream
// is timed at the first stage only (at a million respondents it is a gigabyte). First a few
// hundred submissions go through the respondent form, to time the write path. Prints figures;
// asserts nothing. Usage: `node bench/survey-report.js` (SQLite) or
// `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/survey-report.js`.
//
// The respondents are written straight into the database (multi-row inserts, many respondents per
// transaction, as the app stores them: one survey_response row and 15 survey_answer rows each,
// and the tallies the app keeps with every submission increased by what each stage added),
// because posting a million forms would benchmark the HTTP server, not the report. Setup time is
// printed apart from the figures. Against a build without the tallies (before migration 0021) the
// bench writes the answers only.
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { fetchAgain, percentile, startBenchApp } from './app.js';
import Database from 'better-sqlite3';

const STAGES = (process.env.BENCH_RESPONDENTS ?? '10000,100000,1000000').split(',').map(Number);
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
// Ordered ids (the app's are random UUIDs): seeding a million rows then appends to the indexes.
const responseId = (i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const sideKey = (phase, unknown) => (unknown ? 'unknown' : phase === null ? '' : String(phase));

/** Writes respondents [from, to): responses, answers, and what they add to the tallies. */
const seeder = pgUrl ? await postgresSeeder() : sqliteSeeder();
const RESPONSES_PER_TRANSACTION = 5000;

function seedRows(from, to) {
	const responses = [];
	const answers = [];
	const answerTally = new Map();
	const respondentTally = new Map();
	for (let i = from; i < to; i++) {
		const id = responseId(i);
		const role = ROLES[i % 3];
		const unit = unitIds[i % UNITS];
		responses.push([id, surveyId, createHash('sha256').update(id).digest('hex'), role, unit, new Date().toISOString()]);
		respondentTally.set(`${role}|${unit}`, (respondentTally.get(`${role}|${unit}`) ?? 0) + 1);
		FACTORS.forEach((factor, f) => {
			const a = answerOf(i, f);
			answers.push([surveyId, id, factor, role, unit, a.current, a.currentUnknown, a.desired, a.desiredUnknown, '']);
			const key = [factor, role, unit, sideKey(a.current, a.currentUnknown), sideKey(a.desired, a.desiredUnknown)].join('|');
			answerTally.set(key, (answerTally.get(key) ?? 0) + 1);
		});
	}
	return { responses, answers, answerTally, respondentTally };
}

async function postgresSeeder() {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	await client.query(`set search_path to ${schema}`);
	// Setup only, this session only: no wait for the disk at each commit, and no per-row foreign-key
	// triggers (the rows are consistent by construction). The app's own connections keep both.
	await client.query('set synchronous_commit = off');
	await client.query('set session_replication_role = replica');
	const tallies = (await client.query(`select 1 from information_schema.tables where table_schema = $1 and table_name = 'survey_answer_tally'`, [schema])).rows.length > 0;
	// One multi-row insert per table and transaction: each column as one array parameter.
	const insert = (table, columns, types, rows) =>
		client.query(
			`insert into ${table} (${columns.join(', ')}) select * from unnest(${types.map((t, c) => `$${c + 1}::${t}[]`).join(', ')})`,
			columns.map((_, c) => rows.map((r) => r[c]))
		);
	const upsertTallies = async (answerTally, respondentTally) => {
		if (!tallies) return;
		const a = [...answerTally].map(([k, n]) => [surveyId, ...k.split('|'), n]);
		await client.query(
			`insert into survey_answer_tally (survey_id, factor_key, role, unit_key, current_phase, desired_phase, n) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
			 on conflict (survey_id, factor_key, role, unit_key, current_phase, desired_phase) do update set n = survey_answer_tally.n + excluded.n`,
			a[0].map((_, c) => a.map((r) => r[c]))
		);
		const r = [...respondentTally].map(([k, n]) => [surveyId, ...k.split('|'), n]);
		await client.query(
			`insert into survey_respondent_tally (survey_id, role, unit_key, n) select * from unnest($1::text[], $2::text[], $3::text[], $4::int[])
			 on conflict (survey_id, role, unit_key) do update set n = survey_respondent_tally.n + excluded.n`,
			r[0].map((_, c) => r.map((row) => row[c]))
		);
	};
	return {
		async seed(from, to) {
			for (let start = from; start < to; start += RESPONSES_PER_TRANSACTION) {
				const { responses, answers, answerTally, respondentTally } = seedRows(start, Math.min(to, start + RESPONSES_PER_TRANSACTION));
				await client.query('begin');
				await insert('survey_response', ['id', 'survey_id', 'respondent_hash', 'role', 'unit_id', 'submitted_at'], ['text', 'text', 'text', 'text', 'text', 'text'], responses);
				await insert(
					'survey_answer',
					['survey_id', 'response_id', 'factor_key', 'role', 'unit_id', 'current_phase', 'current_unknown', 'desired_phase', 'desired_unknown', 'needed'],
					['text', 'text', 'text', 'text', 'text', 'int', 'int', 'int', 'int', 'text'],
					answers
				);
				await upsertTallies(answerTally, respondentTally);
				await client.query('commit');
			}
			await client.query('vacuum analyze survey_response');
			await client.query('vacuum analyze survey_answer');
		},
		async time(sqlText) {
			const t = performance.now();
			const rows = (await client.query(sqlText, [surveyId])).rows;
			return { ms: performance.now() - t, rows: rows.length };
		},
		close: () => client.end()
	};
}

function sqliteSeeder() {
	const db = new Database(join(dataDir, 'blendwijzer.db'));
	db.pragma('busy_timeout = 5000');
	// Setup only, this connection only: no fsync per transaction and a large page cache for the
	// index inserts (foreign keys are off on a connection that does not turn them on).
	db.pragma('synchronous = OFF');
	db.pragma('cache_size = -500000');
	const tallies = db.prepare(`select 1 from sqlite_master where name = 'survey_answer_tally'`).get() !== undefined;
	const ROWS = 100;
	const many = (sqlHead, width) => db.prepare(`${sqlHead} values ${Array.from({ length: ROWS }, () => `(${Array(width).fill('?').join(',')})`).join(',')}`);
	const one = (sqlHead, width) => db.prepare(`${sqlHead} values (${Array(width).fill('?').join(',')})`);
	const responseHead = 'insert into survey_response (id, survey_id, respondent_hash, role, unit_id, submitted_at)';
	const answerHead = 'insert into survey_answer (survey_id, response_id, factor_key, role, unit_id, current_phase, current_unknown, desired_phase, desired_unknown, needed)';
	const statements = { responses: [many(responseHead, 6), one(responseHead, 6)], answers: [many(answerHead, 10), one(answerHead, 10)] };
	const insert = ([manyRows, oneRow], rows) => {
		let r = 0;
		for (; r + ROWS <= rows.length; r += ROWS) manyRows.run(rows.slice(r, r + ROWS).flat());
		for (; r < rows.length; r++) oneRow.run(rows[r]);
	};
	const answerTally = tallies
		? db.prepare(
				`insert into survey_answer_tally (survey_id, factor_key, role, unit_key, current_phase, desired_phase, n) values (?, ?, ?, ?, ?, ?, ?)
				 on conflict (survey_id, factor_key, role, unit_key, current_phase, desired_phase) do update set n = n + excluded.n`
			)
		: null;
	const respondentTally = tallies
		? db.prepare(`insert into survey_respondent_tally (survey_id, role, unit_key, n) values (?, ?, ?, ?) on conflict (survey_id, role, unit_key) do update set n = n + excluded.n`)
		: null;
	const transaction = db.transaction((from, to) => {
		const rows = seedRows(from, to);
		insert(statements.responses, rows.responses);
		insert(statements.answers, rows.answers);
		for (const [k, n] of rows.answerTally) answerTally?.run(surveyId, ...k.split('|'), n);
		for (const [k, n] of rows.respondentTally) respondentTally?.run(surveyId, ...k.split('|'), n);
	});
	return {
		async seed(from, to) {
			for (let start = from; start < to; start += RESPONSES_PER_TRANSACTION) transaction(start, Math.min(to, start + RESPONSES_PER_TRANSACTION));
			db.exec('analyze');
			db.pragma('wal_checkpoint(TRUNCATE)');
		},
		async time(sqlText) {
			const t = performance.now();
			const rows = db.prepare(sqlText.replace(/\$\d+/g, '?')).all(surveyId);
			return { ms: performance.now() - t, rows: rows.length };
		},
		close: () => db.close()
	};
}

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
			// The review page carries the submission's id; the form may post every answer there at once.
			const page = await fetchAgain(`${origin}/r/${code}?step=_review`);
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
			if (r.response.status !== 200 && r.response.status !== 303) failures++;
		}
	})
);
const formSeconds = (performance.now() - formStart) / 1000;
latencies.sort((a, b) => a - b);

console.log(`database: ${pgUrl ? 'PostgreSQL' : 'SQLite'}`);
console.log(
	`form submissions: ${FORM_SUBMISSIONS} with ${CONCURRENCY} concurrent respondents in ${formSeconds.toFixed(2)} s; submit p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; refused: ${failures}`
);

const median = async (repeat, work) => {
	const times = [];
	let last;
	for (let i = 0; i < repeat; i++) {
		const t = performance.now();
		last = await work();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return { ms: percentile(times, 50), max: times.at(-1), last };
};

const BARE_COUNT = 'select count(*) as n from survey_answer where survey_id = $1';
const READ_TIME_GROUP_BY =
	'select factor_key, role, unit_id, current_phase, current_unknown, desired_phase, desired_unknown, count(*) as n from survey_answer where survey_id = $1 group by factor_key, role, unit_id, current_phase, current_unknown, desired_phase, desired_unknown';

const READ_TIME_RESPONDENTS = 'select role, unit_id, count(*) as n from survey_response where survey_id = $1 group by role, unit_id';

let seeded = 0;
for (const [stage, respondents] of STAGES.entries()) {
	const seedStart = performance.now();
	await seeder.seed(seeded, respondents);
	seeded = respondents;
	const total = respondents + FORM_SUBMISSIONS;
	console.log(`\n${total.toLocaleString('en')} respondents (${(total * FACTORS.length).toLocaleString('en')} answers); setup (seeding, not measured): ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
	const bare = await median(REPEAT, () => seeder.time(BARE_COUNT));
	const groupBy = await median(Math.min(REPEAT, 3), () => seeder.time(READ_TIME_GROUP_BY));
	const respondentsBy = await median(Math.min(REPEAT, 3), () => seeder.time(READ_TIME_RESPONDENTS));
	console.log(`  reference, bare SQL count(*) of the survey's answers: median ${bare.ms.toFixed(1)} ms`);
	console.log(
		`  reference, the read-time counting the report did before the tallies: answers GROUP BY median ${groupBy.ms.toFixed(1)} ms (${groupBy.last.rows} counts) + respondents GROUP BY median ${respondentsBy.ms.toFixed(1)} ms = ${(groupBy.ms + respondentsBy.ms).toFixed(1)} ms`
	);
	const pages = [
		['report page (HTML)', `/surveys/${surveyId}/report`],
		['API report (JSON)', `/api/v1/surveys/${surveyId}/report`],
		['report export xlsx', `/surveys/${surveyId}/export/xlsx`],
		['report export pdf', `/surveys/${surveyId}/export/pdf`],
		...(stage === 0 ? [['raw answers (JSON stream)', `/surveys/${surveyId}/export/json`]] : [])
	];
	for (const [label, path] of pages) {
		let bytes = 0;
		let status = 0;
		const timed = await median(REPEAT, async () => {
			const r = await fetchAgain(origin + path, { headers: { cookie } });
			status = r.status;
			bytes = (await r.arrayBuffer()).byteLength;
		});
		const ratio = label.startsWith('raw') ? '' : `; ${(timed.ms / bare.ms).toFixed(2)}× the bare count`;
		console.log(`  ${label}: median ${timed.ms.toFixed(1)} ms, max ${timed.max.toFixed(1)} ms, ${bytes} bytes, HTTP ${status}${ratio}`);
	}
}

await seeder.close();
await bench.stop();
