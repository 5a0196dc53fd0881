/**
 * Exports of an action plan: one `PlanDocument` in, a file out. Routes use `planExports` after
 * they have checked that the user may see the plan; nothing here reads storage or checks access.
 */
import { PLAN_FORMATS, type PlanFormat } from '$lib/export/formats';
import { messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { planToCsv } from './csv';
import { planToDocx } from './docx';
import { downloadName, slugify } from './filename';
import { planToPdf } from './pdf';
import { exporter } from './registry';
import { planToXlsx } from './xlsx';

// The workshop handout names its file with the same slug.
export { slugify };

/**
 * `actieplan-<slug>-<date>.pdf` or `action-plan-<slug>-<date>.pdf` by the plan's language. Only
 * safe ASCII, so it can go in a Content-Disposition header as it is.
 */
export function exportFilename(doc: PlanDocument, extension: string): string {
	const words = messages(doc.language).export.fileNames.plan;
	// "Actieplan Hogeschool X" gives "actieplan-hogeschool-x-…", not "actieplan-actieplan-…".
	const slug = slugify(doc.title).replace(new RegExp(`^${words}(?:-|$)`), '');
	return downloadName(words, slug, doc.generatedAt, extension);
}

/** An action plan as PDF, Word, Excel and CSV: the scan's, the workshop's and the survey's plan alike. */
export const planExports = exporter<PlanDocument, PlanFormat, Buffer>(
	PLAN_FORMATS,
	{ pdf: planToPdf, docx: planToDocx, xlsx: planToXlsx, csv: planToCsv },
	exportFilename
);
