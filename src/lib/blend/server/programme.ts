/** A programme's course designs side by side (`programmeBlend`), with names in the reader's language. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { messages, type Language } from '$lib/i18n';
import { programmeBlend, type ProgrammeColumn } from '$lib/blend/design';
import type { Environment } from '$lib/blend/environments';
import { environmentShares, learningTypeShares, synchronyShares, type NamedShare } from '$lib/blend/figures';
import { listDesigns, readDesign } from './designs';

export interface ProgrammeRow {
	courseId: string | null;
	title: string;
	hours: number;
	environments: NamedShare[];
	learningTypes: NamedShare[];
	synchrony: NamedShare[];
}

export async function programmeView(db: Kysely<Database>, institutionId: string, unitId: string, language: Language, environments: readonly Environment[]) {
	const m = messages(language).blendUi;
	const records = await listDesigns(db, institutionId, unitId);
	const courses = await Promise.all(records.map(async (r) => ({ id: r.id, design: (await readDesign(db, r)).design })));
	const { periods, whole } = programmeBlend(courses, environments.map((e) => e.id), m.programmeWhole);
	const row = (c: ProgrammeColumn): ProgrammeRow => ({
		courseId: c.courseId,
		title: c.title,
		hours: c.hours,
		environments: environmentShares(c, environments, language),
		learningTypes: learningTypeShares(c, language),
		synchrony: synchronyShares(c, language)
	});
	return {
		periods: periods.map((p) => ({ period: p.period || m.noPeriod, courses: p.courses.map(row), total: { ...row(p.total), title: m.programmePeriodTotal } })),
		whole: row(whole),
		count: courses.length
	};
}
