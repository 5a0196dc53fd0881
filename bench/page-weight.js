// The pages phones open, loaded as a mid-range phone on a slow network does (Chromium with 4× CPU
// slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency; a fresh cache each load): the bytes
// transferred (HTML, JS, CSS, other) and the time to the first usable control, for the
// respondent's page of a survey with the 15 factors, /join and /toolkit. Beside them, measured in
// the same run, the reference: the same 15-factor scan built with SurveyJS (survey-core +
// survey-js-ui from node_modules, served by this script, precompressed with brotli as a careful
// production setup would), and the ratios against the goals of issue 13.
// Prints figures; asserts nothing. Needs `npm run build` first. Usage: `npm run bench:pages`.
// BENCH_PAGE_LOADS (default 7) loads per page, taking turns; the time is their median.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { device, startBenchApp } from './app.js';

const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 7);
const PHONE = { cpuSlowdown: 4, downKbit: 1600, upKbit: 750, latencyMs: 150 };
const GOALS = { bytesOfPeer: 1 / 8, timeOfPeer: 1 / 10, joinBytes: 30_000, toolkitBytes: 30_000 };
const ROLES = ['bestuurder', 'medewerker', 'student'];
const instrument = JSON.parse(readFileSync(new URL('../src/lib/instrument/data/zelfscan-blended-leren.v1.json', import.meta.url), 'utf8'));

/** The reference: the same scan (role, then per factor its descriptors, now, desired, what it takes), a page per category, in SurveyJS. */
function surveyJsScan() {
	const phaseChoices = [
		...instrument.phases.map((phase, i) => ({ value: i + 1, text: `Fase ${i + 1} · ${phase.name.nl}` })),
		{ value: 'unknown', text: 'Weet ik niet' }
	];
	return {
		locale: 'nl',
		title: 'Brede zelfscan',
		showProgressBar: 'top',
		pages: instrument.categories.map((category, c) => ({
			name: category.key,
			title: category.name.nl,
			elements: [
				...(c === 0
					? [{ type: 'radiogroup', name: 'role', title: 'Wat is je rol?', isRequired: true, choices: ROLES.map((role) => ({ value: role, text: role[0].toUpperCase() + role.slice(1) })) }]
					: []),
				...category.factors.map((factor) => ({
					type: 'panel',
					name: factor.key,
					title: factor.name.nl,
					description: factor.descriptors.map((d, i) => `Fase ${i + 1}: ${d.nl}`).join('\n'),
					elements: [
						{ type: 'radiogroup', name: `current.${factor.key}`, title: 'Waar staan we nu?', isRequired: true, choices: phaseChoices },
						{ type: 'radiogroup', name: `desired.${factor.key}`, title: 'Waar willen we heen?', isRequired: true, choices: phaseChoices },
						{ type: 'comment', name: `needed.${factor.key}`, title: 'Wat is daarvoor nodig? (optioneel)', maxLength: 4000 }
					]
				}))
			]
		}))
	};
}

/** Serves the SurveyJS page and its files, each brotli-compressed once (quality 11, as a build would). */
async function startReference() {
	const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brede zelfscan (SurveyJS)</title>
<link rel="stylesheet" href="/survey-core.min.css">
<script src="/survey.core.min.js"></script><script src="/dutch.min.js"></script><script src="/survey-js-ui.min.js"></script>
</head><body><div id="survey"></div><script src="/scan.js"></script></body></html>`;
	const scan = `const survey = new Survey.Model(${JSON.stringify(surveyJsScan())});\nsurvey.render(document.getElementById('survey'));\n`;
	const modules = new URL('../node_modules/', import.meta.url);
	// The harness's own floor: a page with one labelled radio button and nothing else, served the same way.
	const bare = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eén keuze</title></head><body><form><label><input type="radio" name="a" value="1"> Ja</label></form></body></html>`;
	const files = {
		'/': ['text/html; charset=utf-8', Buffer.from(html)],
		'/bare': ['text/html; charset=utf-8', Buffer.from(bare)],
		'/scan.js': ['text/javascript', Buffer.from(scan)],
		'/survey-core.min.css': ['text/css', readFileSync(new URL('survey-core/survey-core.min.css', modules))],
		'/survey.core.min.js': ['text/javascript', readFileSync(new URL('survey-core/survey.core.min.js', modules))],
		'/dutch.min.js': ['text/javascript', readFileSync(new URL('survey-core/i18n/dutch.min.js', modules))],
		'/survey-js-ui.min.js': ['text/javascript', readFileSync(new URL('survey-js-ui/survey-js-ui.min.js', modules))]
	};
	const compressed = Object.fromEntries(
		Object.entries(files).map(([path, [type, body]]) => [path, [type, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })]])
	);
	const server = createServer((req, res) => {
		const file = compressed[new URL(req.url ?? '/', 'http://x').pathname];
		if (!file) return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': file[0], 'content-encoding': 'br', 'content-length': file[1].length, vary: 'Accept-Encoding' });
		res.end(file[1]);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** A survey open today with the instrument's 15 factors; the address of its respondent page. */
async function respondentPage(origin) {
	const admin = device(origin);
	await admin.request('POST', '/setup', { form: { institution: 'Bench', name: 'Bench', email: 'bench@example.nl', password: 'een lange zin voor de meting', passwordRepeat: 'een lange zin voor de meting' } });
	const today = new Date().toISOString().slice(0, 10);
	const later = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
	const created = await admin.request('POST', '/surveys/new', {
		form: new URLSearchParams([['title', 'Brede zelfscan'], ['level', 'institution'], ['unit', ''], ['opensAt', today], ['closesAt', later], ['minGroupSize', '5'], ['message', ''], ...ROLES.map((r) => ['roles', r])])
	});
	if (!created.location) throw new Error(`could not create a survey: ${created.status}`);
	const code = /\/r\/([A-Za-z0-9_-]{22})/.exec((await admin.request('GET', created.location)).text)?.[1];
	if (!code) throw new Error('no respondent link on the survey page');
	return `${origin}/r/${code}`;
}

/**
 * Notes, in the page, the first animation frame (so: a frame about to be painted) in which the
 * control is in the document, laid out, and not disabled. A radio button or checkbox that a
 * stylesheet hides behind its label counts by its label, the thing a finger taps.
 */
function watchFirstControl(selector) {
	const look = () => {
		const control = document.querySelector(selector);
		const target = control?.closest('label') ?? control;
		const box = target?.getBoundingClientRect();
		if (control && !control.disabled && !control.closest('fieldset:disabled') && box && box.width > 0 && box.height > 0) {
			window.__firstControl = performance.now();
		} else requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
}

const KINDS = { Document: 'html', Script: 'js', Stylesheet: 'css' };

/** One load with a fresh cache: bytes per kind (as transferred, headers included) and the time to the first control. */
async function load(browser, url, selector) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
	await context.addInitScript(watchFirstControl, selector);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: PHONE.latencyMs,
		downloadThroughput: (PHONE.downKbit * 1000) / 8,
		uploadThroughput: (PHONE.upKbit * 1000) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
	const kinds = new Map();
	const pending = new Set();
	const bytes = { html: 0, js: 0, css: 0, other: 0 };
	cdp.on('Network.requestWillBeSent', (event) => pending.add(event.requestId));
	cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, KINDS[event.type] ?? 'other'));
	cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId));
	cdp.on('Network.loadingFinished', (event) => {
		pending.delete(event.requestId);
		bytes[kinds.get(event.requestId) ?? 'other'] += event.encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForFunction(() => window.__firstControl !== undefined, null, { timeout: 120_000 });
	// Everything the page asked for has arrived and nothing more was asked for a second.
	for (let quiet = 0; quiet < 10; quiet = pending.size === 0 ? quiet + 1 : 0) await new Promise((resolve) => setTimeout(resolve, 100));
	const firstControl = await page.evaluate(() => window.__firstControl);
	await context.close();
	return { bytes, total: bytes.html + bytes.js + bytes.css + bytes.other, firstControl };
}

/**
 * Loads each page `LOADS` times, taking turns (ours, the reference, ours, …), so that whatever
 * else the machine does slows both alike; the time is the median, the bytes are the last load's.
 */
async function measureAll(browser, pages) {
	const loads = pages.map(() => []);
	for (let i = 0; i < LOADS; i++) {
		for (const [p, { url, selector }] of pages.entries()) loads[p].push(await load(browser, url, selector));
	}
	return pages.map(({ name }, p) => {
		const times = loads[p].map((l) => l.firstControl).sort((a, b) => a - b);
		return { name, ...loads[p].at(-1), firstControl: times[Math.floor(times.length / 2)], fastest: times[0], slowest: times.at(-1) };
	});
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n).toLocaleString('en')} ms`;

const bench = await startBenchApp('bw-bench-pages-');
const reference = await startReference();
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});
try {
	const respondent = await respondentPage(bench.origin);
	const results = await measureAll(browser, [
		{ name: 'respondent page /r/<code>', url: respondent, selector: '#answers input[type=radio]' },
		{ name: 'SurveyJS, the same scan (reference)', url: reference.url, selector: '.sd-question input[type=radio]' },
		{ name: 'one radio button, nothing else (floor)', url: `${reference.url}bare`, selector: 'input[type=radio]' },
		{ name: '/join', url: `${bench.origin}/join`, selector: '#field-code' },
		{ name: '/toolkit', url: `${bench.origin}/toolkit`, selector: 'form.filters input[type=checkbox]' }
	]);
	const [ours, peer, floor, join, toolkit] = results;
	console.log(
		`Page weight on a throttled phone (${PHONE.cpuSlowdown}× CPU, ${PHONE.downKbit / 1000} Mbit/s down, ${PHONE.upKbit} kbit/s up, ${PHONE.latencyMs} ms latency), ` +
			`${LOADS} loads per page with an empty cache, taking turns, first control as the median (fastest–slowest); KB = 1,000 bytes as transferred`
	);
	for (const r of results) {
		console.log(
			`  ${r.name.padEnd(38)} ${kb(r.total).padStart(9)} (HTML ${kb(r.bytes.html)}, JS ${kb(r.bytes.js)}, CSS ${kb(r.bytes.css)}, other ${kb(r.bytes.other)}); ` +
				`first control ${ms(r.firstControl)} (${ms(r.fastest)}–${ms(r.slowest)})`
		);
	}
	const verdict = (ok) => (ok ? 'holds' : 'MISSED');
	const byteRatio = ours.total / peer.total;
	const timeRatio = ours.firstControl / peer.firstControl;
	console.log('Against the goals (issue 13):');
	console.log(`  respondent page bytes: ${byteRatio.toFixed(3)} of the reference (goal ≤ ${GOALS.bytesOfPeer.toFixed(3)}, ≤ ${kb(peer.total * GOALS.bytesOfPeer)} in this run): ${verdict(byteRatio <= GOALS.bytesOfPeer)}`);
	console.log(`  respondent page first control: ${timeRatio.toFixed(3)} of the reference (goal ≤ ${GOALS.timeOfPeer.toFixed(3)}, ≤ ${ms(peer.firstControl * GOALS.timeOfPeer)} in this run): ${verdict(timeRatio <= GOALS.timeOfPeer)}`);
	console.log(`  (the floor, a page with one radio button and nothing else, in this harness: ${(floor.firstControl / peer.firstControl).toFixed(3)} of the reference)`);
	console.log(`  /join: ${kb(join.total)} (goal ≤ ${kb(GOALS.joinBytes)}): ${verdict(join.total <= GOALS.joinBytes)}`);
	console.log(`  /toolkit: ${kb(toolkit.total)} (goal ≤ ${kb(GOALS.toolkitBytes)}): ${verdict(toolkit.total <= GOALS.toolkitBytes)}`);
} finally {
	await browser.close();
	await reference.stop();
	await bench.stop();
}
