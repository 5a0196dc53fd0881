import { describe, expect, it } from 'vitest';
import { checkRoom, parseCapacity, roomForm, roomKey, sortRooms, type RoomForm } from './room';
import { needsFromQuery, filterFromQuery } from './query';

const form: RoomForm = { building: ' Hoofdgebouw ', name: '0.12', floor: '0', capacity: '28', layouts: ['islands', 'rows'], furniture: ['whiteboards'], technology: ['wifi'], accessibility: [], bookable: 'yes', notes: '' };

describe('a room as posted', () => {
	it('is accepted trimmed, with its lists in the vocabulary’s order', () => {
		const checked = checkRoom(form, 'nl');
		expect(checked).toEqual({ ok: true, value: { building: 'Hoofdgebouw', name: '0.12', floor: '0', capacity: 28, layouts: ['rows', 'islands'], furniture: ['whiteboards'], technology: ['wifi'], accessibility: [], bookable: true, notes: '' } });
		if (checked.ok) expect(roomForm(checked.value)).toMatchObject({ capacity: '28', bookable: 'yes' });
	});

	it('refuses a capacity of -3, 0, 2001 or 12.5 with a message that names the range, in English too', () => {
		for (const capacity of ['-3', '0', '2001', '12.5', 'twintig', '']) {
			const checked = checkRoom({ ...form, capacity }, 'en');
			expect(checked).toEqual({ ok: false, errors: { capacity: 'The number of places must be a whole number from 1 to 2000.' } });
		}
		expect(parseCapacity('-3', 'nl')).toEqual({ ok: false, message: 'Het aantal plaatsen moet een geheel getal van 1 tot en met 2000 zijn.' });
		expect(parseCapacity(' 2000 ', 'nl')).toEqual({ ok: true, value: 2000 });
	});

	it('names every field that is wrong: an empty building, a layout not in the list, notes too long', () => {
		const checked = checkRoom({ ...form, building: '  ', layouts: ['islands', 'kantine'], notes: 'x'.repeat(2001) }, 'nl');
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(Object.keys(checked.errors).sort()).toEqual(['building', 'layouts', 'notes']);
	});

	it('refuses control characters that PostgreSQL cannot store or a CSV would garble, but keeps line breaks in notes', () => {
		expect(checkRoom({ ...form, building: 'Hoofd\u0000gebouw', notes: 'Regel 1\nRegel 2' }, 'en')).toEqual({ ok: false, errors: { building: 'This holds an invisible control character; type the text again.' } });
		expect(checkRoom({ ...form, notes: 'Regel 1\r\n\tRegel 2' }, 'nl').ok).toBe(true);
	});

	it('is the same room whatever the case or outer spaces of building and name', () => {
		expect(roomKey({ building: ' HOOFDGEBOUW', name: 'Zaal A ' })).toBe(roomKey({ building: 'hoofdgebouw', name: 'zaal a' }));
		expect(roomKey({ building: 'A', name: 'B C' })).not.toBe(roomKey({ building: 'A B', name: 'C' }));
	});

	it('sorts numbers within a name as numbers', () => {
		expect(sortRooms([{ building: 'B', name: '0.12' }, { building: 'B', name: '0.9' }, { building: 'A', name: '2' }]).map((r) => r.name)).toEqual(['2', '0.9', '0.12']);
	});
});

describe('the find page’s and list’s questions in the address', () => {
	it('prefills the technology a learning type usually needs, until the form is submitted', () => {
		expect(needsFromQuery(new URLSearchParams('learningType=production'), 'nl').needs.technology).toEqual(['wifi', 'power-at-seats']);
		expect(needsFromQuery(new URLSearchParams('learningType=production&find=1'), 'nl').needs.technology).toEqual([]);
	});

	it('drops values that are not ours and reports a group size that is not a number', () => {
		const read = needsFromQuery(new URLSearchParams('find=1&learningType=dance&groupSize=-3&layout=islands&layout=ballroom&technology=hybrid'), 'en');
		expect(read.needs).toEqual({ learningType: null, groupSize: null, layouts: ['islands'], technology: ['hybrid'], accessibility: [], bookableOnly: false });
		expect(read.errors).toEqual({ groupSize: 'The group size must be a whole number from 1 to 2000.' });
		expect(filterFromQuery(new URLSearchParams('capacity=20&layout=circle&bookable=yes'), 'nl').filter).toEqual({ building: '', minCapacity: 20, layout: 'circle', technology: null, bookableOnly: true });
	});
});
