// The floor of the write benchmarks (bench/floor-server.js, its own process) and the one load loop
// both the app and the floor are measured with, so each figure is printed next to its floor from
// the same run on the same machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './app.js';

export async function startFloor() {
	const dir = mkdtempSync(join(tmpdir(), 'bw-floor-'));
	const child = spawn(process.execPath, [new URL('./floor-server.js', import.meta.url).pathname], {
		env: { ...process.env, FLOOR_DIR: dir },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`the floor server ended (${code})`)));
		child.stdout.on('data', (d) => {
			const found = /floor listening (\d+)/.exec(d.toString());
			if (found) resolve(Number(found[1]));
		});
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		async stop() {
			child.removeAllListeners('exit');
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * Sends `total` requests from `concurrency` clients, each waiting for its answer before the next;
 * `send(i)` makes request i and returns its status. A status of 400 or more counts as a failure.
 */
export async function drive(total, concurrency, send) {
	const latencies = [];
	let next = 0;
	let failures = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) {
				const i = next++;
				const t = performance.now();
				const status = await send(i);
				latencies.push(performance.now() - t);
				if (status >= 400) failures++;
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	return { perSecond: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures, latencies, seconds };
}

/**
 * The app and its floor measured in turns (`rounds` of each, `total` requests each in all), so that
 * whatever else the machine does at the time weighs on both alike.
 */
export async function compare(total, concurrency, rounds, appSend, floorSend) {
	const parts = { app: [], floor: [] };
	for (let r = 0; r < rounds; r++) {
		const size = Math.floor(total / rounds) + (r < total % rounds ? 1 : 0);
		const offset = r * Math.floor(total / rounds) + Math.min(r, total % rounds);
		parts.app.push(await drive(size, concurrency, (i) => appSend(offset + i)));
		parts.floor.push(await drive(size, concurrency, (i) => floorSend(offset + i)));
	}
	return { app: merge(parts.app), floor: merge(parts.floor) };
}

function merge(runs) {
	const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
	const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
	const failures = runs.reduce((sum, r) => sum + r.failures, 0);
	return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures, latencies, seconds };
}

const rate = (n) => Math.round(n).toLocaleString('en');

/** One line: the app's figure, the floor's, their ratio, and the goal. */
export function compareLine(label, app, floor, goal = { ratio: 0.6, p99: 50 }) {
	const ratio = app.perSecond / floor.perSecond;
	const met = ratio >= goal.ratio && app.p99 < goal.p99 && app.failures === 0;
	return (
		`${label}: Blendwijzer ${rate(app.perSecond)}/s (p50 ${app.p50.toFixed(1)} ms, p99 ${app.p99.toFixed(1)} ms, failed ${app.failures})` +
		` | floor ${rate(floor.perSecond)}/s (p99 ${floor.p99.toFixed(1)} ms, failed ${floor.failures})` +
		` | ratio ${ratio.toFixed(2)} (goal ≥ ${goal.ratio}, p99 < ${goal.p99} ms: ${met ? 'met' : 'not met'})`
	);
}
