import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as workshops from '$lib/workshop/server/data/workshops';
import { getEventBus } from '$lib/server/events';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { wrongCode } from '$lib/workshop/server/join-guessing';
import { MAX_PARTICIPANTS_PER_WORKSHOP } from '$lib/workshop/server/data/participants';
import { participantFromCookie, setParticipantCookie } from '$lib/workshop/server/access';
import { joinWorkshop } from '$lib/workshop/server/live';
import { groupName } from '$lib/workshop/server/views';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { JOIN_CODE_LENGTH, formatJoinCode, newParticipantToken, normaliseJoinCode } from '$lib/workshop/join-code';
import { format, localise, messages, type Language } from '$lib/i18n';

/** The longest display name; a name is a label on a screen, not a text. */
const MAX_NAME_LENGTH = 40;

type Lookup = { ok: true; workshop: workshops.Workshop } | { ok: false; error: string };

/**
 * Checks and looks up a typed code; every answer that lets nobody in is the same "unknown". No
 * limit comes before the lookup, so a right code is never refused for what others guessed
 * (decision 45).
 */
async function lookUp(raw: string, language: Language): Promise<Lookup> {
	const m = messages(language).workshop.joining.errors;
	const normal = normaliseJoinCode(raw);
	if (!normal.ok) return { ok: false, error: format(m[normal.problem], { length: JOIN_CODE_LENGTH }) };
	const { db } = await getDb();
	const workshop = await workshops.findByJoinCode(db, normal.code);
	if (!workshop) {
		wrongCode();
		return { ok: false, error: m.unknown };
	}
	return { ok: true, workshop };
}

/** What the second step of joining asks: a name if the leader wants names, and a table preference. */
async function details(workshop: workshops.Workshop, language: Language) {
	const { db } = await getDb();
	const instrument = await instrumentFor(db, workshop.institutionId, workshop.instrumentKey, workshop.instrumentVersion, workshop.ownInstrument);
	const categories = instrument?.categories ?? [];
	return {
		code: workshop.joinCode ?? '',
		codeShown: formatJoinCode(workshop.joinCode ?? ''),
		title: workshop.title,
		askNames: workshop.askNames,
		preferences: workshop.groups.length > 1 && instrument
			? categories.map((c) => ({
					key: c.key,
					name: localise(c.name, language),
					group: groupName(workshop.groups.find((g) => g.categoryKeys.includes(c.key)) ?? workshop.groups[0]!, instrument, language)
				}))
			: []
	};
}

export const load: PageServerLoad = async ({ url, cookies, locals }) => {
	const { db } = await getDb();
	const me = await participantFromCookie(db, cookies, url);
	const code = url.searchParams.get('code');
	// Someone who joined already (a reload, the QR code scanned again) goes straight back to their workshop.
	if (me && me.workshop.state.phase !== 'closed') {
		const normal = code ? normaliseJoinCode(code) : null;
		if (!normal || (normal.ok && normal.code === me.workshop.joinCode)) redirect(303, '/w');
	}
	if (!code) return { step: 'code' as const, codeLength: JOIN_CODE_LENGTH };
	const found = await lookUp(code, locals.language);
	if (!found.ok) return { step: 'code' as const, codeLength: JOIN_CODE_LENGTH, error: found.error, value: code };
	return { step: 'details' as const, codeLength: JOIN_CODE_LENGTH, ...(await details(found.workshop, locals.language)) };
};

export const actions: Actions = {
	code: ({ request, locals }) =>
		handleForm(async () => {
			const form = await readForm(request, locals.language, ['code']);
			const found = await lookUp(form.one('code'), locals.language);
			if (!found.ok) return invalid(400, { code: found.error }, { code: form.one('code') });
			return { step: 'details' as const, ...(await details(found.workshop, locals.language)) };
		}),

	join: ({ request, locals, url, cookies }) =>
		handleForm(async () => {
			const m = messages(locals.language).workshopUi;
			const form = await readForm(request, locals.language, ['code', 'name', 'preference']);
			const found = await lookUp(form.one('code'), locals.language);
			if (!found.ok) return invalid(400, { code: found.error }, { code: form.one('code') });
			const workshop = found.workshop;
			const name = form.one('name').trim().replace(/\s+/g, ' ');
			const preference = form.one('preference');
			const back = { ...(await details(workshop, locals.language)), step: 'details' as const, name, preference };
			const errors: Record<string, string> = {};
			if (!workshop.askNames && name) errors.name = m.noNamesAsked;
			if (name.length > MAX_NAME_LENGTH) errors.name = format(m.nameTooLong, { max: MAX_NAME_LENGTH });
			if (preference && !back.preferences.some((p) => p.key === preference)) errors.preference = m.preferenceUnknown;
			if (Object.keys(errors).length > 0) return invalid(400, errors, back as unknown as Record<string, string>);
			const token = newParticipantToken();
			const joined = await joinWorkshop(await getEventBus(), workshop, { token, displayName: name, preference: preference || null });
			if (!joined.ok) return invalid(409, { form: joined.problem === 'full' ? format(m.workshopFull, { max: MAX_PARTICIPANTS_PER_WORKSHOP }) : messages(locals.language).workshop.joining.errors.unknown }, back as unknown as Record<string, string>);
			setParticipantCookie(cookies, url, token);
			redirect(303, '/w');
		})
};
