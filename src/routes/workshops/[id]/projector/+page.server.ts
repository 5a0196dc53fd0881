import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as participants from '$lib/workshop/server/data/participants';
import * as participantScores from '$lib/workshop/server/data/participant-scores';
import * as groupSheets from '$lib/workshop/server/data/group-sheets';
import * as reflections from '$lib/workshop/server/data/reflections';
import { latestId } from '$lib/server/events/store';
import { requireUser } from '$lib/server/http/auth';
import { workshopForLeader } from '$lib/workshop/server/access';
import { workshopChannel } from '$lib/workshop/server/live';
import { agendaView, groupName, joinBoxView, plenaryView, stepView } from '$lib/workshop/server/views';
import { LOOK_AHEAD_QUESTION_KEYS, LOOK_BACK_QUESTION_KEYS } from '$lib/workshop/workshop';
import { screenContent } from '$lib/workshop/screens';
import { localise } from '$lib/i18n';

/** The room's shared screen: large type, high contrast, the join code until joining closes. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const context = await workshopForLeader(db, user, params.id);
	const { workshop, instrument } = context;
	const lastEventId = await latestId(db, workshopChannel(workshop.id));
	const language = locals.language;
	const step = stepView(workshop.state, workshop.agenda, instrument, language);
	const shows = screenContent('projector', workshop.state, workshop.agenda);
	const everyone = await participants.listForWorkshop(db, workshop.id);
	let progress: { key: string; name: string; members: number; scored: number; points: number }[] = [];
	if (shows.progress) {
		const [scores, sheets] = await Promise.all([participantScores.listForWorkshop(db, workshop.id), groupSheets.listForWorkshop(db, workshop.id)]);
		progress = workshop.groups.map((g) => {
			const members = everyone.filter((p) => p.groupKey === g.key);
			return {
				key: g.key,
				name: groupName(g, instrument, language),
				members: members.length,
				scored: members.filter((p) => scores.some((s) => s.participantId === p.id)).length,
				points: sheets.filter((s) => s.groupKey === g.key).reduce((n, s) => n + s.view.actionPoints.filter((p) => p.text.trim()).length, 0)
			};
		});
	}
	return {
		bare: true,
		lastEventId,
		serverTime: Date.now(),
		workshop: { id: workshop.id, title: workshop.title, phase: workshop.state.phase, clock: workshop.state.clock },
		participants: everyone.length,
		join: await joinBoxView(workshop, url.origin),
		step,
		agenda: agendaView(workshop.agenda, instrument, language),
		categories: instrument.categories.map((c) => ({ key: c.key, name: localise(c.name, language), factors: c.factors.map((f) => localise(f.name, language)) })),
		phases: instrument.phases.map((p) => localise(p.name, language)),
		progress,
		plenary: shows.plenary ? await plenaryView(db, context, shows.plenary, language) : null,
		reflections: shows.reflections ? await reflections.list(db, workshop.id) : [],
		questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS }
	};
};
