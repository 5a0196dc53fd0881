import { describe, expect, it } from 'vitest';
import { planToCsv } from './csv';
import { emptyPlanFixture, HOSTILE, planFixture, workshopPlanFixture } from './test-fixture';
import { inertCell } from './inert';
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
			'\uFEFF"Onderdeel";"Categorie";"Factor";"Waar we nu staan";"Waar we naartoe willen";"GAP";"Actiepunt";"Eigenaar";"Deadline";"Status";"Succescriterium"'
		);
		expect(text).toContain('"Visie & ""beleid"" <b>"');
	});

	it('is one table with a section column: every record has the same eleven fields', () => {
		expect(records.every((record) => record.length === 11)).toBe(true);
		const sections = records.slice(1).map((record) => record[0]);
		expect(sections).toEqual([...Array(6).fill('Antwoord'), ...Array(2).fill('Prioriteit'), ...Array(4).fill('Actiepunt'), ...Array(2).fill('Eigen vraag')]);
	});

	it('writes answers, priorities and action points in the right columns', () => {
		expect(records[1]).toEqual(['Antwoord', 'Visie & "beleid" <b>', 'Onderwijsvisie', '1', '3', '2', `'${HOSTILE.hyperlink}`, '', '', '', '']);
		expect(records[3]!.slice(3, 6)).toEqual(['weet ik niet', '3', '']);
		expect(records[5]!.slice(3, 6)).toEqual(['3', '2', '-1']);
		expect(records[7]).toEqual(['Prioriteit', 'Visie & "beleid" <b>', HOSTILE.script, '', '', '', `'${HOSTILE.minus}`, '', '', '', '']);
		expect(records[10]).toEqual([
			'Actiepunt',
			'Visie & "beleid" <b>',
			'Onderwijsvisie',
			'',
			'',
			'',
			`Studiedag over de ${HOSTILE.script} visie & "blended" onderwijs`,
			'Jan de Vries',
			'',
			'Bezig',
			`'${HOSTILE.plus}`
		]);
		expect(records[11]![6]).toBe(`Budget € 5.000 aanvragen\nTweede regel: ${HOSTILE.unicode}`);
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

	it('uses English headers and section names for an English plan', () => {
		const en = parseCsv(planToCsv(planFixture('en')).toString('utf8').slice(1));
		expect(en[0]).toEqual([
			'Section',
			'Category',
			'Factor',
			'Where we are now',
			'Where we want to be',
			'GAP',
			'Action point',
			'Owner',
			'Due date',
			'Status',
			'Success criterion'
		]);
		expect(new Set(en.slice(1).map((record) => record[0]))).toEqual(new Set(['Answer', 'Priority', 'Action point', 'Own question']));
	});

	it('writes only the header for an empty plan', () => {
		expect(parseCsv(planToCsv(emptyPlanFixture('nl')).toString('utf8').slice(1))).toHaveLength(1);
	});
});

describe('planToCsv for a workshop', () => {
	it('ends with step 5, one record per answer with its part as the section, row for row', () => {
		const doc = workshopPlanFixture('nl');
		const all = parseCsv(planToCsv(doc).toString('utf8').slice(1));
		const step5 = all.slice(all.length - doc.reflections!.length);
		expect(step5).toEqual(doc.reflections!.map((r) => [r.part, '', r.question, '', '', '', inertCell(r.answer), '', '', '', '']));
		expect(all.slice(1, all.length - doc.reflections!.length).map((record) => record[0])).not.toContain('Terugblik');
		expect(step5.map((record) => record[0])).toEqual(['Terugblik', 'Terugblik', 'Vooruitblik']);
	});
});
