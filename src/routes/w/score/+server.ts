import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { readJson } from '$lib/server/http/json-body';
import { writerFor } from '$lib/workshop/server/participant-api';
import { saveScore } from '$lib/workshop/server/live';
import { phaseAnswerSchema } from '$lib/scan/scan';
import { messages } from '$lib/i18n';

const scoreSchema = z
	.object({
		categoryKey: z.string().max(64),
		factorKey: z.string().max(64),
		current: phaseAnswerSchema,
		desired: phaseAnswerSchema,
		clientId: z.uuid()
	})
	.strict();

/** A participant's own score of one factor ("eerst ieder voor zich"). */
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const input = await readJson(request, locals.language, scoreSchema);
	const { db } = await getDb();
	const me = await writerFor(db, cookies, url, locals.language, input.categoryKey);
	if (!me.category.factors.some((f) => f.key === input.factorKey)) {
		return json({ message: messages(locals.language).workshopUi.notYourCategory }, { status: 403 });
	}
	const outcome = await saveScore(await getEventBus(), me.workshop.id, me.participant, { factorKey: input.factorKey, current: input.current, desired: input.desired }, input.clientId);
	return json({ outcome });
};
