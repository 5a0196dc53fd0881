import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { planToDocx } from './docx';
import { emptyPlanFixture, HOSTILE, planFixture, workshopPlanFixture } from './test-fixture';
import { reflectionGroups } from './sections';

interface DocxParts {
	document: string;
	styles: string;
	core: string;
}

async function readDocx(body: Buffer): Promise<DocxParts> {
	const zip = await JSZip.loadAsync(body);
	const read = (name: string) => zip.file(name)!.async('string');
	return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), core: await read('docProps/core.xml') };
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

	it('starts with the title and the institution, level, date and instrument', () => {
		expect(nl.document).toMatch(/<w:pStyle w:val="Title"\/>/);
		expect(paragraphs(nl.document).slice(0, 5)).toEqual([
			'Actieplan Hogeschool <Test> & "Co"',
			'Instelling: Hogeschool Voorbeeld & Zn.',
			'Niveau: Opleiding: Bachelor Ελληνικά',
			'Datum: 31 januari 2025',
			'Instrument: Blend je onderwijs (versie 1)'
		]);
	});

	it('writes user text XML-escaped, so a script tag is text and never markup', () => {
		expect(nl.document).not.toMatch(/<script/i);
		expect(nl.document).not.toContain('<b>');
		expect(nl.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(nl.document).toContain('Hogeschool &lt;Test&gt; &amp;');
		expect(nl.core).toContain('&lt;Test&gt; &amp;');
	});

	it('has the GAP table sorted by gap, then one action point table per category', () => {
		const [gap, visie, organisatie, ...rest] = tables(nl.document);
		expect(rest).toEqual([]);
		expect(gap![0]).toEqual(['Factor', 'Categorie', 'Waar we nu staan', 'Waar we naartoe willen', 'GAP', 'Wat is daarvoor nodig']);
		expect(gap!.slice(1).map((row) => row[0])).toEqual(planFixture('nl').rowsByGap.map((row) => row.factorName));
		expect(gap![1]).toEqual(['Onderwijsvisie', 'Visie & "beleid" <b>', '1', '3', '+2', HOSTILE.hyperlink]);
		expect(gap!.map((row) => row[4])).toContain('\u22121');
		expect(visie![0]).toEqual(['Actiepunt', 'Factoren', 'Eigenaar', 'Deadline', 'Status']);
		expect(visie![1]).toEqual([`${HOSTILE.hyperlink}\nGelukt als: Vastgesteld door het MT ${HOSTILE.script}`, `Onderwijsvisie, ${HOSTILE.script}`, '@eigenaar', '2025-03-01', 'Open']);
		expect(organisatie![1]![0]).toBe(`Budget € 5.000 aanvragen\nTweede regel: ${HOSTILE.unicode}`);
		expect(organisatie![1]![2]).toBe(HOSTILE.fullWidth);
	});

	it('repeats the header row of each table on every page', () => {
		expect(nl.document.match(/<w:tblHeader\/>/g)).toHaveLength(3);
	});

	it('gives each category its priority and the reason for it', () => {
		const text = paragraphs(nl.document);
		const start = text.indexOf('Prioriteiten per categorie');
		expect(text.slice(start + 1, start + 7)).toEqual([
			'Visie & "beleid" <b>',
			`Prioriteit: ${HOSTILE.script}`,
			`Waarom: ${HOSTILE.minus}`,
			'Organisatie',
			'Prioriteit: Fysieke en digitale leeromgeving, faciliteiten en ICT-infrastructuur voor blended onderwijs',
			`Waarom: ${HOSTILE.tab} ${HOSTILE.unicode}`
		]);
	});

	it('says the chart is given as the table, and uses headings Word can navigate by', () => {
		expect(paragraphs(nl.document)).toContain(
			'De grafiek van de website staat niet in dit Word-document; de tabel hieronder bevat dezelfde gegevens.'
		);
		// GAP analysis, priorities, own questions, action points.
		expect(nl.document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(4);
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
		for (const value of [
			'GAP analysis',
			'Priorities per category',
			'Action points',
			'Institution: Hogeschool Voorbeeld & Zn.',
			'Educational vision'
		]) {
			expect(text).toContain(value);
		}
		expect(tables(en.document)[1]![0]).toEqual(['Action point', 'Factors', 'Owner', 'Due date', 'Status']);
		expect(en.styles).toContain('w:val="en-GB"');
	});

	it('writes a plan without rows or action points as a valid document', async () => {
		const empty = await readDocx(await planToDocx(emptyPlanFixture('nl')));
		expect(paragraphs(empty.document)[0]).toBe('Actieplan');
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
