// How long the room waits when the leader moves on: from the leader's "Volgende" (the command's
// request leaving) until every one of 15 phones and the projector shows the new step. A screen
// shows it after two things, both measured: the stream's `state` event arrives, and the page's
// data reload (`__data.json`, what SvelteKit's invalidateAll fetches) comes back. Against the
// built app (`npm run build` first). Prints figures beside a reference measured in the same run
// (one plain page-data round trip with nothing else going on); asserts nothing.
// Usage: `node bench/workshop-steps.js` (SQLite) or `BENCH_DATABASE_URL=postgres://… node bench/workshop-steps.js`.
import { benchWorkshop, percentile, startBenchApp } from './app.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 15);
const MOVES = Number(process.env.BENCH_MOVES ?? 20);

const app = await startBenchApp('bw-bench-steps-');
const { origin, pgUrl } = app;

const { leader, id, command, people } = await benchWorkshop(origin, PEOPLE);

// Each screen: its stream, and on every `state` event the reload its page would make.
const screens = [...people.map((p) => ({ who: p, stream: '/w/events', data: '/w/__data.json' })), { who: leader, stream: `/workshops/${id}/events`, data: `/workshops/${id}/projector/__data.json` }];
const controllers = [];
let waiting = null;
for (const screen of screens) {
	const controller = new AbortController();
	controllers.push(controller);
	void fetch(origin + screen.stream, { headers: { cookie: screen.who.cookie, accept: 'text/event-stream' }, signal: controller.signal })
		.then(async (response) => {
			const decoder = new TextDecoder();
			for await (const chunk of response.body) {
				if (!decoder.decode(chunk, { stream: true }).includes('event: state')) continue;
				const round = waiting;
				if (!round) continue;
				const eventAt = performance.now() - round.sent;
				await screen.who.request('GET', screen.data, { accept: 'application/json' });
				round.done({ eventAt, shownAt: performance.now() - round.sent });
			}
		})
		.catch(() => {});
}
await new Promise((r) => setTimeout(r, 800));

// Reference: one page-data round trip of a phone, nothing else happening.
const reference = [];
for (let n = 0; n < 30; n++) {
	const t0 = performance.now();
	await people[n % PEOPLE].request('GET', '/w/__data.json', { accept: 'application/json' });
	reference.push(performance.now() - t0);
}

const events = [];
const shown = [];
const lastScreen = [];
for (let n = 0; n < MOVES; n++) {
	// Back and forth between steps 1 and 2, so every move is a real change.
	const results = [];
	const all = new Promise((resolve) => {
		waiting = {
			sent: performance.now(),
			done: (r) => {
				results.push(r);
				if (results.length === screens.length) resolve();
			}
		};
	});
	await command('move_to', { step: String((n + 1) % 2) });
	await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
	waiting = null;
	events.push(...results.map((r) => r.eventAt));
	shown.push(...results.map((r) => r.shownAt));
	lastScreen.push(Math.max(...results.map((r) => r.shownAt)));
	if (results.length < screens.length) console.log(`  move ${n}: only ${results.length} of ${screens.length} screens followed within 10 s`);
	await new Promise((r) => setTimeout(r, 300));
}

const ms = (xs, p) => percentile([...xs].sort((a, b) => a - b), p * 100).toFixed(0);
console.log(`workshop step change on ${pgUrl ? 'PostgreSQL' : 'SQLite'}: ${PEOPLE} phones + projector, ${MOVES} moves`);
console.log(`  reference, one page-data round trip alone:        p50 ${ms(reference, 0.5)} ms, p99 ${ms(reference, 0.99)} ms`);
console.log(`  leader's click → event on a screen's stream:       p50 ${ms(events, 0.5)} ms, p99 ${ms(events, 0.99)} ms`);
console.log(`  leader's click → a screen shows the new step:      p50 ${ms(shown, 0.5)} ms, p99 ${ms(shown, 0.99)} ms`);
console.log(`  leader's click → the last of the 16 screens shows: p50 ${ms(lastScreen, 0.5)} ms, max ${Math.max(...lastScreen).toFixed(0)} ms`);

for (const c of controllers) c.abort();
await app.stop();
