/**
 * Any body over its limit gets a 413 with its message in the user's language, whether the client
 * declared its length or sent it in chunks (no Content-Length): the server reads the rest and
 * throws it away, so the client sees the answer instead of a reset connection. Nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { format, messages } from '$lib/i18n';
import { formatBytes } from '$lib/i18n/format';
import { MAX_ATTACHMENT_BYTES } from '$lib/toolkit/attachment-types';
import { MAX_FORM_BYTES } from '$lib/server/http/forms';
import { MAX_JSON_BYTES } from '$lib/server/http/json-body';
import { decodeEntities, dumpDb, setupFirstAdmin, startAppWithDb, type App, type Client } from './http';

/** Posts a body in chunks, as a script streaming an upload does (no Content-Length); `accept` says whether a page or JSON comes back. */
function postChunked(app: App, path: string, headers: Record<string, string>, parts: { head: string; fill: number; tail: string }): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request(new URL(path, app.url), { method: 'POST', headers: { origin: app.url, ...headers } }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
		});
		req.on('error', reject);
		const chunk = Buffer.alloc(64 * 1024, 'a');
		let left = parts.fill;
		req.write(parts.head);
		const more = () => {
			while (left > 0) {
				const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
				left -= piece.length;
				if (!req.write(piece)) return void req.once('drain', more);
			}
			req.end(parts.tail);
		};
		more();
	});
}

describe('oversized bodies, chunked or not', () => {
	let app: App;
	let admin: Client;

	beforeAll(async () => {
		app = await startAppWithDb();
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Groot', name: 'Ada Admin', email: 'ada@groot.nl', password: 'een lange zin als wachtwoord' });
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('answers a chunked upload of 10 MB with a 413 that names the limit, and stores no attachment', async () => {
		const before = await dumpDb(app.db);
		const boundary = 'grens1234';
		const reply = await postChunked(
			app,
			'/admin/content/products/implementatie-actieplan?/addFile',
			{ cookie: admin.cookieHeader(), accept: 'text/html', 'content-type': `multipart/form-data; boundary=${boundary}` },
			{
				head: `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nGroot\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
				fill: 10 * 1024 * 1024,
				tail: `\r\n--${boundary}--\r\n`
			}
		);
		expect(reply.status).toBe(413);
		expect(decodeEntities(reply.text)).toContain(format(messages('nl').common.fileTooLarge, { size: formatBytes(MAX_ATTACHMENT_BYTES, 'nl') }));
		expect(await dumpDb(app.db)).toBe(before);
	});

	it('answers a chunked form post over the form limit with a 413 in the user language', async () => {
		const before = await dumpDb(app.db);
		const reply = await postChunked(
			app,
			'/admin?/rename',
			{ cookie: `${admin.cookieHeader()}; bw_lang=en`, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			{ head: 'name=', fill: 2 * MAX_FORM_BYTES, tail: '' }
		);
		expect(reply.status).toBe(413);
		expect(decodeEntities(reply.text)).toContain(format(messages('en').common.tooLong, { max: MAX_FORM_BYTES }));
		expect(await dumpDb(app.db)).toBe(before);
	});

	it('answers a chunked JSON write over 64 KiB with a 413 and its message, before anything else is looked at', async () => {
		const reply = await postChunked(app, '/w/score', { 'content-type': 'application/json', accept: 'application/json' }, { head: '{"pad":"', fill: 4 * MAX_JSON_BYTES, tail: '"}' });
		expect(reply.status).toBe(413);
		expect(JSON.parse(reply.text).message).toBe(format(messages('nl').common.tooLong, { max: MAX_JSON_BYTES }));
	});
});
