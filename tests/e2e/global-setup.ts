/**
 * Starts the built app (`npm run build` runs first) on a free port with a fresh SQLite data
 * folder, as `npm start` would, and hands its address to the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createSchema, dropSchema } from '../../src/lib/server/db/connect';
import { TEST_POSTGRES_URL } from '../../src/lib/server/db/test-db';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The app on its embedded default, SQLite. */
		baseURL: string;
		/** The same app on PostgreSQL (a schema of its own at 127.0.0.1:5432). */
		postgresURL: string;
	}
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** The built app (server.js) on a free port; `output()` is what it has printed so far (its log, at LOG_LEVEL). */
export async function startApp(env: Record<string, string> = {}, cwd = process.cwd()): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'bw-e2e-'));
	const url = `http://localhost:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['server.js'], {
		cwd,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('app did not start within 30 s')), 30_000);
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('listening')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
	});
	return {
		url,
		output: () => output,
		stop: async () => {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** The app on PostgreSQL, in a fresh schema that is dropped again when it stops. */
export async function startPostgresApp(): Promise<{ url: string; stop: () => Promise<void> }> {
	const schema = `e2e_${randomBytes(6).toString('hex')}`;
	await createSchema(TEST_POSTGRES_URL, schema);
	const app = await startApp({ DATABASE_URL: TEST_POSTGRES_URL, DATABASE_SCHEMA: schema });
	return {
		url: app.url,
		stop: async () => {
			await app.stop();
			await dropSchema(TEST_POSTGRES_URL, schema);
		}
	};
}

export default async function setup(project: TestProject) {
	const [sqliteApp, postgresApp] = await Promise.all([startApp(), startPostgresApp()]);
	project.provide('baseURL', sqliteApp.url);
	project.provide('postgresURL', postgresApp.url);
	return async () => {
		await Promise.all([sqliteApp.stop(), postgresApp.stop()]);
	};
}
