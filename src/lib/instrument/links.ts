/**
 * Where the pages about the instruments live, so pages link to each other by name. The admin pages
 * serve every instrument; which one is the query `?instrument=<key>`, left out for the self-scan so
 * its addresses stay what they were (decision record 0056).
 */
import { DEFAULT_INSTRUMENT_KEY, isInstrumentKey, type InstrumentKey } from './index';

export const INSTRUMENTS_HREF = '/admin/instruments';
export const DRAFT_HREF = '/admin/instruments/draft';
/** The in-app explanation of the instrument file (export and import), with an example. */
export const FORMAT_HELP_HREF = '/admin/instruments/format';
/** The query parameter that names the instrument on the admin pages. */
export const INSTRUMENT_PARAM = 'instrument';

/** The query naming `key` (empty for the self-scan), to append to an admin page's address. */
function query(key: InstrumentKey, first: '?' | '&'): string {
	return key === DEFAULT_INSTRUMENT_KEY ? '' : `${first}${INSTRUMENT_PARAM}=${key}`;
}

export const instrumentsHref = (key: InstrumentKey) => `${INSTRUMENTS_HREF}${query(key, '?')}`;
export const draftHref = (key: InstrumentKey) => `${DRAFT_HREF}${query(key, '?')}`;
export const formatHelpHref = (key: InstrumentKey) => `${FORMAT_HELP_HREF}${query(key, '?')}`;
export const exportHref = (key: InstrumentKey, version: number) => `${INSTRUMENTS_HREF}/export/${version}${query(key, '?')}`;

/** A form's action on the page of `key`: `?/publish`, or `?/publish&instrument=…`, so the post stays with its instrument. */
export const actionHref = (key: InstrumentKey, action: string) => `?/${action}${query(key, '&')}`;

/**
 * The instrument an admin page is about: the self-scan when the address names none, undefined for
 * a name that is no instrument (the page answers 404 rather than silently showing the self-scan).
 */
export function instrumentKeyOf(url: URL): InstrumentKey | undefined {
	const named = url.searchParams.get(INSTRUMENT_PARAM);
	if (named === null) return DEFAULT_INSTRUMENT_KEY;
	return isInstrumentKey(named) ? named : undefined;
}

/** The public page of an instrument's criteria, levels and sources (in the toolkit navigator). */
export const CRITERIA_HREF = '/toolkit/instruments';
export const criteriaHref = (key: InstrumentKey) => `${CRITERIA_HREF}/${key}`;
