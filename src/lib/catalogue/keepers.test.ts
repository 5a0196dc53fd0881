import { describe, expect, it } from 'vitest';
import { isCatalogue, keeperProblem, mayKeep } from './keepers';

const person = (id: string, role: 'admin' | 'facilitator' = 'facilitator', institutionId = 'A') => ({ id, institutionId, role });

describe('who may keep a catalogue', () => {
	it('is an administrator of the institution', () => {
		expect(mayKeep(person('boss', 'admin'), 'A', [])).toBe(true);
	});

	it('is a colleague named keeper, and not one who is not', () => {
		expect(mayKeep(person('kim'), 'A', ['kim'])).toBe(true);
		expect(mayKeep(person('colleague'), 'A', ['kim'])).toBe(false);
	});

	it('is nobody of another institution, not its administrator nor someone named with the same id', () => {
		expect(mayKeep(person('boss', 'admin', 'B'), 'A', [])).toBe(false);
		expect(mayKeep(person('kim', 'facilitator', 'B'), 'A', ['kim'])).toBe(false);
	});
});

describe('who can be named keeper', () => {
	const colleague = { id: 'c', institutionId: 'A', role: 'facilitator' as const, disabled: false };

	it('is an active colleague of the institution who is not a keeper yet', () => {
		expect(keeperProblem(colleague, 'A', [])).toBeNull();
		expect(keeperProblem(colleague, 'A', ['c'])).toBe('already');
	});

	it('is not an administrator, who keeps every catalogue already', () => {
		expect(keeperProblem({ ...colleague, role: 'admin' }, 'A', [])).toBe('admin');
	});

	it('is not someone unknown, of another institution or disabled', () => {
		expect(keeperProblem(undefined, 'A', [])).toBe('unknown');
		expect(keeperProblem({ ...colleague, institutionId: 'B' }, 'A', [])).toBe('unknown');
		expect(keeperProblem({ ...colleague, disabled: true }, 'A', [])).toBe('unknown');
	});
});

describe('the catalogues', () => {
	it('are the tools and the rooms, and nothing else', () => {
		expect(['tools', 'rooms', 'Tools', '', '__proto__'].map(isCatalogue)).toEqual([true, true, false, false, false]);
	});
});
