// The floor for live streams: a bare Node HTTP server that keeps every `GET /events` open as a
// Server-Sent Events stream and, on `POST /publish`, writes one event frame to all of them — no
// framework, no database, no access checks. bench/live-scale.js measures the app beside it in the
// same run. Prints `listening <port>` once it accepts connections.
import { createServer } from 'node:http';

const streams = new Set();
let id = 0;

const server = createServer((req, res) => {
	if (req.method === 'GET' && req.url === '/events') {
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
		res.write('retry: 2000\n\n');
		streams.add(res);
		req.on('close', () => streams.delete(res));
		return;
	}
	if (req.method === 'POST' && req.url === '/publish') {
		id++;
		const frame = Buffer.from(`id: ${id}\nevent: state\ndata: {"stepIndex":${id % 2},"partIndex":0,"phase":"running"}\n\n`);
		for (const stream of streams) stream.write(frame);
		res.end('ok');
		return;
	}
	res.statusCode = 404;
	res.end();
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
// One heartbeat timer for all streams, as an SSE server should have.
setInterval(() => {
	for (const stream of streams) stream.write(': ping\n\n');
}, 15_000).unref();
process.on('SIGTERM', () => process.exit(0));
