/**
 * Reading request bodies within a limit, whether the client declared their length or sent them in
 * chunks. A refused body is still read to its end and thrown away (up to MAX_DISCARDED_BYTES):
 * Node resets the connection of a request answered while its upload is paused, and the client then
 * sees "connection reset" instead of the refusal and its message. adapter-node's own limit is off
 * for the same reason (server.js): it stops reading at its limit and leaves the upload paused.
 */

/** The most a refused body is read to deliver the refusal; past it the connection is closed. */
export const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/** Reads at most `limit` bytes of the body; one byte more and `tooLarge` is called once the rest is thrown away. */
export async function readBounded(request: Request, limit: number, tooLarge: () => never): Promise<Uint8Array<ArrayBuffer>> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) {
		await discardUnreadBody(request);
		tooLarge();
	}
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await discard(reader, total);
			tooLarge();
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}

/** Reads and throws away a body nobody read (a refused or unknown request), so that its answer arrives. */
export async function discardUnreadBody(request: Request): Promise<void> {
	if (!request.body || request.bodyUsed) return;
	try {
		await discard(request.body.getReader(), 0);
	} catch {
		// A broken connection: nothing more to do.
	}
}

async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, seen: number): Promise<void> {
	let total = seen;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		total += value.length;
		if (total > MAX_DISCARDED_BYTES) {
			await reader.cancel();
			return;
		}
	}
}
