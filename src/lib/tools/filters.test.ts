import { describe, expect, it } from 'vitest';
import { filterTools, readFilters } from './filters';
import { tool } from './test-tools';

describe('the catalogue’s filters', () => {
	const catalogue = [tool({ name: 'A', learningTypes: ['practice'], privacy: 'pending' }), tool({ name: 'B', learningTypes: ['practice', 'discussion'] }), tool({ name: 'C', availability: 'not-approved' })];

	it('keeps the tools that meet every filter set', () => {
		expect(filterTools(catalogue, readFilters(new URLSearchParams('learningType=practice&privacy=agreement'))).map((t) => t.name)).toEqual(['B']);
		expect(filterTools(catalogue, readFilters(new URLSearchParams('availability=not-approved'))).map((t) => t.name)).toEqual(['C']);
	});

	it('treats an unknown value as no filter', () => {
		expect(readFilters(new URLSearchParams('learningType=<script>&privacy=&availability=x'))).toEqual({ learningType: null, privacy: null, availability: null });
		expect(filterTools(catalogue, readFilters(new URLSearchParams('learningType=zzz')))).toHaveLength(3);
	});
});
