import { describe, expect, it } from 'vitest';
import { planToCsv } from './csv';
import { emptyPlanFixture, HOSTILE, planFixture, workshopPlanFixture } from './test-fixture';
import { inertCell } from '$lib/export/inert';
import { parseCsv } from './csv-reader';

describe('planToCsv', () => {
	const body = planToCsv(planFixture('nl'));
	const text = body.toString('utf8');
	const records = parseCsv(text.slice(1));

	it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/"(?:[^"]|"")*"/g, '')).toMatch(/^\uFEFF(?:;|\r\n)*$/);
	});

	it('quotes every field, separates fields by semicolons and doubles quotes', () => {
		expect(text.split('\r\n')[0]).toBe(
			'\uFEFF"Soort rij";"Categorie";"Factor";"Waar we nu staan";"Waar we naartoe willen";"GAP";"Wat is daarvoor nodig";"Waarom deze prioriteit";"Actiepunt";"Gekoppelde factoren";"Eigenaar";"Streefdatum";"Status";"Succescriterium";"Vraag";"Antwoord"'
		);
		expect(text).toContain('"Visie & ""beleid"" <b>"');
	});

	it('is one table with a row-kind column: every record has the same sixteen fields', () => {
		expect(records.every((record) => record.length === 16)).toBe(true);
		const kinds = records.slice(1).map((record) => record[0]);
		expect(kinds).toEqual([...Array(6).fill('GAP-analyse'), ...Array(2).fill('Prioriteit'), ...Array(4).fill('Actiepunt'), ...Array(2).fill('Eigen vraag')]);
	});

	it('puts every value under the header that says what it is, and nothing under another kind’s header', () => {
		const [header] = records;
		const of = (record: string[]) => Object.fromEntries(header!.map((name, i) => [name, record[i]!]).filter(([, value]) => value !== ''));
		expect(of(records[1]!)).toEqual({
			'Soort rij': 'GAP-analyse',
			Categorie: 'Visie & "beleid" <b>',
			Factor: 'Onderwijsvisie',
			'Waar we nu staan': '1',
			'Waar we naartoe willen': '3',
			GAP: '2',
			'Wat is daarvoor nodig': `'${HOSTILE.hyperlink}`
		});
		expect(records[3]!.slice(3, 6)).toEqual(['weet ik niet', '3', '']);
		expect(records[5]!.slice(3, 6)).toEqual(['3', '2', '-1']);
		expect(of(records[7]!)).toEqual({ 'Soort rij': 'Prioriteit', Categorie: 'Visie & "beleid" <b>', Factor: HOSTILE.script, 'Waarom deze prioriteit': `'${HOSTILE.minus}` });
		expect(of(records[9]!)).toEqual({
			'Soort rij': 'Actiepunt',
			Categorie: 'Visie & "beleid" <b>',
			Actiepunt: `'${HOSTILE.hyperlink}`,
			'Gekoppelde factoren': `Onderwijsvisie, ${HOSTILE.script}`,
			Eigenaar: "'@eigenaar",
			Streefdatum: '2025-03-01',
			Status: 'Open',
			Succescriterium: `Vastgesteld door het MT ${HOSTILE.script}`
		});
		expect(of(records[10]!)).toMatchObject({ Actiepunt: `Studiedag over de ${HOSTILE.script} visie & "blended" onderwijs`, Eigenaar: 'Jan de Vries', Succescriterium: `'${HOSTILE.plus}` });
		expect(records[11]![8]).toBe(`Budget € 5.000 aanvragen\nTweede regel: ${HOSTILE.unicode}`);
		expect(of(records[13]!)).toEqual({ 'Soort rij': 'Eigen vraag', Vraag: `Wat maakt onze aanpak eigen? ${HOSTILE.script}`, Antwoord: `'${HOSTILE.hyperlink}` });
	});

	it('makes every field that could start a formula inert; only our own numbers are left as they are', () => {
		const dangerous = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
		const risky = records.flat().filter((value) => dangerous.test(value));
		expect(risky).toEqual(['-1']);
		expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
		const fields = records.flat();
		for (const value of [HOSTILE.plus, HOSTILE.at, '@eigenaar', HOSTILE.fullWidth, `${HOSTILE.tab} ${HOSTILE.unicode}`]) {
			expect(fields).toContain(`'${value}`);
		}
	});

	it('drops control characters', () => {
		expect(text).not.toContain('\u0007');
		expect(records.flat()).toContain('Bel de decaan');
	});

	it('uses English headers and row kinds for an English plan', () => {
		const en = parseCsv(planToCsv(planFixture('en')).toString('utf8').slice(1));
		expect(en[0]).toEqual([
			'Row kind',
			'Category',
			'Factor',
			'Where we are now',
			'Where we want to be',
			'GAP',
			'What is needed',
			'Why this priority',
			'Action point',
			'Linked factors',
			'Owner',
			'Due date',
			'Status',
			'Success criterion',
			'Question',
			'Answer'
		]);
		expect(new Set(en.slice(1).map((record) => record[0]))).toEqual(new Set(['GAP analysis', 'Priority', 'Action point', 'Own question']));
	});

	it('writes only the header for an empty plan', () => {
		expect(parseCsv(planToCsv(emptyPlanFixture('nl')).toString('utf8').slice(1))).toHaveLength(1);
	});
});

describe('planToCsv for a workshop', () => {
	it('ends with step 5, one record per answer with its part as the row kind, row for row', () => {
		const doc = workshopPlanFixture('nl');
		const all = parseCsv(planToCsv(doc).toString('utf8').slice(1));
		const step5 = all.slice(all.length - doc.reflections!.length);
		expect(step5).toEqual(doc.reflections!.map((r) => [r.part, ...Array(13).fill(''), r.question, inertCell(r.answer)]));
		expect(all.slice(1, all.length - doc.reflections!.length).map((record) => record[0])).not.toContain('Terugblik');
		expect(step5.map((record) => record[0])).toEqual(['Terugblik', 'Terugblik', 'Vooruitblik']);
	});
});
