import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { readJson } from '$lib/server/http/json-body';
import { writerFor } from '$lib/workshop/server/participant-api';
import { announce } from '$lib/workshop/server/live';
import { parseField } from '$lib/workshop/group-sheet';
import { RateLimiter } from '$lib/server/http/rate-limit';

const signalSchema = z.object({ categoryKey: z.string().max(64), field: z.string().max(120) }).strict();

/** "Anna is typing here" is a courtesy: one signal per participant every 2 seconds is plenty. */
const perParticipant = new RateLimiter(1, 2000);

/** A member started typing in a field of their group's sheet; their table's screens show it for a few seconds. */
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const input = await readJson(request, locals.language, signalSchema);
	if (!parseField(input.field)) return json({ ok: false }, { status: 400 });
	const { db } = await getDb();
	const me = await writerFor(db, cookies, url, locals.language, input.categoryKey);
	if (!perParticipant.take(me.participant.id)) return json({ ok: true, throttled: true });
	// Ids only: who types is resolved to a name by the pages of that table's members.
	await announce(await getEventBus(), me.workshop.id, 'editing', { groupKey: me.groupKey, categoryKey: input.categoryKey, field: input.field, participantId: me.participant.id, at: Date.now() });
	return json({ ok: true });
};
