/** The design as one document for its exports, from the view its page shows. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { Language } from '$lib/i18n';
import * as institutions from '$lib/accounts/server/data/institutions';
import { designView } from './view';
import type { CourseDesignRecord } from './designs';
import type { DesignDocument } from './export';

export async function designDocument(db: Kysely<Database>, record: CourseDesignRecord, language: Language, at = new Date()): Promise<DesignDocument> {
	const institution = await institutions.get(db, record.institutionId);
	return { view: await designView(db, record, language), language, institutionName: institution?.name ?? '', generatedAt: at.toISOString() };
}
