import { describe, expect, it } from 'vitest';
import { AuditEntryRefused, changedFields, checkEntry, coalesces, COALESCE_MS, dayAfter, documentFields, filterQuery, parseFilter } from './audit';

const entry = { institutionId: 'i', action: 'update', objectKind: 'scan', objectId: '3f1c2d4e-0000-4000-8000-000000000001' } as const;

describe('checkEntry', () => {
	it('stores field names sorted, once each, comma-separated', () => {
		expect(checkEntry({ ...entry, fields: ['title', 'answer.needed', 'title'] }).fields).toBe('answer.needed,title');
		expect(checkEntry(entry).fields).toBe('');
	});

	it('refuses a field name that could carry what someone wrote', () => {
		for (const name of ['Title', 'een titel', 'title=Hallo', '', 'a'.repeat(41), '=cmd()', 'answer.needed.more'])
			expect(() => checkEntry({ ...entry, fields: [name] }), name).toThrow(AuditEntryRefused);
	});

	it('refuses an object id that is not an id or a key, an unknown kind, action or via', () => {
		expect(() => checkEntry({ ...entry, objectId: 'Mijn scan' })).toThrow(AuditEntryRefused);
		expect(() => checkEntry({ ...entry, objectId: '' })).toThrow(AuditEntryRefused);
		expect(() => checkEntry({ ...entry, objectKind: 'secret' as never })).toThrow(AuditEntryRefused);
		expect(() => checkEntry({ ...entry, action: 'read' as never })).toThrow(AuditEntryRefused);
		expect(() => checkEntry({ ...entry, via: 'email' as never })).toThrow(AuditEntryRefused);
		expect(checkEntry({ ...entry, objectKind: 'content', objectId: 'product-texts:blended-leren' }).fields).toBe('');
	});
});

describe('changedFields', () => {
	it('names the fields whose values differ, comparing arrays by content', () => {
		expect(changedFields({ text: 'a', owner: 'b', factors: ['x', 'y'] }, { text: 'a', owner: 'c', factors: ['x', 'y'] }, ['text', 'owner', 'factors'])).toEqual(['owner']);
		expect(changedFields({ factors: ['x'] }, { factors: ['x', 'y'] }, ['factors'])).toEqual(['factors']);
	});

	it('names, for a new row, the fields that have a value', () => {
		expect(changedFields<{ current: string | null; needed: string }>(undefined, { current: '2', needed: '' }, ['current', 'needed'])).toEqual(['current']);
	});
});

describe('documentFields', () => {
	it('names the top-level keys of a JSON document that changed, in snake case', () => {
		const before = JSON.stringify({ title: { nl: 'a', en: 'a' }, howToUse: { nl: 'x', en: 'x' } });
		const after = JSON.stringify({ title: { nl: 'a', en: 'a' }, howToUse: { nl: 'y', en: 'x' } });
		expect(documentFields(before, after)).toEqual(['how_to_use']);
		expect(documentFields(undefined, after)).toEqual(['title', 'how_to_use']);
	});

	it('calls a document that is not an object, or keys that are not names, one field: document', () => {
		expect(documentFields('[1]', '[2]')).toEqual(['document']);
		expect(documentFields('{}', JSON.stringify({ 'Mijn eigen sleutel': 1 }))).toEqual(['document']);
		expect(documentFields('[1]', '[1]')).toEqual([]);
	});
});

describe('coalesces', () => {
	const at = new Date('2026-12-07T10:00:30.000Z');
	const previous = { action: 'update' as const, at: '2026-12-07T10:00:00.000Z', fields: ['answer.current', 'answer.needed'] };

	it('folds an update into the same person’s update of the same fields within a minute', () => {
		expect(coalesces(previous, 'update', ['answer.needed'], at)).toBe(true);
	});

	it('keeps a new entry for new fields, after a minute, or for anything but two updates', () => {
		expect(coalesces(previous, 'update', ['answer.desired'], at)).toBe(false);
		expect(coalesces(previous, 'update', ['answer.needed'], new Date(Date.parse(previous.at) + COALESCE_MS))).toBe(false);
		expect(coalesces({ ...previous, action: 'create' }, 'update', ['answer.needed'], at)).toBe(false);
		expect(coalesces(previous, 'delete', [], at)).toBe(false);
		expect(coalesces(undefined, 'update', [], at)).toBe(false);
	});
});

describe('parseFilter', () => {
	it('reads every filter and the page, and writes them back the same', () => {
		const params = new URLSearchParams('kind=scan&action=update&user=3f1c2d4e-0000-4000-8000-000000000001&from=2026-12-01&to=2026-12-07&page=3');
		const { filter, page, problems } = parseFilter(params);
		expect(problems).toEqual([]);
		expect(page).toBe(3);
		expect(filter).toEqual({ objectKind: 'scan', action: 'update', actorUserId: '3f1c2d4e-0000-4000-8000-000000000001', from: '2026-12-01', to: '2026-12-07' });
		expect(filterQuery(filter)).toBe('kind=scan&action=update&user=3f1c2d4e-0000-4000-8000-000000000001&from=2026-12-01&to=2026-12-07');
	});

	it('treats empty values as any', () => {
		expect(parseFilter(new URLSearchParams('kind=&action=&user=&from=&to='))).toEqual({ filter: {}, page: 1, problems: [] });
	});

	it('reports values it does not offer instead of ignoring them', () => {
		const { problems } = parseFilter(new URLSearchParams('kind=secret&action=read&user=1 or 1=1&from=2026-02-30&to=gisteren&page=-1'));
		expect(problems).toEqual(['kind', 'action', 'user', 'from', 'to', 'page']);
		expect(parseFilter(new URLSearchParams('from=2026-12-08&to=2026-12-07')).problems).toEqual(['order']);
	});

	it('includes the whole of the last day', () => {
		expect(dayAfter('2026-12-31')).toBe('2027-01-01T00:00:00.000Z');
	});
});
