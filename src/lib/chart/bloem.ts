/**
 * The HAN's "Blended Leren Bloem": petals (the learning environments) around a heart (the blend),
 * drawn from a knowledge page's `flower` block as a server-rendered SVG string, so the figure needs
 * no client script and an institution's edited names are drawn the same way.
 *
 * Rules this file keeps, as the gap chart does:
 * - every piece of text goes through `escapeXml` (petal names come from content an admin may edit);
 * - no `style` attribute or `<style>` element (the CSP forbids inline style), only presentation
 *   attributes;
 * - the figure is one `role="img"`: `<title>` names it, `<desc>` says in words what the drawing
 *   shows — the heart and every petal with its description — so nothing is lost to someone who
 *   does not see it.
 *
 * @example
 * const svg = renderBloemSvg(flowerBlock, 'nl', { title: 'De Blended Leren Bloem' });
 */
import type { Language, Localised } from '$lib/i18n';
import { escapeXml, wrapText } from './gap-chart';

/** What the drawing needs of a `flower` block (see `knowledgeBlockSchema` in $lib/toolkit). */
export interface BloemFigure {
	centre: { title: Localised; text: Localised };
	petals: ReadonlyArray<{ id: string; name: Localised; description: Localised }>;
	textAlternative: Localised;
}

export interface BloemOptions {
	/** The figure's name, read first: usually the knowledge page's title. */
	title: string;
	/** Prefix of the ids of `<title>` and `<desc>`; give each figure on one page its own. */
	idPrefix?: string;
	/**
	 * A blend drawn on the flower (the blend designer): per petal id its share of the study time,
	 * 0–1, and the words printed under its name ("29% · 40 uur"). Petals then grow with their share
	 * (by area, so a petal with twice the time looks twice as large) and the description says the
	 * shares instead of what each environment is for; `description` replaces the figure's summary.
	 */
	shares?: { byPetal: Readonly<Record<string, { share: number; label: string }>>; description: string };
}

/** The smallest petal still reaches clear of the heart, so a petal with no time is still seen (dashed). */
const MIN_SCALE = 0.48;

function petalScale(share: number, largest: number): number {
	return largest > 0 ? MIN_SCALE + (1 - MIN_SCALE) * Math.sqrt(share / largest) : MIN_SCALE;
}

const SIZE = 440;
const CENTRE = SIZE / 2;
/**
 * A petal points right from the heart before it is turned into place: narrow at the heart, widest
 * and rounded at its outer end, so four petals at right angles touch without covering each other.
 */
const PETAL_LENGTH = 202;
const PETAL_SPREAD = 84;
/** Where a petal's name sits: in the wide outer part of the petal, clear of the heart. */
const NAME_DISTANCE = 140;
const HEART_RADIUS = 66;
const NAME_FONT_SIZE = 16;
const NAME_LINE_HEIGHT = 20;
const HEART_FONT_SIZE = 16;
const HEART_LINE_HEIGHT = 19;
const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';

/**
 * Petal fills are light and their outlines dark, so the dark names read at well over 4.5:1 and
 * each outline stands out from white at 3:1 or more; the petals differ by position and name too,
 * never by colour alone.
 */
export const PETAL_COLOURS = [
	{ fill: '#dbeafe', stroke: '#1f4e8c' },
	{ fill: '#dcfce7', stroke: '#1e6b2f' },
	{ fill: '#fef3c7', stroke: '#8a5a00' },
	{ fill: '#fce7f3', stroke: '#9d174d' },
	{ fill: '#ede9fe', stroke: '#5b21b6' },
	{ fill: '#e0f2fe', stroke: '#075985' },
	{ fill: '#fee2e2', stroke: '#991b1b' },
	{ fill: '#f3f4f6', stroke: '#374151' }
] as const;
const TEXT_COLOUR = '#1a1a1a';
const HEART_FILL = '#0b5d4b';
const HEART_TEXT = '#ffffff';

const TIP = CENTRE + PETAL_LENGTH;
const PETAL_PATH = [
	`M ${CENTRE} ${CENTRE}`,
	`C ${CENTRE + 30} ${CENTRE - PETAL_SPREAD}, ${TIP} ${CENTRE - PETAL_SPREAD + 4}, ${TIP} ${CENTRE}`,
	`C ${TIP} ${CENTRE + PETAL_SPREAD - 4}, ${CENTRE + 30} ${CENTRE + PETAL_SPREAD}, ${CENTRE} ${CENTRE}`,
	'Z'
].join(' ');

function attrs(values: Record<string, string | number>): string {
	return Object.entries(values)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
}

function n(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Lines of text centred on (x, y), as one `<text>` with a `<tspan>` per line. */
function centredText(lines: string[], x: number, y: number, lineHeight: number, attributes: Record<string, string | number>): string {
	const first = y - ((lines.length - 1) * lineHeight) / 2;
	const spans = lines
		.map((line, i) => `<tspan${attrs({ x: n(x), y: n(first + i * lineHeight) })}>${escapeXml(line)}</tspan>`)
		.join('');
	return `<text${attrs({ 'text-anchor': 'middle', 'dominant-baseline': 'central', ...attributes })}>${spans}</text>`;
}

/** The text alternative: the block's own summary, then the heart and each petal in words. */
export function bloemDescription(figure: BloemFigure, language: Language): string {
	const parts = [figure.textAlternative[language].trim(), `${figure.centre.title[language].trim()}: ${figure.centre.text[language].trim()}`];
	for (const petal of figure.petals) parts.push(`${petal.name[language].trim()}: ${petal.description[language].trim()}`);
	return parts.map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`)).join(' ');
}

function safeId(prefix: string): string {
	const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '');
	return /^[A-Za-z]/.test(cleaned) ? cleaned : `bloem${cleaned}`;
}

/** The flower as an SVG string, first petal at the top and the others clockwise. */
export function renderBloemSvg(figure: BloemFigure, language: Language, options: BloemOptions): string {
	const id = safeId(options.idPrefix ?? 'bloem');
	const count = figure.petals.length;
	const shares = options.shares?.byPetal;
	const largest = shares ? Math.max(0, ...Object.values(shares).map((s) => s.share)) : 0;
	const petals = figure.petals.map((petal, i) => {
		const angle = -90 + (360 / count) * i;
		const radians = (angle * Math.PI) / 180;
		const colour = PETAL_COLOURS[i % PETAL_COLOURS.length]!;
		const share = shares?.[petal.id];
		const scale = shares ? petalScale(share?.share ?? 0, largest) : 1;
		// A small petal's name sits just beyond its tip rather than inside it.
		const distance = Math.min(NAME_DISTANCE, PETAL_LENGTH * scale + 34);
		const nameX = CENTRE + distance * Math.cos(radians);
		const nameY = CENTRE + distance * Math.sin(radians);
		const lines = [...wrapText(petal.name[language], 12, 2), ...(share ? [share.label] : [])];
		const scaled = scale === 1 ? '' : ` translate(${CENTRE} ${CENTRE}) scale(${n(scale)}) translate(${-CENTRE} ${-CENTRE})`;
		return [
			`<g${attrs({ class: 'petal', 'data-petal': petal.id, 'data-angle': n(angle), ...(shares ? { 'data-scale': n(scale) } : {}) })}>`,
			`<path${attrs({
				d: PETAL_PATH,
				transform: `rotate(${n(angle)} ${CENTRE} ${CENTRE})${scaled}`,
				fill: share && share.share > 0 ? colour.fill : shares ? '#ffffff' : colour.fill,
				stroke: colour.stroke,
				'stroke-width': 2,
				...(shares && !(share && share.share > 0) ? { 'stroke-dasharray': '6 4' } : {})
			})}/>`,
			centredText(lines, nameX, nameY, NAME_LINE_HEIGHT, {
				// A white halo keeps a name readable where it crosses a small petal's outline.
				...(shares ? { stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } : {}),
				class: 'petal-name',
				'font-size': NAME_FONT_SIZE,
				'font-weight': 'bold',
				fill: TEXT_COLOUR
			}),
			'</g>'
		].join('');
	});
	const heart = [
		`<g class="heart">`,
		`<circle${attrs({ cx: CENTRE, cy: CENTRE, r: HEART_RADIUS, fill: HEART_FILL, stroke: '#ffffff', 'stroke-width': 3 })}/>`,
		centredText(wrapText(figure.centre.title[language], 12, 3), CENTRE, CENTRE, HEART_LINE_HEIGHT, {
			class: 'heart-name',
			'font-size': HEART_FONT_SIZE,
			'font-weight': 'bold',
			fill: HEART_TEXT
		}),
		'</g>'
	].join('');
	return [
		`<svg${attrs({
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${SIZE} ${SIZE}`,
			role: 'img',
			'aria-labelledby': `${id}-title`,
			'aria-describedby': `${id}-desc`,
			lang: language,
			'font-family': FONT_FAMILY,
			class: 'bloem'
		})}>`,
		`<title${attrs({ id: `${id}-title` })}>${escapeXml(options.title)}</title>`,
		`<desc${attrs({ id: `${id}-desc` })}>${escapeXml(options.shares?.description ?? bloemDescription(figure, language))}</desc>`,
		...petals,
		heart,
		'</svg>'
	].join('');
}
