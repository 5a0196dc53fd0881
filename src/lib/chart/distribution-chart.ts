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

function bar(d: Distribution, top: number, label: string, cls: string, left = BAR_LEFT, right = BAR_RIGHT, height = BAR_HEIGHT): string {
	const total = d[1] + d[2] + d[3] + d.unknown;
	const baseline = n(top + height / 2 + 4);
	const parts: string[] = [text(label, { x: left - 6, y: baseline, 'font-size': height > 18 ? 13 : 11, 'text-anchor': 'end', fill: '#374151' })];
	if (total === 0) return parts.join('');
	let x = left;
	const span = right - left;
	for (const segment of SEGMENTS) {
		const count = d[segment.key];
		if (count === 0) continue;
		const width = (span * count) / total;
		parts.push(`<rect ${attrs({ class: `${cls} seg-${segment.key}`, 'data-count': count, x: n(x), y: n(top), width: n(width), height, fill: segment.fill, stroke: '#ffffff', 'stroke-width': 1 })}/>`);
		// The count inside the segment when it fits: the phases do not depend on colour alone.
		if (width >= 22) parts.push(text(String(count), { x: n(x + width / 2), y: baseline, 'font-size': height > 18 ? 13 : 10, 'text-anchor': 'middle', fill: segment.text }));
		x += width;
	}
	return parts.join('');
}

/**
 * The legend of the phases on its own, for a page that shows many small charts under one legend.
 * Wraps to a second line on a narrow chart.
 */
export function renderPhaseLegend(language: Language, width = 320): DistributionChart {
	const plan = messages(language).plan;
	const items = [
		{ label: format(plan.phaseOption, { n: 1 }), segment: SEGMENTS[0] },
		{ label: format(plan.phaseOption, { n: 2 }), segment: SEGMENTS[1] },
		{ label: format(plan.phaseOption, { n: 3 }), segment: SEGMENTS[2] },
		{ label: plan.unknownOption, segment: SEGMENTS[3] }
	];
	const body: string[] = [];
	let x = 0;
	let y = 4;
	for (const item of items) {
		const itemWidth = 20 + Array.from(item.label).length * 7.5 + 16;
		if (x > 0 && x + itemWidth > width) {
			x = 0;
			y += 22;
		}
		body.push(`<rect ${attrs({ x: x + 1, y, width: 14, height: 14, fill: item.segment.fill, stroke: '#4b5563', 'stroke-width': 0.5 })}/>`);
		body.push(text(item.label, { x: x + 21, y: y + 12, 'font-size': 13, fill: '#1a1a1a' }));
		x += itemWidth;
	}
	const height = y + 20;
	const title = messages(language).survey.report.phases;
	return {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `${title}: ${items.map((i) => i.label).join(', ')}`, lang: language })}>${body.join('')}</svg>`,
		width,
		height
	};
}

/** About the width of a card on a 360 px phone, so the texts are drawn near their own size there. */
const SMALL_WIDTH = 280;
const SMALL_LEFT = 66;
const SMALL_BAR = 22;

/**
 * One factor's two bars, now and desired, small enough to sit in a grid of factors and to be
 * read on a 360 px phone at its own size (no scaling down). The factor's name is the heading
 * beside it on the page; the SVG names it again in its title and gives every count in its desc.
 */
export function renderFactorBars(row: DistributionRow, language: Language, id: string): DistributionChart {
	const m = messages(language).survey.report;
	const safeId = id.replace(/[^A-Za-z0-9_-]/g, '') || 'factor-bars';
	const height = 2 * SMALL_BAR + 8 + 2;
	const body = [bar(row.current, 1, m.now, 'bar-current', SMALL_LEFT, SMALL_WIDTH - 2, SMALL_BAR), bar(row.desired, SMALL_BAR + 9, m.desired, 'bar-desired', SMALL_LEFT, SMALL_WIDTH - 2, SMALL_BAR)];
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ viewBox: `0 0 ${SMALL_WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${safeId}-title ${safeId}-desc`, lang: language })}>` +
		`<title id="${safeId}-title">${escapeXml(`${m.distribution}: ${row.factorName}`)}</title>` +
		`<desc id="${safeId}-desc">${escapeXml(distributionDescription([row], language))}</desc>` +
		body.join('') +
		'</svg>';
	return { svg, width: SMALL_WIDTH, height };
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
