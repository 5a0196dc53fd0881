import { describe, expect, it } from 'vitest';
import { actionPointGroups, actionPointTable, documentTitle, formatGeneratedDate, gapText, titleBlock } from './sections';
import { emptyPlanFixture, planFixture } from './test-fixture';

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

	it('lists institution, level, date and instrument', () => {
		expect(titleBlock(planFixture('en')).map((line) => line.label)).toEqual(['Institution', 'Level', 'Date', 'Instrument']);
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
	it('has the columns text, factors, owner, due date and status, filling the width', () => {
		const table = actionPointTable([], 'nl');
		expect(table.columns.map((column) => column.header)).toEqual(['Actiepunt', 'Factoren', 'Eigenaar', 'Deadline', 'Status']);
		expect(actionPointTable([], 'en').columns.map((column) => column.header)).toEqual(['Action point', 'Factors', 'Owner', 'Due date', 'Status']);
		expect(table.columns.reduce((sum, column) => sum + column.share, 0)).toBe(100);
	});

	it('writes one row per action point, with the success criterion under the text and empty cells for what is missing', () => {
		const doc = planFixture('nl');
		const [first, , , last] = doc.actionPoints;
		expect(actionPointTable([first!, last!], 'nl').rows).toEqual([
			[`${first!.text}\nGelukt als: ${first!.successCriterion}`, first!.factorNames.join(', '), '@eigenaar', '2025-03-01', 'Open'],
			[last!.text, '', '', '', last!.statusLabel]
		]);
	});
});
