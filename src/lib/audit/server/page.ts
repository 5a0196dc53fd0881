/**
 * What the admin's audit page and its CSV read: the filter from the query string, one page of
 * entries with each object's current title and each actor's name, or every matching entry as a
 * file. A filter value we do not offer is reported, and nothing is listed, rather than silently
 * ignored (the admin would read an unfiltered list as the filtered one).
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { Language } from '$lib/i18n';
import { messages } from '$lib/i18n';
import { PAGE_SIZE, filterQuery, parseFilter, type AuditEvent, type FilterProblem, type AuditFilter } from '../audit';
import * as audit from './data/audit';
import { actorNames, objectKey, titles } from './titles';
import { auditExports } from './export';

export interface AuditRow extends AuditEvent {
	/** The object's title now; null when it no longer exists. */
	title: string | null;
	/** The actor's name now; null for nobody or a removed user. */
	actorName: string | null;
}

export interface AuditPage {
	filter: AuditFilter;
	query: string;
	problems: FilterProblem[];
	rows: AuditRow[];
	total: number;
	page: number;
	pages: number;
}

export async function auditPage(db: Kysely<Database>, institutionId: string, params: URLSearchParams): Promise<AuditPage> {
	const { filter, page, problems } = parseFilter(params);
	const query = filterQuery(filter);
	if (problems.length > 0) return { filter, query, problems, rows: [], total: 0, page: 1, pages: 1 };
	const { events, total } = await audit.list(db, institutionId, filter, page, PAGE_SIZE);
	const [found, names] = await Promise.all([titles(db, institutionId, events), actorNames(db, institutionId, events)]);
	const rows = events.map((e) => ({ ...e, title: found.get(objectKey(e.objectKind, e.objectId)) ?? null, actorName: e.actorUserId === null ? null : (names.get(e.actorUserId) ?? null) }));
	return { filter, query, problems, rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The download: every entry the filter matches, newest first; a 400 with the problems for a filter we do not offer. */
export async function auditCsv(db: Kysely<Database>, institutionId: string, url: URL, fallback: Language): Promise<Response> {
	const { format, language } = auditExports.request('csv', url, fallback);
	const { filter, problems } = parseFilter(url.searchParams);
	if (problems.length > 0) {
		const m = messages(language).audit.problems;
		return new Response(problems.map((p) => m[p]).join('\n'), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	const events: AuditEvent[] = [];
	for await (const batch of audit.all(db, institutionId, filter)) events.push(...batch);
	return auditExports.download({ language, generatedAt: new Date().toISOString(), events }, format);
}
