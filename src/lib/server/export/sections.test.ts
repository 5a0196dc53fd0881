import { describe, expect, it } from 'vitest';
import { actionPointGroups, actionPointTable, actionPointTables, coverLines, documentTitle, dueDateText, fitColumns, formatGeneratedDate, gapText, morePointsText, summaryPointTable, withoutEmptyColumns, type TextTable } from './sections';
import { emptyPlanFixture, planFixture, realisticPlan } from './test-fixture';

describe('actionPointGroups', () => {
	it('groups action points per category in instrument order', () => {
		const groups = actionPointGroups(planFixture('nl'));
		expect(groups.map((g) => [g.categoryKey, g.points.map((p) => p.id)])).toEqual([
			['visie', ['ap-1', 'ap-2']],
			['organisatie', ['ap-3', 'ap-4']]
		]);
	});

	it('keeps categories without action points and puts points of an unlisted category last', () => {
		const doc = planFixture('nl');
		const stray = { ...doc.actionPoints[0]!, id: 'stray', categoryKey: 'oud', categoryName: 'Oude categorie' };
		const groups = actionPointGroups({ ...doc, actionPoints: [stray, doc.actionPoints[2]!] });
		expect(groups.map((g) => [g.categoryName, g.points.map((p) => p.id)])).toEqual([
			['Visie & "beleid" <b>', []],
			['Organisatie', ['ap-3']],
			['Oude categorie', ['stray']]
		]);
	});
});

describe('title block', () => {
	it('writes the generation date as people do, in Amsterdam time', () => {
		expect(formatGeneratedDate('2025-01-31T23:30:00.000Z', 'nl')).toBe('1 februari 2025');
		expect(formatGeneratedDate('2025-01-31T10:00:00.000Z', 'en')).toBe('31 January 2025');
		expect(formatGeneratedDate('not a date', 'nl')).toBe('not a date');
	});

	it('puts institution, level, instrument and date on the cover, and how many took part when we know', () => {
		expect(coverLines(planFixture('en')).map((line) => line.label)).toEqual(['Institution', 'Level', 'Instrument', 'Date']);
		expect(coverLines(realisticPlan('nl', { people: 37 })).at(-1)).toEqual({ label: 'Respondenten', value: '37' });
		expect(coverLines(realisticPlan('en', { workshop: true, people: 12 })).at(-1)).toEqual({ label: 'Participants', value: '12' });
	});

	it('writes a due date as people do', () => {
		expect(dueDateText('2026-12-07', 'nl')).toBe('7 december 2026');
		expect(dueDateText('2026-12-07', 'en')).toBe('7 December 2026');
		expect(dueDateText(null, 'nl')).toBe('');
	});

	it('falls back to "Actieplan" or "Action plan" when the plan has no title', () => {
		expect(documentTitle(emptyPlanFixture('nl'))).toBe('Actieplan');
		expect(documentTitle(emptyPlanFixture('en'))).toBe('Action plan');
	});
});

describe('gapText', () => {
	it('writes a gap with its sign and a real minus, or a dash when there is none', () => {
		expect([2, 0, -1, null].map(gapText)).toEqual(['+2', '0', '\u22121', '—']);
	});
});

describe('actionPointTable', () => {
	it('has the columns text, factors, owner, due date and status, in the document’s language', () => {
		const doc = planFixture('nl');
		expect(actionPointTable(doc.actionPoints, 'nl').columns.map((column) => column.header)).toEqual(['Actiepunt', 'Factoren', 'Eigenaar', 'Streefdatum', 'Status']);
		expect(actionPointTable(planFixture('en').actionPoints, 'en').columns.map((column) => column.header)).toEqual(['Action point', 'Factors', 'Owner', 'Due date', 'Status']);
	});

	it('writes one row per action point, with the success criterion under the text and empty cells for what is missing', () => {
		const doc = planFixture('nl');
		const [first, , , last] = doc.actionPoints;
		expect(actionPointTable([first!, last!], 'nl').rows).toEqual([
			[`${first!.text}\nGelukt als: ${first!.successCriterion}`, first!.factorNames.join(', '), '@eigenaar', '1 maart 2025', 'Open'],
			[last!.text, '', '', '', last!.statusLabel]
		]);
	});

	it('leaves out the columns no point fills, the same in every category’s table', () => {
		const doc = planFixture('nl');
		const bare = { ...doc, actionPoints: doc.actionPoints.map((point) => ({ ...point, factorNames: [], dueDate: null })) };
		const { all, groups } = actionPointTables(bare);
		expect(all.columns.map((c) => c.header)).toEqual(['Actiepunt', 'Eigenaar', 'Status']);
		expect(groups.map((group) => group.table.columns.map((c) => c.header))).toEqual([all.columns.map((c) => c.header), all.columns.map((c) => c.header)]);
		expect(groups.map((group) => group.table.rows.length)).toEqual([2, 2]);
	});
});

describe('withoutEmptyColumns', () => {
	it('drops a column only when every row leaves it empty, and keeps the columns of a table without rows', () => {
		const table: TextTable = { columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }], rows: [['1', ' ', '3'], ['', '', '6']] };
		expect(withoutEmptyColumns(table)).toEqual({ columns: [{ header: 'a' }, { header: 'c' }], rows: [['1', '3'], ['', '6']] });
		expect(withoutEmptyColumns({ ...table, rows: [] }).columns).toHaveLength(3);
	});
});

describe('fitColumns', () => {
	// Every letter 5 points wide, a space too.
	const measure = (text: string) => text.length * 5;

	it('gives every column at least its longest word and fills the width', () => {
		const table: TextTable = {
			columns: [{ header: 'Actiepunt' }, { header: 'Eigenaar' }],
			rows: [['Beleidsnotitie schrijven en laten vaststellen door de opleidingscommissie', 'Opleidingsmanager']]
		};
		const widths = fitColumns(table, 300, measure, 4)!;
		expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
		expect(widths[0]).toBeGreaterThanOrEqual(measure('opleidingscommissie ') + 9);
		expect(widths[1]).toBeGreaterThanOrEqual(measure('Opleidingsmanager ') + 9);
	});

	it('keeps a short cell such as a date on one line when there is room', () => {
		const table: TextTable = { columns: [{ header: 'Text' }, { header: 'Due' }], rows: [['word '.repeat(60), '7 december 2026']] };
		expect(fitColumns(table, 400, measure, 4)![1]).toBeGreaterThanOrEqual(measure('7 december 2026') + 9);
	});

	it('says so when the longest words cannot stand side by side', () => {
		const table: TextTable = { columns: [{ header: 'Kwaliteitszorgmedewerker' }, { header: 'Onderwijsontwikkelaars' }], rows: [] };
		expect(fitColumns(table, 150, measure, 4)).toBeNull();
	});

	it('widens the columns under a spanning header until its longest word fits', () => {
		const table: TextTable = { columns: [{ header: 'F' }, { header: 'a' }, { header: 'b' }], groups: [{ header: '', span: 1 }, { header: 'Medewerkers (n=18)', span: 2 }], rows: [['x', '1', '2']] };
		const widths = fitColumns(table, 400, measure, 4)!;
		expect(widths[1]! + widths[2]!).toBeGreaterThanOrEqual(measure('Medewerkers ') + 9);
	});
});

describe('the summary', () => {
	it('lists the first ten action points with owner and date, and counts the rest with the right plural', () => {
		const doc = planFixture('nl');
		const many = { ...doc, actionPoints: Array.from({ length: 12 }, (_, i) => ({ ...doc.actionPoints[0]!, id: `p${i}` })) };
		const { table, more } = summaryPointTable(many);
		expect(table.rows).toHaveLength(10);
		expect(table.rows[0]).toEqual([doc.actionPoints[0]!.text, '@eigenaar', '1 maart 2025']);
		expect(more).toBe(2);
		expect(morePointsText(1, 'nl')).toBe('En nog 1 actiepunt: zie Actiepunten.');
		expect(morePointsText(2, 'en')).toBe('And 2 more action points: see Action points.');
	});
});
