/**
 * An attached file: a public one for anyone, a signed-in-only one for signed-in users of the
 * institution that attached it (decision records 0017, 0038). A visitor asking for any other id
 * is sent to sign in, whether the file exists or not, so nothing tells which ids are real.
 * Always a download: `Content-Disposition: attachment`, our own content type with `nosniff`, and
 * a CSP sandbox, so even a file a browser might render never runs as a page of this origin.
 */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { readAttachment } from '$lib/toolkit/server/attachment-files';
import { downloadableFile } from '$lib/toolkit/server/attachments';
import { readerFor } from '$lib/toolkit/server/content';
import { notFound } from '$lib/server/http/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { db } = await getDb();
	const reader = await readerFor(db, locals);
	const attachment = UUID.test(params.id) ? await downloadableFile(db, reader, params.key, params.id) : undefined;
	if (!attachment) {
		requireUser(locals, url);
		notFound();
	}
	const bytes = await readAttachment(reader!.institutionId, attachment.id);
	if (!bytes) notFound();
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': attachment.contentType,
			'content-length': String(bytes.length),
			// ASCII fallback plus the UTF-8 name (RFC 6266); safeFileName has removed quotes and slashes.
			'content-disposition': `attachment; filename="${attachment.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "sandbox; default-src 'none'",
			// Not cached anywhere: an admin who makes a file signed-in only again means it at once.
			'cache-control': 'private, no-store'
		}
	});
};
