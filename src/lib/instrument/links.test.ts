import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT_KEY, TOOL_RUBRIC_KEY } from './index';
import { actionHref, draftHref, exportHref, instrumentKeyOf, instrumentsHref } from './links';

describe('the addresses of the admin pages per instrument', () => {
	it('keep the self-scan’s addresses as they were and name any other instrument in the query', () => {
		expect([instrumentsHref(DEFAULT_INSTRUMENT_KEY), draftHref(DEFAULT_INSTRUMENT_KEY), exportHref(DEFAULT_INSTRUMENT_KEY, 2), actionHref(DEFAULT_INSTRUMENT_KEY, 'publish')]).toEqual([
			'/admin/instruments',
			'/admin/instruments/draft',
			'/admin/instruments/export/2',
			'?/publish'
		]);
		expect([instrumentsHref(TOOL_RUBRIC_KEY), draftHref(TOOL_RUBRIC_KEY), exportHref(TOOL_RUBRIC_KEY, 2), actionHref(TOOL_RUBRIC_KEY, 'publish')]).toEqual([
			'/admin/instruments?instrument=van-doel-naar-tool',
			'/admin/instruments/draft?instrument=van-doel-naar-tool',
			'/admin/instruments/export/2?instrument=van-doel-naar-tool',
			'?/publish&instrument=van-doel-naar-tool'
		]);
	});

	it('read the instrument back from an address, the self-scan when none is named, nothing for a name that is no instrument', () => {
		const at = (path: string) => instrumentKeyOf(new URL(path, 'http://localhost'));
		expect(at('/admin/instruments')).toBe(DEFAULT_INSTRUMENT_KEY);
		expect(at(`/admin/instruments${actionHref(TOOL_RUBRIC_KEY, 'publish')}`)).toBe(TOOL_RUBRIC_KEY);
		expect(at('/admin/instruments?instrument=ander')).toBeUndefined();
		expect(at('/admin/instruments?instrument=')).toBeUndefined();
	});
});
