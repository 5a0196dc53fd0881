// Live screens at scale, against the built app (`npm run build` first). Two measurements:
// 1. Streams: 2,000 open Server-Sent Events streams and 20 events (leader's step changes): the
//    time from the leader's request leaving until each stream has the event, and the server's RSS.
//    Beside it, in the same run and with the same client: a bare Node SSE server (bench/sse-floor.js)
//    fanning out the same number of events to the same number of streams — the floor.
// 2. A room: 200 phones in one workshop follow its stream; the leader changes step, and each
//    phone does what its page does (src/lib/client/live.ts): wait for the burst to settle, then
//    reload its screen's data. Measured: leader's request leaving → the phone has its new data.
//    Beside it: one phone's reload with nothing else going on.
// SQLite: one server. With BENCH_DATABASE_URL: two servers on one PostgreSQL schema, streams and
// phones split between them, the leader on the first (events cross servers through LISTEN/NOTIFY).
// Prints figures; asserts nothing. Usage: `npm run bench:live`, or
// `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:live`.
// BENCH_STREAMS, BENCH_EVENTS, BENCH_PHONES, BENCH_MOVES change the sizes; BENCH_PART=streams|room
// runs one half; BENCH_PROFILE=<dir> writes the app's CPU profiles (node --cpu-prof) there.
// BENCH_RELOAD_SPREAD_MS: the phones' spread (0 = as before decision 48, with BENCH_APP_DIR on an older build).
import http from 'node:http';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { benchWorkshop, percentile, startBenchApp } from './app.js';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 2000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const PHONES = Number(process.env.BENCH_PHONES ?? 200);
const MOVES = Number(process.env.BENCH_MOVES ?? 10);
const PART = process.env.BENCH_PART ?? 'both';
const PROFILE = process.env.BENCH_PROFILE;
/** What a phone's page waits after an event before it reloads (src/lib/client/live.ts: RELOAD_AFTER_MS, plus up to PHONE_RELOAD_SPREAD_MS). */
const RELOAD_AFTER_MS = 120;
const RELOAD_SPREAD_MS = Number(process.env.BENCH_RELOAD_SPREAD_MS ?? 400);

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const pgUrl = process.env.BENCH_DATABASE_URL;
const args = PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : [];

const ms = (xs, p) => (xs.length ? percentile([...xs].sort((a, b) => a - b), p).toFixed(0) : '–');
const wait = (t) => new Promise((r) => setTimeout(r, t));
/** CPU seconds a process has used (user + system), from /proc. */
const cpu = (pid) => {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
};
const mb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** An open event stream; `onEvent(type)` for every frame with an `event:` line. Resolves once the response has begun. */
function openStream(url, cookie, onEvent) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { agent, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`));
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk) => {
				buffer += chunk;
				let end;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const type = /^event: (.*)$/m.exec(buffer.slice(0, end))?.[1];
					buffer = buffer.slice(end + 2);
					if (type) onEvent(type);
				}
			});
			res.on('error', () => {});
			resolve({ close: () => req.destroy() });
		});
		req.on('error', () => {});
	});
}

/** Opens `urls` (cycled) as `count` streams, sends `events` triggers and times each `state` frame's arrival. */
async function fanOut({ urls, cookie, count, events, trigger, pids }) {
	const rssBefore = pids.reduce((n, pid) => n + mb(pid), 0);
	let round = null;
	const streams = [];
	for (let i = 0; i < count; i += 100) {
		streams.push(
			...(await Promise.all(
				Array.from({ length: Math.min(100, count - i) }, (_, j) =>
					openStream(urls[(i + j) % urls.length], cookie, (type) => {
						if (type !== 'state' || !round) return;
						round.arrivals.push(performance.now() - round.sent);
						if (round.arrivals.length === count) round.done();
					})
				)
			))
		);
	}
	await wait(1500); // the streams' catch-up of stored events is over
	const latencies = [];
	const triggers = [];
	let delivered = 0;
	for (let n = 0; n < events; n++) {
		const all = new Promise((resolve) => (round = { sent: performance.now(), arrivals: [], done: resolve }));
		await trigger(n);
		triggers.push(performance.now() - round.sent);
		await Promise.race([all, wait(10_000)]);
		latencies.push(...round.arrivals);
		delivered += round.arrivals.length;
		round = null;
		await wait(150);
	}
	const rss = pids.reduce((n, pid) => n + mb(pid), 0);
	for (const s of streams) s.close();
	return { delivered, latencies, triggers, rss, rssBefore };
}

async function startFloor() {
	const floor = spawn(process.execPath, ['bench/sse-floor.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const port = await new Promise((resolve) => floor.stdout.on('data', (d) => /listening (\d+)/.test(d) && resolve(/listening (\d+)/.exec(d)[1])));
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		pid: floor.pid,
		publish: () => fetch(`${origin}/publish`, { method: 'POST' }).then((r) => r.text()),
		stop: () => {
			floor.kill('SIGTERM');
			return new Promise((r) => floor.once('exit', r));
		}
	};
}

const where = pgUrl ? 'PostgreSQL, two servers' : 'SQLite, one server';
const first = await startBenchApp('bw-bench-live-', { args });
// PostgreSQL: a second server on the same schema. SQLite: a second process on the same folder only
// to let 200 phones join within the per-server join limit, stopped before anything is measured.
let second = await startBenchApp('bw-bench-live-', { share: first, args });
const servers = pgUrl ? [first, second] : [first];
const { leader, id, command, people } = await benchWorkshop(first.origin, PART === 'streams' ? 0 : PHONES, { joinOrigins: [first.origin, second.origin] });
if (!pgUrl) {
	await second.stop();
	second = undefined;
}
// Every move is a real change: back and forth between steps 1 and 2 (scoring, the tables' analysis).
const move = (n) => command('move_to', { step: String(1 + ((n + 1) % 2)) });

if (PART !== 'room') {
	const floor = await startFloor();
	const bare = await fanOut({ urls: [`${floor.origin}/events`], cookie: '', count: STREAMS, events: EVENTS, trigger: () => floor.publish(), pids: [floor.pid] });
	await floor.stop();
	const app = await fanOut({
		urls: servers.map((s) => `${s.origin}/workshops/${id}/events`),
		cookie: leader.cookie,
		count: STREAMS,
		events: EVENTS,
		trigger: move,
		pids: servers.map((s) => s.pid)
	});
	console.log(`live streams (${where}): ${STREAMS} open streams, ${EVENTS} events = ${STREAMS * EVENTS} deliveries`);
	console.log(`  floor, bare Node SSE server:      ${bare.delivered} delivered; p50 ${ms(bare.latencies, 50)} ms, p99 ${ms(bare.latencies, 99)} ms; RSS ${bare.rss.toFixed(0)} MB (${bare.rssBefore.toFixed(0)} MB before the streams)`);
	console.log(`  Blendwijzer (leader's request →): ${app.delivered} delivered; p50 ${ms(app.latencies, 50)} ms, p99 ${ms(app.latencies, 99)} ms; RSS ${app.rss.toFixed(0)} MB (${app.rssBefore.toFixed(0)} MB before the streams)${servers.length > 1 ? ', both servers' : ''}`);
	console.log(`  (the leader's request itself, until its answer: p50 ${ms(app.triggers, 50)} ms, p99 ${ms(app.triggers, 99)} ms; the floor's publish: p50 ${ms(bare.triggers, 50)} ms)`);
}

if (PART !== 'streams') {
	const reload = (phone, origin) => phone.request('GET', '/w/__data.json?x-sveltekit-invalidated=01', { accept: 'application/json', at: origin });
	// Reference: one phone's reload with nothing else going on.
	const reference = [];
	for (let n = 0; n < 30; n++) {
		const t0 = performance.now();
		await reload(people[n % PHONES], first.origin);
		reference.push(performance.now() - t0);
	}
	let round = null;
	let loads = 0;
	const streams = await Promise.all(
		people.map((phone, i) => {
			const origin = servers[i % servers.length].origin;
			let timer;
			return openStream(`${origin}/w/events`, phone.cookie, (type) => {
				if (type !== 'state' || !round) return;
				const current = round;
				current.events.push(performance.now() - current.sent);
				clearTimeout(timer);
				timer = setTimeout(async () => {
					const response = await reload(phone, origin);
					loads++;
					if (response.status !== 200) console.log(`  reload: ${response.status}`);
					current.shown.push(performance.now() - current.sent);
					if (current.shown.length === PHONES) current.done();
				}, RELOAD_AFTER_MS + Math.random() * RELOAD_SPREAD_MS);
			});
		})
	);
	await wait(1500);
	const events = [];
	const shown = [];
	const last = [];
	const serverCpu = servers.map((s) => cpu(s.pid));
	const clientCpu = process.cpuUsage();
	for (let n = 0; n < MOVES; n++) {
		const all = new Promise((resolve) => (round = { sent: performance.now(), events: [], shown: [], done: resolve }));
		await move(n);
		await Promise.race([all, wait(15_000)]);
		if (round.shown.length < PHONES) console.log(`  move ${n}: ${round.shown.length} of ${PHONES} phones had their data within 15 s`);
		events.push(...round.events);
		shown.push(...round.shown);
		last.push(Math.max(...round.shown));
		round = null;
		await wait(500);
	}
	const serverSeconds = servers.reduce((n, s, i) => n + cpu(s.pid) - serverCpu[i], 0);
	const clientSeconds = (process.cpuUsage(clientCpu).user + process.cpuUsage(clientCpu).system) / 1e6;
	console.log(`a room of ${PHONES} phones (${where}): the leader changes step ${MOVES} times; each phone reloads as its page does`);
	console.log(`  reference, one phone's reload alone:          p50 ${ms(reference, 50)} ms, p99 ${ms(reference, 99)} ms`);
	console.log(`  leader's request → event on a phone's stream: p50 ${ms(events, 50)} ms, p99 ${ms(events, 99)} ms`);
	console.log(`  leader's request → the phone has its data:    p50 ${ms(shown, 50)} ms, p99 ${ms(shown, 99)} ms (the last phone: max ${Math.max(...last).toFixed(0)} ms); ${loads} reloads`);
	console.log(`  CPU per move: server ${((1000 * serverSeconds) / MOVES).toFixed(0)} ms${servers.length > 1 ? ' (both)' : ''}, this benchmark's phones ${((1000 * clientSeconds) / MOVES).toFixed(0)} ms`);
	for (const s of streams) s.close();
}

agent.destroy();
await second?.stop();
await first.stop();
