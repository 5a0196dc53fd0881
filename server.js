// Starts Blendwijzer from the build: `npm start` (after `npm run build`).
// A small wrapper around SvelteKit's adapter-node handler so that static files get the same
// security headers as pages, and so that plain `http://localhost:3000` works without setting
// ORIGIN (adapter-node otherwise assumes https and refuses form posts).
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import { BASE_SECURITY_HEADERS, STRICT_CSP, transportSecurityHeaders } from './src/lib/server/http/headers.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;
// Every route reads its body within its own limit (forms: 256 KB, uploads: the file's limit, JSON:
// 64 KB) and answers a larger one, chunked or not, with a 413 and its message: see
// src/lib/server/http/body.ts. adapter-node's own limit would stop reading halfway and leave the
// upload paused, which Node answers with a reset connection instead of the message.
process.env.BODY_SIZE_LIMIT ??= 'Infinity';

const { handler } = await import('./build/handler.js');

// The app's event streams, served on Node's own response rather than through SvelteKit: a stream
// stays open for hours, and SvelteKit's request, response and web stream objects would stay with
// it (decision record 0059). The build's init hook offers this function; it runs the routes' own
// access checks and answers false for anything it does not serve, which SvelteKit then answers.
const serveEventStream = globalThis[Symbol.for('blendwijzer.serveEventStream')];
if (typeof serveEventStream !== 'function') throw new Error('build/handler.js offers no event streams: build the app again (npm run build)');
// Likewise the busiest form actions (a scan's autosave, a survey's submission): the same action
// functions the routes export, without SvelteKit's conversion of every request and answer to web
// objects, which cost more than the write itself (decision record 0061). It hands anything it does
// not answer to SvelteKit: untouched, or with the body it has read.
const serveFormAction = globalThis[Symbol.for('blendwijzer.serveFormAction')];
if (typeof serveFormAction !== 'function') throw new Error('build/handler.js offers no form actions: build the app again (npm run build)');

const baseHeaders = {
	...BASE_SECURITY_HEADERS,
	...transportSecurityHeaders(process.env.ORIGIN, process.env.HSTS_MAX_AGE),
	'content-security-policy': STRICT_CSP
};

// adapter-node's static file server (sirv) lists build/client once at start and later streams a
// listed file without handling a read error: a file that disappears while the server runs (a new
// build copied over the old one) would end the process with an uncaught ENOENT. Such a file is
// answered 404 here instead; a read that fails after that check only ends its own response.
const clientDir = fileURLToPath(new URL('./build/client', import.meta.url));
const staticFiles = new Set();
for (const entry of readdirSync(clientDir, { recursive: true, withFileTypes: true })) {
	if (entry.isFile()) staticFiles.add(`${entry.parentPath ?? entry.path}/${entry.name}`.slice(clientDir.length));
}

async function staticFileGone(req) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	let path;
	try {
		path = decodeURI(new URL(req.url ?? '/', 'http://x').pathname);
	} catch {
		return false;
	}
	const listed = ['', '.br', '.gz'].map((extension) => path + extension).filter((file) => staticFiles.has(file));
	if (listed.length === 0) return false;
	const present = await Promise.all(listed.map((file) => stat(clientDir + file).then(() => true, () => false)));
	return present.includes(false);
}

// Pages and other dynamic responses are compressed as they stream out: brotli (quality 4, fast
// enough to do per response) or gzip, whichever the browser accepts, with `Vary: Accept-Encoding`
// (decision record 0046). The static files need none of this: the build precompressed them, and a
// response that already has a Content-Encoding is left alone. Not compressed:
// - Server-Sent Events streams: a compressor holds bytes back until it has enough of them, and
//   each event must reach the screen the moment it is written;
// - pages for a signed-in session: they hold secrets (share and invitation links) beside text
//   taken from the request (the address, in the language switch), which is what a BREACH attack
//   needs to read a secret from the compressed length. The pages for phones carry no session.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?bw_session=/;
const compress = compression({
	filter: (req, res) =>
		!String(res.getHeader('content-type') ?? '').startsWith('text/event-stream') &&
		!SESSION_COOKIE.test(req.headers.cookie ?? '') &&
		compression.filter(req, res)
});

function notFound(res) {
	res.statusCode = 404;
	res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.end('Not found');
}

const server = createServer(async (req, res) => {
	// SvelteKit replaces the CSP with its own nonce-based policy on pages.
	for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
	res.on('pipe', (source) => source.once('error', () => res.destroy()));
	if (await staticFileGone(req)) return notFound(res);
	// Never compressed: each event must reach the screen the moment it is written (see below).
	if (await serveEventStream(req, res, process.env.ORIGIN)) return;
	compress(req, res, async () => {
		const toSvelteKit = (request) => handler(request, res, () => notFound(res));
		if (!(await serveFormAction(req, res, process.env.ORIGIN, toSvelteKit))) toSvelteKit(req);
	});
});

server.listen(port, host, () => {
	console.log(`Blendwijzer listening on ${process.env.ORIGIN} (port ${port})`);
});

function shutdown() {
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
