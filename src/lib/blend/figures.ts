/**
 * The blend's figures as server-rendered SVG strings, for the design's page, the read-only page and
 * the PDF and Word exports alike: the Bloem with each environment's share of study time, bars for
 * the mix of learning types and for synchronous against asynchronous time, and the week-by-week
 * timeline. Each is one `role="img"` with a `<title>` and a `<desc>` that says in words what the
 * drawing shows; the page prints the same words beside it. No `style` (the CSP forbids inline
 * style); text goes through `escapeXml`, as names come from content an admin may edit.
 */
import { format, messages, type Language } from '$lib/i18n';
import { escapeXml, wrapText } from '$lib/chart/gap-chart';
import { PETAL_COLOURS, renderBloemSvg } from '$lib/chart/bloem';
import type { BlendSummary, WeekRow } from './design';
import type { Environment } from './environments';
import { LEARNING_TYPES } from './learning-types';
import { hoursText, percentText } from './describe';

const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';
const TEXT = '#1a1a1a';
const MUTED = '#4b5563';

function attrs(values: Record<string, string | number>): string {
	return Object.entries(values)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
}

const r2 = (v: number) => Math.round(v * 100) / 100;

function svgOpen(id: string, width: number, height: number, language: Language, title: string, description: string, extraClass: string): string {
	return [
		`<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc`, lang: language, 'font-family': FONT_FAMILY, class: `blend-figure ${extraClass}` })}>`,
		`<title${attrs({ id: `${id}-title` })}>${escapeXml(title)}</title>`,
		`<desc${attrs({ id: `${id}-desc` })}>${escapeXml(description)}</desc>`
	].join('');
}

export interface NamedShare {
	id: string;
	name: string;
	hours: number;
	share: number;
}

/** "Online: 60% (81 uur). Campus: 13% (18 uur)." — what a figure of shares says in words. */
export function sharesText(shares: readonly NamedShare[], language: Language): string {
	return shares.map((s) => `${s.name}: ${percentText(s.share)} (${hoursText(s.hours, language)}).`).join(' ');
}

export function environmentShares(summary: Pick<BlendSummary, 'environments'>, environments: readonly Environment[], language: Language): NamedShare[] {
	return summary.environments.map((s) => ({ ...s, name: environments.find((e) => e.id === s.id)?.name[language] ?? s.id }));
}

export function learningTypeShares(summary: Pick<BlendSummary, 'learningTypes'>, language: Language): NamedShare[] {
	return summary.learningTypes.map((s) => ({ ...s, name: LEARNING_TYPES.find((t) => t.id === s.id)!.name[language] }));
}

export function synchronyShares(summary: Pick<BlendSummary, 'synchrony'>, language: Language): NamedShare[] {
	const m = messages(language).blend.synchronyShort;
	return summary.synchrony.map((s) => ({ ...s, name: m[s.id] }));
}

/** The Bloem with each environment's share: petals grow with their share of study time. */
export function blendBloemSvg(summary: Pick<BlendSummary, 'environments'>, environments: readonly Environment[], language: Language, idPrefix = 'blend-bloem'): string {
	const t = messages(language).blend.figures;
	const named = environmentShares(summary, environments, language);
	const total = named.reduce((sum, s) => sum + s.hours, 0);
	const byPetal = Object.fromEntries(named.map((s) => [s.id, { share: s.share, label: `${percentText(s.share)} · ${hoursText(s.hours, language)}` }]));
	return renderBloemSvg(
		{
			centre: { title: { nl: t.heart, en: t.heart }, text: { nl: '', en: '' } },
			petals: environments.map((e) => ({ id: e.id, name: e.name, description: e.description })),
			textAlternative: { nl: '', en: '' }
		},
		language,
		{
			title: t.bloemTitle,
			idPrefix,
			shares: { byPetal, description: `${format(t.bloemIntro, { total: hoursText(total, language) })} ${sharesText(named, language)}` }
		}
	);
}

const BAR_WIDTH = 640;
const LABEL_WIDTH = 210;
const ROW = 34;

/** One horizontal bar per share, longest possible bar = 100%; the percentage and hours beside it. */
export function shareBarsSvg(shares: readonly NamedShare[], title: string, language: Language, idPrefix: string): string {
	const height = shares.length * ROW + 8;
	const barSpace = BAR_WIDTH - LABEL_WIDTH - 150;
	const rows = shares.map((s, i) => {
		const y = 4 + i * ROW;
		const colour = PETAL_COLOURS[i % PETAL_COLOURS.length]!;
		const width = Math.max(s.share > 0 ? 2 : 0, r2(barSpace * s.share));
		return [
			`<text${attrs({ x: LABEL_WIDTH - 8, y: y + ROW / 2, 'text-anchor': 'end', 'dominant-baseline': 'central', 'font-size': 14, fill: TEXT })}>${escapeXml(wrapText(s.name, 28, 1)[0] ?? '')}</text>`,
			`<rect${attrs({ x: LABEL_WIDTH, y: y + 6, width: barSpace, height: ROW - 12, fill: '#f3f4f6' })}/>`,
			width > 0 ? `<rect${attrs({ x: LABEL_WIDTH, y: y + 6, width, height: ROW - 12, fill: colour.fill, stroke: colour.stroke, 'stroke-width': 1.5 })}/>` : '',
			`<text${attrs({ x: LABEL_WIDTH + barSpace + 8, y: y + ROW / 2, 'dominant-baseline': 'central', 'font-size': 14, fill: TEXT })}>${escapeXml(`${percentText(s.share)} · ${hoursText(s.hours, language)}`)}</text>`
		].join('');
	});
	return `${svgOpen(idPrefix, BAR_WIDTH, height, language, title, sharesText(shares, language), 'share-bars')}${rows.join('')}</svg>`;
}

/** The weeks as columns, each stacked by environment in the Bloem's order, with a legend. */
export function timelineSvg(timeline: readonly WeekRow[], environments: readonly Environment[], language: Language, idPrefix = 'blend-timeline'): string {
	const t = messages(language).blend.figures;
	const width = 640;
	const plotTop = 16;
	const plotHeight = 180;
	const left = 48;
	const legendY = plotTop + plotHeight + 44;
	const height = legendY + Math.ceil(environments.length / 2) * 24 + 4;
	const most = Math.max(1, ...timeline.map((w) => w.hours));
	const step = (width - left - 8) / Math.max(1, timeline.length);
	const barWidth = Math.min(48, step * 0.7);
	const columns = timeline.map((week, i) => {
		const x = left + i * step + (step - barWidth) / 2;
		let y = plotTop + plotHeight;
		const parts = week.environments.map((s) => {
			const colourIndex = environments.findIndex((e) => e.id === s.id);
			const colour = PETAL_COLOURS[(colourIndex < 0 ? environments.length : colourIndex) % PETAL_COLOURS.length]!;
			const h = r2((s.hours / most) * plotHeight);
			y -= h;
			return h > 0 ? `<rect${attrs({ x: r2(x), y: r2(y), width: r2(barWidth), height: h, fill: colour.fill, stroke: colour.stroke, 'stroke-width': 1.5 })}/>` : '';
		});
		const label = `<text${attrs({ x: r2(x + barWidth / 2), y: plotTop + plotHeight + 18, 'text-anchor': 'middle', 'font-size': 13, fill: TEXT })}>${week.week}</text>`;
		const total = week.hours > 0 ? `<text${attrs({ x: r2(x + barWidth / 2), y: r2(y - 4), 'text-anchor': 'middle', 'font-size': 11, fill: MUTED })}>${escapeXml(String(Math.round(week.hours * 10) / 10))}</text>` : '';
		return parts.join('') + label + total;
	});
	const axis = [
		`<line${attrs({ x1: left - 4, y1: plotTop + plotHeight, x2: width - 4, y2: plotTop + plotHeight, stroke: MUTED })}/>`,
		`<text${attrs({ x: left - 8, y: plotTop + plotHeight + 18, 'text-anchor': 'end', 'font-size': 13, fill: MUTED })}>${escapeXml(t.week)}</text>`,
		`<text${attrs({ x: 4, y: plotTop + 4, 'font-size': 11, fill: MUTED })}>${escapeXml(t.hoursAxis)}</text>`
	];
	const legend = environments.map((e, i) => {
		const x = left + (i % 2) * 260;
		const y = legendY + Math.floor(i / 2) * 24;
		const colour = PETAL_COLOURS[i % PETAL_COLOURS.length]!;
		return `<rect${attrs({ x, y: y - 11, width: 16, height: 16, fill: colour.fill, stroke: colour.stroke, 'stroke-width': 1.5 })}/><text${attrs({ x: x + 22, y: y + 2, 'font-size': 13, fill: TEXT })}>${escapeXml(e.name[language])}</text>`;
	});
	const description = timelineText(timeline, environments, language);
	return `${svgOpen(idPrefix, width, height, language, t.timelineTitle, description, 'timeline')}${axis.join('')}${columns.join('')}${legend.join('')}</svg>`;
}

/** "Week 1: 7 uur (online 3 uur, campus 4 uur). Week 2: …" */
export function timelineText(timeline: readonly WeekRow[], environments: readonly Environment[], language: Language): string {
	const t = messages(language).blend.figures;
	return timeline
		.map((week) => {
			const parts = week.environments.filter((s) => s.hours > 0).map((s) => `${environments.find((e) => e.id === s.id)?.name[language] ?? s.id} ${hoursText(s.hours, language)}`);
			return `${t.week} ${week.week}: ${hoursText(week.hours, language)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}.`;
		})
		.join(' ');
}

