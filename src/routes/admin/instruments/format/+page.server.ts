import type { PageServerLoad } from './$types';
import { requireAdmin } from '$lib/server/http/auth';
import { getDb } from '$lib/server/db';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { exampleInstrument } from '$lib/instrument/example';
import { MAX_INSTRUMENT_FILE_BYTES, checkInstrument, instrumentFileText } from '$lib/instrument/file';
import { formatBytes } from '$lib/i18n/format';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const example = exampleInstrument(await currentInstrumentFor(db, admin.institutionId));
	// Real refusals of a spoiled copy of the example, in the admin's language: the help shows what an import says.
	const spoiled = { ...example, colour: 'groen', questions: [{ ...example.questions[0]!, key: example.categories[0]!.factors[0]!.key }] };
	const refused = checkInstrument(spoiled, locals.language);
	return {
		key: example.key,
		example: instrumentFileText(example),
		errors: refused.ok ? [] : refused.errors,
		maxSize: formatBytes(MAX_INSTRUMENT_FILE_BYTES, locals.language)
	};
};
