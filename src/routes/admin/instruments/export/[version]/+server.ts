/** A version of an instrument (`?instrument=<key>`, the self-scan without it) as a JSON file (docs/instrument-format.md), for sharing with other institutions. */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { instrumentFileName, instrumentFileText } from '$lib/instrument/file';
import { notFound } from '$lib/server/http/errors';
import { pageInstrument } from '../../instrument-key';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const admin = requireAdmin(locals, url);
	const key = pageInstrument(url);
	if (!/^[1-9][0-9]{0,8}$/.test(params.version)) notFound();
	const { db } = await getDb();
	const instrument = await instrumentFor(db, admin.institutionId, key, Number(params.version));
	if (!instrument) notFound();
	return new Response(instrumentFileText(instrument), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${instrumentFileName(instrument)}"`,
			'cache-control': 'no-store'
		}
	});
};
