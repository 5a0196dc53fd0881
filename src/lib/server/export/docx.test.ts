import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { planToDocx } from './docx';
import { emptyPlanFixture, HOSTILE, planFixture, realisticPlan, workshopPlanFixture } from './test-fixture';
import { reflectionGroups } from './sections';

interface DocxParts {
	document: string;
	styles: string;
	core: string;
	/** The pictures in word/media, by file name. */
	media: Map<string, Buffer>;
}

async function readDocx(body: Buffer): Promise<DocxParts> {
	const zip = await JSZip.loadAsync(body);
	const read = (name: string) => zip.file(name)!.async('string');
	const media = new Map<string, Buffer>();
	for (const file of zip.file(/^word\/media\//)) media.set(file.name, await file.async('nodebuffer'));
	return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), core: await read('docProps/core.xml'), media };
}

function decode(xml: string): string {
	const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
	return xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
}

/** The text of each paragraph (runs joined, line breaks as "\n"), in document order. */
function paragraphs(xml: string): string[] {
	return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, body]) =>
		[...body!.matchAll(/<w:br\/>|<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : decode(text ?? ''))).join('')
	);
}

/** Each table as rows of cell texts. */
function tables(xml: string): string[][][] {
	return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
		[...table!.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
			[...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => paragraphs(cell!).join('\n'))
		)
	);
}

describe('planToDocx', () => {
	let nl: DocxParts;
	beforeAll(async () => {
		nl = await readDocx(await planToDocx(planFixture('nl')));
	});

	it('starts with a cover: what it is, the title, institution, level, instrument and date, then a page break', () => {
		expect(nl.document).toMatch(/<w:pStyle w:val="Title"\/>/);
		expect(paragraphs(nl.document).slice(0, 11)).toEqual([
			'Actieplan',
			'Actieplan Hogeschool <Test> & "Co"',
			'Instelling',
			'Hogeschool Voorbeeld & Zn.',
			'Niveau',
			'Opleiding: Bachelor Ελληνικά',
			'Instrument',
			'Blend je onderwijs (versie 1)',
			'Datum',
			'31 januari 2025',
			''
		]);
		expect(nl.document.indexOf('<w:br w:type="page"/>')).toBeGreaterThan(nl.document.indexOf('31 januari 2025'));
		expect(nl.document.indexOf('<w:br w:type="page"/>')).toBeLessThan(nl.document.indexOf('Samenvatting'));
	});

	it('names the participants on a workshop’s cover', async () => {
		const text = paragraphs((await readDocx(await planToDocx(realisticPlan('nl', { workshop: true, people: 12 })))).document);
		expect(text.slice(text.indexOf('Deelnemers'), text.indexOf('Deelnemers') + 2)).toEqual(['Deelnemers', '12']);
	});

	it('writes user text XML-escaped, so a script tag is text and never markup', () => {
		expect(nl.document).not.toMatch(/<script/i);
		expect(nl.document).not.toContain('<b>');
		expect(nl.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(nl.document).toContain('Hogeschool &lt;Test&gt; &amp;');
		expect(nl.core).toContain('&lt;Test&gt; &amp;');
	});

	it('summarises on one page: largest gaps, priorities with their reasons, who does what by when', () => {
		const [gaps, priorities, points] = tables(nl.document);
		expect(gaps).toEqual([
			['Factor', 'Waar we nu staan', 'Waar we naartoe willen', 'GAP'],
			['Onderwijsvisie', '1', '3', '+2'],
			['Tijd en ruimte', '1', '2', '+1']
		]);
		expect(priorities).toEqual([
			['Categorie', 'Prioriteit', 'Waarom'],
			['Visie & "beleid" <b>', HOSTILE.script, HOSTILE.minus],
			['Organisatie', 'Fysieke en digitale leeromgeving, faciliteiten en ICT-infrastructuur voor blended onderwijs', `${HOSTILE.tab} ${HOSTILE.unicode}`]
		]);
		expect(points![0]).toEqual(['Actiepunt', 'Eigenaar', 'Streefdatum']);
		expect(points!.slice(1).map((row) => row[2])).toEqual(['1 maart 2025', '', '30 juni 2025', '']);
		const text = paragraphs(nl.document);
		expect(text.indexOf('Samenvatting')).toBeLessThan(text.indexOf('Grootste GAP’s'));
		expect(text.indexOf('Wie doet wat, wanneer')).toBeLessThan(text.indexOf('Waar we staan en waar we naartoe willen'));
	});

	it('then has the GAP table sorted by gap and one action point table per category, with localised dates and no empty column', () => {
		const [, , , gap, visie, organisatie, ...rest] = tables(nl.document);
		expect(rest).toEqual([]);
		expect(gap![0]).toEqual(['Factor', 'Categorie', 'Waar we nu staan', 'Waar we naartoe willen', 'GAP', 'Wat is daarvoor nodig']);
		expect(gap!.slice(1).map((row) => row[0])).toEqual(planFixture('nl').rowsByGap.map((row) => row.factorName));
		expect(gap![1]).toEqual(['Onderwijsvisie', 'Visie & "beleid" <b>', '1', '3', '+2', HOSTILE.hyperlink]);
		expect(gap!.map((row) => row[4])).toContain('\u22121');
		expect(visie![0]).toEqual(['Actiepunt', 'Factoren', 'Eigenaar', 'Streefdatum', 'Status']);
		expect(visie![1]).toEqual([`${HOSTILE.hyperlink}\nGelukt als: Vastgesteld door het MT ${HOSTILE.script}`, `Onderwijsvisie, ${HOSTILE.script}`, '@eigenaar', '1 maart 2025', 'Open']);
		expect(organisatie![1]![0]).toBe(`Budget € 5.000 aanvragen\nTweede regel: ${HOSTILE.unicode}`);
		expect(organisatie![1]![2]).toBe(HOSTILE.fullWidth);
		// Without a factor on any point, the factors column is left out of every category's table.
		const bare = { ...planFixture('nl'), actionPoints: planFixture('nl').actionPoints.map((point) => ({ ...point, factorNames: [] })) };
		return planToDocx(bare).then(async (body) => {
			const all = tables((await readDocx(body)).document);
			expect(all.slice(4).map((table) => table[0])).toEqual([
				['Actiepunt', 'Eigenaar', 'Streefdatum', 'Status'],
				['Actiepunt', 'Eigenaar', 'Streefdatum', 'Status']
			]);
		});
	});

	it('repeats the header row of each table on every page, keeps rows whole and headings with what follows', () => {
		expect(nl.document.match(/<w:tblHeader\/>/g)).toHaveLength(6);
		expect(nl.document).toContain('<w:cantSplit/>');
		expect(nl.document.match(/<w:tblLayout w:type="fixed"\/>/g)).toHaveLength(6);
		const headings = [...nl.document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading[12]"\/>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].map(([p]) => p);
		expect(headings.length).toBeGreaterThan(5);
		for (const heading of headings) expect(heading).toContain('<w:keepNext/>');
	});

	it('shows the GAP chart as a PNG picture with its text alternative, and uses headings Word can navigate by', () => {
		const pictures = [...nl.media.values()];
		expect(pictures).toHaveLength(1);
		expect([...pictures[0]!.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// The picture is the chart (wide, about as tall), not an empty image.
		const width = pictures[0]!.readUInt32BE(16);
		const height = pictures[0]!.readUInt32BE(20);
		expect(width).toBeGreaterThan(800);
		expect(height).toBeGreaterThan(width / 3);
		expect(pictures[0]!.length).toBeGreaterThan(10_000);
		expect(nl.document).toMatch(/<wp:docPr [^>]*descr="Grafiek: Waar we staan en waar we naartoe willen"/);
		expect(nl.document).toContain('<a:blip r:embed=');
		const text = paragraphs(nl.document);
		expect(text.indexOf('Waar we staan en waar we naartoe willen')).toBeLessThan(text.indexOf('GAP-analyse'));
		// Summary, chart, GAP analysis, own questions, action points.
		expect(nl.document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(5);
	});

	it('drops characters XML cannot hold instead of producing a broken file', () => {
		expect(nl.document).not.toContain('\u0007');
		expect(paragraphs(nl.document)).toContain('Bel de decaan');
	});

	it('marks the document language and title', () => {
		expect(nl.styles).toContain('w:val="nl-NL"');
		expect(nl.core).toMatch(/<dc:title>Actieplan Hogeschool &lt;Test&gt; &amp; (&quot;|")Co(&quot;|")<\/dc:title>/);
	});

	it('writes an English plan in English', async () => {
		const en = await readDocx(await planToDocx(planFixture('en')));
		const text = paragraphs(en.document);
		for (const value of ['Action plan', 'Summary', 'Largest gaps', 'Who does what, by when', 'GAP analysis', 'Action points', 'Institution', 'Hogeschool Voorbeeld & Zn.', '31 January 2025']) {
			expect(text).toContain(value);
		}
		const all = tables(en.document);
		expect(all[4]![0]).toEqual(['Action point', 'Factors', 'Owner', 'Due date', 'Status']);
		expect(all[4]![1]![3]).toBe('1 March 2025');
		expect(en.styles).toContain('w:val="en-GB"');
	});

	it('writes a plan without rows or action points as a valid document', async () => {
		const empty = await readDocx(await planToDocx(emptyPlanFixture('nl')));
		expect(paragraphs(empty.document).slice(0, 2)).toEqual(['Actieplan', 'Actieplan']);
		expect(paragraphs(empty.document)).toContain('Geen enkele factor heeft een GAP.');
		expect(tables(empty.document)).toHaveLength(1);
	});
});

describe('planToDocx for a workshop', () => {
	it('ends with step 5 under its own heading: each part, then each question with its answer, row for row', async () => {
		const doc = workshopPlanFixture('nl');
		const xml = (await readDocx(await planToDocx(doc))).document;
		const all = paragraphs(xml);
		const start = all.indexOf('Terugblik en vooruitblik');
		expect(start).toBeGreaterThan(all.indexOf('Actiepunten'));
		const expected = reflectionGroups(doc).flatMap((group) => [group.part, ...group.entries.flatMap((e) => [e.question, e.answer])]);
		expect(all.slice(start + 1)).toEqual(expected);
		expect(expected).toHaveLength(2 + 2 * doc.reflections!.length);
	});

	it('has no step-5 section for a scan’s plan', async () => {
		expect(paragraphs((await readDocx(await planToDocx(planFixture('nl')))).document)).not.toContain('Terugblik en vooruitblik');
	});
});
