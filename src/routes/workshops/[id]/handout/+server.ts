import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { workshopForLeader } from '$lib/workshop/server/access';
import { handoutToPdf } from '$lib/workshop/server/handout';
import { slugify } from '$lib/server/export';
import { isLanguage } from '$lib/i18n';

/** The one-page paper handout with the explanation and the worksheet. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const lang = url.searchParams.get('lang');
	const language = isLanguage(lang) ? lang : locals.language;
	const { db } = await getDb();
	const { workshop, instrument } = await workshopForLeader(db, user, params.id);
	const body = await handoutToPdf({ language, instrument, workshopTitle: workshop.title });
	const slug = slugify(workshop.title) || 'workshop';
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="handout-${slug}.pdf"`,
			'cache-control': 'no-store'
		}
	});
};
