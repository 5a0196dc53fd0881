// Benchmark of a live workshop, against the built app (`npm run build` first): 15 participants
// and a leader with their event streams open, every participant editing their table's sheet at
// once. Prints edit throughput and latency, how long an edit takes to reach another screen's
// stream, and how long a participant's page takes to render. Asserts nothing.
// Usage: `node bench/workshop.js` (SQLite) or `BENCH_DATABASE_URL=postgres://… node bench/workshop.js`.
import { randomUUID } from 'node:crypto';
import { benchWorkshop, startBenchApp } from './app.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 15);
const EDITS = Number(process.env.BENCH_EDITS ?? 40);

const app = await startBenchApp('bw-bench-ws-');
const { origin, pgUrl } = app;

const { leader, id, command, people } = await benchWorkshop(origin, PEOPLE);
await command('move_to', { step: '2' });

// Every screen follows the stream; one watcher measures when edits arrive.
const streams = [];
const arrivals = [];
function openStream(d, path, onFrame) {
	const controller = new AbortController();
	streams.push(controller);
	void fetch(origin + path, { headers: { cookie: d.cookie, accept: 'text/event-stream' }, signal: controller.signal })
		.then(async (response) => {
			const decoder = new TextDecoder();
			for await (const chunk of response.body) for (const line of decoder.decode(chunk).split('\n')) if (line.startsWith('data: ')) onFrame(line.slice(6));
		})
		.catch(() => {});
}
openStream(leader, `/workshops/${id}/events`, (data) => {
	const mark = /"version":(\d+)/.exec(data);
	if (mark) arrivals.push(performance.now());
});
for (const p of people) openStream(p, '/w/events', () => {});
await new Promise((r) => setTimeout(r, 500));

const categoryOf = async (p) => /id="sheet-([a-z-]+)"/.exec((await p.request('GET', '/w')).text)?.[1];
const categories = await Promise.all(people.map(categoryOf));
const latencies = [];
const sent = [];
const started = performance.now();
await Promise.all(
	people.map(async (p, i) => {
		const pointId = randomUUID();
		for (let n = 0; n < EDITS; n++) {
			const t0 = performance.now();
			sent.push(t0);
			const r = await p.request('POST', '/w/sheet', {
				accept: 'application/json',
				json: { kind: 'edit', categoryKey: categories[i], field: `action:${pointId}:text`, value: `Punt van ${i}, versie ${n}`, baseVersion: n, editId: randomUUID() }
			});
			if (r.status !== 200) throw new Error(`edit ${r.status}: ${r.text}`);
			latencies.push(performance.now() - t0);
		}
	})
);
const elapsed = (performance.now() - started) / 1000;
await new Promise((r) => setTimeout(r, 1000));

const pageTimes = [];
for (let n = 0; n < 30; n++) {
	const t0 = performance.now();
	await people[n % people.length].request('GET', '/w');
	pageTimes.push(performance.now() - t0);
}
const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const total = PEOPLE * EDITS;
console.log(`workshop on ${pgUrl ? 'PostgreSQL' : 'SQLite'}: ${PEOPLE} participants + leader streaming, ${total} sheet edits`);
console.log(`  edits: ${(total / elapsed).toFixed(0)}/s, p50 ${pct(latencies, 0.5).toFixed(0)} ms, p99 ${pct(latencies, 0.99).toFixed(0)} ms`);
console.log(`  events that reached the leader's stream: ${arrivals.length} of ${total}; last one ${(arrivals.at(-1) - sent.at(-1)).toFixed(0)} ms after the last edit was sent`);
console.log(`  participant page (GET /w, analysis step): p50 ${pct(pageTimes, 0.5).toFixed(0)} ms, p99 ${pct(pageTimes, 0.99).toFixed(0)} ms`);

for (const s of streams) s.abort();
await app.stop();
