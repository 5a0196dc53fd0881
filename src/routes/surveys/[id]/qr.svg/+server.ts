import type { RequestHandler } from './$types';
import QRCode from 'qrcode';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { surveyForInstitution } from '$lib/survey/server/access';

/** The respondent link as a QR code, rendered on the server as SVG (for the page, a slide or a poster). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const { survey } = await surveyForInstitution(db, user.institutionId, params.id);
	const svg = await QRCode.toString(`${url.origin}/r/${survey.code}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml',
			'content-disposition': url.searchParams.has('download') ? 'attachment; filename="qr-brede-scan.svg"' : 'inline',
			'cache-control': 'no-store'
		}
	});
};
