// Starts Blendwijzer from the build: `npm start` (after `npm run build`).
// A small wrapper around SvelteKit's adapter-node handler so that static files get the same
// security headers as pages, and so that plain `http://localhost:3000` works without setting
// ORIGIN (adapter-node otherwise assumes https and refuses form posts).
import { createServer } from 'node:http';
import { BASE_SECURITY_HEADERS, STRICT_CSP, transportSecurityHeaders } from './src/lib/server/http/headers.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;
// adapter-node refuses larger bodies (default 512 KB). Product attachments may be 5 MB; every
// route still applies its own, smaller bound (forms.ts: 256 KB, uploads.ts: the file's limit).
process.env.BODY_SIZE_LIMIT ??= '6M';

const { handler } = await import('./build/handler.js');

const baseHeaders = {
	...BASE_SECURITY_HEADERS,
	...transportSecurityHeaders(process.env.ORIGIN, process.env.HSTS_MAX_AGE),
	'content-security-policy': STRICT_CSP
};

const server = createServer((req, res) => {
	// SvelteKit replaces the CSP with its own nonce-based policy on pages.
	for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
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
