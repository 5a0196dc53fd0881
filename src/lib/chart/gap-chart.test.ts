import { describe, expect, it } from 'vitest';
import { emptyPlanFixture, HOSTILE, planFixture } from '$lib/server/export/test-fixture';
import { all, byClass, parseXml, textContent } from './svg-test-reader';
import { escapeXml, gapChartDescription, renderGapChart, renderGapChartSvg, wrapText } from './gap-chart';

/** WCAG relative-luminance contrast of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
	return 1.05 / (luminance + 0.05);
}

describe('renderGapChartSvg', () => {
	const doc = planFixture('nl');
	const svg = renderGapChartSvg(doc);
	const root = parseXml(svg);

	it('produces well-formed SVG that labels itself with its title and description', () => {
		expect(root.name).toBe('svg');
		expect(root.attributes.role).toBe('img');
		expect(root.attributes.lang).toBe('nl');
		const ids = root.attributes['aria-labelledby']!.split(' ');
		const title = root.children.find((e) => e.name === 'title')!;
		const desc = root.children.find((e) => e.name === 'desc')!;
		expect(ids).toEqual([title.attributes.id, desc.attributes.id]);
		expect(title.text).toContain(doc.title);
	});

	it('scales by its viewBox alone, without a fixed width or height', () => {
		const { width, height } = renderGapChart(doc);
		expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`);
		expect(root.attributes.width).toBeUndefined();
		expect(root.attributes.height).toBeUndefined();
	});

	it('groups the factors by category in instrument order, each with its name as heading', () => {
		const groups = all(root, (e) => e.name === 'g' && e.attributes.class === 'category');
		expect(groups.map((g) => g.attributes['data-category'])).toEqual(['visie', 'organisatie']);
		expect(groups.map((g) => byClass(g, 'category-name').map(textContent).join(' '))).toEqual([
			'Visie & "beleid" <b>',
			'Organisatie'
		]);
		expect(groups.map((g) => byClass(g, 'factor').length)).toEqual([3, 3]);
	});

	it('draws one filled bar per current phase and one open bar per desired phase', () => {
		const current = byClass(root, 'mark-current');
		const desired = byClass(root, 'mark-desired');
		expect(current.map((e) => e.attributes['data-phase'])).toEqual(
			doc.rows.filter((r) => typeof r.current === 'number').map((r) => String(r.current))
		);
		expect(desired.map((e) => e.attributes['data-phase'])).toEqual(
			doc.rows.filter((r) => typeof r.desired === 'number').map((r) => String(r.desired))
		);
		// Distinguishable without colour: filled versus an outline on white.
		for (const bar of current) expect(bar.attributes.stroke).toBeUndefined();
		for (const bar of desired) {
			expect(bar.attributes.fill).toBe('#ffffff');
			expect(Number(bar.attributes['stroke-width'])).toBeGreaterThanOrEqual(2);
		}
	});

	it('makes a bar as long as its phase on the 0–3 scale, ending on that phase’s gridline', () => {
		const gridX = new Map(byClass(root, 'gridline').map((l) => [l.attributes['data-phase'], Number(l.attributes.x1)]));
		expect([...gridX.keys()]).toEqual(['0', '1', '2', '3']);
		for (const bar of byClass(root, 'mark-current')) {
			const end = Number(bar.attributes.x) + Number(bar.attributes.width);
			expect(Number(bar.attributes.x)).toBeCloseTo(gridX.get('0')!, 1);
			expect(end).toBeCloseTo(gridX.get(bar.attributes['data-phase'])!, 1);
		}
	});

	it('labels the gridlines by phase and shows a short text instead of a bar for "weet ik niet" and not answered', () => {
		const texts = all(root, (e) => e.name === 'text').map(textContent);
		for (const label of ['0', 'Fase 1', 'Fase 2', 'Fase 3', 'GAP']) expect(texts).toContain(label);
		expect(byClass(root, 'mark-current-missing').map(textContent)).toEqual(['weet ik niet', 'niet ingevuld']);
		expect(byClass(root, 'mark-desired-missing').map(textContent)).toEqual(['niet ingevuld']);
		expect(byClass(root, 'gap-figure').map(textContent)).toEqual(['+2', '0', '—', '—', '\u22121', '+1']);
	});

	it('has a legend that names both marks', () => {
		const legend = byClass(root, 'legend')[0]!;
		expect(textContent(legend)).toContain('Waar we nu staan');
		expect(textContent(legend)).toContain('Waar we naartoe willen');
		expect(all(legend, (e) => e.name === 'rect')).toHaveLength(2);
	});

	it('writes a factor name with a script tag as inert, escaped text', () => {
		expect(svg).not.toMatch(/<script/i);
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(all(root, (e) => e.attributes.class === 'factor-name').map(textContent)).toContain(HOSTILE.script);
		expect(all(root, (e) => e.name === 'script' || e.name === 'foreignObject' || e.name === 'a')).toEqual([]);
	});

	it('uses no inline style, no external reference and no event handler', () => {
		expect(all(root, (e) => e.name === 'style')).toEqual([]);
		const attributeNames = all(root, () => true).flatMap((e) => Object.keys(e.attributes));
		expect(attributeNames).not.toContain('style');
		expect(attributeNames.filter((name) => /^on|href$/i.test(name))).toEqual([]);
	});

	it('uses colours with WCAG AA contrast on white: 4.5:1 for text, 3:1 for marks', () => {
		for (const text of all(root, (e) => e.name === 'text')) {
			expect(contrastOnWhite(text.attributes.fill!)).toBeGreaterThanOrEqual(4.5);
		}
		for (const bar of [...byClass(root, 'mark-current'), ...byClass(root, 'mark-desired')]) {
			const colour = bar.attributes.stroke ?? bar.attributes.fill!;
			expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
		}
	});

	it('describes every factor with current, desired and gap in words in the description', () => {
		const desc = root.children.find((e) => e.name === 'desc')!.text;
		for (const row of doc.rows) expect(desc).toContain(row.factorName);
		expect(desc).toContain('Categorie Visie & "beleid" <b>.');
		expect(desc).toContain('Onderwijsvisie: nu fase 1, gewenst fase 3, gap van 2 fasen.');
		expect(desc).toContain(`${HOSTILE.unicode}: nu weet ik niet, gewenst fase 3, gap niet te bepalen.`);
		expect(desc).toContain('Ondersteuning van docenten: nu niet ingevuld, gewenst niet ingevuld, gap niet te bepalen.');
		expect(desc).toContain('gewenst fase 2, gewenst ligt 1 fase onder nu.');
		expect(desc).toContain('Tijd en ruimte: nu fase 1, gewenst fase 2, gap van 1 fase.');
		expect(desc).toBe(gapChartDescription(doc));
	});

	it('speaks English for an English plan', () => {
		const en = parseXml(renderGapChartSvg(planFixture('en')));
		expect(en.attributes.lang).toBe('en');
		const texts = all(en, (e) => e.name === 'text').map(textContent);
		for (const label of ['Where we are now', 'Where we want to be', 'Phase 1', 'Phase 3', "don't know", 'not answered']) {
			expect(texts).toContain(label);
		}
		const desc = en.children.find((e) => e.name === 'desc')!.text;
		expect(desc).toContain('Educational vision: now phase 1, desired phase 3, a gap of 2 phases.');
		expect(desc).toContain('Category Organisation.');
		expect(desc).toContain('desired is 1 phase below now');
	});

	it('keeps the ids of title and description to safe characters', () => {
		const other = parseXml(renderGapChartSvg(doc, { idPrefix: 'x" onload="alert(1)' }));
		expect(other.attributes['aria-labelledby']).toBe('xonloadalert1-title xonloadalert1-desc');
		expect(Object.keys(other.attributes)).not.toContain('onload');
	});

	it('wraps a long category name over two lines at most, so it never runs across the bars', () => {
		const long = planFixture('nl');
		const name = 'Organisatie '.repeat(20).trim();
		const rows = long.rows.map((row) => (row.categoryKey === 'organisatie' ? { ...row, categoryName: name } : row));
		const chart = parseXml(renderGapChartSvg({ ...long, rows }));
		const lines = byClass(byClass(chart, 'category')[1]!, 'category-name').map(textContent);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor((720 - 16) / (14 * 0.66)));
	});

	it('renders a plan without rows as a valid, empty chart', () => {
		const empty = parseXml(renderGapChartSvg(emptyPlanFixture('nl')));
		expect(byClass(empty, 'category')).toEqual([]);
		expect(empty.children.find((e) => e.name === 'title')!.text).toBe('Huidige en gewenste fase per factor');
	});
});

describe('escapeXml', () => {
	it('escapes the five XML specials and drops characters XML cannot hold', () => {
		expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
		expect(escapeXml('a\u0000b\u0007c\u001fd\ud800e\uffff')).toBe('abcde');
		expect(escapeXml('tab\tline\nkeeps 😀 ŀ €')).toBe('tab\tline\nkeeps 😀 ŀ €');
	});
});

describe('wrapText', () => {
	it('wraps at word boundaries within the line length', () => {
		expect(wrapText('Fysieke en digitale leeromgeving', 16, 3)).toEqual(['Fysieke en', 'digitale', 'leeromgeving']);
	});

	it('breaks a word longer than a line and ends a cut-off name with an ellipsis', () => {
		expect(wrapText('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
		expect(wrapText('een twee drie vier vijf', 5, 2)).toEqual(['een', 'twee…']);
	});

	it('counts wide East Asian characters double, so such names wrap sooner', () => {
		expect(wrapText('教育愿景与政策', 6, 3)).toEqual(['教育愿', '景与政', '策']);
		expect(wrapText('ab教育', 4, 3)).toEqual(['ab教', '育']);
	});
});
