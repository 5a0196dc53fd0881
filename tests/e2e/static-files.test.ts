/**
 * A static file that disappears while the server runs (a new build copied over the old one) is a
 * 404, and the server stays up. The app runs from a copy of the build, so the file can go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApp } from './global-setup';

describe('static files', () => {
	let dir: string;
	let app: { url: string; stop: () => Promise<void> };

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'bw-static-'));
		cpSync('build', join(dir, 'build'), { recursive: true });
		cpSync('server.js', join(dir, 'server.js'));
		cpSync('package.json', join(dir, 'package.json'));
		mkdirSync(join(dir, 'src/lib/server/http'), { recursive: true });
		cpSync('src/lib/server/http/headers.js', join(dir, 'src/lib/server/http/headers.js'));
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
		app = await startApp({}, dir);
	});
	afterAll(async () => {
		await app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('answers a file removed while the server runs with a 404, compressed or not, and goes on serving', async () => {
		const script = readdirSync(join(dir, 'build/client/_app/immutable/entry')).find((name) => name.endsWith('.js'))!;
		const path = `/_app/immutable/entry/${script}`;
		expect((await fetch(`${app.url}${path}`)).status).toBe(200);
		for (const file of readdirSync(join(dir, 'build/client/_app/immutable/entry')).filter((name) => name.startsWith(script))) {
			rmSync(join(dir, 'build/client/_app/immutable/entry', file));
		}
		for (const encoding of ['br', 'gzip', 'identity']) {
			const reply = await fetch(`${app.url}${path}`, { headers: { 'accept-encoding': encoding } });
			expect(reply.status, encoding).toBe(404);
		}
		expect((await fetch(`${app.url}/login`)).status).toBe(200);
		expect((await fetch(`${app.url}/favicon.svg`)).status).toBe(200);
	});
});
