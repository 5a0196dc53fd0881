/**
 * Groups side by side for one factor (issue 11): per group a line from where its respondents are
 * on average now (an open circle) to where they want to be (a filled circle), on the phase scale
 * 1–3, with both figures written beside it. Used for roles, for units, and for the previous scan
 * against this one. Like the other charts: rendered on the server as an SVG string, every text
 * through `escapeXml`, no style attributes (CSP), a `<title>` and a `<desc>` with every figure, and
 * now/desired told apart by shape (open or filled) and by the written figures, never by colour.
 *
 * Small on purpose (280 wide): the page sets one per factor in a grid, so it is read at its own
 * size on a 360 px phone and on a laptop alike.
 */
import { format, messages, type Language } from '$lib/i18n';
import { formatFigure } from '$lib/survey/survey-report';
import { escapeXml, wrapText } from './gap-chart';

export interface GroupChartRow {
	factorName: string;
	values: { now: number | null; desired: number | null }[];
}

export interface GroupChartGroup {
	label: string;
	respondents: number;
}

export interface GroupChart {
	svg: string;
	width: number;
	height: number;
}

/** About the width of a card on a 360 px phone, so the texts are drawn near their own size there. */
const WIDTH = 280;
/** Each group's name on its own line above its track, so long unit names are not cut short. */
const TRACK_LEFT = 12;
const TRACK_RIGHT = 192;
const VALUES_LEFT = 206;
const AXIS_HEIGHT = 18;
const ROW_HEIGHT = 44;
const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';

const r2 = (value: number) => Math.round(value * 100) / 100;
const xOf = (phase: number) => r2(TRACK_LEFT + ((phase - 1) / 2) * (TRACK_RIGHT - TRACK_LEFT));

function attrs(attributes: Record<string, string | number>): string {
	return Object.entries(attributes)
		.map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
		.join(' ');
}

function text(content: string, attributes: Record<string, string | number>): string {
	return `<text ${attrs({ 'font-family': FONT_FAMILY, ...attributes })}>${escapeXml(content)}</text>`;
}

/** A mean to one decimal, as the report writes it ("2,3"; "–" for none). */
const mean1 = (value: number | null, language: Language) => formatFigure(value === null ? null : Math.round(value * 10) / 10, language);

/** The text alternative: every group with its means now and desired. */
export function groupChartDescription(row: GroupChartRow, groups: readonly GroupChartGroup[], language: Language): string {
	const m = messages(language).survey.report;
	return groups
		.map((g, i) => {
			const v = row.values[i] ?? { now: null, desired: null };
			return format(m.groupChartDesc, { group: `${g.label} (n=${g.respondents})`, now: mean1(v.now, language), desired: mean1(v.desired, language) });
		})
		.join(' ');
}

export function renderGroupChart(row: GroupChartRow, groups: readonly GroupChartGroup[], language: Language, id: string): GroupChart {
	const m = messages(language).survey.report;
	const safeId = id.replace(/[^A-Za-z0-9_-]/g, '') || 'group-chart';
	const height = AXIS_HEIGHT + groups.length * ROW_HEIGHT + 4;
	const body: string[] = [];

	// The phase scale: 1, 2, 3 above a light line per group's track.
	for (const phase of [1, 2, 3]) body.push(text(String(phase), { x: xOf(phase), y: 12, 'font-size': 11, 'text-anchor': 'middle', fill: '#374151' }));

	groups.forEach((g, i) => {
		const top = AXIS_HEIGHT + i * ROW_HEIGHT;
		const middle = top + 30;
		const v = row.values[i] ?? { now: null, desired: null };
		body.push('<g class="group-row">');
		body.push(text(wrapText(`${g.label} (n=${g.respondents})`, 36, 1)[0] ?? '', { x: 0, y: top + 14, 'font-size': 12, fill: '#1a1a1a' }));
		body.push(`<line ${attrs({ x1: TRACK_LEFT, x2: TRACK_RIGHT, y1: middle, y2: middle, stroke: '#d1d5db', 'stroke-width': 1 })}/>`);
		for (const phase of [1, 2, 3]) body.push(`<line ${attrs({ x1: xOf(phase), x2: xOf(phase), y1: middle - 5, y2: middle + 5, stroke: '#9ca3af', 'stroke-width': 1 })}/>`);
		if (v.now !== null && v.desired !== null) {
			body.push(`<line ${attrs({ class: 'gap-line', x1: xOf(v.now), x2: xOf(v.desired), y1: middle, y2: middle, stroke: '#4b5563', 'stroke-width': 3 })}/>`);
		}
		if (v.desired !== null) body.push(`<circle ${attrs({ class: 'mark-desired', 'data-value': r2(v.desired), cx: xOf(v.desired), cy: middle, r: 6, fill: '#08519c', stroke: '#08519c', 'stroke-width': 1 })}/>`);
		// Drawn last, so "now" stays visible as a ring when both are at the same place.
		if (v.now !== null) body.push(`<circle ${attrs({ class: 'mark-now', 'data-value': r2(v.now), cx: xOf(v.now), cy: middle, r: 6, fill: '#ffffff', 'fill-opacity': 0.6, stroke: '#1a1a1a', 'stroke-width': 2 })}/>`);
		body.push(text(`${mean1(v.now, language)} → ${mean1(v.desired, language)}`, { x: VALUES_LEFT, y: r2(middle + 4), 'font-size': 12, fill: '#1a1a1a' }));
		body.push('</g>');
	});

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${safeId}-title ${safeId}-desc`, lang: language })}>` +
		`<title id="${safeId}-title">${escapeXml(`${row.factorName}: ${m.meanNow} → ${m.meanDesired}`)}</title>` +
		`<desc id="${safeId}-desc">${escapeXml(groupChartDescription(row, groups, language))}</desc>` +
		body.join('') +
		'</svg>';
	return { svg, width: WIDTH, height };
}
