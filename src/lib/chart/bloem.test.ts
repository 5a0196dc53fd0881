import { describe, expect, it } from 'vitest';
import { knowledgePage, type KnowledgeBlock } from '$lib/toolkit';
import { all, byClass, parseXml, textContent } from './svg-test-reader';
import { bloemDescription, renderBloemSvg, type BloemFigure } from './bloem';

/** WCAG contrast between two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const channel = (i: number) => {
			const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

const page = knowledgePage('blended-leren-bloem')!;
const flower = page.body.find((block): block is Extract<KnowledgeBlock, { kind: 'flower' }> => block.kind === 'flower')!;

const HOSTILE = '<script>alert("x")</script> & \'co\'';
const hostile: BloemFigure = {
	centre: { title: { nl: `Hart ${HOSTILE}`, en: 'Heart' }, text: { nl: 'Midden', en: 'Middle' } },
	petals: [
		{ id: 'een', name: { nl: HOSTILE, en: 'One' }, description: { nl: `Beschrijving ${HOSTILE}`, en: 'One' } },
		{ id: 'twee', name: { nl: 'Twee\u0000\u0008', en: 'Two' }, description: { nl: 'Twee', en: 'Two' } },
		{ id: 'drie', name: { nl: 'Drie', en: 'Three' }, description: { nl: 'Drie', en: 'Three' } },
		{ id: 'vier', name: { nl: 'Vier', en: 'Four' }, description: { nl: 'Vier', en: 'Four' } }
	],
	textAlternative: { nl: `Een bloem ${HOSTILE}`, en: 'A flower' }
};

describe('renderBloemSvg', () => {
	const svg = renderBloemSvg(flower, 'nl', { title: page.title.nl });
	const root = parseXml(svg);

	it('draws the four petals of the Bloem around its heart, each with its name inside', () => {
		const petals = byClass(root, 'petal');
		expect(petals.map((petal) => petal.attributes['data-petal'])).toEqual(['online', 'campus', 'werkplek', 'samenleving']);
		expect(petals.map((petal) => textContent(byClass(petal, 'petal-name')[0]!))).toEqual(['Online', 'Campus', 'Werkplek', 'Samenleving']);
		for (const petal of petals) expect(all(petal, (e) => e.name === 'path')).toHaveLength(1);
		expect(textContent(byClass(root, 'heart-name')[0]!)).toBe('Blendedleren');
		expect(byClass(root, 'heart-name')[0]!.children.map(textContent)).toEqual(['Blended', 'leren']);
	});

	it('puts the petals around the heart: the first on top, the others clockwise, each name in its petal', () => {
		const petals = byClass(root, 'petal');
		expect(petals.map((petal) => petal.attributes['data-angle'])).toEqual(['-90', '0', '90', '180']);
		for (const petal of petals) {
			const shape = all(petal, (e) => e.name === 'path')[0]!;
			expect(shape.attributes.transform).toBe(`rotate(${petal.attributes['data-angle']} 220 220)`);
		}
		const namePositions = petals.map((petal) => {
			const span = all(byClass(petal, 'petal-name')[0]!, (e) => e.name === 'tspan')[0]!;
			return [Number(span.attributes.x) - 220, Number(span.attributes.y) - 220] as const;
		});
		const [top, right, bottom, left] = namePositions;
		expect(top![1]).toBeLessThan(-100);
		expect(right![0]).toBeGreaterThan(100);
		expect(bottom![1]).toBeGreaterThan(100);
		expect(left![0]).toBeLessThan(-100);
		const [heart] = all(root, (e) => e.name === 'circle');
		expect([heart!.attributes.cx, heart!.attributes.cy]).toEqual(['220', '220']);
	});

	it('is one image named by its title and described by a desc that names every environment with its description', () => {
		expect(root.name).toBe('svg');
		expect(root.attributes.role).toBe('img');
		expect(root.attributes.lang).toBe('nl');
		const title = root.children.find((e) => e.name === 'title')!;
		const desc = root.children.find((e) => e.name === 'desc')!;
		expect(root.attributes['aria-labelledby']).toBe(title.attributes.id);
		expect(root.attributes['aria-describedby']).toBe(desc.attributes.id);
		expect(title.text).toBe('De Blended Leren Bloem');
		expect(desc.text.startsWith(flower.textAlternative.nl)).toBe(true);
		for (const petal of flower.petals) expect(desc.text).toContain(`${petal.name.nl}: ${petal.description.nl}`);
		expect(desc.text).toContain(`Blended leren: ${flower.centre.text.nl}`);
		expect(desc.text).toBe(bloemDescription(flower, 'nl'));
	});

	it('speaks English for an English page', () => {
		const en = parseXml(renderBloemSvg(flower, 'en', { title: page.title.en, idPrefix: 'fig-2' }));
		expect(en.attributes.lang).toBe('en');
		expect(byClass(en, 'petal-name').map(textContent)).toEqual(['Online', 'Campus', 'Workplace', 'Society']);
		expect(en.children.find((e) => e.name === 'title')!.attributes.id).toBe('fig-2-title');
		const desc = en.children.find((e) => e.name === 'desc')!.text;
		expect(desc).toContain('Workplace: Learning in the professional context');
		expect(desc).toContain('Society: ');
	});

	it('writes hostile names and descriptions as inert, escaped text and drops characters XML forbids', () => {
		const hostileSvg = renderBloemSvg(hostile, 'nl', { title: `Titel ${HOSTILE}`, idPrefix: '"><script>' });
		expect(hostileSvg).not.toMatch(/<script/i);
		expect(hostileSvg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
		const parsed = parseXml(hostileSvg);
		expect(parsed.children.find((e) => e.name === 'title')!.text).toBe(`Titel ${HOSTILE}`);
		expect(parsed.children.find((e) => e.name === 'desc')!.text).toContain(`Beschrijving ${HOSTILE}`);
		expect(byClass(parsed, 'petal-name').map(textContent)[1]).toBe('Twee');
		expect(parsed.attributes['aria-labelledby']).toBe('script-title');
		expect(all(parsed, (e) => e.name === 'script' || e.name === 'foreignObject' || e.name === 'a')).toEqual([]);
	});

	it('uses no inline style, no external reference and no event handler', () => {
		expect(all(root, (e) => e.name === 'style')).toEqual([]);
		const attributeNames = all(root, () => true).flatMap((e) => Object.keys(e.attributes));
		expect(attributeNames).not.toContain('style');
		expect(attributeNames.filter((name) => /^on|href$/i.test(name))).toEqual([]);
	});

	it('scales by its viewBox alone and keeps every petal inside it', () => {
		expect(root.attributes.viewBox).toBe('0 0 440 440');
		expect(root.attributes.width).toBeUndefined();
		// Each petal is drawn pointing right from the heart and then turned about it, so its points —
		// and the control points, which hold the curves between them — must stay within the circle
		// the viewBox holds.
		for (const shape of all(root, (e) => e.name === 'path')) {
			const numbers = shape.attributes.d!.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
			for (let i = 0; i < numbers.length; i += 2) expect(Math.hypot(numbers[i]! - 220, numbers[i + 1]! - 220)).toBeLessThanOrEqual(220);
		}
	});

	it('draws names that read at 4.5:1 on their petal, and petal outlines at 3:1 on white', () => {
		for (const petal of byClass(root, 'petal')) {
			const shape = all(petal, (e) => e.name === 'path')[0]!;
			const name = byClass(petal, 'petal-name')[0]!;
			expect(contrast(name.attributes.fill!, shape.attributes.fill!)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(shape.attributes.stroke!, '#ffffff')).toBeGreaterThanOrEqual(3);
		}
		const heart = all(root, (e) => e.name === 'circle')[0]!;
		expect(contrast(byClass(root, 'heart-name')[0]!.attributes.fill!, heart.attributes.fill!)).toBeGreaterThanOrEqual(4.5);
	});
});
