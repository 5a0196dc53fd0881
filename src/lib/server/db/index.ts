/**
 * The app's database, opened lazily on first use (SvelteKit's build imports server modules, so
 * nothing may connect at import time) and migrated before the first query.
 */
import { resolve } from 'node:path';
import { connect, migrate, type Db } from './connect';

let opening: Promise<Db> | undefined;

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
	if (env.DATABASE_URL) return env.DATABASE_URL;
	return resolve(env.DATA_DIR ?? 'data', 'blendwijzer.db');
}

export function getDb(): Promise<Db> {
	opening ??= (async () => {
		const handle = connect({ url: databaseUrl(), schema: process.env.DATABASE_SCHEMA });
		await migrate(handle);
		return handle;
	})();
	return opening;
}

export async function closeDb(): Promise<void> {
	if (!opening) return;
	const handle = await opening;
	opening = undefined;
	await handle.close();
}

export type { Db };
