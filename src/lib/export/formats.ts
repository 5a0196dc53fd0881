/**
 * The file formats Blendwijzer exports, as both the pages that link to a download and the routes
 * that make it see them: content type, file extension and the link's text in each language. This
 * half of the export registry has no renderer in it, so a page can import it; the renderers are
 * registered per kind of document with `exporter` in `$lib/server/export/registry.ts`.
 */
import { messages, type Language } from '$lib/i18n';

export interface FileFormat {
	contentType: string;
	extension: string;
}

export const FILE_FORMATS = {
	pdf: { contentType: 'application/pdf', extension: 'pdf' },
	docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
	xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
	csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
	json: { contentType: 'application/json; charset=utf-8', extension: 'json' }
} as const satisfies Record<string, FileFormat>;

export type ExportFormat = keyof typeof FILE_FORMATS;

/** What an action plan downloads as, in the order the pages list them. */
export const PLAN_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const satisfies readonly ExportFormat[];
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** What a survey's report downloads as: the report's tables, and (json) the raw anonymous answers. */
export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const satisfies readonly ExportFormat[];
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the audit trail downloads as (decision record 0044). */
export const AUDIT_FORMATS = ['csv'] as const satisfies readonly ExportFormat[];
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** The text of a download link: "Download als PDF", "Ruwe antwoorden (JSON, anoniem)". */
export function downloadLabel(format: ExportFormat, language: Language): string {
	return messages(language).export.downloads[format];
}
