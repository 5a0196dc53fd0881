/**
 * The export registry: each kind of document (an action plan, a survey's report) registers one
 * renderer per format it offers with `exporter`; content type, extension and link text come from
 * the one table in `$lib/export/formats`. Routes ask the result for the format (a 404 for any
 * other) and for the download, so every export answers the same way.
 *
 * @example
 * const planExports = exporter(PLAN_FORMATS, { pdf: planToPdf, … }, exportFilename);
 * const { format, language } = planExports.request(params.format, url, locals.language);
 * return planExports.download(await planDocument(db, context, language), format);
 */
import { FILE_FORMATS, type ExportFormat } from '$lib/export/formats';
import { isLanguage, type Language } from '$lib/i18n';
import { notFound } from '$lib/server/http/errors';

/** A whole file, or (the raw answers) a stream that is read while it is sent. */
export type FileBody = Buffer | ReadableStream<Uint8Array>;

export type Renderer<Doc, Body extends FileBody = FileBody> = (doc: Doc) => Body | Promise<Body>;

export interface ExportedFile<Body extends FileBody = FileBody> {
	body: Body;
	contentType: string;
	filename: string;
}

export interface Exporter<Doc, Format extends ExportFormat, Body extends FileBody = FileBody> {
	/** The formats this kind of document offers, in the order the pages list them. */
	readonly formats: readonly Format[];
	accepts(value: unknown): value is Format;
	render(doc: Doc, format: Format): Promise<ExportedFile<Body>>;
	/** The HTTP answer that downloads the file: never cached, always as an attachment. */
	download(doc: Doc, format: Format): Promise<Response>;
	/** What an export route was asked for: the format (a 404 for one we do not make) and the language (`?lang=`, else the user's). */
	request(format: string | undefined, url: URL, fallback: Language): { format: Format; language: Language };
}

/**
 * Registers the renderers of one kind of document: exactly one per format in `formats` (the type
 * requires it). `filename` gets the extension from the format table.
 */
export function exporter<Doc, Format extends ExportFormat, Body extends FileBody = FileBody>(
	formats: readonly Format[],
	renderers: Record<Format, Renderer<Doc, Body>>,
	filename: (doc: Doc, extension: string) => string
): Exporter<Doc, Format, Body> {
	const accepts = (value: unknown): value is Format => typeof value === 'string' && (formats as readonly string[]).includes(value);
	const render = async (doc: Doc, format: Format): Promise<ExportedFile<Body>> => {
		const { contentType, extension } = FILE_FORMATS[format];
		return { body: await renderers[format](doc), contentType, filename: filename(doc, extension) };
	};
	return {
		formats,
		accepts,
		render,
		async download(doc, format) {
			const file = await render(doc, format);
			return new Response(Buffer.isBuffer(file.body) ? new Uint8Array(file.body) : file.body, {
				headers: {
					'content-type': file.contentType,
					'content-disposition': `attachment; filename="${file.filename}"`,
					'cache-control': 'no-store'
				}
			});
		},
		request(format, url, fallback) {
			if (!accepts(format)) notFound();
			const lang = url.searchParams.get('lang');
			return { format, language: isLanguage(lang) ? lang : fallback };
		}
	};
}
