/**
 * The audit trail as CSV, registered with the export engine like every other download: one tidy
 * table (decision record 0031), one row per entry, newest first, every column one kind of value.
 * It holds what the trail holds (ids, field names, fixed words), never a title or a name, so a
 * file passed on leaks nothing; the page shows the names. Cells go through the same formula
 * guard as every CSV.
 */
import { AUDIT_FORMATS, type AuditFormat } from '$lib/export/formats';
import { messages, type Language } from '$lib/i18n';
import { csvTable } from '$lib/server/export/csv';
import { downloadName } from '$lib/server/export/filename';
import { exporter } from '$lib/server/export/registry';
import type { AuditEvent } from '../audit';

export interface AuditDocument {
	language: Language;
	generatedAt: string;
	events: readonly AuditEvent[];
}

export function auditToCsv(doc: AuditDocument): Buffer {
	const m = messages(doc.language).audit;
	const c = m.columns;
	const header = [c.at, c.user, c.action, c.kind, c.objectId, c.fields, c.via];
	const rows = doc.events.map((e) => [e.at, e.actorUserId, m.actions[e.action], m.kinds[e.objectKind], e.objectId, e.fields.join(', '), m.vias[e.via]]);
	return csvTable([header, ...rows]);
}

export const auditExports = exporter<AuditDocument, AuditFormat, Buffer>(AUDIT_FORMATS, { csv: auditToCsv }, (doc, extension) =>
	downloadName(messages(doc.language).audit.fileName, '', doc.generatedAt, extension)
);
