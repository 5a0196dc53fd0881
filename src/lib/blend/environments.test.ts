import { describe, expect, it } from 'vitest';
import { environmentsOf } from './environments';
import { defaultContent } from '$lib/toolkit';

describe('the learning environments', () => {
	it('are the Bloem’s four petals of the toolkit’s content, in its order', () => {
		expect(environmentsOf(defaultContent()).map((e) => e.id)).toEqual(['online', 'campus', 'werkplek', 'samenleving']);
	});

	it('are none when the content has no Bloem', () => {
		expect(environmentsOf({ knowledge: [] })).toEqual([]);
	});
});
