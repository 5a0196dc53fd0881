/** An instrument version as a JSON file (docs/instrument-format.md), for sharing with other institutions. */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { DEFAULT_INSTRUMENT_KEY } from '$lib/instrument';
import { instrumentFileName, instrumentFileText } from '$lib/instrument/file';
import { notFound } from '$lib/server/http/errors';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const admin = requireAdmin(locals, url);
	if (!/^[1-9][0-9]{0,8}$/.test(params.version)) notFound();
	const { db } = await getDb();
	const instrument = await instrumentFor(db, admin.institutionId, DEFAULT_INSTRUMENT_KEY, Number(params.version));
	if (!instrument) notFound();
	return new Response(instrumentFileText(instrument), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${instrumentFileName(instrument)}"`,
			'cache-control': 'no-store'
		}
	});
};
