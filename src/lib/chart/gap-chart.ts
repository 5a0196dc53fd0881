/**
 * The GAP chart: per factor where we are now and where we want to be, on the phase scale 0–3,
 * grouped by category. Rendered on the server as an SVG string, so the result page and the PDF
 * show the very same picture (the PDF draws this string with svg-to-pdfkit).
 *
 * Rules this file keeps:
 * - every piece of text goes through `escapeXml`, because factor and category names come from
 *   instruments an institution may edit;
 * - no `style` attribute or `<style>` element (the app's CSP forbids inline style), only
 *   presentation attributes;
 * - the two marks differ in shape, not only colour (current = filled bar, desired = open bar), so
 *   the chart reads in black-and-white print and for people who do not see colour;
 * - `<title>` and `<desc>` give a full text alternative in the document's language.
 */
import { format, messages, type Language } from '$lib/i18n';
import type { PlanDocument, PlanDocumentRow } from '$lib/plan/plan-document';
import type { PhaseAnswer } from '$lib/scan/scan';

export interface GapChartOptions {
	/** Prefix of the ids of `<title>` and `<desc>`; give each chart on one page its own. */
	idPrefix?: string;
}

export interface GapChart {
	svg: string;
	/** The viewBox size; the SVG itself has no fixed width and scales to its container. */
	width: number;
	height: number;
}

/** Colours chosen for WCAG AA on white: text ≥ 4.5:1, marks and gridlines ≥ 3:1. */
const COLOURS = {
	text: '#1a1a1a', // 17.4:1
	muted: '#4b5563', // 7.6:1
	grid: '#767676', // 4.5:1
	separator: '#d1d5db', // decorative only
	current: '#1f4e8c', // 8.4:1, filled
	desired: '#8a3b00' // 7.9:1, outline
} as const;

const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';

const WIDTH = 720;
const PAD = 8;
const LABEL_WIDTH = 262;
const PLOT_LEFT = 292;
const PLOT_RIGHT = 604;
const GAP_CENTRE = 664;
const NAME_FONT_SIZE = 13;
const NAME_LINE_HEIGHT = 16;
/** A generous average glyph width, so wrapped names fit in the label column in wide fonts too. */
const CHARS_PER_LINE = Math.floor(LABEL_WIDTH / (NAME_FONT_SIZE * 0.6));
const MAX_NAME_LINES = 3;
const BAR_HEIGHT = 11;
const MIN_ROW_HEIGHT = 40;
const CATEGORY_HEIGHT = 32;
const CATEGORY_LINE_HEIGHT = 18;
/** Bold 14-unit text is wider on average than the names' 13-unit regular text. */
const CATEGORY_CHARS_PER_LINE = Math.floor((WIDTH - 2 * PAD) / (14 * 0.66));
const PHASE_MAX = 3;

/**
 * Makes text safe as XML character data or attribute value: escapes the five XML specials and
 * drops the characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF), which would make the whole SVG unparseable.
 */
export function escapeXml(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		const allowed =
			code === 0x9 ||
			code === 0xa ||
			code === 0xd ||
			(code >= 0x20 && code <= 0xd7ff) ||
			(code >= 0xe000 && code <= 0xfffd) ||
			code >= 0x10000;
		if (!allowed) continue;
		switch (char) {
			case '&':
				out += '&amp;';
				break;
			case '<':
				out += '&lt;';
				break;
			case '>':
				out += '&gt;';
				break;
			case '"':
				out += '&quot;';
				break;
			case "'":
				out += '&apos;';
				break;
			default:
				out += char;
		}
	}
	return out;
}

function attrs(values: Record<string, string | number>): string {
	return Object.entries(values)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
}

/** An empty element such as `<rect …/>`. */
function element(name: 'rect' | 'line', attributes: Record<string, string | number>): string {
	return `<${name}${attrs(attributes)}/>`;
}

/** The open bar's look, shared by the marks and the legend swatch. */
const OPEN_BAR = { fill: '#ffffff', stroke: COLOURS.desired, 'stroke-width': 2 } as const;

function textElement(content: string, attributes: Record<string, string | number>): string {
	return `<text${attrs(attributes)}>${escapeXml(content)}</text>`;
}

/** Rounds coordinates so the SVG stays small and stable (tests compare it). */
function n(value: number): number {
	return Math.round(value * 100) / 100;
}

function phaseX(phase: number): number {
	return PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) * phase) / PHASE_MAX;
}

/**
 * How many "average characters" wide a character is: 2 for East Asian wide and full-width forms
 * (CJK, Hangul, ＝…), 1 otherwise. Without a browser there is no text measurement on the server,
 * so wrapping goes by this estimate.
 */
function charWidth(char: string): number {
	const code = char.codePointAt(0)!;
	const wide =
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		code >= 0x1f300;
	return wide ? 2 : 1;
}

function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char);
	return width;
}

/** The longest start of `chars` that fits in `width`, at least one character so wrapping always advances. */
function fittingPrefix(chars: string[], width: number): number {
	let used = 0;
	let count = 0;
	for (const char of chars) {
		if (count > 0 && used + charWidth(char) > width) break;
		used += charWidth(char);
		count++;
	}
	return count;
}

/**
 * Breaks a name into at most `maxLines` lines of about `maxChars` average characters, breaking
 * words too long for a line and ending a cut-off name with "…". The full name is in the `<desc>`.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		if (line && textWidth(line) + 1 + textWidth(word) <= maxChars) {
			line += ` ${word}`;
			continue;
		}
		if (line) lines.push(line);
		let chars = Array.from(word);
		while (textWidth(chars.join('')) > maxChars) {
			const count = fittingPrefix(chars, maxChars);
			lines.push(chars.slice(0, count).join(''));
			chars = chars.slice(count);
		}
		line = chars.join('');
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = Array.from(kept[maxLines - 1]!);
	kept[maxLines - 1] = `${last.slice(0, fittingPrefix(last, maxChars - 1)).join('').trimEnd()}…`;
	return kept;
}

interface CategoryGroup {
	key: string;
	name: string;
	rows: PlanDocumentRow[];
}

function groupByCategory(rows: readonly PlanDocumentRow[]): CategoryGroup[] {
	const groups: CategoryGroup[] = [];
	for (const row of rows) {
		const last = groups[groups.length - 1];
		if (last && last.key === row.categoryKey) last.rows.push(row);
		else groups.push({ key: row.categoryKey, name: row.categoryName, rows: [row] });
	}
	return groups;
}

type ChartMessages = ReturnType<typeof messages>['export']['chart'];

function phaseInWords(phase: PhaseAnswer, m: ChartMessages): string {
	if (phase === null) return m.descNotAnswered;
	if (phase === 'unknown') return m.descUnknown;
	return format(m.descPhase, { phase });
}

function gapInWords(gap: number | null, m: ChartMessages): string {
	if (gap === null) return m.gapUnknown;
	if (gap === 0) return m.gapZero;
	if (gap === 1) return m.gapPositiveOne;
	if (gap > 1) return format(m.gapPositive, { gap });
	if (gap === -1) return m.gapNegativeOne;
	return format(m.gapNegative, { gap: -gap });
}

/** The gap as the chart's right-hand column shows it: "+2", "0", "−1" (a real minus sign) or "—". */
function gapFigure(gap: number | null): string {
	if (gap === null) return '—';
	if (gap > 0) return `+${gap}`;
	if (gap < 0) return `\u2212${-gap}`;
	return '0';
}

/** The full text alternative: every factor with current, desired and gap, in the document's language. */
export function gapChartDescription(doc: PlanDocument): string {
	const m = messages(doc.language).export.chart;
	const parts = [m.descIntro];
	for (const group of groupByCategory(doc.rows)) {
		parts.push(format(m.descCategory, { category: group.name }));
		for (const row of group.rows) {
			parts.push(
				format(m.descFactor, {
					factor: row.factorName,
					current: phaseInWords(row.current, m),
					desired: phaseInWords(row.desired, m),
					gap: gapInWords(row.gap, m)
				})
			);
		}
	}
	return parts.join(' ');
}

function safeId(prefix: string): string {
	const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '');
	return /^[A-Za-z]/.test(cleaned) ? cleaned : `gap-chart${cleaned}`;
}

function lang(language: Language): string {
	return language === 'nl' ? 'nl' : 'en';
}

/** One lane of a factor row: a bar for a phase, or a short text when there is none. */
function renderMark(kind: 'current' | 'desired', phase: PhaseAnswer, top: number, m: ChartMessages): string {
	if (typeof phase === 'number') {
		const x = phaseX(0);
		const width = phaseX(phase) - x;
		if (kind === 'current') {
			const bar = { x: n(x), y: n(top), width: n(width), height: BAR_HEIGHT };
			return element('rect', { class: 'mark-current', 'data-phase': phase, ...bar, fill: COLOURS.current });
		}
		// Inset by half the stroke so the outline ends exactly on the phase gridline.
		const bar = { x: n(x + 1), y: n(top + 1), width: n(width - 2), height: BAR_HEIGHT - 2 };
		return element('rect', { class: 'mark-desired', 'data-phase': phase, ...bar, ...OPEN_BAR });
	}
	return textElement(phase === 'unknown' ? m.unknown : m.notAnswered, {
		class: `mark-${kind}-missing`,
		x: n(phaseX(0) + 6),
		y: n(top + BAR_HEIGHT - 1),
		'font-size': 11,
		'font-style': 'italic',
		fill: COLOURS.muted
	});
}

/** Renders the chart and reports its viewBox size (the PDF needs the aspect ratio). */
export function renderGapChart(doc: PlanDocument, options: GapChartOptions = {}): GapChart {
	const m = messages(doc.language).export.chart;
	const id = safeId(options.idPrefix ?? 'gap-chart');
	const titleText = doc.title.trim() ? format(m.titleWithPlan, { title: doc.title.trim() }) : m.title;
	const body: string[] = [];

	// Legend: the two mark shapes, then what GAP means.
	const legendY = PAD;
	const currentLabelX = PAD + 26;
	const desiredSwatchX = currentLabelX + Array.from(m.current).length * 7.5 + 24;
	body.push(
		`<g class="legend">`,
		element('rect', { x: PAD, y: legendY + 2, width: 20, height: BAR_HEIGHT, fill: COLOURS.current }),
		textElement(m.current, { x: currentLabelX, y: legendY + 12, 'font-size': 12, fill: COLOURS.text }),
		element('rect', { x: n(desiredSwatchX + 1), y: legendY + 3, width: 18, height: BAR_HEIGHT - 2, ...OPEN_BAR }),
		textElement(m.desired, { x: n(desiredSwatchX + 26), y: legendY + 12, 'font-size': 12, fill: COLOURS.text }),
		textElement(m.gapLegend, { x: PAD, y: legendY + 32, 'font-size': 12, fill: COLOURS.muted }),
		`</g>`
	);

	const axisLabelY = legendY + 58;
	const plotTop = axisLabelY + 8;
	let y = plotTop;
	const categories: string[] = [];
	for (const group of groupByCategory(doc.rows)) {
		const parts: string[] = [`<g${attrs({ class: 'category', 'data-category': group.key })}>`];
		const headingLines = wrapText(group.name, CATEGORY_CHARS_PER_LINE, 2);
		const headingHeight = CATEGORY_HEIGHT + (headingLines.length - 1) * CATEGORY_LINE_HEIGHT;
		// A white band behind the heading interrupts the gridlines, so a long name stays readable.
		parts.push(element('rect', { x: 0, y: n(y + 4), width: WIDTH, height: headingHeight - 6, fill: '#ffffff' }));
		headingLines.forEach((line, index) => {
			parts.push(
				textElement(line, {
					class: 'category-name',
					x: PAD,
					y: n(y + 22 + index * CATEGORY_LINE_HEIGHT),
					'font-size': 14,
					'font-weight': 'bold',
					fill: COLOURS.text
				})
			);
		});
		y += headingHeight;
		for (const row of group.rows) {
			const lines = wrapText(row.factorName, CHARS_PER_LINE, MAX_NAME_LINES);
			const height = Math.max(MIN_ROW_HEIGHT, lines.length * NAME_LINE_HEIGHT + 10);
			const middle = y + height / 2;
			const firstBaseline = middle - (lines.length * NAME_LINE_HEIGHT) / 2 + 12;
			parts.push(`<g${attrs({ class: 'factor', 'data-factor': row.factorKey })}>`);
			lines.forEach((line, index) => {
				parts.push(
					textElement(line, {
						class: 'factor-name',
						x: PAD + 12,
						y: n(firstBaseline + index * NAME_LINE_HEIGHT),
						'font-size': NAME_FONT_SIZE,
						fill: COLOURS.text
					})
				);
			});
			parts.push(renderMark('current', row.current, middle - BAR_HEIGHT - 2, m));
			parts.push(renderMark('desired', row.desired, middle + 2, m));
			parts.push(
				textElement(gapFigure(row.gap), {
					class: 'gap-figure',
					x: GAP_CENTRE,
					y: n(middle + 5),
					'font-size': 13,
					'font-weight': row.gap !== null && row.gap > 0 ? 'bold' : 'normal',
					'text-anchor': 'middle',
					fill: COLOURS.text
				})
			);
			const separator = { x1: PAD + 12, y1: n(y + height), x2: WIDTH - PAD, y2: n(y + height) };
			parts.push(element('line', { ...separator, stroke: COLOURS.separator, 'stroke-width': 1 }));
			parts.push('</g>');
			y += height;
		}
		parts.push('</g>');
		categories.push(parts.join(''));
	}
	const plotBottom = Math.max(y, plotTop + 10);

	// Gridlines first so the bars are drawn over them; phase 0 is the solid axis.
	const grid: string[] = ['<g class="grid">'];
	const axisLabels = (labelY: number) => {
		const label = { y: n(labelY), 'font-size': 12, 'text-anchor': 'middle' };
		const phases = [0, 1, 2, 3].map((phase) =>
			textElement(phase === 0 ? '0' : format(m.phaseAxis, { phase }), { ...label, x: n(phaseX(phase)), fill: COLOURS.muted })
		);
		return phases.join('') + textElement(m.gap, { ...label, x: GAP_CENTRE, 'font-weight': 'bold', fill: COLOURS.text });
	};
	for (const phase of [0, 1, 2, 3]) {
		grid.push(
			element('line', {
				class: 'gridline',
				'data-phase': phase,
				x1: n(phaseX(phase)),
				y1: plotTop,
				x2: n(phaseX(phase)),
				y2: n(plotBottom),
				stroke: phase === 0 ? COLOURS.muted : COLOURS.grid,
				'stroke-width': 1,
				...(phase === 0 ? {} : { 'stroke-dasharray': '3 3' })
			})
		);
	}
	grid.push(axisLabels(axisLabelY), axisLabels(plotBottom + 18), '</g>');

	const height = Math.ceil(plotBottom + 26);
	const svg = [
		`<svg${attrs({
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${WIDTH} ${height}`,
			role: 'img',
			'aria-labelledby': `${id}-title ${id}-desc`,
			lang: lang(doc.language),
			'font-family': FONT_FAMILY,
			class: 'gap-chart'
		})}>`,
		`<title${attrs({ id: `${id}-title` })}>${escapeXml(titleText)}</title>`,
		`<desc${attrs({ id: `${id}-desc` })}>${escapeXml(gapChartDescription(doc))}</desc>`,
		element('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#ffffff' }),
		...body,
		...grid,
		...categories,
		'</svg>'
	].join('');
	return { svg, width: WIDTH, height };
}

/** The chart as an SVG string for `doc.rows` (instrument order). */
export function renderGapChartSvg(doc: PlanDocument, options: GapChartOptions = {}): string {
	return renderGapChart(doc, options).svg;
}
