/**
 * The bytes of uploaded attachments, outside the web root: `DATA_DIR/attachments/<institution>/<id>`,
 * named by our own UUIDs (never by the uploaded name, so no path can be smuggled in). Only the
 * attachment route reads them, with a download disposition, nosniff and a CSP sandbox.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function attachmentsDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.DATA_DIR ?? 'data', 'attachments');
}

function pathOf(institutionId: string, id: string): string {
	if (!UUID.test(institutionId) || !UUID.test(id)) throw new Error('attachment ids are UUIDs');
	return join(attachmentsDir(), institutionId, id);
}

export async function writeAttachment(institutionId: string, id: string, bytes: Uint8Array): Promise<void> {
	const path = pathOf(institutionId, id);
	await mkdir(join(attachmentsDir(), institutionId), { recursive: true });
	// 'wx': never overwrite; ids are fresh UUIDs.
	await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
}

export async function readAttachment(institutionId: string, id: string): Promise<Buffer | undefined> {
	try {
		return await readFile(pathOf(institutionId, id));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

export async function deleteAttachment(institutionId: string, id: string): Promise<void> {
	await rm(pathOf(institutionId, id), { force: true });
}
