/** The formats an action plan downloads as; shared by the page (links) and the server (renderers). */
export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
