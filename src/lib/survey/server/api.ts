/**
 * The read-only JSON API (/api/v1, documented in /api/v1/openapi.json) for institutions that build
 * their own dashboards. A request is allowed by the signed-in facilitator's session or by a
 * per-institution API token (`Authorization: Bearer bwt_…`); either way it sees only its own
 * institution. Errors are JSON with a status, never an HTML page.
 */
import { json } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as apiTokens from './data/api-tokens';
import type { SurveyReport, GroupReport } from '$lib/survey/survey-report';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string
	) {
		super(code);
	}
}

/** The institution the request may read, or a 401. A malformed or unknown token is a 401 even when a session cookie is also sent. */
export async function apiInstitution(db: Kysely<Database>, request: Request, locals: App.Locals): Promise<string> {
	const header = request.headers.get('authorization');
	if (header !== null) {
		const match = /^Bearer (bwt_[A-Za-z0-9_-]{43})$/.exec(header);
		const institutionId = match ? await apiTokens.institutionFor(db, match[1]!) : undefined;
		if (!institutionId) throw new ApiError(401, 'invalid_token');
		return institutionId;
	}
	if (locals.user) return locals.user.institutionId;
	throw new ApiError(401, 'unauthorized');
}

/** Runs an API handler, turning ApiError (and SvelteKit's 404s from the access helpers) into JSON errors. */
export async function apiHandler(run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof ApiError) return json({ error: e.code }, { status: e.status, headers: e.status === 401 ? { 'www-authenticate': 'Bearer' } : {} });
		if (e && typeof e === 'object' && 'status' in e && (e as { status: number }).status === 404) return json({ error: 'not_found' }, { status: 404 });
		throw e;
	}
}

/** A group as the API shows it: a hidden group keeps only its key, not even its size. */
function group(g: GroupReport) {
	return g.suppressed ? { key: g.key, suppressed: true } : { key: g.key, suppressed: false, respondents: g.respondents, factors: g.factors, categories: g.categories };
}

export function reportJson(report: SurveyReport) {
	return {
		minGroupSize: report.minGroupSize,
		total: group(report.total),
		byRole: report.byRole.map(group),
		byUnit: report.byUnit.map(group),
		byRoleAndUnit: report.byRoleAndUnit.map((g) => ({ role: g.role, unit: g.unitKey, ...group(g) })),
		factorsBySpread: report.factorsBySpread.map((f) => f.factorKey),
		change: report.change
	};
}
