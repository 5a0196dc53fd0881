/** The instrument an admin page or its form is about, from the address (`?instrument=<key>`); 404 for a name that is none. */
import { instrumentKeyOf } from '$lib/instrument/links';
import type { InstrumentKey } from '$lib/instrument';
import { notFound } from '$lib/server/http/errors';

export function pageInstrument(url: URL): InstrumentKey {
	return instrumentKeyOf(url) ?? notFound();
}
