/** The formats an action plan downloads as; shared by the page (links) and the server (renderers). */
export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats a survey's report downloads as: the report's tables, and (json) the raw anonymous answers. */
export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
