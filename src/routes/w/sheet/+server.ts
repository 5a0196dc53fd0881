import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { readJson } from '$lib/server/http/json-body';
import { writerFor } from '$lib/workshop/server/participant-api';
import { editSheet, resolveSheet } from '$lib/workshop/server/live';
import { resolutionInputSchema, sheetEditInputSchema } from '$lib/workshop/group-sheet';
import { messages } from '$lib/i18n';

const requestSchema = z.discriminatedUnion('kind', [
	sheetEditInputSchema.extend({ kind: z.literal('edit'), categoryKey: z.string().max(64) }).strict(),
	resolutionInputSchema.extend({ kind: z.literal('resolve'), categoryKey: z.string().max(64) }).strict()
]);

/**
 * One edit of the group's sheet, or the group's choice between versions. The answer says what
 * happened and carries the sheet as it now is, so the phone can show it without waiting for the
 * stream; a refused edit comes back as 422 with the reason, and the phone keeps the text.
 */
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const input = await readJson(request, locals.language, requestSchema);
	const { db } = await getDb();
	const me = await writerFor(db, cookies, url, locals.language, input.categoryKey);
	const bus = await getEventBus();
	const { kind, categoryKey: _category, ...rest } = input;
	const result =
		kind === 'edit'
			? await editSheet(bus, me.workshop.id, me.groupKey, me.category, { ...rest, author: me.participant.id } as Parameters<typeof editSheet>[4])
			: await resolveSheet(bus, me.workshop.id, me.groupKey, me.category, { ...rest, author: me.participant.id } as Parameters<typeof resolveSheet>[4]);
	const m = messages(locals.language);
	if (result.outcome === 'read_only') return json({ message: m.workshop.control.errors.closed }, { status: 409 });
	if (result.outcome === 'not_found') return json({ message: m.workshopUi.notYourCategory }, { status: 403 });
	if (result.outcome === 'rejected') {
		return json({ outcome: 'rejected', problem: result.problem, message: m.workshop.sheet.errors[result.problem], view: result.view, version: result.version }, { status: 422 });
	}
	return json({ outcome: result.outcome, view: result.view, version: result.version });
};
