/**
 * An attached file, for signed-in users of the institution that attached it. Always a download:
 * `Content-Disposition: attachment`, our own content type with `nosniff`, and a CSP sandbox, so
 * even a file a browser might render never runs as a page of this origin.
 */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import * as attachments from '$lib/toolkit/server/data/product-attachments';
import { readAttachment } from '$lib/toolkit/server/attachment-files';
import { notFound } from '$lib/server/http/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	if (!UUID.test(params.id)) notFound();
	const { db } = await getDb();
	const attachment = await attachments.getInInstitution(db, user.institutionId, params.key, params.id);
	if (!attachment || attachment.kind !== 'file') notFound();
	const bytes = await readAttachment(user.institutionId, attachment.id);
	if (!bytes) notFound();
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': attachment.contentType,
			'content-length': String(bytes.length),
			// ASCII fallback plus the UTF-8 name (RFC 6266); safeFileName has removed quotes and slashes.
			'content-disposition': `attachment; filename="${attachment.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "sandbox; default-src 'none'",
			'cache-control': 'private, no-store'
		}
	});
};
