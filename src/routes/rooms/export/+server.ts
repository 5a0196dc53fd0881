/** The institution's room inventory as CSV, for everyone signed in in it; what import reads back (decision record 0055). */
import type { RequestHandler } from './$types';
import { roomsUser } from '$lib/rooms/server/routes';
import * as roomsTable from '$lib/rooms/server/data/rooms';
import { roomsCsv } from '$lib/rooms/csv';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { db, user } = await roomsUser(locals, url);
	const body = roomsCsv(await roomsTable.list(db, user.institutionId));
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${locals.language === 'nl' ? 'ruimtes' : 'rooms'}.csv"`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
