/**
 * A room's photo, for signed-in users of the room's institution only. Shown in the page (inline),
 * with our own content type from the photo's first bytes, `nosniff`, and a CSP sandbox, as the
 * toolkit's attachments are served; any other id is a 404, whether it exists elsewhere or not.
 */
import type { RequestHandler } from './$types';
import { roomOf, roomsUser } from '$lib/rooms/server/routes';
import { photoFile } from '$lib/rooms/server/rooms';
import { notFound } from '$lib/server/http/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { db, user } = await roomsUser(locals, url);
	const room = await roomOf(db, user, params.id);
	const found = UUID.test(params.photoId) ? await photoFile(db, user.institutionId, room.id, params.photoId) : undefined;
	if (!found) notFound();
	return new Response(new Uint8Array(found.bytes), {
		headers: {
			'content-type': found.photo.contentType,
			'content-length': String(found.bytes.length),
			'content-disposition': 'inline',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "sandbox; default-src 'none'",
			// As the attachments: not kept anywhere, so a person who leaves the institution takes no copy along.
			'cache-control': 'private, no-store'
		}
	});
};
