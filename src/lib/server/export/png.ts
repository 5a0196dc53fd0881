/**
 * Our SVG charts as PNG images, for the Word export (docs/decisions/0030-charts-as-png-with-resvg.md).
 * Word shows SVG only from Office 2016 on and needs a PNG next to it anyway, so the document
 * carries the PNG alone. resvg (a Rust SVG renderer, as a prebuilt Node addon) draws it without a
 * browser; it gets the same DejaVu Sans files the PDF embeds, from the `dejavu-fonts-ttf`
 * package, and no system fonts, so the picture is the same on every server and `npm ci` is all it
 * needs.
 *
 * Safety: the SVG is our own chart (every text escaped by the chart code), and has no images.
 * resvg would open a file that an `<image href>` names, so an SVG with an image element is
 * refused rather than rendered; it loads no system fonts.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

export interface PngImage {
	png: Buffer;
	/** Size in pixels. */
	width: number;
	height: number;
}

let fontFiles: string[] | undefined;

/** The font files, by package path (never a path from data). */
function fonts(): string[] {
	if (!fontFiles) {
		const require = createRequire(import.meta.url);
		fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
	}
	return fontFiles;
}

/** Renders a chart `width` pixels wide (sharp enough for print at the size Word shows it), on white. */
export function svgToPng(svg: string, width: number): PngImage {
	if (/<image\b|<use\b[^>]*href\s*=\s*["'](?!#)/i.test(svg)) throw new Error('an SVG chart with an image or an external reference is not rendered');
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		background: '#ffffff',
		font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height };
}
