import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadInstrument } from '$lib/instrument';
import { workshop as workshopMessages } from './messages';
import { findCategory } from '$lib/instrument/schema';
import { actionPointInputSchema } from '$lib/plan/action-plan';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import {
	MAX_ACTION_POINTS_PER_SHEET,
	actionField,
	activeEditors,
	applyEdit,
	factorField,
	fieldState,
	newGroupSheet,
	parseField,
	phaseSpread,
	priorityField,
	resolutionInputSchema,
	resolveConflict,
	sheetEditInputSchema,
	sheetPlan,
	sheetView,
	spread,
	type EditOutcome,
	type GroupSheet,
	type SheetEdit,
	type SheetProblem,
	type SheetValue
} from './group-sheet';

// Pinned to version 1 so a new version of the instrument does not change what these tests mean.
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const strategie = findCategory(instrument, 'strategie')!;

let counter = 0;
/** A fresh UUID-shaped edit id per call, as the client makes them. */
function id(): string {
	counter++;
	return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

function edit(field: string, value: SheetValue, baseVersion: number, author: string, editId = id()): SheetEdit {
	return { field, value, baseVersion, editId, author };
}

function applied(result: EditOutcome): GroupSheet {
	expect(result.outcome === 'rejected' ? `rejected: ${result.problem}` : result.outcome).not.toMatch(/^rejected/);
	return result.sheet;
}

const NEEDED = factorField('beleid', 'needed');
const CURRENT = factorField('beleid', 'current');

function empty(): GroupSheet {
	return newGroupSheet('table-1', strategie);
}

describe('field names', () => {
	it('name a factor’s current and desired phase and what is needed, the priority, and action points', () => {
		expect(parseField('factor:beleid:current')).toEqual({ kind: 'factor', factorKey: 'beleid', aspect: 'current' });
		expect(parseField('priority:reason')).toEqual({ kind: 'priority', aspect: 'reason' });
		const uuid = id();
		expect(parseField(actionField(uuid, 'text'))).toEqual({ kind: 'action', actionId: uuid, aspect: 'text' });
	});

	it('are refused when they are anything else', () => {
		for (const bad of ['__proto__', 'constructor', 'factor:beleid', 'factor:Beleid:current', 'priority:owner', 'action:1:text', 'factor:beleid:current ']) {
			expect(parseField(bad), bad).toBeNull();
		}
	});
});

describe('applyEdit', () => {
	it('writes an edit made on the current version and raises the version', () => {
		const result = applyEdit(empty(), edit(CURRENT, 2, 0, 'anna'));
		expect(result.outcome).toBe('applied');
		expect(fieldState(result.sheet, CURRENT)).toEqual({
			value: 2,
			version: 1,
			author: 'anna',
			authors: ['anna'],
			alternatives: []
		});
	});

	it('changes nothing when the same edit arrives again (a retry after a lost acknowledgement)', () => {
		const first = edit(NEEDED, 'Een werkgroep', 0, 'anna');
		const sheet = applied(applyEdit(empty(), first));
		const again = applyEdit(sheet, first);
		expect(again.outcome).toBe('duplicate');
		expect(again.sheet).toBe(sheet);
	});

	it('keeps both values when two members change the same field from the same version', () => {
		let sheet = applied(applyEdit(empty(), edit(NEEDED, 'Een werkgroep', 0, 'anna')));
		const bert = applyEdit(sheet, edit(NEEDED, 'Budget', 0, 'bert'));
		expect(bert.outcome).toBe('conflict');
		sheet = bert.sheet;
		const field = fieldState(sheet, NEEDED);
		expect(field.value).toBe('Een werkgroep');
		expect(field.version).toBe(1);
		expect(field.alternatives).toMatchObject([{ value: 'Budget', author: 'bert', baseVersion: 0 }]);
		expect(sheetView(sheet).conflicts).toEqual([
			{
				field: NEEDED,
				value: 'Een werkgroep',
				version: 1,
				alternatives: field.alternatives,
				choices: [{ value: 'Budget', authors: ['bert'], editIds: [field.alternatives[0]?.editId] }]
			}
		]);
	});

	it('sees no conflict when a late edit brings the value the field already has', () => {
		const sheet = applied(applyEdit(empty(), edit(CURRENT, 2, 0, 'anna')));
		const late = applyEdit(sheet, edit(CURRENT, 2, 0, 'bert'));
		expect(late.outcome).toBe('unchanged');
		expect(fieldState(late.sheet, CURRENT)).toMatchObject({ value: 2, version: 1, alternatives: [] });
	});

	it('does not make people conflict with their own earlier edit whose acknowledgement was lost', () => {
		let sheet = applied(applyEdit(empty(), edit(NEEDED, 'Een werk', 0, 'anna')));
		// Anna's phone never heard back, so it sends the longer text on the version it knew.
		const next = applyEdit(sheet, edit(NEEDED, 'Een werkgroep beleid', 0, 'anna'));
		expect(next.outcome).toBe('applied');
		sheet = next.sheet;
		expect(fieldState(sheet, NEEDED)).toMatchObject({ value: 'Een werkgroep beleid', version: 2, alternatives: [] });
	});

	it('still keeps both when someone else wrote in between', () => {
		let sheet = applied(applyEdit(empty(), edit(NEEDED, 'A', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'AB', 1, 'bert')));
		const result = applyEdit(sheet, edit(NEEDED, 'AC', 0, 'anna'));
		expect(result.outcome).toBe('conflict');
		expect(fieldState(result.sheet, NEEDED).alternatives.map((a) => a.value)).toEqual(['AC']);
	});

	it('replaces a member’s own waiting alternative as they keep typing, instead of piling them up', () => {
		let sheet = applied(applyEdit(empty(), edit(NEEDED, 'Anna', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Be', 0, 'bert')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Bert', 0, 'bert')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Cees', 0, 'cees')));
		expect(fieldState(sheet, NEEDED).alternatives.map((a) => [a.author, a.value])).toEqual([
			['bert', 'Bert'],
			['cees', 'Cees']
		]);
	});

	it('drops a member’s waiting alternative once they write the field on the current version', () => {
		let sheet = applied(applyEdit(empty(), edit(NEEDED, 'Anna', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Bert', 0, 'bert')));
		const accepted = applyEdit(sheet, edit(NEEDED, 'Anna', 1, 'bert'));
		expect(accepted.outcome).toBe('unchanged');
		expect(fieldState(accepted.sheet, NEEDED).alternatives).toEqual([]);
		const rewritten = applyEdit(sheet, edit(NEEDED, 'Anna en Bert', 1, 'bert'));
		expect(fieldState(rewritten.sheet, NEEDED)).toMatchObject({ value: 'Anna en Bert', version: 2, alternatives: [] });
	});

	it('shows the same proposal from two members as one choice, and keeps it when one of them changes theirs', () => {
		let sheet = applied(applyEdit(empty(), edit(CURRENT, 1, 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(CURRENT, 3, 0, 'bert')));
		sheet = applied(applyEdit(sheet, edit(CURRENT, 3, 0, 'cees')));
		expect(sheetView(sheet).conflicts[0]?.choices).toMatchObject([{ value: 3, authors: ['bert', 'cees'] }]);
		sheet = applied(applyEdit(sheet, edit(CURRENT, 2, 0, 'bert')));
		expect(sheetView(sheet).conflicts[0]?.choices).toMatchObject([
			{ value: 2, authors: ['bert'] },
			{ value: 3, authors: ['cees'] }
		]);
	});

	it('refuses a version the field never had, and values that do not fit the field', () => {
		const cases: [SheetEdit, SheetProblem][] = [
			[edit(CURRENT, 2, 5, 'anna'), 'future_version'],
			[edit(CURRENT, 4, 0, 'anna'), 'invalid_value'],
			[edit(CURRENT, '2', 0, 'anna'), 'invalid_value'],
			[edit(NEEDED, 3, 0, 'anna'), 'invalid_value'],
			[edit(NEEDED, 'x'.repeat(MAX_TEXT_LENGTH + 1), 0, 'anna'), 'text_too_long'],
			[edit(factorField('infrastructuur', 'current'), 1, 0, 'anna'), 'unknown_field'],
			[edit('__proto__', 'x', 0, 'anna'), 'unknown_field'],
			[edit(priorityField('factor'), 'infrastructuur', 0, 'anna'), 'invalid_value'],
			[edit(actionField(id(), 'removed'), -1, 0, 'anna'), 'invalid_value']
		];
		for (const [bad, problem] of cases) {
			const sheet = empty();
			expect(applyEdit(sheet, bad), bad.field).toEqual({ outcome: 'rejected', sheet, problem });
		}
	});

	it('accepts "weet ik niet" and clearing a phase', () => {
		let sheet = applied(applyEdit(empty(), edit(CURRENT, 'unknown', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(CURRENT, null, 1, 'anna')));
		expect(fieldState(sheet, CURRENT)).toMatchObject({ value: null, version: 2 });
	});

	it('never writes to the object prototype, whatever field name arrives', () => {
		applyEdit(empty(), edit('__proto__', 'x', 0, 'anna'));
		expect(({} as Record<string, unknown>).value).toBeUndefined();
		expect(fieldState(empty(), 'constructor')).toMatchObject({ value: null, version: 0 });
	});

	it('loses no edit, whatever the order and retries (property)', () => {
		// An edit may leave the screen only when someone who had seen it wrote over it (their base
		// version includes it, or they wrote that version themselves), or when its own author sent
		// something newer. Anything else would be a silent loss.
		const authors = ['anna', 'bert', 'cees'];
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						author: fc.constantFrom(...authors),
						text: fc.string({ maxLength: 3 }),
						stale: fc.nat({ max: 3 }),
						retry: fc.boolean()
					}),
					{ maxLength: 30 }
				),
				(steps) => {
					let sheet = empty();
					const log: { edit: SheetEdit; produced: number | null; before: number | null }[] = [];
					for (const step of steps) {
						const version = fieldState(sheet, NEEDED).version;
						const e = edit(NEEDED, step.text, Math.max(0, version - step.stale), step.author);
						const result = applyEdit(sheet, e);
						expect(result.outcome).not.toBe('rejected');
						sheet = result.sheet;
						const after = fieldState(sheet, NEEDED).version;
						// An unchanged edit stands for the version that already had its value.
						const produced = result.outcome === 'applied' || result.outcome === 'unchanged' ? after : null;
						log.push({ edit: e, produced, before: result.outcome === 'applied' ? version : null });
						if (step.retry) expect(applyEdit(sheet, e)).toEqual({ outcome: 'duplicate', sheet });
					}
					const field = fieldState(sheet, NEEDED);
					const visible = [field.value, ...field.alternatives.map((a) => a.value)];
					log.forEach(({ edit: e, produced: own }, i) => {
						if (visible.includes(e.value)) return;
						const later = log.slice(i + 1);
						// An alternative someone later wrote as the value counts from that version on.
						const produced = own ?? later.find((l) => l.before !== null && l.edit.value === e.value)?.produced ?? null;
						const supersededByAuthor = later.some((l) => l.edit.author === e.author);
						const overwrittenBySomeoneWhoSawIt =
							produced !== null &&
							later.some(
								(l) =>
									l.before !== null &&
									l.before >= produced &&
									(l.edit.baseVersion >= produced || field.authors[produced - 1] === l.edit.author)
							);
						expect(supersededByAuthor || overwrittenBySomeoneWhoSawIt, JSON.stringify(e)).toBe(true);
					});
				}
			),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 500) }
		);
	});
});

describe('resolveConflict', () => {
	function conflicted(): GroupSheet {
		let sheet = applied(applyEdit(empty(), edit(NEEDED, 'Een werkgroep', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Budget', 0, 'bert')));
		return sheet;
	}

	it('makes the group’s choice the value and dismisses the alternatives it saw', () => {
		const sheet = conflicted();
		const seen = fieldState(sheet, NEEDED).alternatives.map((a) => a.editId);
		const result = resolveConflict(sheet, {
			field: NEEDED,
			value: 'Een werkgroep met budget',
			resolves: seen,
			baseVersion: 1,
			editId: id(),
			author: 'cees'
		});
		expect(result.outcome).toBe('applied');
		expect(fieldState(result.sheet, NEEDED)).toMatchObject({ value: 'Een werkgroep met budget', version: 2, alternatives: [] });
		expect(sheetView(result.sheet).conflicts).toEqual([]);
	});

	it('drops an alternative once someone makes it the value', () => {
		let sheet = conflicted();
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Budget', 1, 'anna')));
		expect(fieldState(sheet, NEEDED)).toMatchObject({ value: 'Budget', version: 2, alternatives: [] });
		expect(sheetView(sheet).conflicts).toEqual([]);
	});

	it('keeps an alternative that arrived after the chooser looked', () => {
		let sheet = conflicted();
		const seen = fieldState(sheet, NEEDED).alternatives.map((a) => a.editId);
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Tijd', 0, 'cees')));
		const result = resolveConflict(sheet, { field: NEEDED, value: 'Budget', resolves: seen, baseVersion: 1, editId: id(), author: 'anna' });
		expect(fieldState(result.sheet, NEEDED).alternatives.map((a) => a.value)).toEqual(['Tijd']);
	});

	it('refuses a choice made on a version that has changed since', () => {
		let sheet = conflicted();
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Een werkgroep!', 1, 'anna')));
		const result = resolveConflict(sheet, { field: NEEDED, value: 'Budget', resolves: [], baseVersion: 1, editId: id(), author: 'bert' });
		expect(result).toEqual({ outcome: 'rejected', sheet, problem: 'stale' });
	});

	it('is idempotent by edit id, like any edit', () => {
		const sheet = conflicted();
		const resolution = { field: NEEDED, value: 'Budget', resolves: [], baseVersion: 1, editId: id(), author: 'bert' };
		const once = applied(resolveConflict(sheet, resolution));
		expect(resolveConflict(once, resolution).outcome).toBe('duplicate');
	});

	it('validates the chosen value like an edit', () => {
		const sheet = conflicted();
		expect(resolveConflict(sheet, { field: NEEDED, value: 7, resolves: [], baseVersion: 1, editId: id(), author: 'bert' })).toMatchObject({
			outcome: 'rejected',
			problem: 'invalid_value'
		});
	});
});

describe('action points on the sheet', () => {
	it('lets two members add points at once without a conflict, in the order they arrived', () => {
		const a = id();
		const b = id();
		let sheet = applied(applyEdit(empty(), edit(actionField(a, 'text'), 'Visie opstellen', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(actionField(b, 'text'), 'Werkgroep instellen', 0, 'bert')));
		expect(sheetView(sheet).actionPoints).toEqual([
			{ id: a, text: 'Visie opstellen' },
			{ id: b, text: 'Werkgroep instellen' }
		]);
	});

	it('hides a removed point, but brings it back when someone edited its text after the removal', () => {
		const a = id();
		let sheet = applied(applyEdit(empty(), edit(actionField(a, 'text'), 'Visie', 0, 'anna')));
		const removed = applied(applyEdit(sheet, edit(actionField(a, 'removed'), 1, 0, 'bert')));
		expect(sheetView(removed).actionPoints).toEqual([]);
		sheet = applied(applyEdit(removed, edit(actionField(a, 'text'), 'Visie 2030', 1, 'anna')));
		expect(sheetView(sheet).actionPoints).toEqual([{ id: a, text: 'Visie 2030' }]);
	});

	it('limits the number of points on one sheet', () => {
		let sheet = empty();
		for (let i = 0; i < MAX_ACTION_POINTS_PER_SHEET; i++) sheet = applied(applyEdit(sheet, edit(actionField(id(), 'text'), `P${i}`, 0, 'anna')));
		expect(applyEdit(sheet, edit(actionField(id(), 'text'), 'one more', 0, 'anna'))).toMatchObject({
			outcome: 'rejected',
			problem: 'too_many_action_points'
		});
	});
});

describe('sheetView and sheetPlan', () => {
	it('list every factor of the category and what the group agreed', () => {
		let sheet = applied(applyEdit(empty(), edit(CURRENT, 1, 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(factorField('beleid', 'desired'), 3, 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(NEEDED, 'Beleid schrijven', 0, 'bert')));
		sheet = applied(applyEdit(sheet, edit(priorityField('factor'), 'beleid', 0, 'bert')));
		sheet = applied(applyEdit(sheet, edit(priorityField('reason'), '  Zonder beleid geen richting ', 0, 'cees')));
		const view = sheetView(sheet);
		expect(view.factors.map((f) => f.factorKey)).toEqual(strategie.factors.map((f) => f.key));
		expect(view.factors.find((f) => f.factorKey === 'beleid')).toEqual({ factorKey: 'beleid', current: 1, desired: 3, needed: 'Beleid schrijven' });
		expect(view.factors.find((f) => f.factorKey === 'definitie')).toEqual({ factorKey: 'definitie', current: null, desired: null, needed: '' });
		expect(view.versions[CURRENT]).toBe(1);
		expect(sheetPlan(sheet).priority).toEqual({ categoryKey: 'strategie', factorKey: 'beleid', reason: 'Zonder beleid geen richting' });
	});

	it('give the action plan the points with text, trimmed, valid for the action plan model', () => {
		let sheet = empty();
		const visie = id();
		sheet = applied(applyEdit(sheet, edit(actionField(visie, 'text'), '  Visie <script>alert(1)</script> ', 0, 'anna')));
		sheet = applied(applyEdit(sheet, edit(actionField(id(), 'text'), '   ', 0, 'bert')));
		const plan = sheetPlan(sheet);
		expect(plan.priority).toBeNull();
		expect(plan.actionPoints).toEqual([
			{ sheetId: visie, categoryKey: 'strategie', text: 'Visie <script>alert(1)</script>', factorKeys: [], owner: '', dueDate: null, status: 'open', successCriterion: '' }
		]);
		for (const { sheetId, ...point } of plan.actionPoints) {
			expect(sheetId).toBe(visie);
			expect(actionPointInputSchema.parse(point)).toEqual(point);
		}
	});
});

describe('the edit input schemas', () => {
	it('accept what a client sends and refuse extra fields, a client-chosen author, and non-UUID ids', () => {
		const good = { field: NEEDED, value: 'x', baseVersion: 0, editId: id() };
		expect(sheetEditInputSchema.parse(good)).toEqual(good);
		expect(sheetEditInputSchema.safeParse({ ...good, author: 'someone-else' }).success).toBe(false);
		expect(sheetEditInputSchema.safeParse({ ...good, editId: '1' }).success).toBe(false);
		expect(sheetEditInputSchema.safeParse({ ...good, baseVersion: -1 }).success).toBe(false);
		expect(sheetEditInputSchema.safeParse({ ...good, value: { a: 1 } }).success).toBe(false);
		expect(resolutionInputSchema.safeParse({ ...good, resolves: ['nope'] }).success).toBe(false);
	});

	it('have a message for every problem in Dutch and English', () => {
		const problems: SheetProblem[] = [
			'unknown_field',
			'invalid_value',
			'text_too_long',
			'too_many_action_points',
			'future_version',
			'stale',
			'too_many_alternatives'
		];
		for (const language of ['nl', 'en'] as const) {
			for (const problem of problems) expect(workshopMessages[language].sheet.errors[problem]).not.toBe('');
		}
	});
});

describe('activeEditors', () => {
	it('lists who touched each field in the last ten seconds, once each', () => {
		const now = 1_000_000;
		const editors = activeEditors(
			[
				{ participantId: 'anna', field: NEEDED, at: now - 2_000 },
				{ participantId: 'anna', field: NEEDED, at: now - 1_000 },
				{ participantId: 'bert', field: NEEDED, at: now - 9_000 },
				{ participantId: 'cees', field: NEEDED, at: now - 11_000 },
				{ participantId: 'cees', field: CURRENT, at: now }
			],
			now
		);
		expect(Object.fromEntries(editors)).toEqual({ [NEEDED]: ['anna', 'bert'], [CURRENT]: ['cees'] });
	});
});

describe('spread', () => {
	it('counts the members per phase and gives the range and the median', () => {
		expect(phaseSpread([1, 2, 2, 3, 'unknown', null])).toEqual({
			counts: { 1: 1, 2: 2, 3: 1 },
			unknown: 1,
			unanswered: 1,
			min: 1,
			max: 3,
			median: 2
		});
	});

	it('puts the median halfway for an even number of phases', () => {
		expect(phaseSpread([1, 2]).median).toBe(1.5);
		expect(phaseSpread([3, 1, 3, 1]).median).toBe(2);
	});

	it('has no range or median when nobody chose a phase', () => {
		expect(phaseSpread(['unknown', null])).toMatchObject({ min: null, max: null, median: null, unknown: 1, unanswered: 1 });
		expect(phaseSpread([])).toMatchObject({ min: null, max: null, median: null });
	});

	it('gives current and desired per factor from each member’s own scores', () => {
		const result = spread(
			[
				{ factorKey: 'beleid', current: 1, desired: 3 },
				{ factorKey: 'beleid', current: 2, desired: 3 },
				{ factorKey: 'beleid', current: 'unknown', desired: 2 },
				{ factorKey: 'definitie', current: 2, desired: null }
			],
			strategie.factors.map((f) => f.key)
		);
		expect([...result.keys()]).toEqual(strategie.factors.map((f) => f.key));
		expect(result.get('beleid')).toMatchObject({
			members: 3,
			current: { counts: { 1: 1, 2: 1, 3: 0 }, unknown: 1, min: 1, max: 2, median: 1.5 },
			desired: { counts: { 1: 0, 2: 1, 3: 2 }, min: 2, max: 3, median: 3 }
		});
		expect(result.get('doelstellingen')).toMatchObject({ members: 0, current: { median: null } });
	});

	it('leaves out factors of other categories when the factors are given', () => {
		const result = spread([{ factorKey: 'infrastructuur', current: 1, desired: 2 }], ['beleid']);
		expect([...result.keys()]).toEqual(['beleid']);
		expect(spread([{ factorKey: 'infrastructuur', current: 1, desired: 2 }]).get('infrastructuur')?.members).toBe(1);
	});

	it('has a Dutch and English text for the spread', () => {
		expect(workshopMessages.nl.sheet.spreadCounts).toContain('{unknown}');
		expect(workshopMessages.en.sheet.spreadCounts).toContain('{unknown}');
	});
});
