import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { isInstrumentKey, latestInstrument } from '$lib/instrument';
import { criteriaView } from '$lib/instrument/criteria';
import { criteriaHref } from '$lib/instrument/links';
import { currentVersionFor } from '$lib/instrument/server/instruments';
import { messages } from '$lib/i18n';
import { contentFor } from '$lib/toolkit/server/content';
import { defaultContent } from '$lib/toolkit';
import { INSTRUMENT_LINK_TARGETS, signInHref } from '$lib/toolkit/instrument-links';
import { productLink } from '$lib/toolkit/views';
import * as institutions from '$lib/accounts/server/data/institutions';

/**
 * The public page of an instrument's criteria and sources. A visitor sees the version that ships
 * with Blendwijzer; a signed-in reader the version their institution scores with now, its own when
 * it published one (decision record 0056: an own version is not made public by publishing it).
 */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const key = params.key;
	if (!isInstrumentKey(key)) error(404, { message: messages(locals.language).instruments.criteria.notFound });
	const { db } = await getDb();
	const user = locals.user;
	const { instrument, own } = user ? await currentVersionFor(db, user.institutionId, key) : { instrument: latestInstrument(key)!, own: false };
	const content = user ? await contentFor(db, user.institutionId) : defaultContent();
	const here = criteriaHref(key);
	return {
		key,
		instrument: criteriaView(instrument, locals.language),
		own,
		institution: own && user ? ((await institutions.get(db, user.institutionId))?.name ?? '') : '',
		signInHref: user ? null : signInHref(url.pathname),
		// The toolkit products that lead here, so a reader can go back to the one they came from.
		products: content.products.filter((product) => product.opens.some((link) => INSTRUMENT_LINK_TARGETS[link].href === here)).map((product) => productLink(product, locals.language))
	};
};
