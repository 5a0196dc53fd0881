import { describe, expect, it } from 'vitest';
import { ViewCache } from './view-cache';

describe('view cache', () => {
	it('computes a view once per key and event id, and again after a newer event', async () => {
		const cache = new ViewCache<string>();
		let reads = 0;
		const read = (text: string) => async () => {
			reads++;
			return text;
		};
		const first = await Promise.all([cache.get('table-1', 7, read('a')), cache.get('table-1', 7, read('b'))]);
		expect(first).toEqual(['a', 'a']);
		expect(await cache.get('table-1', 8, read('c'))).toBe('c');
		expect(await cache.get('table-1', 8, read('d'))).toBe('c');
		expect(reads).toBe(2);
	});

	it('keeps views of different keys apart', async () => {
		const cache = new ViewCache<string>();
		expect(await cache.get('table-1', 3, async () => 'one')).toBe('one');
		expect(await cache.get('table-2', 3, async () => 'two')).toBe('two');
		expect(await cache.get('table-1', 3, async () => 'other')).toBe('one');
	});

	it('serves a request that read an older event id its own view and keeps the newer one', async () => {
		const cache = new ViewCache<string>();
		await cache.get('table-1', 9, async () => 'new');
		expect(await cache.get('table-1', 8, async () => 'old')).toBe('old');
		expect(await cache.get('table-1', 9, async () => 'again')).toBe('new');
	});

	it('forgets a view whose reading failed, so the next request reads again', async () => {
		const cache = new ViewCache<string>();
		await expect(cache.get('table-1', 1, () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
		expect(await cache.get('table-1', 1, async () => 'fine')).toBe('fine');
	});

	it('keeps at most its number of views, dropping the one stored longest ago', async () => {
		const cache = new ViewCache<string>(2);
		await cache.get('a', 1, async () => 'a');
		await cache.get('b', 1, async () => 'b');
		await cache.get('c', 1, async () => 'c');
		expect(cache.size).toBe(2);
		expect(await cache.get('a', 1, async () => 'a again')).toBe('a again');
		expect(await cache.get('c', 1, async () => 'c again')).toBe('c');
	});
});
