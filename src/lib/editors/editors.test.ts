import { describe, expect, it } from 'vitest';
import { editorProblem, mayChange, mayManage, type Person } from './editors';

const scan = { institutionId: 'A', madeBy: 'maker' };
const person = (id: string, role: Person['role'] = 'facilitator', institutionId = 'A'): Person => ({ id, institutionId, role });

describe('who may change a scan, survey or workshop', () => {
	it('lets its maker change it', () => {
		expect(mayChange(person('maker'), scan)).toBe(true);
	});

	it('lets an administrator of its institution change it', () => {
		expect(mayChange(person('boss', 'admin'), scan)).toBe(true);
	});

	it('lets a co-editor change it, but not a colleague who is not one', () => {
		expect(mayChange(person('co'), scan, ['co'])).toBe(true);
		expect(mayChange(person('colleague'), scan, ['co'])).toBe(false);
	});

	it('lets nobody of another institution change it, not even its administrator or someone listed with the same id', () => {
		expect(mayChange(person('boss', 'admin', 'B'), scan)).toBe(false);
		expect(mayChange(person('co', 'facilitator', 'B'), scan, ['co'])).toBe(false);
		expect(mayChange(person('maker', 'facilitator', 'B'), scan)).toBe(false);
	});
});

describe('who may choose co-editors and delete', () => {
	it('is the maker and the administrators, not a co-editor', () => {
		expect(mayManage(person('maker'), scan)).toBe(true);
		expect(mayManage(person('boss', 'admin'), scan)).toBe(true);
		expect(mayManage(person('co'), scan)).toBe(false);
		expect(mayManage(person('boss', 'admin', 'B'), scan)).toBe(false);
	});
});

describe('who can become a co-editor', () => {
	const colleague = { id: 'c', institutionId: 'A', disabled: false };

	it('is an active colleague of the institution who is not the maker and not one already', () => {
		expect(editorProblem(colleague, scan, [])).toBeNull();
		expect(editorProblem(colleague, scan, ['c'])).toBe('already');
		expect(editorProblem({ ...colleague, id: 'maker' }, scan, [])).toBe('maker');
	});

	it('is not someone unknown, of another institution or disabled', () => {
		expect(editorProblem(undefined, scan, [])).toBe('unknown');
		expect(editorProblem({ ...colleague, institutionId: 'B' }, scan, [])).toBe('unknown');
		expect(editorProblem({ ...colleague, disabled: true }, scan, [])).toBe('unknown');
	});
});
