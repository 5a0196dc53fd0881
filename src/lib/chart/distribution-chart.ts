/**
 * The distribution chart of an institution-wide scan's report: per factor two stacked bars, where
 * respondents say we are now and where they want to be, split into phase 1, 2, 3 and "weet ik
 * niet". Rendered on the server as an SVG string, so the report page and the PDF show the very
 * same picture (the PDF draws it with svg-to-pdfkit), like the GAP chart whose rules it keeps:
 * every text through `escapeXml`, no style attributes (CSP), `<title>` and `<desc>` with the full
 * figures, and phases told apart by lightness *and* by the count written in each segment, not by
 * hue alone.
 */
import { format, messages, type Language } from '$lib/i18n';
import type { Distribution } from '$lib/survey/survey-report';
import { escapeXml, wrapText } from './gap-chart';

export interface DistributionRow {
	factorName: string;
	current: Distribution;
	desired: Distribution;
}

export interface DistributionChart {
	svg: string;
	width: number;
	height: number;
}

/** A sequential scale (light → dark) readable in greyscale; text colour picked per segment for ≥ 4.5:1. */
const SEGMENTS = [
	{ key: 1, fill: '#c6dbef', text: '#1a1a1a' },
	{ key: 2, fill: '#6baed6', text: '#1a1a1a' },
	{ key: 3, fill: '#08519c', text: '#ffffff' },
	{ key: 'unknown', fill: '#e5e7eb', text: '#1a1a1a' }
] as const;

const WIDTH = 720;
const PAD = 8;
const LABEL_WIDTH = 250;
const BAR_LEFT = 340;
const BAR_RIGHT = WIDTH - PAD;
const BAR_HEIGHT = 16;
const ROW_HEIGHT = 52;
const LEGEND_HEIGHT = 30;
const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';

const n = (value: number) => Math.round(value * 100) / 100;

function attrs(attributes: Record<string, string | number>): string {
	return Object.entries(attributes)
		.map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
		.join(' ');
}

function text(content: string, attributes: Record<string, string | number>): string {
	return `<text ${attrs({ 'font-family': FONT_FAMILY, ...attributes })}>${escapeXml(content)}</text>`;
}

function countsInWords(d: Distribution, language: Language): string {
	const m = messages(language).survey.report;
	return format(m.chartCounts, { p1: d[1], p2: d[2], p3: d[3], unknown: d.unknown });
}

/** The text alternative: every factor with its counts now and desired. */
export function distributionDescription(rows: readonly DistributionRow[], language: Language): string {
	const m = messages(language).survey.report;
	return rows.map((row) => format(m.chartDesc, { factor: row.factorName, now: countsInWords(row.current, language), desired: countsInWords(row.desired, language) })).join(' ');
}

function bar(d: Distribution, top: number, label: string, cls: string): string {
	const total = d[1] + d[2] + d[3] + d.unknown;
	const parts: string[] = [text(label, { x: BAR_LEFT - 8, y: n(top + BAR_HEIGHT - 4), 'font-size': 11, 'text-anchor': 'end', fill: '#4b5563' })];
	if (total === 0) return parts.join('');
	let x = BAR_LEFT;
	const span = BAR_RIGHT - BAR_LEFT;
	for (const segment of SEGMENTS) {
		const count = d[segment.key];
		if (count === 0) continue;
		const width = (span * count) / total;
		parts.push(`<rect ${attrs({ class: `${cls} seg-${segment.key}`, 'data-count': count, x: n(x), y: n(top), width: n(width), height: BAR_HEIGHT, fill: segment.fill, stroke: '#ffffff', 'stroke-width': 1 })}/>`);
		// The count inside the segment when it fits: the phases do not depend on colour alone.
		if (width >= 22) parts.push(text(String(count), { x: n(x + width / 2), y: n(top + BAR_HEIGHT - 4), 'font-size': 10, 'text-anchor': 'middle', fill: segment.text }));
		x += width;
	}
	return parts.join('');
}

export function renderDistributionChart(rows: readonly DistributionRow[], language: Language, idPrefix = 'distribution-chart'): DistributionChart {
	const m = messages(language).survey.report;
	const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT + PAD;
	const id = idPrefix.replace(/[^A-Za-z0-9_-]/g, '') || 'distribution-chart';
	const body: string[] = [];

	// Legend: one swatch per phase with its name.
	let lx = PAD;
	const legendItems = [
		{ label: format(messages(language).plan.phaseOption, { n: 1 }), segment: SEGMENTS[0] },
		{ label: format(messages(language).plan.phaseOption, { n: 2 }), segment: SEGMENTS[1] },
		{ label: format(messages(language).plan.phaseOption, { n: 3 }), segment: SEGMENTS[2] },
		{ label: messages(language).plan.unknownOption, segment: SEGMENTS[3] }
	];
	body.push('<g class="legend">');
	for (const item of legendItems) {
		body.push(`<rect ${attrs({ x: lx, y: 6, width: 14, height: 14, fill: item.segment.fill, stroke: '#4b5563', 'stroke-width': 0.5 })}/>`);
		body.push(text(item.label, { x: lx + 20, y: 18, 'font-size': 12, fill: '#1a1a1a' }));
		lx += 20 + Array.from(item.label).length * 7.5 + 24;
	}
	body.push('</g>');

	rows.forEach((row, i) => {
		const top = LEGEND_HEIGHT + i * ROW_HEIGHT;
		body.push('<g class="factor-row">');
		wrapText(row.factorName, Math.floor(LABEL_WIDTH / 7.4), 3).forEach((line, li) => {
			body.push(text(line, { x: PAD, y: n(top + 14 + li * 15), 'font-size': 12, fill: '#1a1a1a' }));
		});
		body.push(bar(row.current, top + 2, m.now, 'bar-current'));
		body.push(bar(row.desired, top + 2 + BAR_HEIGHT + 6, m.desired, 'bar-desired'));
		if (i > 0) body.push(`<line ${attrs({ x1: PAD, x2: WIDTH - PAD, y1: top - 4, y2: top - 4, stroke: '#d1d5db', 'stroke-width': 1 })}/>`);
		body.push('</g>');
	});

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, lang: language })}>` +
		`<title id="${id}-title">${escapeXml(m.distribution)}</title>` +
		`<desc id="${id}-desc">${escapeXml(distributionDescription(rows, language))}</desc>` +
		body.join('') +
		'</svg>';
	return { svg, width: WIDTH, height };
}
