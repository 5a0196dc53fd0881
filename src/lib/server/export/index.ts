/**
 * Exports of an action plan: one `PlanDocument` in, a file out. Routes call `exportPlan` after
 * they have checked that the user may see the plan; nothing here reads storage or checks access.
 */
import { EXPORT_FORMATS, type ExportFormat } from '$lib/export-formats';
import { error } from '@sveltejs/kit';
import { isLanguage, messages, type Language } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { planToCsv } from './csv';
import { planToDocx } from './docx';
import { planToPdf } from './pdf';
import { planToXlsx } from './xlsx';

// The list lives outside server/ because the result page links to each format too.
export { EXPORT_FORMATS, type ExportFormat };

export function isExportFormat(value: unknown): value is ExportFormat {
	return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
};

export interface ExportedFile {
	body: Buffer;
	contentType: string;
	filename: string;
}

const MAX_SLUG_LENGTH = 60;

/** Latin letters that have no decomposition into a base letter plus accent. */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ŀ: 'l', ı: 'i' };

/**
 * The plan title as a file-name part: ASCII letters and digits joined by single hyphens, accents
 * dropped ("Café Zażółć" → "cafe-zazolc"), at most 60 characters. Empty when nothing is left.
 */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[łøđßæœþŀı]/g, (letter) => LETTERS[letter] ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_SLUG_LENGTH)
		.replace(/^-+|-+$/g, '');
}

/**
 * `actieplan-<slug>-<date>.pdf` or `action-plan-<slug>-<date>.pdf` by the plan's language. Only
 * safe ASCII, so it can go in a Content-Disposition header as it is.
 */
export function exportFilename(doc: PlanDocument, format: ExportFormat): string {
	const prefix = messages(doc.language).export.filePrefix;
	// "Actieplan Hogeschool X" gives "actieplan-hogeschool-x-…", not "actieplan-actieplan-…".
	const slug = slugify(doc.title).replace(new RegExp(`^${prefix}(?:-|$)`), '');
	const date = /^\d{4}-\d{2}-\d{2}/.exec(doc.generatedAt)?.[0];
	return [prefix, slug, date].filter(Boolean).join('-') + `.${format}`;
}

export async function exportPlan(doc: PlanDocument, format: ExportFormat): Promise<ExportedFile> {
	const body = await render(doc, format);
	return { body, contentType: CONTENT_TYPES[format], filename: exportFilename(doc, format) };
}

function render(doc: PlanDocument, format: ExportFormat): Promise<Buffer> {
	switch (format) {
		case 'pdf':
			return planToPdf(doc);
		case 'docx':
			return planToDocx(doc);
		case 'xlsx':
			return planToXlsx(doc);
		case 'csv':
			return Promise.resolve(planToCsv(doc));
		default:
			throw new Error(`unknown export format: ${String(format satisfies never)}`);
	}
}

/** The HTTP answer that downloads an exported plan (every export route sends it the same way). */
export async function planDownload(doc: PlanDocument, format: ExportFormat): Promise<Response> {
	const file = await exportPlan(doc, format);
	return new Response(new Uint8Array(file.body), {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'no-store'
		}
	});
}

/** What an export route was asked for: the format (a 404 for one we do not make) and the language (`?lang=`, else the user's). */
export function exportRequest(format: string | undefined, url: URL, fallback: Language): { format: ExportFormat; language: Language } {
	if (!isExportFormat(format)) error(404, { message: 'not found' });
	const lang = url.searchParams.get('lang');
	return { format, language: isLanguage(lang) ? lang : fallback };
}
