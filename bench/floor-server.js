// The floor the write benchmarks compare with: a bare Node HTTP server on better-sqlite3 with the
// durability Blendwijzer promises (WAL, synchronous=FULL, foreign keys), storing the same rows in
// tables with the same columns, keys and indexes. No framework, no query builder, no sign-in, no
// validation beyond parsing the form: what is left is HTTP, the form, SQLite and fsync.
// Started by bench/floor.js as its own process (the app runs in its own process too).
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

const db = new Database(join(process.env.FLOOR_DIR, 'floor.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('floor: synchronous is not FULL');

// The written tables as Blendwijzer's migrations make them (columns, checks, keys and indexes);
// the tables they reference are reduced to their ids.
db.exec(`
create table scan (id text primary key, updated_at text not null);
create table scan_answer ("scan_id" text not null references "scan" ("id") on delete cascade, "factor_key" text not null, "current_phase" integer check (current_phase between 1 and 3), "current_unknown" integer default 0 not null check (current_unknown in (0, 1)), "desired_phase" integer check (desired_phase between 1 and 3), "desired_unknown" integer default 0 not null check (desired_unknown in (0, 1)), "needed" text default '' not null, "updated_at" text not null, "client_seq" bigint default 0 not null, constraint "scan_answer_pk" primary key ("scan_id", "factor_key"));
create table unit (id text primary key);
create table survey (id text primary key);
create table survey_response ("id" text primary key, "survey_id" text not null references "survey" ("id") on delete cascade, "respondent_hash" text, "role" text not null check (role in ('bestuurder', 'medewerker', 'student')), "unit_id" text references "unit" ("id") on delete restrict, "submitted_at" text not null, constraint "survey_response_survey_id_unique" unique ("survey_id", "id"));
create index "survey_response_survey" on "survey_response" ("survey_id", "role", "unit_id");
create index "survey_response_respondent" on "survey_response" ("survey_id", "respondent_hash");
create table survey_answer ("survey_id" text not null, "response_id" text not null, "factor_key" text not null, "role" text not null check (role in ('bestuurder', 'medewerker', 'student')), "unit_id" text, "current_phase" integer check (current_phase between 1 and 3), "current_unknown" integer default 0 not null check (current_unknown in (0, 1)), "desired_phase" integer check (desired_phase between 1 and 3), "desired_unknown" integer default 0 not null check (desired_unknown in (0, 1)), "needed" text default '' not null, constraint "survey_answer_pk" primary key ("response_id", "factor_key"), constraint "survey_answer_response_fk" foreign key ("survey_id", "response_id") references "survey_response" ("survey_id", "id") on delete cascade);
create index "survey_answer_report" on "survey_answer" ("survey_id", "factor_key", "role", "unit_id", "current_phase", "current_unknown", "desired_phase", "desired_unknown");
insert into scan values ('scan', '');
insert into survey values ('survey');
insert into unit values ('unit');
`);

const upsertAnswer = db.prepare(`insert into scan_answer (scan_id, factor_key, current_phase, current_unknown, desired_phase, desired_unknown, needed, client_seq, updated_at)
values (?, ?, ?, 0, ?, 0, ?, ?, ?)
on conflict (scan_id, factor_key) do update set current_phase = excluded.current_phase, desired_phase = excluded.desired_phase, needed = excluded.needed, client_seq = excluded.client_seq, updated_at = excluded.updated_at
where scan_answer.client_seq < excluded.client_seq`);
const touchScan = db.prepare('update scan set updated_at = ? where id = ?');
const saveAnswer = db.transaction((form, seq) => {
	const at = new Date().toISOString();
	const changed = upsertAnswer.run('scan', form.get('factor'), Number(form.get('current')), Number(form.get('desired')), form.get('needed') ?? '', seq, at).changes;
	if (changed) touchScan.run(at, 'scan');
});

const insertResponse = db.prepare('insert into survey_response (id, survey_id, respondent_hash, role, unit_id, submitted_at) values (?, ?, ?, ?, ?, ?)');
const insertAnswer = db.prepare(
	'insert into survey_answer (survey_id, response_id, factor_key, role, unit_id, current_phase, current_unknown, desired_phase, desired_unknown, needed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
);
const FACTOR = /^current\.(.+)$/;
const submit = db.transaction((form, respondentHash) => {
	const id = form.get('submission');
	const role = form.get('role');
	insertResponse.run(id, 'survey', respondentHash, role, 'unit', new Date().toISOString());
	for (const name of form.keys()) {
		const factor = FACTOR.exec(name)?.[1];
		if (!factor) continue;
		const current = form.get(name);
		const desired = form.get(`desired.${factor}`);
		insertAnswer.run('survey', id, factor, role, 'unit', current === 'unknown' ? null : Number(current), current === 'unknown' ? 1 : 0, Number(desired), 0, form.get(`needed.${factor}`) ?? '');
	}
});

let seq = 0;
const server = createServer((req, res) => {
	const chunks = [];
	req.on('data', (c) => chunks.push(c));
	req.on('end', () => {
		const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
		try {
			if (req.url === '/answer') saveAnswer(form, Number(form.get('seq') ?? ++seq));
			else if (req.url === '/survey') submit(form, createHash('sha256').update(req.headers.cookie ?? '').digest('hex'));
			else {
				res.writeHead(404).end();
				return;
			}
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' }).end('{"type":"success","status":200}');
	});
});
server.listen(0, '127.0.0.1', () => console.log(`floor listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => (db.close(), process.exit(0))));
