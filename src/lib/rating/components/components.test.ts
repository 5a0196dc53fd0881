import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { latestInstrument, ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { messages } from '$lib/i18n';
import { summarize, type Rating } from '../rating';
import RatingForm from './RatingForm.svelte';
import RatingSummary from './RatingSummary.svelte';
import RatingHeatMap from './RatingHeatMap.svelte';

const rooms = latestInstrument(ROOM_INSTRUMENT_KEY)!;
const XSS = '<img src=x onerror=alert(1)>';
const rating = (name: string, scores: Rating['scores']): Rating => ({ id: name, raterId: name, raterName: name, instrumentKey: rooms.key, instrumentVersion: rooms.version, scores, updatedAt: '2026-12-07T10:00:00.000Z' });
const ada = rating('Ada', [
	{ criterion: 'licht', level: 1, note: XSS },
	{ criterion: 'klimaat', level: 3, note: '' }
]);
const bo = rating('Bo', [{ criterion: 'licht', level: 3, note: '' }]);
const body = (html: string) => html.replace(/<!--[^>]*-->/g, '');

describe('the rating form', () => {
	it('posts the contract’s fields: three levels and “not applicable” per criterion, and a note', () => {
		const html = body(render(RatingForm, { props: { instrument: rooms, language: 'nl', action: '?/rate' } }).body);
		expect(html).toContain('method="post"');
		expect(html).toContain('action="?/rate"');
		for (const { factor } of factorsOf(rooms)) {
			for (const value of ['1', '2', '3', '']) expect(html).toContain(`name="level.${factor.key}" value="${value}"`);
			expect(html).toContain(`name="note.${factor.key}"`);
		}
		expect(html.match(/<fieldset/g)).toHaveLength(factorsOf(rooms).length);
	});

	it('shows the rater’s own rating chosen and their note as text', () => {
		const html = body(render(RatingForm, { props: { instrument: rooms, own: ada, language: 'en' } }).body);
		expect(html).toMatch(/id="rate-licht-1"[^>]*checked/);
		expect(html).toMatch(/id="rate-klimaat-3"[^>]*checked/);
		expect(html).toMatch(/id="rate-meubilair-na"[^>]*checked/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expect(html).not.toContain(XSS);
	});

	it('shows a refused post again as posted, with each problem beside its field and linked from the summary', () => {
		const e = messages('nl').rating.errors;
		const html = body(render(RatingForm, { props: { instrument: rooms, own: ada, language: 'nl', posted: { 'level.licht': '2', 'note.klimaat': 'Te warm' }, errors: { 'level.licht': e.level, 'level.zwembad': e.unknownCriterion } } }).body);
		expect(html).toMatch(/id="rate-licht-2"[^>]*checked/);
		expect(html).toContain('Te warm</textarea');
		expect(html).toContain('href="#rate-licht-1"');
		expect(html).toContain(`Daglicht en verlichting: ${e.level}`);
		expect(html).toContain(`href="#rating-form">${e.unknownCriterion}`);
	});
});

describe('the rating summary', () => {
	it('says who disagrees, what needs attention and everyone’s notes as text', () => {
		const s = messages('en').rating.summary;
		const html = body(render(RatingSummary, { props: { instrument: rooms, summary: summarize(rooms, [ada, bo]), language: 'en' } }).body);
		expect(html).toContain('2 raters');
		expect(html).toContain(s.disagree);
		expect(html).toContain('href="#criterion-licht"');
		expect(html).toContain('level 1: 1 rater');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expect(html).not.toContain(XSS);
	});

	it('says nobody has rated yet and shows no “needs attention” list', () => {
		const html = body(render(RatingSummary, { props: { instrument: rooms, summary: summarize(rooms, []), language: 'nl' } }).body);
		expect(html).toContain(messages('nl').rating.summary.none);
		expect(html).not.toContain('needs-improvement-heading');
	});
});

describe('the rating heat map', () => {
	it('colours each cell by median and writes the number, marking disagreement in words for a screen reader', () => {
		const h = messages('nl').rating.heatMap;
		const rows = [
			{ id: 'a', label: 'A1.04', href: '/rooms/a', summary: summarize(rooms, [ada, bo]) },
			{ id: 'b', label: 'B0.12', href: '/rooms/b', summary: summarize(rooms, []) }
		];
		const html = body(render(RatingHeatMap, { props: { instrument: rooms, rows, language: 'nl' } }).body);
		expect(html).toContain('href="/rooms/a"');
		expect(html).toMatch(/<td class="heat-2[^"]*">\s*<span aria-hidden="true">2\u00a0≠<\/span><span class="visually-hidden">mediaan 2, beoordelaars oneens<\/span>/);
		expect(html).toMatch(/<td class="heat-3[^"]*">\s*3\s*<\/td>/);
		expect(html).toContain(`<span class="visually-hidden">${h.cellNone}</span>`);
		expect(html.match(/<tr>/g)).toHaveLength(3);
	});
});
