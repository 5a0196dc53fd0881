import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as participants from '$lib/workshop/server/data/participants';
import * as participantScores from '$lib/workshop/server/data/participant-scores';
import * as reflections from '$lib/workshop/server/data/reflections';
import { getEventBus } from '$lib/server/events';
import { latestId } from '$lib/server/events/store';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { participantFromCookie, participantLabels } from '$lib/workshop/server/access';
import { setPreference, workshopChannel } from '$lib/workshop/server/live';
import { agendaView, groupName, groupSheetsView, plenaryView, stepView } from '$lib/workshop/server/views';
import { localise, messages } from '$lib/i18n';
import { LOOK_AHEAD_QUESTION_KEYS, LOOK_BACK_QUESTION_KEYS } from '$lib/workshop/workshop';
import { screenContent } from '$lib/workshop/screens';

export const load: PageServerLoad = async ({ cookies, url, locals }) => {
	const { db } = await getDb();
	// The newest event before anything is read: the stream starts after it, so no change is missed.
	const me = await participantFromCookie(db, cookies, url);
	if (!me) redirect(303, '/join');
	const lastEventId = await latestId(db, workshopChannel(me.workshop.id));
	const { workshop, instrument, participant } = me;
	const language = locals.language;
	const everyone = await participants.listForWorkshop(db, workshop.id);
	const labels = participantLabels(everyone, language);
	const group = workshop.groups.find((g) => g.key === participant.groupKey) ?? null;
	const step = stepView(workshop.state, workshop.agenda, instrument, language);
	const shows = screenContent('phone', workshop.state, workshop.agenda, group !== null);
	return {
		lastEventId,
		serverTime: Date.now(),
		workshop: { title: workshop.title, phase: workshop.state.phase, clock: workshop.state.clock, askNames: workshop.askNames },
		step,
		agenda: agendaView(workshop.agenda, instrument, language),
		me: { id: participant.id, label: labels.get(participant.id) ?? '', preference: participant.preference, named: participant.displayName !== '' },
		group: group && {
			key: group.key,
			name: groupName(group, instrument, language),
			// Names of one's own table only: other tables' names are theirs.
			members: everyone.filter((p) => p.groupKey === group.key).map((p) => ({ id: p.id, label: labels.get(p.id) ?? '' }))
		},
		categories: instrument.categories.map((c) => ({
			key: c.key,
			name: localise(c.name, language),
			factors: c.factors.map((f) => localise(f.name, language))
		})),
		phases: instrument.phases.map((p) => localise(p.name, language)),
		ownScores: shows.ownScores ? await participantScores.listForParticipant(db, workshop.id, participant.id) : [],
		sheets: shows.sheets && group ? await groupSheetsView(db, me, group, language) : [],
		editable: shows.editable,
		plenary: shows.plenary ? await plenaryView(db, me, shows.plenary, language) : null,
		reflections: shows.reflections ? await reflections.list(db, workshop.id) : [],
		questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS }
	};
};

export const actions: Actions = {
	/** A participant changes their table preference (before the leader distributes the room). */
	preference: ({ request, cookies, url, locals }) =>
		handleForm(async () => {
			const m = messages(locals.language).workshopUi;
			const form = await readForm(request, locals.language, ['preference']);
			const { db } = await getDb();
			const me = await participantFromCookie(db, cookies, url);
			if (!me) redirect(303, '/join');
			const result = await setPreference(await getEventBus(), me, form.one('preference') || null);
			if (result.ok) return { done: 'preference' };
			if (result.problem === 'unknown_preference') return invalid(400, { preference: m.preferenceUnknown });
			return invalid(409, { form: messages(locals.language).workshop.control.errors.closed });
		})
};
