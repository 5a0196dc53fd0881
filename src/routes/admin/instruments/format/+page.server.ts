import type { PageServerLoad } from './$types';
import { requireAdmin } from '$lib/server/http/auth';
import { getDb } from '$lib/server/db';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { exampleInstrument } from '$lib/instrument/example';
import { MAX_INSTRUMENT_FILE_BYTES, checkInstrumentFor, instrumentFileText } from '$lib/instrument/file';
import { allowsQuestions } from '$lib/instrument';
import { pageInstrument } from '../instrument-key';
import { formatBytes } from '$lib/i18n/format';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const key = pageInstrument(url);
	const { db } = await getDb();
	const example = exampleInstrument(await currentInstrumentFor(db, admin.institutionId, key), allowsQuestions(key));
	// Real refusals of a spoiled copy of the example, in the admin's language: the help shows what an import says.
	const factor = example.categories[0]!.factors[0]!;
	const spoiled = { ...example, colour: 'groen', categories: [{ ...example.categories[0]!, factors: [factor, { ...factor, name: { ...factor.name, en: '' } }] }] };
	const refused = checkInstrumentFor(spoiled, locals.language, key);
	return {
		key,
		example: instrumentFileText(example),
		errors: refused.ok ? [] : refused.errors,
		maxSize: formatBytes(MAX_INSTRUMENT_FILE_BYTES, locals.language)
	};
};
