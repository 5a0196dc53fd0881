import { isHttpError, type RequestHandler } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { FILE_FORMATS, PLAN_FORMATS, REPORT_FORMATS, downloadLabel, type ExportFormat } from '$lib/export/formats';
import { LANGUAGES } from '$lib/i18n';
import { exporter } from './registry';

const FORMATS = Object.keys(FILE_FORMATS) as ExportFormat[];

/** Every route that downloads a plan or a report: each has a `[format]` parameter. */
const EXPORT_ROUTES = import.meta.glob<{ GET: RequestHandler }>('/src/routes/**/\\[format\\]/+server.ts', { eager: true });

const toy = exporter<string, 'pdf' | 'json'>(['pdf', 'json'], { pdf: (text: string) => Buffer.from(text), json: (text: string) => new Blob([text]).stream() }, (text, extension) => `${text}.${extension}`);

describe('the export format table', () => {
	it.each(FORMATS)('gives %s a content type, an extension and a download label in Dutch and English', (format) => {
		expect(FILE_FORMATS[format].contentType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(; charset=utf-8)?$/);
		expect(FILE_FORMATS[format].extension).toBe(format);
		for (const language of LANGUAGES) expect(downloadLabel(format, language)).not.toBe('');
		expect(downloadLabel(format, 'nl')).not.toBe(downloadLabel(format, 'en'));
	});

	it('offers an action plan as PDF, Word, Excel and CSV, and a report as PDF, Excel, CSV and raw JSON, in that order', () => {
		expect(PLAN_FORMATS).toEqual(['pdf', 'docx', 'xlsx', 'csv']);
		expect(REPORT_FORMATS).toEqual(['pdf', 'xlsx', 'csv', 'json']);
	});

	it('labels the download links as the pages always have', () => {
		expect(PLAN_FORMATS.map((format) => downloadLabel(format, 'nl'))).toEqual([
			'Download als PDF',
			'Download als Word (.docx)',
			'Download als Excel (.xlsx)',
			'Download als CSV'
		]);
		expect(downloadLabel('json', 'nl')).toBe('Ruwe antwoorden (JSON, anoniem)');
		expect(downloadLabel('pdf', 'en')).toBe('Download as PDF');
	});
});

describe('exporter', () => {
	it('accepts only the formats it registered a renderer for', () => {
		expect(toy.formats).toEqual(['pdf', 'json']);
		expect(['pdf', 'json', 'docx', 'html', undefined].map((value) => toy.accepts(value))).toEqual([true, true, false, false, false]);
	});

	it('refuses a format it does not make with a 404', () => {
		const url = new URL('http://localhost/x/export/docx');
		expect(() => toy.request('docx', url, 'nl')).toThrow(expect.objectContaining({ status: 404 }));
	});

	it('takes the language from ?lang=, else the user’s, and ignores one we do not have', () => {
		const at = (query: string) => new URL(`http://localhost/x/export/pdf${query}`);
		expect(toy.request('pdf', at('?lang=en'), 'nl')).toEqual({ format: 'pdf', language: 'en' });
		expect(toy.request('pdf', at(''), 'en')).toEqual({ format: 'pdf', language: 'en' });
		expect(toy.request('pdf', at('?lang=de'), 'nl')).toEqual({ format: 'pdf', language: 'nl' });
	});

	it('downloads a file or a stream as an uncached attachment with the format’s content type and name', async () => {
		for (const [format, contentType] of [
			['pdf', 'application/pdf'],
			['json', 'application/json; charset=utf-8']
		] as const) {
			const response = await toy.download('plan', format);
			expect(Object.fromEntries(response.headers)).toEqual({
				'content-type': contentType,
				'content-disposition': `attachment; filename="plan.${format}"`,
				'cache-control': 'no-store'
			});
			expect(await response.text()).toBe('plan');
		}
	});
});

describe('the export routes', () => {
	it('are the course design’s (and its shared link’s), the scan’s, the workshop’s, the shared workshop’s, the survey plan’s and the survey report’s', () => {
		expect(Object.keys(EXPORT_ROUTES).sort()).toEqual([
			'/src/routes/designs/[id]/export/[format]/+server.ts',
			'/src/routes/designs/shared/[token]/export/[format]/+server.ts',
			'/src/routes/scans/[id]/export/[format]/+server.ts',
			'/src/routes/shared/workshop/[token]/export/[format]/+server.ts',
			'/src/routes/surveys/[id]/export/[format]/+server.ts',
			'/src/routes/surveys/[id]/plan/[format]/+server.ts',
			'/src/routes/workshops/[id]/export/[format]/+server.ts'
		]);
	});

	it.each(Object.keys(EXPORT_ROUTES))('%s answers a format it does not make with a 404, before it reads anything', async (path) => {
		const event = {
			locals: { user: { id: 'u', institutionId: 'i', role: 'admin' }, language: 'nl' },
			url: new URL('http://localhost/export/html'),
			params: { id: 'x', token: 'x', format: 'html' }
		} as unknown as Parameters<RequestHandler>[0];
		const refused = await Promise.resolve()
			.then(() => EXPORT_ROUTES[path]!.GET(event))
			.then(
				() => null,
				(thrown: unknown) => thrown
			);
		expect(isHttpError(refused, 404)).toBe(true);
	});
});
