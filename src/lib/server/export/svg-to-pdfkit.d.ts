/** svg-to-pdfkit ships no types; this declares the part we use (see its README and source.js). */
declare module 'svg-to-pdfkit' {
	interface SvgToPdfFontOptions {
		fauxBold: boolean;
		fauxItalic: boolean;
	}

	interface SvgToPdfOptions {
		width?: number;
		height?: number;
		preserveAspectRatio?: string;
		/** Treat SVG user units as PDF points instead of CSS pixels. */
		assumePt?: boolean;
		precision?: number;
		/** Returns the name of a font registered with the document for an SVG font-family. */
		fontCallback?: (family: string, bold: boolean, italic: boolean, options: SvgToPdfFontOptions) => string;
		/** Returns what PDFKit's openImage should open for an `<image href>`. */
		imageCallback?: (link: string) => string | Buffer;
		/** Returns the SVG document(s) an external `url(file#id)` reference points to. */
		documentCallback?: (file: string) => string | string[];
		colorCallback?: (color: [[number, number, number], number]) => [[number, number, number], number];
		warningCallback?: (message: string) => void;
	}

	function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void;
	export default SVGtoPDF;
}
